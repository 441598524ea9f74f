/**
 * Astro's incremental build (`experimental.incrementalBuild`) copies a page
 * kept from an earlier build out of its cache (`<cacheDir>/dist/`) instead
 * of rendering it again, when the page's `cacheKey` (src/site/page-keys.ts)
 * and code are unchanged. That cache may be shared or planted, as the
 * annotation store's may (src/store/): every page it restores must be, byte
 * for byte, the page the site published last (published-site.ts). The build
 * compares each as Astro reports it restored (tools/build/main.ts), beside
 * Astro rather than before it, and builds again with
 * `DISCARD_PAGE_CACHE_VARIABLE` set when one is not; here, before Astro
 * reads the cache, only what needs no page read: a manifest this build can
 * check, naming no file outside the kept pages, and a published site to
 * compare with. A cache that fails is removed, the manifest that lets Astro
 * reuse pages and the pages with it, and every page is rendered.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishedSite } from './published-site.ts';

/** Set by the build, to why: the page cache is removed before Astro reads it (a page it restored was not the published one). */
export const DISCARD_PAGE_CACHE_VARIABLE = 'BRIEFINGS_DISCARD_PAGE_CACHE';

/** Where Astro keeps what lets it reuse a page, and the pages it keeps (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';
const KEPT_PAGES = 'dist';

/**
 * The files Astro's manifest would have it restore (each path's
 * `outputFile`), or why the manifest cannot be read as one. Only these are
 * ever copied into the site, so only these are checked: walking the whole
 * folder instead missed a planted manifest that names a file outside it.
 */
export function listedPages(manifest: string): { files: string[] } | { problem: string } {
  const unreadable = { problem: 'its manifest is not one this build can check' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifest);
  } catch {
    return unreadable;
  }
  const routes = (parsed as { routes?: unknown } | null)?.routes;
  if (typeof routes !== 'object' || routes === null) return unreadable;
  const files: string[] = [];
  for (const route of Object.values(routes)) {
    const paths = (route as { paths?: unknown } | null)?.paths;
    if (typeof paths !== 'object' || paths === null) return unreadable;
    for (const entry of Object.values(paths)) {
      const outputFile = (entry as { outputFile?: unknown } | null)?.outputFile;
      if (typeof outputFile !== 'string') return unreadable;
      files.push(outputFile);
    }
  }
  return { files };
}

/** A listed file as Astro resolves it (a URL relative to the kept pages), or undefined when that is no file in them. */
function keptFile(kept: string, outputFile: string): string | undefined {
  try {
    const file = fileURLToPath(new URL(outputFile, pathToFileURL(`${kept}${path.sep}`)));
    const relative = path.relative(kept, file);
    return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative;
  } catch {
    return undefined;
  }
}

/** A file's bytes, or null when there is none; any other failure to read it is thrown. */
function bytesOf(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Why the pages Astro kept in `cacheDir` cannot be reused at all, or null when the build may restore them and compare. */
export function keptPagesProblem(cacheDir: string, published: string | undefined): string | null {
  const manifest = bytesOf(path.join(cacheDir, MANIFEST));
  if (manifest === null) return null;
  if (!published || !existsSync(published)) return 'there is no published site to check the pages it kept against';
  const listed = listedPages(manifest.toString('utf8'));
  if ('problem' in listed) return listed.problem;
  const kept = path.join(cacheDir, KEPT_PAGES);
  for (const outputFile of listed.files) {
    if (keptFile(kept, outputFile) === undefined)
      return `its manifest names ${outputFile}, which is not among the pages it keeps`;
  }
  return null;
}

/**
 * Remove Astro's page cache in `cacheDir` unless it passes the check above;
 * why it was removed, or null when it stays. The pages
 * go with the manifest: Astro prunes only the pages its manifest lists, so
 * those of a removed manifest would otherwise stay on disk for good.
 */
export function discardUnpublishedCache(cacheDir: string, published: string | undefined): string | null {
  const problem = keptPagesProblem(cacheDir, published);
  if (problem !== null) discardCache(cacheDir);
  return problem;
}

function discardCache(cacheDir: string): void {
  rmSync(path.join(cacheDir, MANIFEST), { force: true });
  rmSync(path.join(cacheDir, KEPT_PAGES), { recursive: true, force: true });
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
        const discarded = process.env[DISCARD_PAGE_CACHE_VARIABLE];
        if (discarded) discardCache(cacheDir);
        const problem = discarded || discardUnpublishedCache(cacheDir, publishedSite());
        if (problem) logger.info(`Rendering every page: the page cache is not reused, as ${problem}.`);
      },
    },
  };
}
