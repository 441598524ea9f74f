/** Reading built HTML: the pages and feeds of a built site, the links between them, and rendered fragments. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DOMParser, parseHTML } from 'linkedom';

/**
 * Where the long lists of actor pages put things. They carry no class per element (a "Said by" list runs to
 * hundreds of quotes), so tests find them by structure, as the stylesheet does.
 */
export const listed = {
  /** One quotation of a quote list. */
  quote: '.quote-list ol > li',
  /** Who said it (and for whom), on its source line. */
  speaker: '.quote-list ol > li > p > span',
  /** Its "In context" link into the briefing. */
  permalink: '.quote-list ol > li > p > a',
  /** A briefing's title in an actor's mentions. */
  appearanceTitle: '.appearance h3',
  /** A sentence naming the actor, linked to its place in the briefing. */
  appearanceSentence: '.appearance li > a',
} as const;

export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/**
 * HTML that is not a whole page (a rendered briefing body, a feed item's
 * description) as the body of an empty page, where a browser would put it.
 */
export function parseFragment(html: string): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  document.body.innerHTML = html;
  return document.body;
}

/** A built page as a DOM document. */
export function loadDocument(outDir: string, file: string): Document {
  return parseHTML(readFileSync(path.join(outDir, file), 'utf8')).document;
}

/** A built feed or sitemap as an XML document (`<link>` is an element with text, not a void HTML element). */
export function loadXml(outDir: string, file: string) {
  return new DOMParser().parseFromString(readFileSync(path.join(outDir, file), 'utf8'), 'text/xml');
}

/** The text of every element `selector` finds under `root`, run together as a reader's selection would be. */
export function textOf(root: ParentNode, selector: string): string {
  return Array.from(root.querySelectorAll(selector), (element) => element.textContent ?? '').join('');
}

/** Why a same-site URL does not resolve in the built site, or undefined when it does. */
function brokenBecause(outDir: string, base: string, url: URL, pages: Map<string, Document>): string | undefined {
  if (!url.pathname.startsWith(base)) return `outside the base ${base}`;
  const relative = decodeURIComponent(url.pathname.slice(base.length));
  const target = path.join(outDir, relative);
  const file = existsSync(target) && statSync(target).isDirectory() ? path.join(target, 'index.html') : target;
  if (!existsSync(file)) return `no file ${path.relative(outDir, file)}`;
  if (url.hash && file.endsWith('.html')) {
    const id = decodeURIComponent(url.hash.slice(1));
    let target = pages.get(file);
    if (!target) {
      target = parseHTML(readFileSync(file, 'utf8')).document;
      pages.set(file, target);
    }
    if (target.querySelector(`[id="${id.replaceAll('"', '\\"')}"]`) === null) return `no element #${id}`;
  }
  return undefined;
}

/**
 * Every same-site link target (`href`/`src` that is a path, not a full URL)
 * of every page, with the file it must resolve to under `outDir`, and
 * whether that file exists. Fragments must name an id on the target page.
 */
export function internalLinks(outDir: string, base = '/') {
  const links: { page: string; href: string; problem?: string }[] = [];
  const pages = new Map<string, Document>();
  for (const page of htmlFiles(outDir)) {
    for (const element of loadDocument(outDir, page).querySelectorAll('[href], [src]')) {
      const href = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const problem = brokenBecause(outDir, base, new URL(href, `http://site${base}${page}`), pages);
      links.push({ page, href, ...(problem ? { problem } : {}) });
    }
  }
  return links;
}

/**
 * Every URL of the site itself (`origin` + `base`…) written in the feeds,
 * the sitemap and the JSON exports, and whether it resolves like a page link.
 */
export function dataLinks(outDir: string, origin: string, base = '/') {
  const links: { file: string; url: string; problem?: string }[] = [];
  const pages = new Map<string, Document>();
  const pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^"<\\s]*`, 'g');
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(xml|json)$/.test(file) && !file.startsWith('pagefind/'))
    .sort();
  for (const file of files) {
    for (const [url] of readFileSync(path.join(outDir, file), 'utf8').matchAll(pattern)) {
      const problem = brokenBecause(outDir, base, new URL(url), pages);
      links.push({ file, url, ...(problem ? { problem } : {}) });
    }
  }
  return links;
}

/** The actor a mention link names: the id its address ends in (`/base/actors/iran/` → `iran`). */
export function linkedActor(link: Element): string | null {
  return /\/actors\/([^/]+)\/$/u.exec(link.getAttribute('href') ?? '')?.[1] ?? null;
}
