/**
 * The search index beside the build: the pages Astro's output says it wrote,
 * indexed as they come, the rest after it, and nothing written when the
 * build dies before its last page.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { bundleOf, indexSite, isSearchable } from '../../tools/build/search-index.ts';
import { END_OF_PAGES, restoredPage, writtenPage } from '../../tools/build/written-pages.ts';

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

  test('a page copied from the page cache is told apart from one rendered', () => {
    expect(restoredPage('  ├─ /actors/iran/index.html (restored)')).toBe('actors/iran/index.html');
    expect(
      restoredPage(
        '\u001b[2m01:02:14\u001b[22m   \u001b[32m├─\u001b[39m \u001b[2m/404.html\u001b[22m \u001b[2m(restored)\u001b[22m',
      ),
    ).toBe('404.html');
    for (const line of [
      '  ├─ /actors/iran/index.html (+12ms)',
      '  ├─ /actors/iran/index.html (cached)',
      '  ├─ /x (restored',
    ]) {
      expect(restoredPage(line), line).toBeNull();
    }
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

describe('the bundle a searchable page is indexed in', () => {
  test('actor pages are in the main bundle, briefings in one of sixteen by their path, the same each time', () => {
    expect(bundleOf('actors/iran/index.html')).toBe('');
    const briefings = Array.from({ length: 400 }, (_, n) => bundleOf(`briefings/b${n}/index.html`));
    expect(new Set(briefings).size).toBe(16);
    for (const folder of briefings) expect(folder).toMatch(/^briefings-(0\d|1[0-5])-of-16$/);
    expect(bundleOf('briefings/first/index.html')).toBe('briefings-05-of-16');
    expect(bundleOf('briefings/second/index.html')).toBe('briefings-06-of-16');
    expect(bundleOf('briefings/fifth/index.html')).toBe('briefings-06-of-16');
  });
});

const SITE: [string, string, boolean][] = [
  ['briefings/first/index.html', 'First briefing', true],
  ['briefings/second/index.html', 'Second briefing', true],
  ['briefings/fifth/index.html', 'Fifth briefing', true],
  ['actors/iran/index.html', 'Iran', true],
  ['actors/by-name/index.html', 'Actors by name', false],
  ['actors/iran/said-by/2/index.html', 'Said by Iran, page 2', false],
];

const page = (title: string, body: boolean) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title}</title></head><body><main${body ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>Words about ${title}.</p></main></body></html>`;

/** Every file of a site's search index with its bytes, marks left by the tests aside. */
function indexFiles(site: string): Record<string, string> {
  const root = path.join(site, 'pagefind');
  return Object.fromEntries(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'published.txt')
      .map((entry) => {
        const file = path.relative(root, path.join(entry.parentPath, entry.name));
        return [file, readFileSync(path.join(root, file)).toString('base64')];
      }),
  );
}

