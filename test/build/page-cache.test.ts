/**
 * Pages reused from the last build (Astro's incremental build, keyed by
 * src/site/page-keys.ts): after an edit, a build that copies what it can is
 * byte for byte the site a build that renders every page writes; and a page
 * cache that holds anything but the published pages is not reused at all.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { snapshot } from '../helpers/fixture-site.ts';

const NAME = 'page-cache';
const CONTENT = `test/output/content/${NAME}`;
const CACHE = path.join(ROOT, 'test/output/.cache', NAME);
const articles = path.join(ROOT, CONTENT, 'articles');

/** Lines of the build's output for pages Astro copied from its cache, and for pages it rendered. */
const restored = (build: BuildResult) => build.output.match(/├─ \S+ \(restored\)/g) ?? [];
const rendered = (build: BuildResult, page: string) => new RegExp(`├─ /${page} \\(\\+[\\d.]+m?s\\)`).test(build.output);

/** The same content built from nothing: a fresh cache and no published site, so every page is rendered. */
function cleanBuild(): BuildResult {
  rmSync(path.join(ROOT, 'test/output/.cache', `${NAME}-clean`), { recursive: true, force: true });
  const clean = buildSite({ name: `${NAME}-clean`, contentDir: CONTENT });
  expect(clean.status, clean.output.slice(-2000)).toBe(0);
  expect(restored(clean)).toEqual([]);
  return clean;
}

function incrementalBuild(): BuildResult {
  const build = buildSite({ name: NAME, contentDir: CONTENT, keep: true });
  expect(build.status, build.output.slice(-2000)).toBe(0);
  return build;
}

describe('pages reused from the last build', () => {
  let files: string[] = [];
  beforeAll(() => {
    rmSync(path.join(ROOT, CONTENT), { recursive: true, force: true });
    cpSync(path.join(ROOT, 'content'), path.join(ROOT, CONTENT), { recursive: true });
    rmSync(CACHE, { recursive: true, force: true });
    files = readdirSync(articles).sort();
    const first = buildSite({ name: NAME, contentDir: CONTENT });
    expect(first.status, first.output.slice(-2000)).toBe(0);
  });

  test('a build with nothing changed copies every page it may, and the published search index', () => {
    const build = incrementalBuild();
    expect(restored(build).length).toBeGreaterThan(100);
    expect(build.output).toMatch(/Search index: \d+ pages; the published index, as no searchable page changed\./);
  });

  test('after a sentence naming no actor is added, only that briefing and its actors are rendered again', () => {
    const file = files[5] ?? '';
    appendFileSync(path.join(articles, file), '\nThe editors corrected a date in this report after publication.\n');
    const build = incrementalBuild();
    const id = file.replace(/\.md$/, '');
    expect(rendered(build, `briefings/${id}/index.html`)).toBe(true);
    expect(restored(build).length).toBeGreaterThan(100);
    // The search index: the edited briefing's bundle and the actors' are written again, the rest copied.
    const [, copied, bundles] = /(\d+) of (\d+) bundles copied from the published site/.exec(build.output) ?? [];
    expect(Number(bundles)).toBeGreaterThan(10);
    expect(Number(copied)).toBeGreaterThanOrEqual(Number(bundles) - 2);
    expect(snapshot(build.outDir)).toEqual(snapshot(cleanBuild().outDir));
  });

  test('after a sentence naming an actor is added, the counts it changes are on every page that shows them', () => {
    appendFileSync(path.join(articles, files[20] ?? ''), '\nTurkey said it would send observers to the talks.\n');
    const build = incrementalBuild();
    expect(rendered(build, 'actors/turkey/index.html')).toBe(true);
    expect(snapshot(build.outDir)).toEqual(snapshot(cleanBuild().outDir));
  });

  test('a new briefing naming actors other briefings name, and a new person: their pages, and most actors’, are copied', () => {
    writeFileSync(
      path.join(articles, '2030-01-02-talks-resume.md'),
      [
        '---',
        'title: Talks resume as Turkey and Iran trade warnings',
        'date: 2030-01-02',
        'source:',
        '  name: The editors',
        'summary: Turkey and Iran traded warnings as talks resumed.',
        '---',
        '',
        'Turkey and Iran traded warnings on Thursday as talks resumed.',
        '“We came to listen, not to be lectured,” said Marguerite Okonjo-Bellamy, an adviser to the Turkish delegation.',
        '',
      ].join('\n'),
    );
    const build = incrementalBuild();
    expect(rendered(build, 'briefings/2030-01-02-talks-resume/index.html')).toBe(true);
    // Every other briefing naming Turkey or Iran shows them as before: none is rendered again.
    const others = files.map((file) => `briefings/${file.replace(/\.md$/, '')}/index.html`);
    expect(others.filter((page) => rendered(build, page))).toEqual([]);
    // An actor's page is rendered again only if it shows what the briefing changed: most are copied.
    const actorPages = restored(build).filter((line) => /├─ \/actors\/[^/]+\/index\.html/.test(line)).length;
    const renderedActorPages = build.output.match(/├─ \/actors\/[^/]+\/index\.html \(\+/g) ?? [];
    expect(renderedActorPages.length).toBeGreaterThan(0);
    expect(renderedActorPages.length).toBeLessThan(actorPages / 4);
    expect(snapshot(build.outDir)).toEqual(snapshot(cleanBuild().outDir));
  });

  test('a page cache holding a page the site did not publish is not reused', () => {
    const kept = path.join(CACHE, 'dist', 'briefings', (files[0] ?? '').replace(/\.md$/, ''), 'index.html');
    const planted = readFileSync(kept, 'utf8').replace('<h1', '<script>alert(1)</script><h1');
    writeFileSync(kept, planted);
    const build = incrementalBuild();
    // Found as Astro restored it: that attempt is dropped, the cache removed, and every page rendered.
    const message = `Rendering every page: the page cache is not reused, as its copy of ${path.relative(path.join(CACHE, 'dist'), kept)} is not the published page.`;
    expect(build.output).toContain(message);
    expect(restored({ ...build, output: build.output.slice(build.output.indexOf(message)) })).toEqual([]);
    expect(snapshot(build.outDir)).toEqual(snapshot(cleanBuild().outDir));
  });
});
