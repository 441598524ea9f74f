/**
 * Build tests: run the real `astro build` and read what it wrote.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { htmlFiles, internalLinks, loadDocument, textOf } from '../helpers/dist.ts';

const SEED = path.resolve(ROOT, '../shared/seed/syria-iran-militias-2024-12.txt');
const SEED_PAGE = 'briefings/2024-12-02-iranian-backed-militias-enter-syria/index.html';

describe('the site built from content/', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ name: 'site' });
  });

  test('builds', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  test('has the index, the 404 page and one page per briefing', () => {
    const articles = readdirSync(path.join(ROOT, 'content/articles')).filter((file) => file.endsWith('.md'));
    const pages = htmlFiles(build.outDir);
    expect(pages).toContain('index.html');
    expect(pages).toContain('404.html');
    for (const article of articles) expect(pages).toContain(`briefings/${article.replace(/\.md$/, '')}/index.html`);
    expect(pages.filter((page) => page.startsWith('briefings/'))).toHaveLength(articles.length);
  });

  test('lists every briefing on the index, newest first', () => {
    const index = loadDocument(build.outDir, 'index.html');
    const dates = Array.from(index.querySelectorAll('.card time'), (time) => time.getAttribute('datetime'));
    expect(dates).toHaveLength(readdirSync(path.join(ROOT, 'content/articles')).length);
    expect(dates).toEqual([...dates].sort().reverse());
    // The newest briefing's date is the start of the newest file name (`<date>-<slug>.md`).
    const newest = readdirSync(path.join(ROOT, 'content/articles')).sort().at(-1)?.slice(0, 10);
    expect(dates[0]).toBe(newest);
  });

  test('the seed briefing holds all twelve paragraphs of the article, verbatim, and none of the scraper junk', () => {
    const scraped = readFileSync(SEED, 'utf8').split('\n');
    const [readMore = '', ...rest] = scraped;
    const paragraphs = rest.slice(0, 12);
    const teasers = rest.slice(12).filter((line) => line.trim() !== '');
    expect(readMore).toMatch(/^Read More :/);
    expect(teasers).toHaveLength(6);

    const seed = loadDocument(build.outDir, SEED_PAGE);
    const body = Array.from(seed.querySelectorAll('.briefing__body p'), (p) => p.textContent);
    expect(body).toEqual(paragraphs);
    const page = seed.documentElement.textContent ?? '';
    for (const junk of [readMore, ...teasers]) expect(page).not.toContain(junk.replace(/…$/, ''));
  });

  test('on the seed briefing every mention of the main actors links to its actor page', () => {
    const seed = loadDocument(build.outDir, SEED_PAGE);
    const linked = (actor: string) =>
      Array.from(
        seed.querySelectorAll(`.briefing__body a.actor[href="/actors/${actor}/"]`),
        (link) => link.textContent,
      );
    // "Iranian Foreign Ministry" links the discovered ministry, a member of Iran, not Iran itself.
    expect(linked('iran')).toEqual(['Iranian', 'Tehran', 'Tehran', 'Iranian', 'Iran', 'Islamic Republic of Iran']);
    expect(linked('russia')).toEqual(['Russian', 'Russian government', 'Moscow', 'Russia']);
    expect(linked('hayat-tahrir-al-sham')).toEqual(['Hayat Tahrir al-Sham']);
    expect(linked('kurds')).toEqual(['Kurds', 'Kurdish']);
    expect(linked('syrian-government')).toEqual(['Syrian regime', 'Damascus', 'Syrian government']);
    expect(linked('turkey')).toEqual(['Turkey', 'Turkish']);
    expect(linked('united-states')).toEqual(['US']);
    // Damascus where a meeting happened is a place, not the government.
    const places = Array.from(seed.querySelectorAll('.briefing__body p'))
      .filter((p) => /in Damascus|visit to Damascus/.test(p.textContent ?? ''))
      .flatMap((p) => Array.from(p.querySelectorAll('a'), (link) => link.textContent));
    expect(places).not.toContain('Damascus');
  });

  test('names the editors list as no actor (content/not-actors.yaml) are plain text with no page', () => {
    const fanExpo = loadDocument(
      build.outDir,
      'briefings/2016-09-07-pop-culture-celebrated-at-fan-expo-canada-2016/index.html',
    );
    const body = fanExpo.querySelector('.briefing__body');
    expect(body?.textContent).toContain("Bruce Wayne's manor");
    expect(body?.textContent).toContain('Klingon Assault Group');
    const linked = Array.from(body?.querySelectorAll('a.actor') ?? [], (link) => link.textContent);
    expect(linked).not.toContain('Bruce Wayne');
    expect(linked).not.toContain('Klingon Assault Group');
    for (const id of ['bruce-wayne', 'klingon-assault-group', 'batman']) {
      expect(existsSync(path.join(build.outDir, `actors/${id}/index.html`)), id).toBe(false);
    }
  });

  test('Wikinews briefings credit Wikinews contributors and link the original and the licence', () => {
    const briefing = loadDocument(
      build.outDir,
      'briefings/2011-12-11-thousands-protest-over-alleged-russian-election-fraud/index.html',
    );
    const [source, credit] = briefing.querySelectorAll('.briefing__facts dd');
    expect(source?.querySelector('a')?.getAttribute('href')).toBe(
      'https://en.wikinews.org/wiki/Thousands_protest_over_alleged_Russian_election_fraud',
    );
    expect(credit?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Text by Wikinews contributors, CC BY 2.5');
    expect(briefing.querySelector('.briefing__facts a[rel="license"]')?.getAttribute('href')).toBe(
      'https://creativecommons.org/licenses/by/2.5/',
    );
  });

  test('every internal link resolves', () => {
    const links = internalLinks(build.outDir);
    expect(links.length).toBeGreaterThan(100);
    expect(links.filter((link) => link.problem)).toEqual([]);
  });

  test('every page carries a Content Security Policy that allows no inline script', () => {
    for (const page of htmlFiles(build.outDir)) {
      const policy =
        loadDocument(build.outDir, page)
          .querySelector('meta[http-equiv="content-security-policy"]')
          ?.getAttribute('content') ?? '';
      expect(policy, page).toContain("default-src 'self'");
      expect(policy, page).toContain("object-src 'none'");
      expect(policy, page).not.toContain('unsafe-inline');
    }
  });

  test('ships no client JavaScript but the search page’s (its script and Pagefind’s)', () => {
    const scripts = readdirSync(build.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      file.endsWith('.js'),
    );
    // The search page's own script is a file once it outgrows Vite's limit for inlining.
    const searchScripts = [...loadDocument(build.outDir, 'search/index.html').querySelectorAll('script[src]')].map(
      (script) => script.getAttribute('src')?.replace(/^\//, ''),
    );
    expect(scripts.filter((file) => !file.startsWith('pagefind/') && !searchScripts.includes(file))).toEqual([]);
    for (const page of htmlFiles(build.outDir)) {
      if (page === 'search/index.html') continue;
      expect(
        loadDocument(build.outDir, page).querySelectorAll('script:not([type="application/ld+json"])'),
        page,
      ).toHaveLength(0);
    }
  });
});

describe('a fixture site deployed under a sub-path', () => {
  let build: BuildResult;
  beforeAll(() => {
    build = buildSite({ name: 'minimal-base', contentDir: 'test/sites/minimal', base: '/briefings/' });
  });

  test('builds its two briefings, and a page for its actor and every base-layer actor', () => {
    expect(build.status).toBe(0);
    const pages = htmlFiles(build.outDir);
    expect(pages).toContain('actors/iran/index.html');
    expect(pages).toContain('actors/lebanon/index.html');
    expect(pages.filter((page) => !page.startsWith('actors/'))).toEqual([
      '404.html',
      'briefings/2024-12-01-older/index.html',
      'briefings/2024-12-02-newer/index.html',
      'index.html',
      'quotes/index.html',
      'quotes/unaffiliated/index.html',
      'relations/index.html',
      'search/index.html',
    ]);
  });

  test('every link, stylesheet and icon stays under the base path and resolves', () => {
    const links = internalLinks(build.outDir, '/briefings/');
    expect(links.length).toBeGreaterThan(10);
    expect(links.filter((link) => link.problem)).toEqual([]);
  });

  test('renders the body as Markdown and a source without an address as plain text', () => {
    const older = loadDocument(build.outDir, 'briefings/2024-12-01-older/index.html');
    expect(textOf(older, '.briefing__body em')).toBe('emphasis');
    const newer = loadDocument(build.outDir, 'briefings/2024-12-02-newer/index.html');
    expect(textOf(newer, '.briefing__kicker')).toContain('A scraped report');
    expect(newer.querySelectorAll('.briefing__kicker a')).toHaveLength(0);
    // Actor links carry the base path too.
    expect(newer.querySelector('.briefing__body a.actor')?.getAttribute('href')).toBe('/briefings/actors/iran/');
  });
});

describe('bad content', () => {
  test('fails the build with every problem named by file, line and field, and writes nothing', () => {
    const build = buildSite({ name: 'invalid', contentDir: 'test/sites/invalid' });
    expect(build.status).not.toBe(0);
    const dir = 'test/sites/invalid';
    expect(build.output).toContain('The articles collection has 3 problems:');
    expect(build.output).toContain(
      `${dir}/articles/2025-01-02-unknown-actor.md:10: actors.1: no actor "irn" in ${dir}/actors/ (did you mean "iran"?)`,
    );
    expect(build.output).toContain(`${dir}/articles/2025-01-03-missing-title.md:1: title: is required`);
    expect(build.output).toContain(
      `${dir}/articles/2025-02-30-impossible-date.md:3: date: "2025-02-30" is not a real calendar date (February 2025 has 28 days)`,
    );
    expect(existsSync(path.join(build.outDir, 'index.html'))).toBe(false);
  });

  test('a failed build leaves the previous site exactly as it was', () => {
    const first = buildSite({ name: 'kept', contentDir: 'test/sites/minimal' });
    expect(first.status).toBe(0);
    const snapshot = () =>
      readdirSync(first.outDir, { recursive: true, encoding: 'utf8' })
        .sort()
        .map((file) => {
          const full = path.join(first.outDir, file);
          return statSync(full).isFile() ? `${file} ${readFileSync(full, 'utf8').length}` : file;
        });
    const before = snapshot();
    const failed = buildSite({ name: 'kept', contentDir: 'test/sites/invalid', keep: true });
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('was left as it was');
    expect(snapshot()).toEqual(before);
    const beside = readdirSync(path.dirname(first.outDir)).filter((name) => name.startsWith('kept.'));
    expect(beside).toEqual([]);
  });
});