describe('the index of a built site', () => {
  let site = '';
  afterEach(() => rmSync(site, { recursive: true, force: true }));

  /** Briefings `first` (bundle 05), `second` and `fifth` (both 06), an actor page, and lists no bundle holds. */
  function writeSite(pages = SITE): void {
    site = mkdtempSync(path.join(tmpdir(), 'briefings-search-'));
    for (const [file, title, body] of pages) writePage(file, title, body);
  }

  function writePage(file: string, title: string, body = true): void {
    mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    writeFileSync(path.join(site, file), page(title, body));
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
    expect(result).toEqual({ pages: 4, read: 5, followed: 1, bundles: 3, reused: 0, errors: [] });
    expect(readdirSync(path.join(site, 'pagefind/fragment'))).toHaveLength(1);
    expect(readdirSync(path.join(site, 'pagefind/briefings-06-of-16/fragment'))).toHaveLength(2);
  });

  test('the main bundle lists the others and alone holds Pagefind’s script and WebAssembly', async () => {
    writeSite();
    await indexSite(site);
    const root = path.join(site, 'pagefind');
    expect(JSON.parse(readFileSync(path.join(root, 'briefing-bundles.json'), 'utf8'))).toEqual([
      'briefings-05-of-16',
      'briefings-06-of-16',
    ]);
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind', 'pagefind-entry.json'])
      expect(existsSync(path.join(root, file)), file).toBe(true);
    const bundle = readdirSync(path.join(root, 'briefings-05-of-16'));
    expect(bundle).toContain('pagefind-entry.json');
    expect(bundle.filter((file) => /\.(js|pagefind)$/.test(file))).toEqual([]);
    expect(
      Object.keys(indexFiles(site)).filter((file) => /pagefind-(ui|modular|component|highlight)/.test(file)),
    ).toEqual([]);
  });

  test('with no actor page, the main bundle holds every briefing', async () => {
    writeSite(SITE.filter(([file]) => !file.startsWith('actors/iran/index')));
    const result = await indexSite(site);
    expect(result).toEqual({ pages: 3, read: 4, followed: 0, bundles: 1, reused: 0, errors: [] });
    expect(readdirSync(path.join(site, 'pagefind/fragment'))).toHaveLength(3);
    expect(readFileSync(path.join(site, 'pagefind/briefing-bundles.json'), 'utf8')).toBe('[]\n');
  });

  test('two indexes of the same pages in the same order are the same files', async () => {
    writeSite();
    await indexSite(site, reported('briefings/second/index.html'));
    const first = indexFiles(site);
    rmSync(path.join(site, 'pagefind'), { recursive: true });
    await indexSite(site, reported('briefings/second/index.html'));
    expect(indexFiles(site)).toEqual(first);
  });

  describe('beside the published site', () => {
    let published = '';
    afterEach(() => rmSync(published, { recursive: true, force: true }));

    /** The site as built and indexed (`pages` reported as written), copied as published; each bundle marked, to tell a copy. */
    async function publish(...pages: string[]): Promise<void> {
      await indexSite(site, reported(...pages));
      published = `${site}-published`;
      cpSync(site, published, { recursive: true });
      for (const folder of ['', 'briefings-05-of-16', 'briefings-06-of-16'])
        writeFileSync(path.join(published, 'pagefind', folder, 'published.txt'), `published ${folder}`);
      rmSync(path.join(site, 'pagefind'), { recursive: true });
    }

    const copied = (folder: string) => existsSync(path.join(site, 'pagefind', folder, 'published.txt'));

    /** The index of the site as it stands, written from nothing, to compare with one that copied bundles. */
    async function freshIndex(...pages: string[]): Promise<Record<string, string>> {
      const fresh = mkdtempSync(path.join(tmpdir(), 'briefings-search-fresh-'));
      try {
        for (const folder of ['briefings', 'actors'])
          cpSync(path.join(site, folder), path.join(fresh, folder), { recursive: true });
        await indexSite(fresh, reported(...pages));
        return indexFiles(fresh);
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
    }

    test('every bundle is copied when every searchable page is the published one', async () => {
      writeSite();
      await publish('briefings/second/index.html');
      const result = await indexSite(site, reported('briefings/second/index.html'), published);
      expect(result).toEqual({ pages: 4, read: 5, followed: 1, bundles: 3, reused: 3, errors: [] });
      for (const folder of ['', 'briefings-05-of-16', 'briefings-06-of-16']) expect(copied(folder), folder).toBe(true);
      expect(indexFiles(site)).toEqual(await freshIndex('briefings/second/index.html'));
      // Brought as links: the new site shares the published files instead of writing them again.
      const entry = 'pagefind/briefings-05-of-16/pagefind-entry.json';
      expect(statSync(path.join(site, entry)).ino).toBe(statSync(path.join(published, entry)).ino);
    });

    test('one briefing changed: its bundle is written again, the others copied, the same as without the published site', async () => {
      writeSite();
      await publish('briefings/first/index.html', 'briefings/second/index.html');
      writePage('briefings/first/index.html', 'First briefing, corrected');
      const result = await indexSite(
        site,
        reported('briefings/first/index.html', 'briefings/second/index.html'),
        published,
      );
      expect(result).toEqual({ pages: 4, read: 5, followed: 2, bundles: 3, reused: 2, errors: [] });
      expect([copied(''), copied('briefings-05-of-16'), copied('briefings-06-of-16')]).toEqual([true, false, true]);
      expect(indexFiles(site)).toEqual(await freshIndex('briefings/first/index.html', 'briefings/second/index.html'));
    });

    test('an actor page changed: the main bundle is written again, and its copies of the others are not kept', async () => {
      writeSite();
      await publish();
      writePage('actors/iran/index.html', 'Iran, with a new mention');
      const result = await indexSite(site, reported(), published);
      expect(result).toMatchObject({ bundles: 3, reused: 2, errors: [] });
      expect([copied(''), copied('briefings-05-of-16'), copied('briefings-06-of-16')]).toEqual([false, true, true]);
      expect(indexFiles(site)).toEqual(await freshIndex());
    });

    test('a briefing the published site had and this one has not: its bundle is written again', async () => {
      writeSite();
      await publish();
      rmSync(path.join(site, 'briefings/fifth'), { recursive: true });
      const result = await indexSite(site, reported(), published);
      expect(result).toMatchObject({ pages: 3, bundles: 3, reused: 2, errors: [] });
      expect(copied('briefings-06-of-16')).toBe(false);
    });

    test('a new briefing: a bundle of its own is written, the rest copied', async () => {
      writeSite();
      await publish();
      writePage('briefings/third/index.html', 'Third briefing');
      const result = await indexSite(site, reported(), published);
      expect(result).toMatchObject({ pages: 5, bundles: 4, reused: 3, errors: [] });
      expect(JSON.parse(readFileSync(path.join(site, 'pagefind/briefing-bundles.json'), 'utf8'))).toEqual([
        'briefings-05-of-16',
        'briefings-06-of-16',
        'briefings-13-of-16',
      ]);
      // The main bundle came as links, its list too: the new list is a file of its own, the published one unchanged.
      expect(JSON.parse(readFileSync(path.join(published, 'pagefind/briefing-bundles.json'), 'utf8'))).toEqual([
        'briefings-05-of-16',
        'briefings-06-of-16',
      ]);
    });

    test('a published index of one bundle, as the site had before bundles, is not copied', async () => {
      writeSite();
      await publish();
      rmSync(path.join(published, 'pagefind/briefing-bundles.json'));
      const result = await indexSite(site, reported(), published);
      expect(result).toMatchObject({ bundles: 3, reused: 0, errors: [] });
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
      pages: 4,
      read: 5,
      followed: 1,
      bundles: 3,
      reused: 0,
      errors: [],
    });
  });

  test('a build that died before its last page (stdin closed without the end line) leaves no index', () => {
    writeSite();
    const run = runIndexer('briefings/first/index.html\n');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('the build stopped before it wrote every page');
    // The cause is in the result the build reads, so its failure names it.
    expect(JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '')).toMatchObject({
      errors: ['the build stopped before it wrote every page'],
    });
    expect(readdirSync(site)).not.toContain('pagefind');
  });
});
