/**
 * Long lists are split into pages: a generated archive of 120 briefings
 * (each quoting an unnamed source) builds a briefing index and an
 * unaffiliated-quotes ledger of three pages each, newest first, every item
 * on exactly one page, linked newer/older.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from './helpers/build.ts';
import { loadPage } from './helpers/dist.ts';

const COUNT = 120;
const contentDir = path.join(ROOT, 'test/output/paged-content');

/** Briefing `n` is dated `n` days after 1 January 2020, so a higher `n` is newer. */
function writeArchive(): void {
  rmSync(contentDir, { recursive: true, force: true });
  mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
  cpSync(path.join(ROOT, 'test/fixtures/minimal/actors'), path.join(contentDir, 'actors'), { recursive: true });
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

const titles = (file: string) => {
  const $ = loadPage(build.outDir, file);
  return $('.card__title')
    .map((_, element) => $(element).text().trim())
    .get();
};

describe('the briefing index', () => {
  test('shows fifty per page, newest first, every briefing once', () => {
    const pages = [titles('index.html'), titles('page/2/index.html'), titles('page/3/index.html')];
    expect(pages.map((list) => list.length)).toEqual([50, 50, 20]);
    expect(pages.flat()).toEqual(Array.from({ length: COUNT }, (_, index) => `Briefing number ${COUNT - index}`));
  });

  test('links newer and older pages, and marks the current one', () => {
    const first = loadPage(build.outDir, 'index.html');
    expect(first('a[rel="next"]').attr('href')).toBe('/page/2/');
    expect(first('a[rel="prev"]').length).toBe(0);
    const middle = loadPage(build.outDir, 'page/2/index.html');
    expect(middle('a[rel="prev"]').attr('href')).toBe('/');
    expect(middle('a[rel="next"]').attr('href')).toBe('/page/3/');
    expect(middle('.pagination [aria-current="page"]').text()).toBe('2');
    expect(middle('title').text()).toContain('page 2');
  });
});

describe('quotes with no known affiliation', () => {
  test('are split the same way, and the ledger links to them', () => {
    const count = (file: string) => loadPage(build.outDir, file)('.quote-list__item').length;
    expect([
      count('quotes/unaffiliated/index.html'),
      count('quotes/unaffiliated/page/2/index.html'),
      count('quotes/unaffiliated/page/3/index.html'),
    ]).toEqual([50, 50, 20]);
    const ledger = loadPage(build.outDir, 'quotes/index.html');
    expect(ledger('.quote-list__item').length).toBe(3);
    expect(ledger('a[href="/quotes/unaffiliated/"]').text()).toContain('All 120 quotes');
  });
});
