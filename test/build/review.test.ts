/**
 * The editors' side of a build: the review gate (actors only discovery found
 * stay out of the sitemap, the search index and the feeds, their pages
 * `noindex`), `npm run review` listing every note of `content/` after a warm
 * build, the annotation changelog after one alias is added, and a
 * correction naming no actor failing the build with its file and line.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ReviewFile } from '../../src/astro/review-file.ts';
import type { RuleGroup } from '../../tools/review/review-report.ts';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { htmlFiles, loadDocument } from '../helpers/dist.ts';
import { articleText, writeContentTree } from '../helpers/fixture-site.ts';

const cacheOf = (name: string) => path.join(ROOT, 'test/output/.cache', name);

function review(name: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['tools/review/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BRIEFINGS_CACHE_DIR: cacheOf(name) },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The notes a build printed as it rendered: `file:line:column: reason [rule]`. */
const printedNotes = (output: string) =>
  [...output.matchAll(/(content\/articles\/\S+\.md:\d+:\d+: .+ \[[\w-]+\])$/gm)].flatMap((match) => match[1] ?? []);

describe('content/, built cold and then warm', () => {
  const name = 'review-content';
  let cold: BuildResult;
  let warm: BuildResult;

  beforeAll(() => {
    rmSync(cacheOf(name), { recursive: true, force: true });
    cold = buildSite({ name });
    warm = buildSite({ name });
  });

  test('both build; the warm one renders nothing again, so it prints no note', () => {
    expect(cold.status).toBe(0);
    expect(warm.status).toBe(0);
    expect(printedNotes(cold.output).length).toBeGreaterThan(10);
    expect(printedNotes(warm.output)).toEqual([]);
  });

  test('npm run review lists every note the cold build printed, grouped by rule and briefing', () => {
    const { status, stdout } = review(name);
    expect(status).toBe(0);
    const listed = new Set(stdout.split('\n').map((line) => line.trim()));
    for (const note of printedNotes(cold.output)) {
      const [where, rest] = [note.slice(0, note.indexOf(': ')), note.slice(note.indexOf(': ') + 2)];
      const reason = rest.replace(/ \[[\w-]+\]$/, '');
      expect(listed, note).toContain(`${where}: ${reason}`);
    }
    const groups = JSON.parse(review(name, '--json').stdout) as RuleGroup[];
    const total = groups.reduce((sum, group) => sum + group.count, 0);
    expect(total).toBe(printedNotes(cold.output).length);
    for (const group of groups) {
      for (const { file, notes } of group.briefings) {
        expect(file).toMatch(/^content\/articles\/.+\.md$/);
        for (const note of notes) expect(note.ruleId).toBe(group.rule);
      }
    }
  });

  describe('the review gate', () => {
    const discovered = () =>
      htmlFiles(warm.outDir)
        .filter((page) => /^actors\/[^/]+\/index\.html$/.test(page))
        .filter((page) => loadDocument(warm.outDir, page).querySelector('.discovered-note'));
    const sitemap = () => readFileSync(path.join(warm.outDir, 'sitemap-0.xml'), 'utf8');

    test('every page of an actor only discovery found is noindex, unsearchable, feedless and not in the sitemap', () => {
      const pages = discovered();
      expect(pages.length).toBeGreaterThan(50);
      const listed = sitemap();
      for (const page of pages) {
        const document = loadDocument(warm.outDir, page);
        const folder = page.replace(/index\.html$/, '');
        expect(document.querySelector('meta[name="robots"]')?.getAttribute('content'), page).toBe('noindex');
        expect(document.querySelector('[data-pagefind-body]'), page).toBeNull();
        expect(existsSync(path.join(warm.outDir, folder, 'rss.xml')), page).toBe(false);
        expect(listed, page).not.toContain(`/${folder}</loc>`);
      }
    });

    test('a registered actor is still published', () => {
      const document = loadDocument(warm.outDir, 'actors/iran/index.html');
      expect(document.querySelector('meta[name="robots"]')).toBeNull();
      expect(document.querySelector('[data-pagefind-body]')).not.toBeNull();
      expect(existsSync(path.join(warm.outDir, 'actors/iran/rss.xml'))).toBe(true);
      expect(sitemap()).toContain('/actors/iran/</loc>');
    });

    test('no briefing offers a discovered actor as a search filter', () => {
      const held = new Set(discovered().map((page) => `/${page.replace(/index\.html$/, '')}`));
      const filters = htmlFiles(warm.outDir)
        .filter((page) => page.startsWith('briefings/'))
        .flatMap((page) => [...loadDocument(warm.outDir, page).querySelectorAll('a[data-pagefind-filter="actor"]')])
        .map((link) => link.getAttribute('href') ?? '');
      expect(filters.length).toBeGreaterThan(0);
      expect(filters.filter((href) => held.has(href))).toEqual([]);
    });
  });
});

