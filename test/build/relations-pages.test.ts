/**
 * The relations pages read from `dist/`: the graph (static SVG, every node
 * a link, no script), every edge grouped by type with its evidence, the
 * Relations section of actor pages, and `/relations.json`. Every link must
 * resolve to a page and, for evidence, to the sentence's anchor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build.ts';
import { dataLinks, internalLinks, loadDocument } from '../helpers/dist.ts';

const SEED = '2024-12-02-iranian-backed-militias-enter-syria';
const ORIGIN = 'https://briefings.example.org';

let build: BuildResult;
beforeAll(() => {
  build = buildSite({ name: 'relations-pages', env: { SITE_URL: ORIGIN } });
  if (build.status !== 0) throw new Error(build.output);
});

const page = (file: string) => loadDocument(build.outDir, file);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Every element `selector` matches under `root`; none when there is no root. */
const all = (root: ParentNode | null | undefined, selector: string) => [...(root?.querySelectorAll(selector) ?? [])];
/** The text of every element `selector` matches, run together. */
const textOf = (root: ParentNode | null | undefined, selector: string) =>
  all(root, selector)
    .map((element) => element.textContent)
    .join('');
/** The parent of the element with this id (a section's heading names the section). */
const sectionOf = (root: ParentNode, id: string) => root.querySelector(`#${id}`)?.parentElement;

describe('/relations/', () => {
  test('the graph is static SVG: a labelled group, every node a link to its actor page, no script', () => {
    const document = page('relations/index.html');
    const svg = document.querySelector('figure.relation-graph > svg');
    expect(svg?.getAttribute('role')).toBe('group');
    expect(squash(textOf(svg, ':scope > title'))).toBe('Relations between actors');
    expect(textOf(svg, ':scope > desc')).toMatch(/^\d+ actors and \d+ links between them, standing for \d+ relations/);
    const nodes = all(svg, 'a.relation-graph__node');
    const hrefs = nodes.flatMap((node) => node.getAttribute('href') ?? []);
    for (const actor of ['iran', 'russia', 'turkey', 'kurds', 'united-states', 'syrian-rebels', 'abbas-araghchi']) {
      expect(hrefs).toContain(`/actors/${actor}/`);
    }
    // Kind by shape as well as colour: Iran (a state) and Araghchi (a person) are drawn differently.
    const shapeOf = (actor: string) =>
      document.querySelector(`a.relation-graph__node[href="/actors/${actor}/"] path`)?.getAttribute('d') ?? '';
    expect(shapeOf('iran').startsWith('M') && shapeOf('iran').includes('a')).toBe(true);
    expect(shapeOf('abbas-araghchi')).not.toContain('a');
    // Direction and type: one arrowhead marker per type, every edge ends in its type's.
    const edges = all(svg, 'path.relation-graph__edge');
    expect(edges.length).toBeGreaterThan(5);
    for (const edge of edges) {
      const type = /relation-graph__edge--(\w+)/.exec(edge.getAttribute('class') ?? '')?.[1];
      expect(edge.getAttribute('marker-end')).toBe(`url(#relations-arrow-${type})`);
    }
    expect(all(document, 'script').length).toBe(0);
  });

  test('the table after the graph carries the same edges as text', () => {
    const document = page('relations/index.html');
    const rows = all(document, 'table.relation-graph__table tbody tr').map((row) =>
      [...row.children].map((cell) => squash(cell.textContent)).join(' | '),
    );
    expect(rows).toContain('Abbas Araghchi | Meetings and visits | Bashar al-Assad | 1');
    expect(rows).toContain('Turkey | Support | Syrian rebels | 2');
    expect(rows.length).toBe(all(document, 'figure.relation-graph > svg path.relation-graph__edge').length);
  });

  test("the seed's edges are listed by type with cue, date and a link to the sentence that states them", () => {
    const document = page('relations/index.html');
    const seedPage = page(`briefings/${SEED}/index.html`);
    const edge = (type: string, text: string) =>
      all(sectionOf(document, type), '.relation-list__item').filter(
        (item) => squash(textOf(item, '.relation-list__edge')) === text,
      );
    const cases: [string, string, string][] = [
      ['support', 'Iran → to Syrian government “commitment to”', 'Tehran’s continued commitment to the Syrian regime'],
      [
        'support',
        'Russia → to Bashar al-Assad (Syrian government) “commitment to”',
        'Moscow’s commitment to Syrian President Bashar Assad',
      ],
      ['support', 'Turkey → to Syrian rebels “backer of”', 'a key backer of Syrian rebel forces'],
      ['support', 'United States → to Kurds “supported”', 'US-supported Kurdish authorities'],
      ['hostility', 'Syrian rebels → to Kurds “seized … from”', 'seized Tal Rifaat from'],
      ['hostility', 'Russia → to Syrian rebels “pounded”', 'Syrian and Russian airstrikes have pounded'],
      [
        'meeting',
        'Abbas Araghchi (Iran) → to Bashar al-Assad (Syrian government) “met with”',
        'Araghchi met with President Assad',
      ],
    ];
    for (const [type, text, evidence] of cases) {
      const items = edge(type, text);
      expect(items.length, text).toBe(1);
      const [item] = items;
      expect(textOf(item, '.relation-list__evidence a')).toContain(evidence);
      expect(item?.querySelector('time')?.getAttribute('datetime')).toBe('2024-12-02');
      const href = item?.querySelector('.relation-list__evidence a')?.getAttribute('href') ?? '';
      expect(href).toMatch(new RegExp(`^/briefings/${SEED}/#s-[0-9a-f]{8}$`));
      expect(textOf(seedPage, href.slice(href.indexOf('#')))).toContain(evidence);
    }
  });
});

