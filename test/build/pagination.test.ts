/**
 * Long lists are split into pages: a generated archive of 230 briefings
 * (each quoting an unnamed source, naming Iran, quoting Iran and quoting
 * Iraq about Iran) builds a briefing index and an unaffiliated-quotes ledger
 * of five pages of fifty, and Iran's mentions, quotes by and quotes about of
 * three pages each (the newest twenty on the actor page, then pages of two
 * hundred), newest first, every item on exactly one page, linked newer/older; the
 * site's feed carries the newest fifty, an actor's the newest twenty; a
 * discovered actor's note gives five briefings' evidence and counts the rest.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { pageNumbers } from '../../src/site/pages.ts';
import { internalLinks, listed, loadDocument, loadXml } from '../helpers/dist.ts';

const COUNT = 230;
const contentDir = path.join(ROOT, 'test/output/paged-content');

/** Briefing `n` is dated `n` days after 1 January 2020, so a higher `n` is newer. */
function writeArchive(): void {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
  cpSync(path.join(ROOT, 'test/sites/minimal/actors'), path.join(contentDir, 'actors'), { recursive: true });
  for (let n = 1; n <= COUNT; n++) {
    const date = new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
    writeFileSync(
      path.join(contentDir, 'articles', `${date}-briefing-${n}.md`),
      [
        '---',
        `title: Briefing number ${n}`,
        `date: ${date}`,
        'source:',
        '  name: Example Wire',
        '  url: https://example.org/wire',
        `summary: The summary of briefing ${n}.`,
        '---',
        '',
        `“Talks will resume on day ${n},” a senior official told reporters.`,
        '',
        `Iran said it would send a delegation on day ${n}. “We will attend the talks,” Iran's foreign ministry said.`,
        '',
        `“Iran has not replied,” Iraq's foreign ministry said of Iran on day ${n}.`,
        '',
        `Prime Minister Farid Nasser of Iran welcomed the delegation on day ${n}.`,
        '',
      ].join('\n'),
    );
  }
}

let build: BuildResult;
beforeAll(() => {
  writeArchive();
  build = buildSite({ name: 'paged', contentDir });
  if (build.status !== 0) throw new Error(build.output);
});

const page = (file: string) => loadDocument(build.outDir, file);
/** Every element `selector` matches under `root`; none when there is no root. */
const all = (root: ParentNode | null | undefined, selector: string) => [...(root?.querySelectorAll(selector) ?? [])];
/** The text of every element `selector` matches, run together. */
const textOf = (root: ParentNode | null | undefined, selector: string) =>
  all(root, selector)
    .map((element) => element.textContent)
    .join('');
/** An attribute of the first element `selector` matches, undefined when there is none or it has none. */
const attribute = (root: ParentNode, selector: string, name: string) =>
  root.querySelector(selector)?.getAttribute(name) ?? undefined;

const titles = (file: string) => all(page(file), '.card__title').map((element) => element.textContent.trim());

describe('the briefing index', () => {
  test('shows fifty per page, newest first, every briefing once', () => {
    const pages = [
      'index.html',
      'page/2/index.html',
      'page/3/index.html',
      'page/4/index.html',
      'page/5/index.html',
    ].map(titles);
    expect(pages.map((list) => list.length)).toEqual([50, 50, 50, 50, 30]);
    expect(pages.flat()).toEqual(Array.from({ length: COUNT }, (_, index) => `Briefing number ${COUNT - index}`));
  });

  test('links newer and older pages, and marks the current one', () => {
    const first = page('index.html');
    expect(attribute(first, 'a[rel="next"]', 'href')).toBe('/page/2/');
    expect(all(first, 'a[rel="prev"]').length).toBe(0);
    const middle = page('page/2/index.html');
    expect(attribute(middle, 'a[rel="prev"]', 'href')).toBe('/');
    expect(attribute(middle, 'a[rel="next"]', 'href')).toBe('/page/3/');
    expect(textOf(middle, '.pagination [aria-current="page"]')).toBe('2');
    expect(textOf(middle, 'title')).toContain('page 2');
  });
});

describe('quotes with no known affiliation', () => {
  test('are split the same way, and the ledger links to them', () => {
    const count = (file: string) => all(page(file), listed.quote).length;
    const later = [2, 3, 4, 5].map((number) => `quotes/unaffiliated/page/${number}/index.html`);
    expect(['quotes/unaffiliated/index.html', ...later].map(count)).toEqual([50, 50, 50, 50, 30]);
    const ledger = page('quotes/index.html');
    expect(all(ledger.querySelector('#by-unknown')?.closest('section'), listed.quote).length).toBe(3);
    expect(textOf(ledger, 'a[href="/quotes/unaffiliated/"]')).toContain(`All ${COUNT} quotes`);
  });
});

