/**
 * The pages `astro build` has written, read from its output as it runs: it
 * logs each page's path when it starts rendering it and, on the same line,
 * the time it took once the file is written (or `(cached)`, `(restored)`
 * for one its page cache kept). Astro has no per-page hook for a build's
 * caller, and a file watcher cannot tell a written page from one being
 * written; its log line can. A line that no longer reads this way only
 * delays indexing to the end of the build (tools/build/search-index.ts).
 *
 * Also the protocol between the build and the search indexer: one page per
 * line, then `END_OF_PAGES` once the build has succeeded.
 */
import { stripVTControlCharacters } from 'node:util';

const WRITTEN = /├─ \/(\S+) \((?:\+[\d.]+m?s|cached|restored)\)/u;

/** The page a line of Astro's output says was written, as a path in the site (`briefings/x/index.html`). */
export function writtenPage(line: string): string | null {
  return WRITTEN.exec(stripVTControlCharacters(line))?.[1] ?? null;
}

const RESTORED = /├─ \/(\S+) \(restored\)/u;

/** The page a line of Astro's output says was copied from its page cache, not rendered. */
export function restoredPage(line: string): string | null {
  return RESTORED.exec(stripVTControlCharacters(line))?.[1] ?? null;
}

/** The line that tells the indexer the build wrote every page; without it, the build did not finish. */
export const END_OF_PAGES = '\0end';
