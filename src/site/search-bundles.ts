/**
 * Where the search index lives in the site. Pagefind has no incremental
 * index: one changed page means every page parsed and the whole index
 * written again. So the index is several Pagefind bundles: the actor pages
 * in the main one (`pagefind/`, with Pagefind's script), the briefing pages
 * spread over bundles of their own by a hash of their path, so that an edit
 * re-indexes one of them and the others are copied from the published site
 * (tools/build/search-index.ts). The search page merges them in the browser
 * (Pagefind's `mergeIndex`, src/client/search.ts).
 */

/** The main bundle's folder in the site. */
export const SEARCH_FOLDER = 'pagefind';

/** The list of the other bundles, in the main one: their folders in it, as JSON (`["briefings-03-of-16", …]`). */
export const BUNDLE_LIST = 'briefing-bundles.json';
