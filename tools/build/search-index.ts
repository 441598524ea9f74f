/**
 * The search index: Pagefind over the built site, written into the build's
 * own folder (`<outDir>/pagefind/`) so it is swapped into place with the
 * pages it describes, or thrown away with them. Runs in Node beside
 * `astro build` (tools/build/main.ts); imports nothing from Astro.
 *
 * The index is several bundles (src/site/search-bundles.ts): the actor
 * pages in the main one, the briefing pages spread over the others by a
 * hash of their path. A bundle none of whose pages differs from the
 * published site's is taken from it (linked, link-tree.ts), so an edit re-indexes the bundles of
 * the pages it changed.
 *
 * Pages are added as the build reports them written (those that match the
 * published site's held back, bundle by bundle, until one does not:
 * `indexSite`), so Pagefind parses them beside Astro's one page-writing
 * thread, not after it; what was not reported (any page, when the build's
 * output is not followed) is added after it, in path order. Pagefind
 * numbers pages in the order they are added, so that order is the build's
 * own, which is the same from one build to the next.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { BUNDLE_LIST, SEARCH_FOLDER } from '../../src/site/search-bundles.ts';
import { linkTree } from './link-tree.ts';
import { isPublished } from './published-page.ts';

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
 * How many bundles the briefing pages are spread over. Fixed, so that a
 * page stays in its bundle as the archive grows; 16 keeps a bundle near
 * 300 briefings at 5,000 and 1,250 at 20,000, while a search fetches a
 * small file or two from each.
 */
const BRIEFING_BUNDLES = 16;

/** The main bundle, in the search folder itself. */
const MAIN = '';
const BUNDLE_FOLDER = /^briefings-\d+-of-\d+$/;
const PAGEFIND_BODY = 'data-pagefind-body';

/** The bundle a searchable page is indexed in: its folder in the search folder. */
export function bundleOf(page: string): string {
  if (!page.startsWith('briefings/')) return MAIN;
  const hash = createHash('sha256').update(page).digest().readUInt32BE(0);
  return `briefings-${String(hash % BRIEFING_BUNDLES).padStart(2, '0')}-of-${BRIEFING_BUNDLES}`;
}

/**
 * Pagefind also writes its prebuilt search UIs; the search page has its own
 * (src/client/search.ts), so they would only be dead weight on the host.
 */
const PREBUILT_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
/** Pagefind's script and WebAssembly: the search page loads the main bundle's only. */
const RUNTIME = /^(pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind)$/;

export interface IndexResult {
  /** Pages in the written index (Pagefind reads more: those the pattern matches but `searchable` leaves out). */
  pages: number;
  /** Pages read: searchable by their path (Pagefind keeps those with `data-pagefind-body`). */
  read: number;
  /** Of those, the pages read as the build wrote them, before it finished. */
  followed: number;
  /** Bundles in the index. */
  bundles: number;
  /** Of those, the bundles copied from the published site: every page in them was the published page. */
  reused: number;
  /** Everything Pagefind reported; empty when the index was written. */
  errors: string[];
}

/** The searchable pages in a built site, in path order. */
function searchablePages(site: string): string[] {
  return SEARCHABLE_FOLDERS.flatMap((folder) => {
    const directory = path.join(site, folder);
    if (!existsSync(directory)) return [];
    return readdirSync(directory)
      .map((name) => `${folder}/${name}/index.html`)
      .filter((page) => existsSync(path.join(site, page)));
  }).sort();
}

async function* nothing(): AsyncIterable<string> {}

/** The bundles of a site's search index, by folder (the main one too), or none before they were listed. */
function bundlesIn(site: string): Set<string> | undefined {
  try {
    const listed = JSON.parse(readFileSync(path.join(site, SEARCH_FOLDER, BUNDLE_LIST), 'utf8')) as string[];
    return new Set([MAIN, ...listed]);
  } catch {
    return undefined;
  }
}

/** How many searchable pages each of a site's bundles holds; a page of no listed bundle is in the main one. */
function pagesPerBundle(site: string, bundles: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of searchablePages(site)) {
    const own = bundleOf(page);
    const folder = bundles.has(own) ? own : MAIN;
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return counts;
}

/** A bundle's pages as they are read, and whether all so far are the published ones (then none is given yet). */
interface Bundle {
  folder: string;
  pages: string[];
  given: number;
  unchanged: boolean;
  /**
   * Whether a page in it marks what Pagefind reads (`data-pagefind-body`):
   * in a bundle where none does, Pagefind reads every page whole, lists too.
   */
  searchable: boolean;
  index?: PagefindIndex;
}

/**
 * Index the site in `outDir`: first the pages `written` names as they come
 * (paths in the site, as the build reports them), then every other
 * searchable page found there once `written` ends.
 *
 * With `published`, the site this one replaces: while every page of a
 * bundle read so far is, byte for byte, the published page, Pagefind is
 * given none of them; if to the end none differs and the published bundle
 * holds no other, it is this site's (the same pages in the same order make
 * the same index) and is copied instead of written again. The first page
 * that differs sends those held back to Pagefind, in order, so the bundle
 * is the one it would be.
 */
