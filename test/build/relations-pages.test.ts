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
import { dataLinks, internalLinks, loadPage } from '../helpers/dist.ts';

const SEED = '2024-12-02-iranian-backed-militias-enter-syria';
const ORIGIN = 'https://briefings.example.org';

let build: BuildResult;
beforeAll(() => {
  build = buildSite({ name: 'relations-pages', env: { SITE_URL: ORIGIN } });
  if (build.status !== 0) throw new Error(build.output);
});

const page = (file: string) => loadPage(build.outDir, file);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('/relations/', () => {
  test('the graph is static SVG: a labelled group, every node a link to its actor page, no script', () => {
    const $ = page('relations/index.html');
    const svg = $('figure.relation-graph > svg');
    expect(svg.attr('role')).toBe('group');
    expect(squash(svg.children('title').text())).toBe('Relations between actors');
    expect(svg.children('desc').text()).toMatch(/^\d+ actors and \d+ relations/);
    const nodes = svg.find('a.relation-graph__node');
    const hrefs = nodes.map((_, node) => $(node).attr('href')).get();
    for (const actor of ['iran', 'russia', 'turkey', 'kurds', 'united-states', 'syrian-rebels', 'abbas-araghchi']) {
      expect(hrefs).toContain(`/actors/${actor}/`);
    }
    // Kind by shape as well as colour: Iran (a state) and Araghchi (a person) are drawn differently.
    const shapeOf = (actor: string) => $(`a.relation-graph__node[href="/actors/${actor}/"] path`).attr('d') ?? '';
    expect(shapeOf('iran').startsWith('M') && shapeOf('iran').includes('a')).toBe(true);
    expect(shapeOf('abbas-araghchi')).not.toContain('a');
    // Direction and type: one arrowhead marker per type, every edge ends in its type's.
    const edges = svg.find('path.relation-graph__edge');
    expect(edges.length).toBeGreaterThan(5);
    edges.each((_, edge) => {
      const type = /relation-graph__edge--(\w+)/.exec($(edge).attr('class') ?? '')?.[1];
      expect($(edge).attr('marker-end')).toBe(`url(#relations-arrow-${type})`);
    });
    expect($('script').length).toBe(0);
  });

  test('the table after the graph carries the same edges as text', () => {
    const $ = page('relations/index.html');
    const rows = $('table.relation-graph__table tbody tr')
      .map((_, row) =>
        $(row)
          .children()
          .map((__, cell) => squash($(cell).text()))
          .get()
          .join(' | '),
      )
      .get();
    expect(rows).toContain('Abbas Araghchi | Meetings and visits | Bashar al-Assad | 1');
    expect(rows).toContain('Turkey | Support | Syrian rebels | 2');
    expect(rows.length).toBe($('path.relation-graph__edge', 'figure.relation-graph > svg').length);
  });

  test("the seed's edges are listed by type with cue, date and a link to the sentence that states them", () => {
    const $ = page('relations/index.html');
    const seedPage = page(`briefings/${SEED}/index.html`);
    const edge = (type: string, text: string) =>
      $(`#${type}`)
        .parent()
        .find('.relation-list__item')
        .filter((_, item) => squash($(item).find('.relation-list__edge').text()) === text);
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
      const item = edge(type, text);
      expect(item.length, text).toBe(1);
      const link = item.find('.relation-list__evidence a');
      expect(link.text()).toContain(evidence);
      expect(item.find('time').attr('datetime')).toBe('2024-12-02');
      const href = link.attr('href') ?? '';
      expect(href).toMatch(new RegExp(`^/briefings/${SEED}/#s-[0-9a-f]{8}$`));
      expect(seedPage(href.slice(href.indexOf('#'))).text()).toContain(evidence);
    }
  });
});

describe('actor pages', () => {
  test("Iran's page has a Relations section: its support edges out, linked evidence, and the way to /relations/", () => {
    const $ = page('actors/iran/index.html');
    expect($('nav[aria-label="On this page"] a[href="#relations"]').length).toBe(1);
    const section = $('#relations').parent();
    const support = section.find('#relations-support').parent();
    expect(squash(support.find('h4').first().text())).toBe('From Iran');
    const edges = support
      .find('.relation-list__edge')
      .map((_, edge) => squash($(edge).text()))
      .get();
    expect(edges).toContain('Iran → to Syrian government “support for”');
    expect(edges).toContain('Iran → to Syria “support for”');
    expect(section.find('a[href="/relations/"]').length).toBe(1);
  });

  test("the Kurds' page shows the edges towards them", () => {
    const $ = page('actors/kurds/index.html');
    const section = $('#relations').parent();
    expect(squash(section.find('#relations-hostility').parent().find('h4').text())).toBe('Towards Kurds');
    expect(squash(section.find('#relations-support').parent().find('.relation-list__edge').text())).toBe(
      'United States → to Kurds “supported”',
    );
  });

  test('an actor with no relation says so', () => {
    const $ = page('actors/reuters/index.html');
    expect(squash($('#relations').parent().find('p').first().text())).toMatch(/^No briefing states that Reuters/);
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
  const $ = page('relations/index.html');
  expect(relations.length).toBe($('.relation-list__item').length);
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