describe('the annotation changelog', () => {
  const name = 'review-changes';
  const iran = (aliases: string) =>
    `name: Iran\nkind: state\ndescription: Country in Western Asia.\naliases: [${aliases}]\ndemonyms: [Iranian]\n`;
  const body =
    'Officials of the Islamic Republic said the talks would resume in Vienna. Iran sent two envoys.\n\n' +
    'A second paragraph names the Islamic Republic again.\n';
  let contentDir: string;
  let first: BuildResult;
  let second: BuildResult;

  beforeAll(() => {
    rmSync(cacheOf(name), { recursive: true, force: true });
    contentDir = writeContentTree(name, {
      'actors/iran.yaml': iran(''),
      'articles/2024-12-02-talks.md': articleText({ title: 'Talks resume' }, body),
      'articles/2024-12-03-other.md': articleText({ title: 'Nothing to do with it' }, 'Russia said nothing.\n'),
    });
    first = buildSite({ name, contentDir });
    writeFileSync(path.join(ROOT, contentDir, 'actors/iran.yaml'), iran('Islamic Republic'));
    // The same build also takes one briefing out of the archive and brings one in.
    rmSync(path.join(ROOT, contentDir, 'articles/2024-12-03-other.md'));
    writeFileSync(
      path.join(ROOT, contentDir, 'articles/2024-12-04-new.md'),
      articleText({ title: 'Envoys meet' }, '"We will talk again," Iran said. Russia and Iran sent envoys.\n'),
    );
    second = buildSite({ name, contentDir });
  });

  test('adding one alias shows its links, in the briefing that has them only; a briefing that came or went is one line', () => {
    expect(first.status).toBe(0);
    expect(second.status).toBe(0);
    const changes = JSON.parse(review(name, '--changes', '--json').stdout) as ReviewFile['changes'];
    expect(changes.map(({ file, changes: list }) => ({ file, list }))).toEqual([
      {
        file: `${contentDir}/articles/2024-12-02-talks.md`,
        list: [
          {
            type: 'link-added',
            text: 'Islamic Republic',
            actor: 'iran',
            sentence: 'Officials of the Islamic Republic said the talks would resume in Vienna.',
          },
          {
            type: 'link-added',
            text: 'Islamic Republic',
            actor: 'iran',
            sentence: 'A second paragraph names the Islamic Republic again.',
          },
        ],
      },
      {
        file: `${contentDir}/articles/2024-12-03-other.md`,
        list: [{ type: 'briefing-removed', links: 1, quotes: 0, actors: ['russia'] }],
      },
      {
        file: `${contentDir}/articles/2024-12-04-new.md`,
        list: [{ type: 'briefing-added', links: 3, quotes: 1, actors: ['iran', 'russia'] }],
      },
    ]);
    const printed = review(name, '--changes').stdout;
    expect(printed).toContain(
      'The last build changed the annotations of 3 briefings: 2 links added, 0 removed, 0 moved, 0 quotations re-attributed; 1 new briefing, 1 removed.',
    );
    expect(printed).toContain('  + new briefing, 3 links and 1 quotation, to 2 actors: iran, russia');
    expect(printed).toContain('  - briefing removed, 1 link and 0 quotations, to 1 actor: russia');
  });
});

test('a correction naming no actor fails the build with its file, line and a did-you-mean', () => {
  const contentDir = writeContentTree('review-bad-correction', {
    'actors/iran.yaml': 'name: Iran\nkind: state\ndescription: Country in Western Asia.\n',
    'articles/2024-12-02-bad.md': articleText({}, 'Talks stalled.\n\n[Tehran](actor:irn) sent no envoy.\n'),
  });
  const build = buildSite({ name: 'review-bad-correction', contentDir });
  expect(build.status).not.toBe(0);
  expect(build.output).toContain(
    `${contentDir}/articles/2024-12-02-bad.md:12: No actor "irn" for the correction of "Tehran" (did you mean "iran"?)`,
  );
});
