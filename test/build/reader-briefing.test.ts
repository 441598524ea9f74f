/**
 * A briefing page as a reader, a search engine and a link preview get it,
 * read from a build of `content/`: what it weighs with the fonts its text
 * uses (bytes, gzip for HTML and CSS as a static host serves them), its
 * schema.org quotations and Open Graph type, what the search index takes
 * from it and from an actor page, and the openings of its quotes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { facesFor, fontFaces, textCodePoints } from '../../tools/bench/page-fonts.ts';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { loadDocument } from '../helpers/dist.ts';

const SEED = '2024-12-02-iranian-backed-militias-enter-syria';
const ORIGIN = 'https://briefings.example.org';
/** A briefing page with the upright fonts its text uses, in bytes. */
const BRIEFING_BUDGET = 60 * 1024;
/** What italics may add on an actor page (its quotes are set in italic), in bytes. */
const ITALIC_BUDGET = 25 * 1024;

let build: BuildResult;
beforeAll(() => {
  build = buildSite({ name: 'reader-briefing', env: { SITE_URL: ORIGIN } });
  if (build.status !== 0) throw new Error(build.output);
});

const page = (file: string) => loadDocument(build.outDir, file);
const bytesOf = (sitePath: string) => statSync(path.join(build.outDir, sitePath)).size;
const gzipBytesOf = (sitePath: string) => gzipSync(readFileSync(path.join(build.outDir, sitePath))).length;

/**
 * What a page costs a reader: its HTML and stylesheets (gzip), and the woff2
 * files of every face in `style` whose unicode-range holds a character of the
 * page's text (a browser fetches those, and only those, for that style).
 */
function pageWeight(file: string, style: 'normal' | 'italic') {
  const html = readFileSync(path.join(build.outDir, file), 'utf8');
  const stylesheets = [...page(file).querySelectorAll('link[rel="stylesheet"]')].map(
    (link) => link.getAttribute('href') ?? '',
  );
  const faces = stylesheets.flatMap((sheet) => fontFaces(readFileSync(path.join(build.outDir, sheet), 'utf8')));
  const fonts = facesFor(faces, textCodePoints(html), style);
  const fontBytes = fonts.reduce((sum, font) => sum + bytesOf(font), 0);
  const css = stylesheets.reduce((sum, sheet) => sum + gzipBytesOf(sheet), 0);
  const total = gzipSync(html).length + css + fontBytes;
  return { fonts, fontBytes, total };
}

describe('weight', () => {
  test(`the seed briefing with its upright fonts weighs at most ${BRIEFING_BUDGET} bytes`, () => {
    const weight = pageWeight(`briefings/${SEED}/index.html`, 'normal');
    // The text face's regular and semibold cuts, Latin only: the seed has no character beyond it.
    expect(weight.fonts.map((font) => path.basename(font).replace(/\.[\w-]+\.woff2$/, ''))).toEqual(
      expect.arrayContaining(['source-serif-4-latin-400-normal', 'source-serif-4-latin-600-normal']),
    );
    expect(weight.fonts).toHaveLength(2);
    expect(weight.total, JSON.stringify(weight)).toBeLessThanOrEqual(BRIEFING_BUDGET);
  });

  test(`italics add at most ${ITALIC_BUDGET} bytes to an actor page`, () => {
    const weight = pageWeight('actors/iran/index.html', 'italic');
    expect(weight.fonts.length).toBeGreaterThan(0);
    expect(weight.fontBytes, JSON.stringify(weight)).toBeLessThanOrEqual(ITALIC_BUDGET);
  });
});

interface Thing {
  '@type': string;
  '@id'?: string;
  name?: string;
  url?: string;
  spokenByCharacter?: Thing;
  creator?: Thing;
  hasPart?: Thing[];
  about?: Thing[];
  mentions?: Thing[];
}

