/**
 * The search index beside the build: the pages Astro's output says it wrote,
 * indexed as they come, the rest after it, and nothing written when the
 * build dies before its last page.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { indexSite, isSearchable } from '../../tools/build/search-index.ts';
import { END_OF_PAGES, writtenPage } from '../../tools/build/written-pages.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe("the pages Astro's output says it wrote", () => {
  test.each([
    [
      '01:02:14   ├─ /briefings/2024-12-02-iranian-backed-militias/index.html (+3ms) ',
      'briefings/2024-12-02-iranian-backed-militias/index.html',
    ],
    ['  ├─ /actors/iran/rss.xml (+12ms)', 'actors/iran/rss.xml'],
    ['  ├─ /actors/iran/index.html (+1.02s)', 'actors/iran/index.html'],
    [
      '\u001b[2m01:02:14\u001b[22m   \u001b[32m├─\u001b[39m \u001b[2m/404.html\u001b[22m \u001b[2m(+18ms)\u001b[22m',
      '404.html',
    ],
    ['  ├─ /actors/iran/index.html (cached)', 'actors/iran/index.html'],
    ['  ├─ /actors/iran/index.html (restored)', 'actors/iran/index.html'],
  ])('%s', (line, page) => {
    expect(writtenPage(line)).toBe(page);
  });

  test.each([
    // Started, not yet written: the time follows on the same line once the file is.
    '01:02:14   ├─ /briefings/x/index.html',
    '01:02:14 [build] 1857 page(s) built in 15.60s',
    '01:02:14 [WARN] [briefings-articles] content/articles/x.md:3:1: "Chad" is read as part of a name',
    '',
  ])('not a written page: %j', (line) => {
    expect(writtenPage(line)).toBeNull();
  });

  test.each([
    ['briefings/x/index.html', true],
    ['actors/iran/index.html', true],
    ['actors/iran/said-by/2/index.html', false],
    ['actors/iran/rss.xml', false],
    ['index.html', false],
    ['page/2/index.html', false],
  ])('%s is searchable: %s', (page, searchable) => {
    expect(isSearchable(page)).toBe(searchable);
  });
});

const page = (title: string, body: boolean) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Words about ${title}.</p></main></body></html>`;

describe('the index of a built site', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  function writeSite(): void {
    site = mkdtempSync(path.join(tmpdir(), 'briefings-search-'));
    for (const [file, title, body] of [
      ['briefings/first/index.html', 'First briefing', true],
      ['briefings/second/index.html', 'Second briefing', true],
      ['actors/iran/index.html', 'Iran', true],
      ['actors/by-name/index.html', 'Actors by name', false],
      ['actors/iran/said-by/2/index.html', 'Said by Iran, page 2', false],
    ] as const) {
      mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
      writeFileSync(path.join(site, file), page(title, body));
    }
  }

  async function* reported(...pages: string[]): AsyncIterable<string> {
    yield* pages;
  }

  test('pages named as written are read then, the rest after, each once; lists without a body are not indexed', async () => {
    writeSite();
    const result = await indexSite(
      site,
      reported('actors/iran/rss.xml', 'briefings/second/index.html', 'briefings/second/index.html'),
    );
    expect(result).toEqual({ pages: 3, read: 4, followed: 1, reused: false, errors: [] });
    expect(readdirSync(path.join(site, 'pagefind/fragment'))).toHaveLength(3);
  });

  test('two indexes of the same pages in the same order are the same files', async () => {
    writeSite();
    await indexSite(site, reported('briefings/second/index.html'));
    const first = readdirSync(path.join(site, 'pagefind/index')).sort();
    rmSync(path.join(site, 'pagefind'), { recursive: true });
    await indexSite(site, reported('briefings/second/index.html'));
    expect(readdirSync(path.join(site, 'pagefind/index')).sort()).toEqual(first);
  });

  describe('beside the published site', () => {
    let published = '';
    afterEach(() => rmSync(published, { recursive: true, force: true }));

    /** The site as built and indexed, copied as the published one; the index marked, to tell a copy. */
    async function publish(): Promise<void> {
      await indexSite(site);
      published = `${site}-published`;
      cpSync(site, published, { recursive: true });
      writeFileSync(path.join(published, 'pagefind', 'published.txt'), 'the published index');
      rmSync(path.join(site, 'pagefind'), { recursive: true });
    }

    test('the published index is reused when every searchable page is the published one', async () => {
      writeSite();
      await publish();
      const result = await indexSite(site, reported('briefings/second/index.html'), published);
      expect(result).toEqual({ pages: 3, read: 4, followed: 1, reused: true, errors: [] });
      expect(readFileSync(path.join(site, 'pagefind', 'published.txt'), 'utf8')).toBe('the published index');
    });

    test('one page changed: the index is written again, the same as without the published site', async () => {
      writeSite();
      await publish();
      writeFileSync(path.join(site, 'briefings/second/index.html'), page('Second briefing, corrected', true));
      const result = await indexSite(
        site,
        reported('briefings/first/index.html', 'briefings/second/index.html'),
        published,
      );
      expect(result).toEqual({ pages: 3, read: 4, followed: 2, reused: false, errors: [] });
      expect(existsSync(path.join(site, 'pagefind', 'published.txt'))).toBe(false);
      const indexed = readdirSync(path.join(site, 'pagefind/index')).sort();
      rmSync(path.join(site, 'pagefind'), { recursive: true });
      await indexSite(site, reported('briefings/first/index.html', 'briefings/second/index.html'));
      expect(readdirSync(path.join(site, 'pagefind/index')).sort()).toEqual(indexed);
    });

    test('a page the published site had and this one has not: the index is written again', async () => {
      writeSite();
      await publish();
      rmSync(path.join(site, 'briefings/second'), { recursive: true });
      const result = await indexSite(site, reported(), published);
      expect(result).toMatchObject({ pages: 2, reused: false, errors: [] });
    });
  });

  function runIndexer(input: string) {
    return spawnSync(process.execPath, [path.join(ROOT, 'tools/build/index-search-cli.ts'), site, '--follow'], {
      input,
      encoding: 'utf8',
    });
  }

  test('the indexer process writes the index once the build says it wrote every page', () => {
    writeSite();
    const run = runIndexer(`briefings/first/index.html\n${END_OF_PAGES}\n`);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '')).toEqual({
      pages: 3,
      read: 4,
      followed: 1,
      reused: false,
      errors: [],
    });
  });

  test('a build that died before its last page (stdin closed without the end line) leaves no index', () => {
    writeSite();
    const run = runIndexer('briefings/first/index.html\n');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('the build stopped before it wrote every page');
    expect(readdirSync(site)).not.toContain('pagefind');
  });
});
