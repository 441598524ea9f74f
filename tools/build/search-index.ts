/**
 * The search index: Pagefind over the built site, written into the build's
 * own folder (`<outDir>/pagefind/`) so it is swapped into place with the
 * pages it describes, or thrown away with them. Runs in Node beside
 * `astro build` (tools/build/main.ts); imports nothing from Astro.
 *
 * Pages are added as the build reports them written (those that match the
 * published site's held back until one does not: `indexSite`), so Pagefind
 * parses them beside Astro's one page-writing thread, not after it; what
 * was not reported (any page, when the build's output is not followed) is
 * added after it, in path order. Pagefind numbers pages in the order they
 * are added, so that order is the build's own, which is the same from one
 * build to the next.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
  /** The published site's index was copied: every page was the published page. */
  reused: boolean;
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

/** Whether `page` of the published site is `content`, byte for byte. */
function publishedAs(published: string, page: string, content: string): boolean {
  try {
    return readFileSync(path.join(published, page), 'utf8') === content;
  } catch {
    return false;
  }
}

/**
 * Index the site in `outDir`: first the pages `written` names as they come
 * (paths in the site, as the build reports them), then every other
 * searchable page found there once `written` ends.
 *
 * With `published`, the site this one replaces: while every page read is,
 * byte for byte, the published page, Pagefind is given none; if to the end
 * none differs and the published site has no other, its index is this
 * site's (the same pages in the same order make the same index) and is
 * copied instead of written again. The first page that differs sends those
 * held back to Pagefind, in order, so the index is the one it would be.
 */
export async function indexSite(
  outDir: string,
  written: AsyncIterable<string> = nothing(),
  published?: string,
): Promise<IndexResult> {
  try {
    // One language for every page: the site is English, and one index keeps one WebAssembly file.
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index) return { pages: 0, read: 0, followed: 0, reused: false, errors };
    const pages: string[] = [];
    const seen = new Set<string>();
    const problems: string[] = [];
    let unchanged = published !== undefined && existsSync(path.join(published, 'pagefind'));
    let given = 0;
    const giveUpTo = async (count: number, current?: { page: string; content: string }) => {
      for (; given < count; given++) {
        const page = pages[given] as string;
        const content = page === current?.page ? current.content : readFileSync(path.join(outDir, page), 'utf8');
        problems.push(...(await index.addHTMLFile({ sourcePath: page, content })).errors);
      }
    };
    const read = async (page: string) => {
      if (seen.has(page)) return;
      seen.add(page);
      pages.push(page);
      const content = readFileSync(path.join(outDir, page), 'utf8');
      if (unchanged && publishedAs(published as string, page, content)) return;
      unchanged = false;
      await giveUpTo(pages.length, { page, content });
    };
    for await (const page of written) if (isSearchable(page)) await read(page);
    const followed = pages.length;
    for (const page of searchablePages(outDir)) await read(page);
    const bundle = path.join(outDir, 'pagefind');
    const fragmentCount = () => {
      // One fragment per indexed page.
      const fragments = path.join(bundle, 'fragment');
      return existsSync(fragments) ? readdirSync(fragments).length : 0;
    };
    if (unchanged && published !== undefined && searchablePages(published).length === pages.length) {
      cpSync(path.join(published, 'pagefind'), bundle, { recursive: true });
      return { pages: fragmentCount(), read: pages.length, followed, reused: true, errors: [] };
    }
    await giveUpTo(pages.length);
    if (problems.length > 0) return { pages: 0, read: pages.length, followed, reused: false, errors: problems };
    if (pages.length === 0)
      return { pages: 0, read: 0, followed, reused: false, errors: [`no page in ${outDir} matches ${SEARCHABLE}`] };
    const output = await index.writeFiles({ outputPath: bundle });
    for (const file of readdirSync(bundle)) if (PREBUILT_UI.test(file)) rmSync(path.join(bundle, file));
    return { pages: fragmentCount(), read: pages.length, followed, reused: false, errors: output.errors };
  } finally {
    // Pagefind runs as a child process; without this Node waits for it forever.
    await close();
  }
}
