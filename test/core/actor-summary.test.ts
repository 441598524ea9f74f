/**
 * The top of an actor page (src/site/actor-summary.ts), its "Appears with"
 * (src/site/co-actors.ts) and its neighbourhood graph's layout, on the
 * records the real pipeline makes of the briefings in content/: Iran (backs
 * the Syrian government, speaks through its officials), HTS (named, never
 * quoted, in no relation) and Abbas Araghchi (a person who meets).
 */
import { describe, expect, test } from 'vitest';
import type { ActorId } from '../../src/core/schema/index.ts';
import { aggregateActors, type ActorSummary } from '../../src/site/actor-aggregate.ts';
import { summariseActor, type ActorOverview } from '../../src/site/actor-summary.ts';
import { appearsWith } from '../../src/site/co-actors.ts';
import { layoutGraph } from '../../src/site/relation-graph.ts';
import {
  neighbourhood,
  relationRowsOf,
  relationsByActor,
  type RelationInBriefing,
} from '../../src/site/relation-rows.ts';
import { contentRecords } from '../helpers/content-records.ts';

const { briefings, actors, evidence } = await contentRecords();
const index = aggregateActors(briefings, actors, evidence);
const rows = relationRowsOf(briefings);
const byActor = relationsByActor(rows);
const SEED = '2024-12-02-iranian-backed-militias-enter-syria';

function entry(id: string): ActorSummary {
  const summary = index.get(id as ActorId);
  if (!summary) throw new Error(`no actor ${id} in content/`);
  return summary;
}
const overviewOf = (id: string) =>
  summariseActor(entry(id), byActor.get(id as ActorId) ?? { outgoing: [], incoming: [] });
const day = (date: Date) => date.toISOString().slice(0, 10);
/** Each role's actors as `id (sentences, first–last)`, the way the summary lists them. */
const relationLines = (overview: ActorOverview) =>
  overview.relations.map(({ role, shown, more }) => ({
    role,
    shown: shown.map(({ other, sentences, first, last }) => `${other} (${sentences}, ${day(first)}–${day(last)})`),
    more,
  }));

describe("Iran's summary", () => {
  const overview = overviewOf('iran');

  test('a state with four members (three of the editors’ and its news agency), part of nothing', () => {
    expect([overview.kind, overview.memberOf, overview.members]).toEqual(['state', [], 4]);
  });

  test('backs the Syrian government (stated twice) before Syria (once); the United States opposes it', () => {
    expect(relationLines(overview)).toEqual([
      {
        role: 'backs',
        shown: ['syrian-government (2, 2024-12-02–2024-12-02)', 'syria (1, 2024-12-02–2024-12-02)'],
        more: 0,
      },
      { role: 'opposed-by', shown: ['united-states (1, 2006-02-12–2006-02-12)'], more: 0 },
    ]);
  });

  test('its foreign minister and his spokesman speak for it', () => {
    expect(overview.speakers.map(({ id, name, quotes, latest }) => [id, name, quotes, day(latest)])).toEqual([
      ['abbas-araghchi', 'Abbas Araghchi', 1, '2024-12-02'],
      ['esmaeil-baqaei', 'Esmaeil Baqaei', 1, '2024-12-02'],
    ]);
  });

  test('quoted in one briefing of the four that name it', () => {
    expect(overview.voice).toEqual({
      quotes: 2,
      quotedIn: 1,
      onlyMentionedIn: 3,
      quotedAbout: entry('iran').saidAbout.length,
    });
    expect(overview.voice.quotedAbout).toBeGreaterThan(0);
    const span = overview.briefings;
    expect(span && [span.count, day(span.first), day(span.last)]).toEqual([4, '2006-02-12', '2024-12-02']);
  });

  test('its latest activity is the seed, shown by the sentence that states a relation of its', () => {
    expect(overview.latest?.briefing.id).toBe(SEED);
    expect(overview.latest?.quote).toBeNull();
    expect(overview.latest?.sentence?.text).toMatch(/Tehran’s continued commitment to the Syrian regime/);
  });
});

describe("HTS's summary: named, never quoted, in no relation", () => {
  const overview = overviewOf('hayat-tahrir-al-sham');

  test('an armed group with one member, no relation and no one speaking for it', () => {
    expect([overview.kind, overview.members, overview.relations, overview.speakers]).toEqual([
      'armed-group',
      1,
      [],
      [],
    ]);
  });

  test('never quoted; named in three briefings, the latest the transitional presidency', () => {
    expect(overview.voice).toMatchObject({ quotes: 0, quotedIn: 0, onlyMentionedIn: 3 });
    expect(overview.latest?.briefing.id).toBe('2025-01-30-syria-names-al-sharaa-transitional-president');
    expect(overview.latest?.sentence?.text).toMatch(/Hayat Tahrir al-Sham|HTS/);
  });
});

test("Abbas Araghchi's summary: a person of Iran who meets Assad and Turkey", () => {
  const overview = overviewOf('abbas-araghchi');
  expect([overview.kind, overview.memberOf]).toEqual(['person', ['iran']]);
  expect(relationLines(overview)).toEqual([
    {
      role: 'meets',
      shown: ['bashar-al-assad (1, 2024-12-02–2024-12-02)', 'turkey (1, 2024-12-02–2024-12-02)'],
      more: 0,
    },
  ]);
});

