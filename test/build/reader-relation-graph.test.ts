/**
 * The relations graph's layout (src/site/relation-graph.ts) as the archive
 * grows: one new briefing moves the actors its relation touches, and the
 * rest of the picture stays where the reader saw it; names do not cover one
 * another or a shape. On relations of the kind the briefings state, written
 * here by hand.
 */
import { describe, expect, test } from 'vitest';
import type { RelationType } from '../../src/core/relations/index.ts';
import type { ActorId, ActorKind } from '../../src/core/schema/index.ts';
import { layoutGraph, type GraphActor, type GraphEdgeInput, type GraphLayout } from '../../src/site/relation-graph.ts';

const actor = (id: string, name: string, kind: ActorKind, mentions: number): GraphActor => ({
  id: id as ActorId,
  name,
  kind,
  mentions,
});
const relation = (source: string, target: string, type: RelationType): GraphEdgeInput => ({
  source: source as ActorId,
  target: target as ActorId,
  type,
});

const ACTORS = [
  actor('iran', 'Iran', 'state', 25),
  actor('syria', 'Syria', 'state', 30),
  actor('russia', 'Russia', 'state', 12),
  actor('turkey', 'Turkey', 'state', 6),
  actor('kurds', 'Kurds', 'people', 4),
  actor('united-states', 'United States', 'state', 20),
  actor('syrian-rebels', 'Syrian rebels', 'armed-group', 9),
  actor('hayat-tahrir-al-sham', 'Hayat Tahrir al-Sham', 'armed-group', 3),
  actor('abbas-araghchi', 'Abbas Araghchi', 'person', 3),
  actor('syrian-government', 'Syrian government', 'government', 5),
  actor('israel', 'Israel', 'state', 8),
  actor('hezbollah', 'Hezbollah', 'armed-group', 4),
  actor('iraqi-militias', 'Iraqi militias', 'armed-group', 2),
  actor('islamic-state', 'Islamic State', 'armed-group', 5),
  actor('nato', 'NATO', 'organisation', 3),
  actor('libya', 'Libya', 'state', 4),
];
const RELATIONS = [
  relation('iran', 'syria', 'support'), // Iranian-backed militias have entered Syria
  relation('russia', 'syria', 'support'), // Moscow's commitment to Syrian President Bashar Assad
  relation('turkey', 'syrian-rebels', 'support'), // Turkey, a key backer of Syrian rebel forces
  relation('united-states', 'kurds', 'support'), // US-supported Kurdish authorities
  relation('syria', 'syrian-rebels', 'hostility'), // Syrian airstrikes have pounded rebel positions
  relation('abbas-araghchi', 'turkey', 'meeting'), // Araghchi traveled to Turkey
  relation('iran', 'hezbollah', 'support'),
  relation('israel', 'hezbollah', 'hostility'),
  relation('iraqi-militias', 'syria', 'support'),
  relation('islamic-state', 'syria', 'hostility'),
  relation('nato', 'libya', 'hostility'), // the NATO attacks on Libya
  relation('turkey', 'kurds', 'hostility'),
  relation('hayat-tahrir-al-sham', 'syrian-government', 'hostility'),
];

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('a new briefing moves only what it touches', () => {
  const before = layoutGraph(ACTORS, RELATIONS);
  // A new briefing: Qatar, new to the graph, backs the rebels.
  const after = layoutGraph(
    [...ACTORS, actor('qatar', 'Qatar', 'state', 2)],
    [...RELATIONS, relation('qatar', 'syrian-rebels', 'support')],
  );
  const moved = new Map(
    before.nodes.map((node) => {
      const now = after.nodes.find(({ id }) => id === node.id);
      if (!now) throw new Error(`${node.id} left the graph`);
      return [node.id as string, { by: distance(node, now), radius: node.radius }];
    }),
  );
  // The rebels and the actors one link from them.
  const touched = new Set(['syrian-rebels', 'turkey', 'syria']);

  test('every actor beyond the new relation’s neighbours moves less than the width of its own shape', () => {
    for (const [id, { by, radius }] of moved) {
      if (!touched.has(id)) expect(by, id).toBeLessThan(2 * radius);
    }
  });

  test('most actors stay where they were, to within a few units', () => {
    const distances = [...moved.values()].map(({ by }) => by).sort((a, b) => a - b);
    expect(distances[Math.floor(distances.length / 2)]).toBeLessThan(5);
  });
});

/** The box of a label, as wide as its letters (7 units each at 13 px) and as tall as a line. */
function labelBoxes(layout: GraphLayout) {
  return layout.nodes.map((node) => {
    const half = (node.name.length * 7) / 2;
    return {
      id: node.id,
      left: node.label.x - half,
      right: node.label.x + half,
      top: node.label.y - 13,
      bottom: node.label.y + 4,
    };
  });
}

test('no name covers another name or a shape', () => {
  const layout = layoutGraph(ACTORS, RELATIONS);
  const boxes = labelBoxes(layout);
  type Box = (typeof boxes)[number];
  const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const box of boxes) {
    for (const other of boxes)
      if (other.id !== box.id) expect(overlap(box, other), `${box.id} / ${other.id}`).toBe(false);
    for (const node of layout.nodes) {
      if (node.id === box.id) continue;
      const shape = {
        id: node.id,
        left: node.x - node.radius,
        right: node.x + node.radius,
        top: node.y - node.radius,
        bottom: node.y + node.radius,
      };
      expect(overlap(box, shape), `${box.id} on ${node.id}`).toBe(false);
    }
  }
});
