/**
 * The search page's client: a plain form in front of Pagefind's search API
 * (https://pagefind.app/docs/api/). Our own small UI rather than Pagefind's
 * prebuilt one, so results read like the rest of the site, actors come
 * before briefings, nothing needs inline styles (the CSP allows none) and
 * the query lives in the address (`?q=Tehran&kind=State`) to be shared.
 */
import { BUNDLE_LIST, SEARCH_FOLDER } from '../site/search-bundles.ts';
import { sitePath } from '../site/urls.ts';

/** The part of Pagefind's browser API this page uses. */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  mergeIndex(path: string, options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string; summary?: string } }>;
}

const PAGE_SIZE = 20;
/** Pagefind's filter names, as the pages tag them (src/components/ActorCards.astro). */
const FILTERS = ['actor', 'kind'] as const;

function element<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: no ${selector}`);
  return found;
}

const root = element<HTMLElement>(document, '[data-search]');
const form = element<HTMLFormElement>(root, 'form');
const query = element<HTMLInputElement>(form, 'input[name="q"]');
const selects = Object.fromEntries(
  FILTERS.map((name) => [name, element<HTMLSelectElement>(form, `select[name="${name}"]`)]),
) as Record<(typeof FILTERS)[number], HTMLSelectElement>;
const status = element<HTMLElement>(root, '[data-search-status]');
const more = element<HTMLButtonElement>(root, '[data-search-more]');
const groups = {
  actors: element<HTMLElement>(root, '[data-search-group="actors"]'),
  briefings: element<HTMLElement>(root, '[data-search-group="briefings"]'),
};
const actorPrefix = sitePath('actors/');
const isActorPage = (url: string) => new URL(url, location.href).pathname.startsWith(actorPrefix);

/**
 * Pagefind's excerpt is escaped text with `<mark>` around the hits; it is
 * rebuilt here from text nodes and marks only, never assigned as HTML.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const title = document.createElement('h3');
  title.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  // An actor is found by its names, which are not prose: its result reads its description instead.
  if (isActorPage(data.url) && data.meta.summary) excerpt.textContent = data.meta.summary;
  else excerpt.append(...excerptNodes(data.excerpt));
  item.append(title, excerpt);
  return item;
}

function chosenFilters(): Record<string, string> {
  return Object.fromEntries(
    FILTERS.flatMap((name) => (selects[name].value ? [[name, selects[name].value] as const] : [])),
  );
}

/** Keep the address in step with the form, so a search can be bookmarked, shared and reloaded. */
function rememberInAddress(): void {
  const params = new URLSearchParams();
  if (query.value.trim()) params.set('q', query.value.trim());
  for (const [name, value] of Object.entries(chosenFilters())) params.set(name, value);
  const search = params.size > 0 ? `?${params}` : '';
  history.replaceState(null, '', `${location.pathname}${search}`);
}

function describe(count: number, term: string, filters: Record<string, string>): string {
  const what = `${count === 0 ? 'No' : count} result${count === 1 ? '' : 's'}`;
  const words = term ? ` for “${term}”` : '';
  const narrowed = Object.values(filters);
  return `${what}${words}${narrowed.length > 0 ? ` (${narrowed.join(', ')})` : ''}.`;
}

function clearResults(): void {
  for (const group of Object.values(groups)) {
    group.hidden = true;
    element<HTMLOListElement>(group, 'ol').replaceChildren();
  }
  more.hidden = true;
}

/** The newest search wins: an answer that arrives after a later search started is dropped. */
let generation = 0;

async function showPage(results: PagefindResult[], start: number): Promise<void> {
  const current = generation;
  const page = await Promise.all(results.slice(start, start + PAGE_SIZE).map((result) => result.data()));
  if (current !== generation) return;
  for (const data of page) {
    const group = isActorPage(data.url) ? groups.actors : groups.briefings;
    element<HTMLOListElement>(group, 'ol').append(resultItem(data));
    group.hidden = false;
  }
  const shown = start + page.length;
  more.hidden = shown >= results.length;
  more.onclick = () => {
    more.hidden = true;
    void showPage(results, shown);
  };
}

async function run(pagefind: Pagefind): Promise<void> {
  const current = ++generation;
  const term = query.value.trim();
  const filters = chosenFilters();
  rememberInAddress();
  if (!term && Object.keys(filters).length === 0) {
    clearResults();
    status.textContent = 'Type a word or a name, or choose an actor or a kind.';
    return;
  }
  const { results } = await pagefind.search(term || null, { filters });
  if (current !== generation) return;
  clearResults();
  status.textContent = describe(results.length, term, filters);
  await showPage(results, 0);
}

function fillFilter(select: HTMLSelectElement, counts: Record<string, number>, wanted: string | null): void {
  const names = Object.keys(counts).sort((a, b) => a.localeCompare(b, 'en'));
  select.append(
    ...names.map((name) => {
      const option = new Option(`${name} (${counts[name]})`, name);
      option.selected = name === wanted;
      return option;
    }),
  );
  select.disabled = false;
}

/**
 * Pagefind's files are written beside the site's; the base path goes in
 * front of its result URLs too. The index is a main bundle and the briefing
 * bundles it lists (src/site/search-bundles.ts), searched as one.
 */
async function loadPagefind(params: URLSearchParams): Promise<Pagefind> {
  const folder = sitePath(`${SEARCH_FOLDER}/`);
  const [pagefind, bundles] = await Promise.all([
    import(/* @vite-ignore */ `${folder}pagefind.js`) as Promise<Pagefind>,
    fetch(`${folder}${BUNDLE_LIST}`).then((response) => {
      if (!response.ok) throw new Error(`${BUNDLE_LIST}: ${response.status}`);
      return response.json() as Promise<string[]>;
    }),
  ]);
  const options = { baseUrl: sitePath(), excerptLength: 24 };
  await pagefind.options(options);
  await Promise.all(bundles.map((bundle) => pagefind.mergeIndex(`${folder}${bundle}/`, options)));
  const available = await pagefind.filters();
  for (const name of FILTERS) fillFilter(selects[name], available[name] ?? {}, params.get(name));
  return pagefind;
}

const params = new URLSearchParams(location.search);
query.value = params.get('q') ?? '';
status.textContent = 'Loading the search index…';
const ready = loadPagefind(params);
const search = () =>
  ready.then(run).catch((error: unknown) => {
    status.textContent = 'Search could not load. The briefing index and the actor list lead to every page.';
    console.error(error);
  });

let typing: ReturnType<typeof setTimeout> | undefined;
query.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => void search(), 250);
});
for (const select of Object.values(selects)) select.addEventListener('change', () => void search());
// The form never leaves the page (the CSP forbids form submissions anyway): Enter searches at once.
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(typing);
  void search();
});
void search();