describe('appears with', () => {
  test("Iran's list: only actors in its sentences, at most ten, most shared sentences first", () => {
    const { shown, sharingSentences } = appearsWith(entry('iran').coActors);
    const sharing = entry('iran').coActors.filter((row) => row.sentences > 0);
    expect(sharing.length).toBeLessThan(entry('iran').coActors.length);
    expect(sharingSentences).toBe(sharing.length);
    expect(shown.length).toBe(Math.min(10, sharing.length));
    expect(shown[0]?.actor.id).toBe('united-states');
    const counts = shown.map((row) => row.sentences);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(
      Math.max(0, ...sharing.filter((row) => !shown.includes(row)).map((row) => row.sentences)),
    );
  });

  test("HTS's list leaves out Russia, in its briefings but in none of its sentences", () => {
    const hts = entry('hayat-tahrir-al-sham');
    expect(hts.coActors.map((row) => row.actor.id)).toContain('russia');
    expect(appearsWith(hts.coActors).shown.map((row) => row.actor.id)).not.toContain('russia');
  });
});

describe("the neighbourhood graph of Iran's page", () => {
  const graphOf = (relations: readonly RelationInBriefing[]) => {
    const ids = [...new Set(relations.flatMap(({ relation }) => [relation.source, relation.target]))];
    return layoutGraph(
      ids.map((id) => ({
        id,
        name: entry(id).actor.data.name,
        kind: entry(id).actor.data.kind,
        mentions: entry(id).mentions,
      })),
      relations.map(({ relation }) => relation),
      { centre: 'iran' as ActorId },
    );
  };
  const iran = byActor.get('iran' as ActorId) ?? { outgoing: [], incoming: [] };
  const own = [...iran.outgoing, ...iran.incoming];

  test('Iran at the middle, one node per actor it is related to', () => {
    const layout = graphOf(own);
    expect(layout.nodes.find((node) => node.id === 'iran')).toMatchObject({ x: 0, y: 0 });
    expect(layout.nodes.map((node) => node.id).sort()).toEqual(['iran', 'syria', 'syrian-government', 'united-states']);
    expect(layout.edges.reduce((sum, edge) => sum + edge.count, 0)).toBe(own.length);
  });

  test('twenty neighbours, the most an actor page draws: no name covers another name or a shape', () => {
    // Twenty actors of the registry with names of every length, each related to Iran in turn by each type.
    const others = actors
      .filter((other) => other.id !== 'iran')
      .sort((a, b) => a.id.localeCompare(b.id))
      .filter((_, position) => position % 13 === 0)
      .slice(0, 20);
    expect(others.length).toBe(20);
    const types = ['support', 'hostility', 'meeting', 'statement'] as const;
    const layout = layoutGraph(
      [entry('iran'), ...others.map((other) => entry(other.id))].map(({ actor, mentions }) => ({
        id: actor.id as ActorId,
        name: actor.data.name,
        kind: actor.data.kind,
        mentions,
      })),
      others.map((other, position) => ({
        source: (position % 2 === 0 ? 'iran' : other.id) as ActorId,
        target: (position % 2 === 0 ? other.id : 'iran') as ActorId,
        type: types[position % 4] ?? 'support',
      })),
      { centre: 'iran' as ActorId },
    );
    // A label is as wide as its letters (7 units each at 13 px) and as tall as a line.
    const labels = layout.nodes.map((node) => ({
      id: node.id,
      left: node.label.x - node.name.length * 3.5,
      right: node.label.x + node.name.length * 3.5,
      top: node.label.y - 13,
      bottom: node.label.y + 4,
    }));
    const shapes = layout.nodes.map((node) => ({
      id: node.id,
      left: node.x - node.radius,
      right: node.x + node.radius,
      top: node.y - node.radius,
      bottom: node.y + node.radius,
    }));
    type Box = (typeof labels)[number];
    const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const clashes = labels.flatMap((label) =>
      [...labels, ...shapes]
        .filter((other) => other.id !== label.id && overlap(label, other))
        .map((other) => `${label.id} on ${other.id}`),
    );
    expect(clashes).toEqual([]);
  });

  test('a new relation adds its actor and leaves the others where they were', () => {
    const before = graphOf(own);
    // Iran backing Hezbollah, as a later briefing might say, taken from a real row of the seed.
    const template = own[0];
    if (!template) throw new Error('Iran has no relation');
    const added = { ...template, relation: { ...template.relation, target: 'hezbollah' as ActorId } };
    const after = graphOf([...own, added]);
    for (const node of before.nodes) {
      const now = after.nodes.find(({ id }) => id === node.id);
      expect(now && Math.hypot(now.x - node.x, now.y - node.y), node.id).toBeLessThan(node.radius);
    }
  });
});

test("a much-related actor's graph draws its strongest neighbours: Iran's two, the Syrian government stated twice", () => {
  const iran = byActor.get('iran' as ActorId) ?? { outgoing: [], incoming: [] };
  const all = neighbourhood('iran' as ActorId, iran);
  expect([all.neighbours, all.drawn, all.rows.length]).toEqual([3, 3, 4]);
  const two = neighbourhood('iran' as ActorId, iran, 2);
  expect([two.neighbours, two.drawn]).toEqual([3, 2]);
  // Syria (2024) before the United States (2006): at one sentence each, the more recent is drawn.
  expect(new Set(two.rows.map(({ relation }) => relation.target))).toEqual(new Set(['syrian-government', 'syria']));
  expect(two.rows.length).toBe(3);
});

test('every relation of the seed is in the rows, each with its sentence', () => {
  const seed = rows.filter(({ briefing }) => briefing.id === SEED);
  expect(seed.length).toBeGreaterThan(5);
  for (const { relation, sentence } of seed) expect(sentence.id).toBe(relation.sentence);
});