export async function indexSite(
  outDir: string,
  written: AsyncIterable<string> = nothing(),
  published?: string,
): Promise<IndexResult> {
  const problems: string[] = [];
  try {
    const publishedBundles = published === undefined ? undefined : bundlesIn(published);
    const bundles = new Map<string, Bundle>();
    const order: string[] = [];
    const seen = new Set<string>();
    const read = async (page: string) => {
      if (seen.has(page)) return;
      seen.add(page);
      order.push(page);
      const folder = bundleOf(page);
      let bundle = bundles.get(folder);
      if (!bundle) {
        bundle = { folder, pages: [], given: 0, unchanged: publishedBundles?.has(folder) ?? false, searchable: false };
        bundles.set(folder, bundle);
      }
      bundle.pages.push(page);
      const content = readFileSync(path.join(outDir, page), 'utf8');
      bundle.searchable ||= content.includes(PAGEFIND_BODY);
      if (bundle.unchanged && isPublished(published as string, page, content)) return;
      bundle.unchanged = false;
      problems.push(...(await giveAll(outDir, bundle, { page, content })));
    };
    for await (const page of written) if (isSearchable(page)) await read(page);
    const followed = order.length;
    for (const page of searchablePages(outDir)) await read(page);
    const result = { pages: 0, read: order.length, followed, bundles: 0, reused: 0 };
    if (order.length === 0) return { ...result, errors: [`no page in ${outDir} matches ${SEARCHABLE}`] };
    // The main bundle holds Pagefind's script: with no actor page to search, it holds every page instead.
    if (!bundles.get(MAIN)?.searchable) {
      bundles.clear();
      bundles.set(MAIN, { folder: MAIN, pages: order, given: 0, unchanged: false, searchable: true });
    }

    const publishedCounts =
      publishedBundles === undefined
        ? new Map<string, number>()
        : pagesPerBundle(published as string, publishedBundles);
    const copied = [...bundles.values()].filter(
      (bundle) => bundle.unchanged && publishedCounts.get(bundle.folder) === bundle.pages.length,
    );
    const rewritten = [...bundles.values()].filter((bundle) => !copied.includes(bundle));
    for (const bundle of rewritten) problems.push(...(await giveAll(outDir, bundle)));
    if (problems.length > 0) return { ...result, errors: problems };

    const root = path.join(outDir, SEARCH_FOLDER);
    for (const bundle of copied) copyBundle(path.join(published as string, SEARCH_FOLDER), root, bundle.folder);
    for (const bundle of rewritten) {
      const target = path.join(root, bundle.folder);
      const output = await (bundle.index as PagefindIndex).writeFiles({ outputPath: target });
      problems.push(...output.errors);
      for (const file of readdirSync(target))
        if (PREBUILT_UI.test(file) || (bundle.folder !== MAIN && RUNTIME.test(file))) rmSync(path.join(target, file));
    }
    if (problems.length > 0) return { ...result, errors: problems };
    const others = [...bundles.keys()].filter((folder) => folder !== MAIN).sort();
    // A main bundle brought from the published site links its list: written in place, it would change that site's.
    const list = path.join(root, BUNDLE_LIST);
    rmSync(list, { force: true });
    writeFileSync(list, `${JSON.stringify(others)}\n`);
    const pages = [...bundles.keys()].reduce((sum, folder) => sum + fragmentCount(path.join(root, folder)), 0);
    return { ...result, pages, bundles: bundles.size, reused: copied.length, errors: [] };
  } finally {
    // Pagefind runs as a child process; without this Node waits for it forever.
    await close();
  }
}

/** Give Pagefind every page of `bundle` not given yet, in order (`current` is one already read); its complaints. */
async function giveAll(outDir: string, bundle: Bundle, current?: { page: string; content: string }): Promise<string[]> {
  if (!bundle.index) {
    // One language for every page: the site is English, and one index keeps one WebAssembly file.
    const { index, errors } = await createIndex({ forceLanguage: 'en' });
    if (!index) return errors.length > 0 ? errors : ['Pagefind did not start'];
    bundle.index = index;
  }
  const problems: string[] = [];
  for (; bundle.given < bundle.pages.length; bundle.given++) {
    const page = bundle.pages[bundle.given] as string;
    const content = page === current?.page ? current.content : readFileSync(path.join(outDir, page), 'utf8');
    problems.push(...(await bundle.index.addHTMLFile({ sourcePath: page, content })).errors);
  }
  return problems;
}

/** Bring a published bundle in, as links (link-tree.ts); the main one's folder holds the others, each brought or written on its own. */
function copyBundle(publishedRoot: string, root: string, folder: string): void {
  const source = path.join(publishedRoot, folder);
  const nested = (from: string) => path.dirname(from) === source && BUNDLE_FOLDER.test(path.basename(from));
  linkTree(source, path.join(root, folder), nested);
}

/** Pages in a written bundle: one fragment each. */
function fragmentCount(bundle: string): number {
  const fragments = path.join(bundle, 'fragment');
  return existsSync(fragments) ? readdirSync(fragments).length : 0;
}
