/**
 * Astro's incremental build (`experimental.incrementalBuild`) copies a page
 * kept from an earlier build out of its cache (`<cacheDir>/dist/`) instead
 * of rendering it again, when the page's `cacheKey` (src/site/page-keys.ts)
 * and code are unchanged. That cache may be shared or planted, as the
 * annotation store's may (src/store/): before Astro reads it, every page it
 * keeps must be, byte for byte, the page the site published last
 * (published-site.ts). Otherwise the cache is removed, the manifest that lets
 * Astro reuse pages and the pages with it, and every page is rendered. With
 * no published site to compare with (a first build, a new output folder,
 * `astro build` run by hand), nothing is reused.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedSite } from './published-site.ts';

/** Where Astro keeps what lets it reuse a page, and the pages it keeps (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const KEPT_PAGES = 'dist';

function* filesUnder(directory: string, relative = ''): Generator<string> {
  for (const entry of readdirSync(path.join(directory, relative), { withFileTypes: true })) {
    const file = path.join(relative, entry.name);
    if (entry.isDirectory()) yield* filesUnder(directory, file);
    else yield file;
  }
}

/** Why the pages Astro kept cannot be reused, or null when each is the published page. */
export function keptPagesProblem(kept: string, published: string | undefined): string | null {
  if (!existsSync(kept)) return null;
  if (!published || !existsSync(published)) return 'there is no published site to check the pages it kept against';
  for (const file of filesUnder(kept)) {
    const publishedFile = path.join(published, file);
    if (!existsSync(publishedFile)) return `it kept ${file}, which the published site does not have`;
    if (!readFileSync(path.join(kept, file)).equals(readFileSync(publishedFile))) {
      return `its copy of ${file} is not the published page`;
    }
  }
  return null;
}

/**
 * Remove Astro's page cache in `cacheDir` unless each page it kept is the
 * published one; why it was removed, or null when it stays. The pages go
 * with the manifest: Astro prunes only the pages its manifest lists, so one
 * left behind unlisted (a page the site no longer has) would fail this
 * check on every later build and no page would ever be reused again.
 */
export function discardUnpublishedCache(cacheDir: string, published: string | undefined): string | null {
  const manifest = path.join(cacheDir, MANIFEST);
  if (!existsSync(manifest)) return null;
  const problem = keptPagesProblem(path.join(cacheDir, KEPT_PAGES), published);
  if (problem === null) return null;
  rmSync(manifest, { force: true });
  rmSync(path.join(cacheDir, KEPT_PAGES), { recursive: true, force: true });
  return problem;
}

export function pageCacheCheck(): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'briefings:page-cache-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        const problem = discardUnpublishedCache(cacheDir, publishedSite());
        if (problem !== null) logger.info(`Rendering every page: the page cache is not reused, as ${problem}.`);
      },
    },
  };
}
