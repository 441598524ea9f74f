/**
 * What feed readers, search engines, link previews and the search page find
 * in a built site: the RSS feed, the sitemap, robots.txt, the meta tags of
 * every page and the Pagefind index. Built once, under a base path and a
 * set SITE_URL, from a fixture whose scraped text carries control characters.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { indexSite } from '../../tools/build/search-index.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { htmlFiles, loadDocument } from '../helpers/dist.ts';

const SITE = 'https://news.example.net';
const BASE = '/briefings/';
const HOME = `${SITE}${BASE}`;
/** XML 1.0 forbids these (tab, line feed and carriage return are allowed). */
// eslint-disable-next-line no-control-regex -- the characters under test
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

let build: BuildResult;
let browser: Browser;

beforeAll(async () => {
  build = buildSite({
    name: 'discovery',
    contentDir: 'test/sites/discovery',
    base: BASE,
    env: { SITE_URL: SITE },
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

const read = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
/** An attribute of the first element `selector` matches, undefined when there is none or it has none. */
const attribute = (root: ParentNode, selector: string, name: string) =>
  root.querySelector(selector)?.getAttribute(name) ?? undefined;

/** Parse with the browser's XML parser, which rejects what is not well-formed, and return what it found. */
async function parseXml(file: string, selector: string): Promise<{ error: string | null; texts: string[] }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      ([xml, query]) => {
        const document = new DOMParser().parseFromString(xml, 'application/xml');
        const error = document.querySelector('parsererror');
        return {
          error: error ? error.textContent : null,
          texts: [...document.querySelectorAll(query)].map((node) => node.textContent ?? ''),
        };
      },
      [read(file), selector] as const,
    );
  } finally {
    await page.close();
  }
}

test('builds', () => {
  expect(build.output).not.toMatch(/error/i);
  expect(build.status).toBe(0);
});

describe('the RSS feed', () => {
  test('is well-formed XML, with no control characters from the scraped text', async () => {
    const feed = read('rss.xml');
    expect(feed).not.toMatch(NOT_XML);
    const { error, texts } = await parseXml('rss.xml', 'item > title');
    expect(error).toBeNull();
    expect(texts).toEqual(['A scraped headline with a form feed and an escape in it', 'A plain briefing']);
    // The fixture does carry them: the briefing page shows the text as written.
    expect(read('briefings/2024-12-03-control-characters/index.html')).toMatch(NOT_XML);
  });

  test('links every briefing absolutely, under the base path, and names itself', async () => {
    const { texts: links } = await parseXml('rss.xml', 'item > link');
    expect(links).toEqual([`${HOME}briefings/2024-12-03-control-characters/`, `${HOME}briefings/2024-12-02-plain/`]);
    // `atom:link` (the feed's own address, an attribute) has the local name `link` too.
    const { texts: channel } = await parseXml('rss.xml', 'channel > link:not([href])');
    expect(channel).toEqual([HOME]);
    expect(read('rss.xml')).toContain(`<atom:link href="${HOME}rss.xml" rel="self" type="application/rss+xml"/>`);
  });

  test('carries each briefing’s summary, date and topics', async () => {
    const { texts } = await parseXml('rss.xml', 'item:first-of-type > *');
    expect(texts).toEqual(
      expect.arrayContaining([
        // The description is HTML for feed readers: the summary as one paragraph, control characters gone.
        '<p>Its summary carries a vertical tab and a bell from the scraper.</p>',
        'Tue, 03 Dec 2024 00:00:00 GMT',
        'scraper',
      ]),
    );
  });
});

describe('the sitemap and robots.txt', () => {
  test('robots.txt names the sitemap index by its absolute URL', () => {
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${HOME}sitemap-index.xml\n`);
  });

  test('the sitemap lists every page a search engine should know, and no noindex page (404, search, an actor waiting for review)', async () => {
    const index = await parseXml('sitemap-index.xml', 'loc');
    expect(index).toEqual({ error: null, texts: [`${HOME}sitemap-0.xml`] });
    const { error, texts } = await parseXml('sitemap-0.xml', 'loc');
    expect(error).toBeNull();
    const noindex = (page: string) =>
      loadDocument(build.outDir, page).querySelector('meta[name="robots"]')?.getAttribute('content') === 'noindex';
    const expected = htmlFiles(build.outDir)
      .filter((page) => !noindex(page))
      .map((page) => `${HOME}${page.replace(/index\.html$/, '')}`);
    expect([...texts].sort()).toEqual(expected.sort());
    expect(texts).toContain(`${HOME}actors/iran/`);
    expect(texts).not.toContain(`${HOME}404.html`);
    expect(texts).not.toContain(`${HOME}search/`);
  });
});

describe('meta tags', () => {
  test('every page has a title, description, Open Graph and Twitter tags, and the feed and icon', () => {
    for (const page of htmlFiles(build.outDir)) {
      const document = loadDocument(build.outDir, page);
      const meta = (selector: string) => attribute(document, `meta[${selector}]`, 'content');
      const title = meta('property="og:title"');
      expect(title, page).toBeTruthy();
      expect([...document.querySelectorAll('title')].map((element) => element.textContent).join(''), page).toContain(
        title,
      );
      expect(meta('name="description"'), page).toBeTruthy();
      expect(meta('property="og:description"'), page).toBe(meta('name="description"'));
      expect(meta('property="og:image"'), page).toBe(`${HOME}social.png`);
      expect(meta('name="twitter:card"'), page).toBe('summary_large_image');
      // Twitter falls back to Open Graph for the title and description: the page does not write them twice.
      expect(document.querySelector('meta[name="twitter:title"], meta[name="twitter:description"]'), page).toBeNull();
      expect(attribute(document, 'link[rel="alternate"][type="application/rss+xml"]', 'href'), page).toBe(
        `${BASE}rss.xml`,
      );
      expect(attribute(document, 'link[rel="icon"]', 'href'), page).toBe(`${BASE}favicon.svg`);
    }
    expect(existsSync(path.join(build.outDir, 'social.png'))).toBe(true);
    expect(existsSync(path.join(build.outDir, 'favicon.svg'))).toBe(true);
  });

  test('canonical URLs are absolute, under the base path, and left out where a page asks not to be indexed', () => {
    for (const page of htmlFiles(build.outDir)) {
      const document = loadDocument(build.outDir, page);
      const canonical = attribute(document, 'link[rel="canonical"]', 'href');
      if (document.querySelectorAll('meta[name="robots"][content="noindex"]').length > 0) {
        expect(canonical, page).toBeUndefined();
        continue;
      }
      const url = `${HOME}${page.replace(/index\.html$/, '')}`;
      expect(canonical, page).toBe(url);
      expect(attribute(document, 'meta[property="og:url"]', 'content'), page).toBe(url);
    }
    expect(attribute(loadDocument(build.outDir, '404.html'), 'meta[name="robots"]', 'content')).toBe('noindex');
    expect(attribute(loadDocument(build.outDir, 'search/index.html'), 'meta[name="robots"]', 'content')).toBe(
      'noindex',
    );
  });
});

describe('the search index', () => {
  test('Pagefind’s bundle is written with the site', () => {
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.en.pagefind']) {
      expect(existsSync(path.join(build.outDir, file)), file).toBe(true);
    }
    // Every page was read as Astro reported it written, on the core it leaves idle: none was left for after.
    expect(build.output).toMatch(/Search index: \d+ pages; \d+ read as Astro wrote them, 0 after it;/);
  });

  test('only the search page runs script, and only it allows WebAssembly', () => {
    for (const page of htmlFiles(build.outDir)) {
      const document = loadDocument(build.outDir, page);
      const policy = attribute(document, 'meta[http-equiv="content-security-policy"]', 'content') ?? '';
      const scripts = [...document.querySelectorAll('script')].filter(
        (script) => script.getAttribute('type') !== 'application/ld+json',
      );
      const isSearch = page === 'search/index.html';
      expect(scripts.length > 0, page).toBe(isSearch);
      expect(policy.includes("'wasm-unsafe-eval'"), page).toBe(isSearch);
      expect(policy, page).not.toContain('unsafe-inline');
    }
  });

  test('briefing pages tag the actors they mention and their kinds for search filters, outside the indexed text', () => {
    const document = loadDocument(build.outDir, 'briefings/2024-12-03-control-characters/index.html');
    const cards = [...document.querySelectorAll('.actor-cards')];
    expect(cards[0]?.getAttribute('data-pagefind-ignore')).toBe('');
    const filters = (selector: string) => cards.flatMap((card) => [...card.querySelectorAll(selector)]);
    expect(
      filters('[data-pagefind-filter="actor"]')
        .map((filter) => filter.textContent)
        .join('')
        .trim(),
    ).toBe('Iran');
    expect(filters('[data-pagefind-filter^="kind:"]')[0]?.getAttribute('data-pagefind-filter')).toBe('kind:State');
    expect(attribute(document, 'main', 'data-pagefind-body')).toBe('');
  });

  test('indexing a folder without briefing or actor pages is an error, not an empty index', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'briefings-empty-'));
    try {
      const result = await indexSite(empty);
      expect(result.pages).toBe(0);
      expect(result.errors).toEqual([`no page in ${empty} matches {briefings,actors}/*/index.html`]);
      expect(existsSync(path.join(empty, 'pagefind'))).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
