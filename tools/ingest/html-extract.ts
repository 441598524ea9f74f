/**
 * A saved web page to article blocks and what the page says about the
 * article. Mozilla's Readability (the engine of Firefox's Reader View) finds
 * the article; linkedom is its DOM, which needs no browser and no native
 * build. Blocks of text Readability leaves out (navigation, headline, byline,
 * share buttons, footers, cookie banners) are returned too, so the editor is
 * shown everything that did not make it into the entry.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ScrapedBlock } from './boilerplate.ts';

export interface ExtractedPage {
  /** The article's paragraphs and subheadings, in order. */
  article: ScrapedBlock[];
  /** Every other block of text on the page, in page order. */
  outside: ScrapedBlock[];
  title: string | undefined;
  byline: string | undefined;
  /** As the page states it: an ISO timestamp from its metadata, usually. */
  publishedTime: string | undefined;
  siteName: string | undefined;
  /** The page's canonical address, where it gives an absolute http(s) one. */
  url: string | undefined;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements that start a new block of text; everything else flows inside one. */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Never shown as text. */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'head']);

/** HTML collapses runs of these to one space; a no-break space is text and stays. */
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;

/**
 * The blocks of text under `root` as a reader sees them: each block element
 * is its own block, inline elements (links, emphasis, `<time>`) flow into
 * the block around them, whitespace collapses as the browser collapses it.
 */
function textBlocks(root: Node): ScrapedBlock[] {
  const blocks: ScrapedBlock[] = [];
  let parts: string[] = [];
  const flush = (kind: ScrapedBlock['kind']) => {
    const text = parts.join('').replace(HTML_WHITESPACE, ' ').trim();
    if (text !== '') blocks.push({ kind, text });
    parts = [];
  };
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toLowerCase();
      if (SKIPPED_ELEMENTS.has(tag)) continue;
      if (tag === 'br') parts.push(' ');
      else if (HEADINGS.has(tag)) {
        flush('paragraph');
        walk(child);
        flush('heading');
      } else if (BLOCK_ELEMENTS.has(tag)) {
        flush('paragraph');
        walk(child);
        flush('paragraph');
      } else walk(child);
    }
  };
  walk(root);
  flush('paragraph');
  return blocks;
}

function absoluteWebUrl(href: string | null | undefined): string | undefined {
  if (!href || !URL.canParse(href)) return undefined;
  return /^https?:$/.test(new URL(href).protocol) ? href : undefined;
}

const present = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/** `undefined` when Readability finds nothing that reads like an article. */
export function extractHtml(html: string): ExtractedPage | undefined {
  // linkedom implements the part of the DOM Readability uses, under its own
  // class names; to TypeScript they are the standard DOM types.
  const { document } = parseHTML(html) as unknown as { document: Document };
  const url = absoluteWebUrl(
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
      document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  );
  // Readability rearranges the document it reads: take the page's blocks first.
  const page = textBlocks(document.body);
  const parsed = new Readability(document, { serializer: (node: Node) => node }).parse();
  if (!parsed?.content) return undefined;

  const article = textBlocks(parsed.content);
  // The page's blocks that are not the article's, matched by text and count.
  const unclaimed = new Map<string, number>();
  for (const { text } of article) unclaimed.set(text, (unclaimed.get(text) ?? 0) + 1);
  const outside = page.filter(({ text }) => {
    const count = unclaimed.get(text) ?? 0;
    if (count > 0) unclaimed.set(text, count - 1);
    return count === 0;
  });
  return {
    article,
    outside,
    title: present(parsed.title),
    byline: present(parsed.byline),
    publishedTime: present(parsed.publishedTime),
    siteName: present(parsed.siteName),
    url,
  };
}
