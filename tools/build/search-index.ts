/**
 * The search index: Pagefind over the built site, written into the build's
 * own folder (`<outDir>/pagefind/`) so it is swapped into place with the
 * pages it describes, or thrown away with them. Runs in Node after
 * `astro build` (tools/build/main.ts); imports nothing from Astro.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * The searchable pages: each briefing and each actor page. Lists (the index,
 * the actor list and its orders, an actor's older mentions and quotes), the
 * search page itself and the 404 page are not. The glob keeps Pagefind from
 * reading most of them at all; within a page it reads only
 * `<main data-pagefind-body>`, which BaseLayout writes on `searchable` pages
 * alone, so a list the glob still matches (`/actors/by-name/`) is left out.
 */
const SEARCHABLE = '{briefings,actors}/*/index.html';

/**
 * Pagefind also writes its prebuilt search UIs; the search page has its own
 * (src/client/search.ts), so they would only be dead weight on the host.
 */
const PREBUILT_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexResult {
  /** Pages in the written index (Pagefind reads more: those the glob matches but `searchable` leaves out). */
  pages: number;
  /** Everything Pagefind reported; empty when the index was written. */
  errors: string[];
}

export async function indexSite(outDir: string): Promise<IndexResult> {
  try {
    // One language for every page: the site is English, and one index keeps one WebAssembly file.
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index) return { pages: 0, errors };
    const added = await index.addDirectory({ path: outDir, glob: SEARCHABLE });
    if (added.errors.length > 0) return { pages: added.page_count, errors: added.errors };
    if (added.page_count === 0) return { pages: 0, errors: [`no page in ${outDir} matches ${SEARCHABLE}`] };
    const bundle = path.join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    for (const file of readdirSync(bundle)) if (PREBUILT_UI.test(file)) rmSync(path.join(bundle, file));
    // One fragment per indexed page.
    const fragments = path.join(bundle, 'fragment');
    return { pages: existsSync(fragments) ? readdirSync(fragments).length : 0, errors: written.errors };
  } finally {
    // Pagefind runs as a child process; without this Node waits for it forever.
    await close();
  }
}
