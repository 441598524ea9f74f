/**
 * The annotation store across builds, as an operator meets it: entries
 * changed in the cache between two builds (markup planted in the HTML, with
 * or without its sha256 recomputed, a valid-JSON entry edited by hand, an
 * entry cut short) are never served:
 * the next build says so, renders those briefings again and publishes
 * exactly the pages of the first build. Astro's own store keeps no HTML, and
 * entries of a briefing that is gone are removed.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { articleText, writeContentTree } from '../helpers/fixture-site.ts';
import { encodeEntry } from '../../src/store/entry.ts';

const NAME = 'annotation-store';
// One cache for both builds, which build into folders of their own.
const cacheDir = path.join(ROOT, 'test/output/.cache', NAME);
const storeDir = path.join(cacheDir, 'annotation-store');

const bodies = {
  planted: 'Iran said the talks would resume in Vienna.\n\n"We are ready," Abbas Araghchi said.\n',
  forged: 'Hezbollah fired rockets at an outpost near Metula.\n',
  edited: 'Russia sent two envoys to Geneva on Monday.\n',
  truncated: 'Turkey closed the crossing at Bab al-Hawa.\n',
  removed: 'Israel struck a depot near Damascus.\n',
};
type Briefing = keyof typeof bodies;
const idOf = (briefing: Briefing) => `2024-12-0${Object.keys(bodies).indexOf(briefing) + 1}-${briefing}`;

function contentTree(briefings: readonly Briefing[]): string {
  return writeContentTree(
    NAME,
    Object.fromEntries(
      briefings.map((briefing) => [
        `articles/${idOf(briefing)}.md`,
        articleText({ date: idOf(briefing).slice(0, 10), title: `The ${briefing} briefing` }, bodies[briefing]),
      ]),
    ),
  );
}

/** Every entry file of the store, by the briefing whose body it holds. */
function entries(): Map<Briefing, string> {
  const found = new Map<Briefing, string>();
  for (const name of readdirSync(storeDir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.entry')) continue;
    const file = path.join(storeDir, name);
    const text = readFileSync(file, 'utf8');
    const briefing = (Object.keys(bodies) as Briefing[]).find((each) => text.includes(bodies[each].slice(0, 20)));
    if (briefing) found.set(briefing, file);
  }
  return found;
}

const page = (outDir: string, briefing: Briefing) =>
  readFileSync(path.join(outDir, 'briefings', idOf(briefing), 'index.html'), 'utf8');

/** Every file of a built site, as text, for a search of planted words. */
const everyFile = (outDir: string) =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(html|xml|json|js)$/.test(name))
    .map((name) => readFileSync(path.join(outDir, name), 'utf8'))
    .join('\n');

describe('entries changed in the cache between two builds', () => {
  let first: BuildResult;
  let second: BuildResult;
  const firstPages = new Map<Briefing, string>();
  const firstEntries = new Map<Briefing, string>();
  const text = (map: Map<Briefing, string>, briefing: Briefing) => map.get(briefing) ?? '';

  beforeAll(() => {
    rmSync(cacheDir, { recursive: true, force: true });
    const contentDir = contentTree(['planted', 'forged', 'edited', 'truncated', 'removed']);
    first = buildSite({ name: `${NAME}-first`, contentDir, env: { BRIEFINGS_CACHE_DIR: cacheDir } });
    expect(first.status, first.output).toBe(0);
    for (const [briefing, file] of entries()) {
      firstPages.set(briefing, page(first.outDir, briefing));
      firstEntries.set(briefing, readFileSync(file, 'utf8'));
    }
    expect([...firstEntries.keys()].sort()).toEqual(['edited', 'forged', 'planted', 'removed', 'truncated']);

    const files = entries();
    const at = (briefing: Briefing) => files.get(briefing) ?? '';
    const edit = (briefing: Briefing, change: (text: string) => string) => {
      const before = readFileSync(at(briefing), 'utf8');
      const after = change(before);
      expect(after, briefing).not.toBe(before);
      writeFileSync(at(briefing), after);
    };
    // Markup in the HTML (the entry's last line), which stays a valid JSON string.
    edit('planted', (text) => {
      const lines = text.split('\n');
      const html = JSON.parse(lines[3] ?? '') as string;
      const planted = html.replace(
        'resume in ',
        'resume in <script>window.planted=1</script><img src="x" onerror="1">',
      );
      return [...lines.slice(0, 3), JSON.stringify(planted), ''].join('\n');
    });
    // Planted markup under a recomputed sha256, as someone who read entry.ts would write it.
    edit('forged', (text) => {
      const [header = '', record = '', notes = '', html = ''] = text.split('\n');
      const { key, made } = JSON.parse(header) as { key: string; made: string };
      const planted = `${JSON.parse(html) as string}<p><img src="x" onerror="window.planted=3"></p>`;
      return encodeEntry(key, made, { record: JSON.parse(record), notes: JSON.parse(notes), html: planted });
    });
    // Every line still valid JSON: the words of the HTML and the record changed by hand.
    edit('edited', (text) => text.replaceAll('two envoys', 'planted envoys'));
    edit('truncated', (text) => text.slice(0, Math.floor(text.length * 0.6)));
    // A write killed before its rename leaves a temporary file behind.
    writeFileSync(`${at('edited')}.999999-0badc0de.tmp`, text(firstEntries, 'edited').slice(0, 100));

    second = buildSite({
      name: `${NAME}-second`,
      contentDir: contentTree(['planted', 'forged', 'edited', 'truncated']),
      env: { BRIEFINGS_CACHE_DIR: cacheDir },
    });
  });

  test('the second build succeeds and names each refused entry with its reason', () => {
    expect(second.status, second.output).toBe(0);
    const refused = (briefing: Briefing, why: string) =>
      `${path.join('test/output/content', NAME, 'articles', `${idOf(briefing)}.md`)}: its cached annotations were refused (${why}); rendering it again`;
    for (const briefing of ['planted', 'edited', 'truncated'] as const) {
      expect(second.output).toContain(refused(briefing, 'changed since it was written (sha256 mismatch)'));
    }
    expect(second.output).toContain(
      refused(
        'forged',
        'its HTML holds what the pipeline never writes: the onError attribute of <img> is not allowed ("window.planted=3")',
      ),
    );
  });

  test('no planted markup or words reach the site', () => {
    const site = everyFile(second.outDir);
    expect(site).not.toContain('window.planted');
    expect(site).not.toContain('onerror');
    expect(site).not.toContain('planted envoys');
  });

  test('each page is the first build’s, and each entry is written again as it was', () => {
    const now = entries();
    for (const briefing of ['planted', 'forged', 'edited', 'truncated'] as const) {
      expect(page(second.outDir, briefing), briefing).toBe(text(firstPages, briefing));
      expect(readFileSync(now.get(briefing) ?? '', 'utf8'), briefing).toBe(text(firstEntries, briefing));
    }
  });

  test('the entry of the briefing now gone and the killed write’s leftover are removed', () => {
    expect([...entries().keys()].sort()).toEqual(['edited', 'forged', 'planted', 'truncated']);
    const files = readdirSync(storeDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.'));
    expect(files.filter((name) => !name.endsWith('.entry'))).toEqual([]);
  });

  test("Astro's store lists and routes the briefings but holds none of their HTML or records", () => {
    const astroStore = readFileSync(path.join(cacheDir, 'data-store.json'), 'utf8');
    expect(astroStore).toContain(idOf('planted'));
    for (const body of Object.values(bodies)) expect(astroStore).not.toContain(body.slice(0, 20));
    expect(astroStore).not.toContain('sentences');
  });
});