describe('actor pages', () => {
  test("Iran's page has a Relations section: its support edges out, linked evidence, and the way to /relations/", () => {
    const document = page('actors/iran/index.html');
    expect(all(document, 'nav[aria-label="On this page"] a[href="#relations"]').length).toBe(1);
    const section = sectionOf(document, 'relations');
    const support = section && sectionOf(section, 'relations-support');
    expect(squash(support?.querySelector('h4')?.textContent ?? '')).toBe('From Iran');
    const edges = all(support, '.relation-list__edge').map((edge) => squash(edge.textContent));
    expect(edges).toContain('Iran → to Syrian government “support for”');
    expect(edges).toContain('Iran → to Syria “support for”');
    expect(all(section, 'a[href="/relations/"]').length).toBe(1);
  });

  test("the Kurds' page shows the edges towards them", () => {
    const section = sectionOf(page('actors/kurds/index.html'), 'relations');
    expect(squash(textOf(section && sectionOf(section, 'relations-hostility'), 'h4'))).toBe('Towards Kurds');
    expect(squash(textOf(section && sectionOf(section, 'relations-support'), '.relation-list__edge'))).toBe(
      'United States → to Kurds “supported”',
    );
  });

  test('an actor with no relation has no Relations section: its summary says so in a line', () => {
    const document = page('actors/reuters/index.html');
    expect(document.querySelector('#relations')).toBe(null);
    expect(squash(textOf(document, '.actor-summary dd'))).toContain(
      'No briefing states whom Reuters backs, opposes or meets.',
    );
  });
});

test('/relations.json holds every edge with its evidence sentence and absolute URLs', () => {
  const { relations } = JSON.parse(readFileSync(path.join(build.outDir, 'relations.json'), 'utf8')) as {
    relations: {
      source: { id: string; url: string };
      target: { id: string };
      type: string;
      cue: string;
      date: string;
      confidence: number;
      evidence: { text: string; url: string };
    }[];
  };
  const araghchi = relations.find((relation) => relation.source.id === 'abbas-araghchi' && relation.type === 'meeting');
  expect(araghchi).toMatchObject({
    source: { id: 'abbas-araghchi', url: `${ORIGIN}/actors/abbas-araghchi/` },
    target: { id: 'bashar-al-assad' },
    cue: 'met with',
    date: '2024-12-02',
  });
  expect(araghchi?.evidence.text).toMatch(/^Iranian Foreign Minister Abbas Araghchi met with President Assad/);
  expect(araghchi?.evidence.url).toMatch(new RegExp(`^${ORIGIN}/briefings/${SEED}/#s-[0-9a-f]{8}$`));
  expect(relations.length).toBe(all(page('relations/index.html'), '.relation-list__item').length);
});

test('every link on the relations page, in the actor pages and in relations.json resolves', () => {
  const broken = internalLinks(build.outDir).filter(
    ({ page: file, problem }) => problem && (file.startsWith('relations/') || file.startsWith('actors/')),
  );
  expect(broken).toEqual([]);
  expect(dataLinks(build.outDir, ORIGIN).filter(({ file, problem }) => file === 'relations.json' && problem)).toEqual(
    [],
  );
});
