/**
 * Where pages find the annotation store. The loader is given Astro's cache
 * folder, pages are not: the `annotationStoreLocation` integration
 * (`src/astro/`) puts the store's folder in the environment when Astro reads
 * its configuration, in the process that loads content and renders pages
 * (and any worker it starts, which inherits the environment).
 */
import path from 'node:path';
import { annotationStore, STORE_FOLDER, type AnnotationStore } from './annotation-store.ts';

const VARIABLE = 'BRIEFINGS_ANNOTATION_STORE';

/** Called once Astro's cache folder is known. */
export function announceStoreIn(cacheDirectory: string): void {
  process.env[VARIABLE] = path.join(cacheDirectory, STORE_FOLDER);
}

let announced: AnnotationStore | undefined;

/** The store the loader wrote this build. */
export function announcedStore(): AnnotationStore {
  const directory = process.env[VARIABLE];
  if (!directory) {
    throw new Error(
      `${VARIABLE} is not set: add annotationStoreLocation() (src/astro/annotation-store-location.ts) to the integrations of astro.config.mjs`,
    );
  }
  if (announced?.directory !== directory) announced = annotationStore(directory);
  return announced;
}