describe('structured data and link previews', () => {
  test('the briefing carries its quotations as schema.org Quotation items, speakers linked to their pages', () => {
    const document = page(`briefings/${SEED}/index.html`);
    const data = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as Thing;
    const quotations = data.hasPart ?? [];
    const url = `${ORIGIN}/briefings/${SEED}/`;
    // One item per quotation marked in the text, by its permalink.
    const marked = [...document.querySelectorAll('.briefing__body [id^="q-"]')].map((quote) => `${url}#${quote.id}`);
    expect(quotations.map((quotation) => quotation.url)).toEqual(marked);
    expect(quotations.every((quotation) => quotation['@type'] === 'Quotation')).toBe(true);
    // The words are not repeated in the data: the permalink leads to them.
    expect(quotations.filter((quotation) => 'text' in quotation)).toEqual([]);

    // A quotation's words are on the page, in the element its permalink leads to.
    const by = (words: string) => {
      const quote = marked.find((link) =>
        document.getElementById(link.split('#')[1] ?? '')?.textContent?.includes(words),
      );
      return quotations.find((quotation) => quotation.url === quote);
    };
    // Each actor is named once, in `mentions`, by its page as its `@id` (no `url` repeating it); the
    // quotations and `about` point to it by that `@id`.
    const things = new Map((data.mentions ?? []).map((thing) => [thing['@id'], thing]));
    expect([...things.keys()].every((id) => id?.startsWith(`${ORIGIN}/actors/`))).toBe(true);
    expect((data.mentions ?? []).filter((thing) => 'url' in thing)).toEqual([]);
    const resolve = (thing: Thing | undefined) => (thing?.['@id'] ? things.get(thing['@id']) : thing);
    expect((data.about ?? []).map((thing) => resolve(thing)?.name)).toEqual(['Syria', 'Iran', 'Syrian rebels']);
    // A registered speaker is the actor page; the words are credited to the actor the speaker belongs to.
    const araghchi = quotations.find((quotation) => resolve(quotation.spokenByCharacter)?.name === 'Abbas Araghchi');
    expect(resolve(araghchi?.spokenByCharacter)).toEqual(
      expect.objectContaining({ '@type': 'Person', '@id': `${ORIGIN}/actors/abbas-araghchi/` }),
    );
    expect(resolve(araghchi?.creator)).toEqual(
      expect.objectContaining({ name: 'Iran', '@id': `${ORIGIN}/actors/iran/` }),
    );
    // A speaker known only by a description is named, with no page of its own.
    const described = by('These are fresh reinforcements');
    expect(described?.spokenByCharacter).toEqual({ '@type': 'Person', name: 'a senior army force' });
    expect(described?.creator).toBeUndefined();
  });

  test('every briefing describes each actor in its structured data once, and points to it by `@id` elsewhere', () => {
    for (const briefing of readdirSync(path.join(build.outDir, 'briefings'))) {
      const script = page(`briefings/${briefing}/index.html`).querySelector('script[type="application/ld+json"]');
      const described = new Map<string, number>();
      const referenced = new Set<string>();
      const visit = (value: unknown): void => {
        if (Array.isArray(value)) return value.forEach(visit);
        if (typeof value !== 'object' || value === null) return;
        const id = (value as Thing)['@id'];
        if (id !== undefined && Object.keys(value).length === 1) referenced.add(id);
        else if (id !== undefined) described.set(id, (described.get(id) ?? 0) + 1);
        Object.values(value).forEach(visit);
      };
      visit(JSON.parse(script?.textContent ?? '{}'));
      expect(
        [...described.values()].every((count) => count === 1),
        briefing,
      ).toBe(true);
      expect(
        [...referenced].filter((id) => !described.has(id)),
        briefing,
      ).toEqual([]);
    }
  });

  test('each quotation credited to an actor links to the speaker’s page, or the page of the actor they speak for', () => {
    const document = page(`briefings/${SEED}/index.html`);
    const quotes = [...document.querySelectorAll('.briefing__body [id^="q-"]')];
    const links = quotes.map((quote) => {
      const link = quote.querySelector('a.quote-speaker');
      return link && [link.getAttribute('href'), link.getAttribute('aria-label'), link.textContent];
    });
    expect(links).toEqual([
      // "a senior army force told Reuters": no actor to credit, so no page to lead to.
      null,
      ['/actors/russia/', 'Said by a spokesperson for the Russian government', ''],
      ['/actors/esmaeil-baqaei/', 'Said by Esmaeil Baqaei', ''],
      ['/actors/abbas-araghchi/', 'Said by Abbas Araghchi', ''],
    ]);
  });

  test('a briefing is an article to link previews, with its date; a list page is a website', () => {
    const briefing = page(`briefings/${SEED}/index.html`);
    const meta = (document: Document, property: string) =>
      document.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
    expect(meta(briefing, 'og:type')).toBe('article');
    expect(meta(briefing, 'article:published_time')).toBe('2024-12-02');
    expect(meta(page('index.html'), 'og:type')).toBe('website');
    expect(meta(page('actors/iran/index.html'), 'og:type')).toBe('website');
  });
});

