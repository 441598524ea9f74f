/**
 * When a relation held, as the briefings state it (src/site/relation-spans.ts):
 * one span per pair and type, from the first briefing to the last.
 */
import { expect, test } from 'vitest';
import type { Relation } from '../../src/core/relations/index.ts';
import type { ActorId } from '../../src/core/schema/index.ts';
import { relationSpans } from '../../src/site/relation-spans.ts';
import type { RelationInBriefing } from '../../src/site/relations.ts';

/** A row stating `source` `type` `target` in the briefing of `date`. */
function row(
  date: string,
  source: string,
  type: Relation['type'],
  target: string,
  briefing = date,
): RelationInBriefing {
  const relation = { source, target, type, cue: 'backed', sentence: 's-1' } as unknown as Relation;
  return {
    relation,
    briefing: { id: briefing, data: { date: new Date(`${date}T00:00:00Z`) } },
    sentence: { id: 's-1', text: '' },
  } as unknown as RelationInBriefing;
}

test('a pair and type make one span from the first briefing to the last, the latest span first', () => {
  const spans = relationSpans([
    row('2024-12-02', 'iran', 'support', 'syrian-government'),
    row('2011-06-11', 'iran', 'support', 'syrian-government'),
    row('2024-12-02', 'iran', 'support', 'syrian-government'),
    row('2025-03-30', 'united-states', 'hostility', 'syrian-transitional-government'),
    row('2017-07-18', 'russia', 'support', 'syrian-government'),
  ]);
  expect(
    spans.map(({ source, type, target, briefings, first, last }) => [
      `${source} ${type} ${target as ActorId}`,
      briefings,
      first.toISOString().slice(0, 10),
      last.toISOString().slice(0, 10),
    ]),
  ).toEqual([
    ['united-states hostility syrian-transitional-government', 1, '2025-03-30', '2025-03-30'],
    ['iran support syrian-government', 2, '2011-06-11', '2024-12-02'],
    ['russia support syrian-government', 1, '2017-07-18', '2017-07-18'],
  ]);
});
