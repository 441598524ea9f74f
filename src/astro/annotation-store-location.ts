/**
 * An Astro integration that tells pages where the annotation store is (the
 * `annotation-store/` folder in Astro's cache folder, which the briefings
 * loader writes): see `src/store/store-location.ts`.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { announceStoreIn } from '../store/store-location.ts';

export function annotationStoreLocation(): AstroIntegration {
  return {
    name: 'briefings:annotation-store-location',
    hooks: {
      'astro:config:setup': ({ config }) => announceStoreIn(fileURLToPath(config.cacheDir)),
    },
  };
}