/** The text Pagefind indexes on a page: its `data-pagefind-body` without what is marked `data-pagefind-ignore`. */
function indexedText(file: string): string {
  const document = page(file);
  const body = document.querySelector('[data-pagefind-body]');
  if (!body) throw new Error(`${file}: no data-pagefind-body`);
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  for (const element of body.querySelectorAll('script, style')) element.remove();
  return (body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('search', () => {
  test('an actor page gives the index its name, description and the names it is written as, no labels or counts', () => {
    const text = indexedText('actors/iran/index.html');
    // textContent runs block elements together where Pagefind puts a space.
    expect(text).toMatch(/^Iran ?Country in Western Asia/);
    expect(text).toContain('Tehran');
    for (const label of ['Members', 'Wikidata', 'Q794', 'In the briefings', 'mentions', 'RSS', 'Actors ·']) {
      expect(text, label).not.toContain(label);
    }
  });

  test('a briefing gives the index its headline, dek and text, not its date, source, credit or topics', () => {
    const text = indexedText(`briefings/${SEED}/index.html`);
    expect(text).toMatch(/^Iranian-backed militias enter Syria/);
    expect(text).toContain('a senior army force told Reuters');
    for (const label of ['2 December 2024', 'Scraped news report', 'Source', 'Topics', 'All briefings', 'In this']) {
      expect(text, label).not.toContain(label);
    }
  });

  test("the briefing index's quote openings end on a whole word", () => {
    const document = page(`briefings/${SEED}/index.html`);
    const openings = [...document.querySelectorAll('.briefing-index__quotes a[href^="#q-"]')];
    expect(openings.length).toBeGreaterThan(3);
    let cut = 0;
    for (const opening of openings) {
      const quote = document.querySelector(opening.getAttribute('href') ?? '')?.textContent ?? '';
      const words = (opening.textContent ?? '').replace(/^“|”$/g, '');
      if (!words.endsWith('…')) continue;
      cut++;
      const shown = words.slice(0, -1);
      const at = quote.indexOf(shown);
      expect(at, words).toBeGreaterThanOrEqual(0);
      // The character after the opening is not a letter: the cut fell between words.
      expect(quote.charAt(at + shown.length), words).toMatch(/[^\p{L}\p{N}]/u);
    }
    // "These are fresh reinforcements … front lines in the north" is longer than an opening.
    expect(cut).toBeGreaterThan(0);
  });
});

describe('the relations page', () => {
  test('its counts agree: the lede, the types, the lists and the table of the graph’s links', () => {
    const document = page('relations/index.html');
    const stated = Number(/^(\d+) relations/.exec(document.querySelector('.page-intro__lede')?.textContent ?? '')?.[1]);
    expect(stated).toBeGreaterThan(10);
    const byType = [...document.querySelectorAll('.kind-nav a')].map((link) =>
      Number(/\((\d+)\)$/.exec(link.textContent ?? '')?.[1] ?? 0),
    );
    expect(byType.reduce((sum, count) => sum + count, 0)).toBe(stated);
    expect(document.querySelectorAll('section .relation-list__item')).toHaveLength(stated);
    const rows = [...document.querySelectorAll('table.relation-graph__table tbody tr')];
    const counts = rows.map((row) => Number(row.querySelector('td:last-child')?.textContent));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(stated);
    expect(document.querySelector('table.relation-graph__table caption')?.textContent?.trim()).toBe(
      `${rows.length} links between actors, standing for the ${stated} relations`,
    );
    expect(document.querySelectorAll('figure.relation-graph > svg path.relation-graph__edge')).toHaveLength(
      rows.length,
    );
    expect(document.querySelector('svg desc')?.textContent).toMatch(
      new RegExp(`^\\d+ actors and ${rows.length} links between them, standing for ${stated} relations: `),
    );
  });

  test('the graph draws every name after every link, so no name lies under one', () => {
    const svg = page('relations/index.html').querySelector('figure.relation-graph > svg');
    const drawn = [...(svg?.querySelectorAll('path.relation-graph__edge, text') ?? [])].map(
      (element) => element.localName,
    );
    expect(drawn.lastIndexOf('path')).toBeLessThan(drawn.indexOf('text'));
    expect(drawn.filter((tag) => tag === 'text').length).toBeGreaterThan(5);
  });
});