describe("an actor's lists", () => {
  const newestFirst = Array.from({ length: COUNT }, (_, index) => `Briefing number ${COUNT - index}`);
  const pagesOf = (list: string) => [
    'actors/iran/index.html',
    `actors/iran/${list}/2/index.html`,
    `actors/iran/${list}/3/index.html`,
  ];

  test('mentions in context: the newest twenty on the actor page, older ones on pages of their own', () => {
    const pages = pagesOf('mentions').map((file) =>
      all(page(file), listed.appearanceTitle).map((element) => element.textContent.trim()),
    );
    expect(pages.map((list) => list.length)).toEqual([20, 200, 10]);
    expect(pages.flat()).toEqual(newestFirst);
    expect(existsSync(path.join(build.outDir, 'actors/iran/mentions/4'))).toBe(false);
  });

  test('quotes by and about the actor are split the same way, each quote on one page', () => {
    for (const [list, text] of [
      ['said-by', 'We will attend the talks'],
      ['said-about', 'Iran has not replied'],
    ] as const) {
      const pages = pagesOf(list).map((file) => {
        const document = page(file);
        const sections =
          file.endsWith('/index.html') && !file.includes(`/${list}/`)
            ? all(document, `#${list}`).map((heading) => heading.parentElement)
            : all(document, 'main');
        return sections
          .flatMap((section) => all(section, listed.quote))
          .map((item) => `${textOf(item, 'blockquote')} ${attribute(item, listed.permalink, 'href')}`);
      });
      expect(
        pages.map((rows) => rows.length),
        list,
      ).toEqual([20, 200, 10]);
      expect(new Set(pages.flat()).size, list).toBe(COUNT);
      expect(
        pages.flat().every((row) => row.includes(text)),
        list,
      ).toBe(true);
    }
  });

  test('link newer and older pages; page 1 is the section on the actor page', () => {
    const actor = page('actors/iran/index.html');
    expect(attribute(actor, 'nav[aria-label="Pages of mentions of Iran"] a[rel="next"]', 'href')).toBe(
      '/actors/iran/mentions/2/',
    );
    expect(attribute(actor, 'nav[aria-label="Pages of quotes by Iran"] a[rel="next"]', 'href')).toBe(
      '/actors/iran/said-by/2/',
    );
    expect(attribute(actor, 'nav[aria-label="Pages of quotes about Iran"] a[rel="next"]', 'href')).toBe(
      '/actors/iran/said-about/2/',
    );
    expect(textOf(actor.querySelector('#mentions')?.parentElement, '.list-intro')).toContain(
      `The newest 20 of ${COUNT} briefings`,
    );
    const middle = page('actors/iran/said-about/2/index.html');
    expect(attribute(middle, 'a[rel="prev"]', 'href')).toBe('/actors/iran/#said-about');
    expect(attribute(middle, 'a[rel="next"]', 'href')).toBe('/actors/iran/said-about/3/');
    expect(textOf(middle, 'h1')).toBe('Said about Iran');
    expect(textOf(middle, 'title')).toContain('page 2');
    expect(textOf(middle, '.list-intro')).toBe(`Quotes 21–220 of ${COUNT}, newest first.`);
    expect(all(middle, 'a[href="/actors/iran/"]').length).toBeGreaterThan(0);
  });

  test('the search index holds the briefings and the actor pages, not the lists', () => {
    // An actor's own folder has its feed; the actor list's orders (`by-name/`…) have none.
    const actorPages = readdirSync(path.join(build.outDir, 'actors')).filter((entry) =>
      existsSync(path.join(build.outDir, 'actors', entry, 'rss.xml')),
    );
    expect(actorPages.length).toBeGreaterThan(200);
    expect(build.output).toContain(`Search index: ${COUNT + actorPages.length} pages;`);
    expect(attribute(page('actors/iran/index.html'), 'main', 'data-pagefind-body')).toBe('');
    for (const file of ['actors/iran/mentions/2/index.html', 'actors/by-name/index.html', 'page/2/index.html']) {
      expect(attribute(page(file), 'main', 'data-pagefind-body'), file).toBeUndefined();
    }
  });
});

test('every link of the split lists resolves, anchors included', () => {
  const links = internalLinks(build.outDir);
  expect(links.filter((link) => link.href.startsWith('/actors/iran/said-about/')).length).toBeGreaterThan(0);
  expect(links.filter((link) => link.problem)).toEqual([]);
});

test("a discovered actor's note gives the evidence of its newest five briefings and counts the others", () => {
  const note = page('actors/farid-nasser/index.html').querySelector('.discovered-note');
  const evidence = all(note, '.discovered-note__evidence li');
  expect(evidence.map((item) => item.querySelector('.discovered-note__source')?.textContent)).toEqual(
    Array.from({ length: 5 }, (_, index) => expect.stringContaining(`Briefing number ${COUNT - index},`)),
  );
  expect(note?.querySelector('ul + p')?.textContent).toBe(
    `And in ${COUNT - 5} more briefings, under Mentions in context.`,
  );
  expect(note?.querySelector('ul + p a')?.getAttribute('href')).toBe('#mentions');
});

test("the site's feed carries the newest fifty briefings and an actor's the newest twenty, newest first", () => {
  for (const [file, length] of [
    ['rss.xml', 50],
    ['actors/iran/rss.xml', 20],
  ] as const) {
    const titles = [...loadXml(build.outDir, file).querySelectorAll('item > title')].map((title) => title.textContent);
    expect(titles, file).toEqual(Array.from({ length }, (_, index) => `Briefing number ${COUNT - index}`));
  }
});

describe('page links', () => {
  // null is a gap: numbers left out between the first or last page and the current one's neighbours.
  test.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [2, 7, [1, 2, 3, 4, null, 7]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
    [1, 90, [1, 2, 3, null, 90]],
    [5, 90, [1, 2, 3, 4, 5, 6, 7, null, 90]],
    [45, 90, [1, null, 43, 44, 45, 46, 47, null, 90]],
    [89, 90, [1, null, 87, 88, 89, 90]],
  ])('page %i of %i links %j', (number, count, expected) => {
    expect(pageNumbers({ number, count })).toEqual(expected);
  });

  test('a later page of a long list links the first, the last and its neighbours', () => {
    expect(
      all(page('page/2/index.html'), '.pagination li').map((item) => item.textContent.replace(/\s+/g, ' ').trim()),
    ).toEqual(['← Newer', 'Page 1', '2', 'Page 3', 'Page 4', 'Page 5', 'Older →']);
  });
});
