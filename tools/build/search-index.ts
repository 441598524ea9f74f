/**
 * The search index: Pagefind over the built site, written into the build's
 * own folder (`<outDir>/pagefind/`) so it is swapped into place with the
 * pages it describes, or thrown away with them. Runs in Node beside
 * `astro build` (tools/build/main.ts); imports nothing from Astro.
 *
 * Pages are added as the build reports them written, so Pagefind reads and
 * parses them on the core Astro's one page-writing thread leaves idle; what
 * was not reported (any page, when the build's output is not followed) is
 * added after it, in path order. Pagefind numbers pages in the order they
 * are added, so that order is the build's own, which is the same from one
 * build to the next.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';

/**
 * The searchable pages: each briefing and each actor page. Lists (the index,
 * the actor list and its orders, an actor's older mentions and quotes), the
 * search page itself and the 404 page are not. The pattern keeps Pagefind
 * from reading most of them at all; within a page it reads only
 * `<main data-pagefind-body>`, which BaseLayout writes on `searchable` pages
 * alone, so a list the pattern still matches (`/actors/by-name/`) is left out.
 */
const SEARCHABLE = '{briefings,actors}/*/index.html';
const SEARCHABLE_FOLDERS = ['briefings', 'actors'];

/** Whether a page, by its path in the site (`briefings/x/index.html`), is one the index reads. */
export function isSearchable(page: string): boolean {
  const [folder, name, file, ...rest] = page.split('/');
  return SEARCHABLE_FOLDERS.includes(folder ?? '') && name !== '' && file === 'index.html' && rest.length === 0;
}

/**
 * Pagefind also writes its prebuilt search UIs; the search page has its own
 * (src/client/search.ts), so they would only be dead weight on the host.
 */
const PREBUILT_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

export interface IndexResult {
  /** Pages in the written index (Pagefind reads more: those the pattern matches but `searchable` leaves out). */
  pages: number;
  /** Pages read: searchable by their path (Pagefind keeps those with `data-pagefind-body`). */
  read: number;
  /** Of those, the pages read as the build wrote them, before it finished. */
  followed: number;
  /** Everything Pagefind reported; empty when the index was written. */
  errors: string[];
}

/** The searchable pages in a built site, in path order. */
function searchablePages(outDir: string): string[] {
  return SEARCHABLE_FOLDERS.flatMap((folder) => {
    const directory = path.join(outDir, folder);
    if (!existsSync(directory)) return [];
    return readdirSync(directory)
      .map((name) => `${folder}/${name}/index.html`)
      .filter((page) => existsSync(path.join(outDir, page)));
  }).sort();
}

async function* nothing(): AsyncIterable<string> {}

/**
 * Index the site in `outDir`: first the pages `written` names as they come
 * (paths in the site, as the build reports them), then every other
 * searchable page found there once `written` ends.
 */
export async function indexSite(outDir: string, written: AsyncIterable<string> = nothing()): Promise<IndexResult> {
  try {
    // One language for every page: the site is English, and one index keeps one WebAssembly file.
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index) return { pages: 0, read: 0, followed: 0, errors };
    const added = new Set<string>();
    const problems: string[] = [];
    const add = async (page: string) => {
      added.add(page);
      const content = readFileSync(path.join(outDir, page), 'utf8');
      problems.push(...(await index.addHTMLFile({ sourcePath: page, content })).errors);
    };
    for await (const page of written) if (isSearchable(page) && !added.has(page)) await add(page);
    const followed = added.size;
    for (const page of searchablePages(outDir)) if (!added.has(page)) await add(page);
    if (problems.length > 0) return { pages: 0, read: added.size, followed, errors: problems };
    if (added.size === 0)
      return { pages: 0, read: 0, followed, errors: [`no page in ${outDir} matches ${SEARCHABLE}`] };
    const bundle = path.join(outDir, 'pagefind');
    const output = await index.writeFiles({ outputPath: bundle });
    for (const file of readdirSync(bundle)) if (PREBUILT_UI.test(file)) rmSync(path.join(bundle, file));
    // One fragment per indexed page.
    const fragments = path.join(bundle, 'fragment');
    const pages = existsSync(fragments) ? readdirSync(fragments).length : 0;
    return { pages, read: added.size, followed, errors: output.errors };
  } finally {
    // Pagefind runs as a child process; without this Node waits for it forever.
    await close();
  }
}
