/**
 * Relation extraction on real sentences: the seed briefing's edges with
 * their evidence, sentences from the Wikinews briefings in content/, and
 * the look-alikes that must stay without an edge.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createBriefingProcessor, renderBriefing } from '../../src/core/unified/pipeline.ts';
import { processorOnDate } from '../../src/core/unified/processor-on-date.ts';
import { findRelations, RELATION_TYPES } from '../../src/core/relations/index.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { ROOT } from '../helpers/build.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();
const processor = createBriefingProcessor({ registry, actorHref: (actor) => `/actors/${actor}/` });
const onDate = processorOnDate({ registry, actorHref: (actor) => `/actors/${actor}/` });

const SEED = 'content/articles/2024-12-02-iranian-backed-militias-enter-syria.md';

async function annotate(markdown: string, taggedActors: string[] = [], on = processor) {
  const { record } = await renderBriefing(on, {
    markdown,
    path: 'content/articles/test.md',
    taggedActors: taggedActors as never[],
  });
  const textOf = new Map(record.sentences.map((sentence) => [sentence.id, sentence.text]));
  return record.relations.map((relation) => ({ ...relation, evidence: textOf.get(relation.sentence) }));
}

/** Edges as `source → target (type, "cue")`, the form a reader checks them in. */
const edges = (relations: Awaited<ReturnType<typeof annotate>>) =>
  relations.map(({ source, target, type, cue }) => `${source} → ${target} (${type}, "${cue}")`);

describe('the seed briefing', async () => {
  const parsed = parseArticleFile(readFileSync(path.join(ROOT, SEED), 'utf8'), SEED);
  if (!parsed.ok) throw new Error(`${SEED} does not parse`);
  // A briefing file is read with the registry on its date, as the build reads it.
  const relations = await annotate(parsed.value.markdown.body, [], onDate(parsed.value.data.date));

  test('every edge the issue asks for, and no other', () => {
    expect(edges(relations)).toEqual([
      'iran → syrian-government (support, "commitment to")',
      'syria → syrian-rebels (hostility, "pounded")',
      'russia → syrian-rebels (hostility, "pounded")',
      'russia → bashar-al-assad (support, "commitment to")',
      'iran → syrian-government (support, "support for")',
      'abbas-araghchi → bashar-al-assad (meeting, "met with")',
      'iran → syria (support, "support for")',
      'abbas-araghchi → turkey (meeting, "traveled to")',
      'turkey → syrian-rebels (support, "backer of")',
      'turkey → syrian-rebels (support, "backed")',
      'syrian-rebels → kurds (hostility, "seized … from")',
      'united-states → kurds (support, "supported")',
    ]);
  });

  test('each edge cites the sentence that states it', () => {
    const evidence = (source: string, target: string, cue: string) =>
      relations.find((relation) => relation.source === source && relation.target === target && relation.cue === cue)
        ?.evidence;
    expect(evidence('iran', 'syrian-government', 'commitment to')).toBe(
      'According to multiple sources, the move signifies Tehran’s continued commitment to the Syrian regime amid an intensifying civil war.',
    );
    expect(evidence('russia', 'bashar-al-assad', 'commitment to')).toBe(
      'A spokesperson for the Russian government reaffirmed Moscow’s commitment to Syrian President Bashar Assad.',
    );
    expect(evidence('abbas-araghchi', 'bashar-al-assad', 'met with')).toMatch(
      /^Iranian Foreign Minister Abbas Araghchi met with President Assad/,
    );
    expect(evidence('syrian-rebels', 'kurds', 'seized … from')).toBe(
      'Syrian Kurds fled en masse after Turkish-backed rebels seized Tal Rifaat from US-supported Kurdish authorities.',
    );
    for (const relation of relations) {
      expect(relation.sentence).toMatch(/^s-/);
      expect(RELATION_TYPES).toContain(relation.type);
      expect(relation.confidence).toBeGreaterThan(0);
      expect(relation.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('sentences from the briefings', () => {
  test.each([
    [
      'The British newspaper Sunday Telegraph has reported on alleged plans for a U.S. attack on Iran.',
      ['united-states → iran (hostility, "attack on")'],
    ],
    [
      'Gaddafi — in hiding since the NATO attacks on Libya in June — said in an audio recording broadcast late yesterday that he had no intention of succumbing to the rebellion.',
      ['nato → libya (hostility, "attacks on")'],
    ],
    [
      'The reason for this is an ISIL-claimed attack on a Save the Children office in Jalalabad, Nangarhar, which cost the lives of three staff members of the charity.',
      ['islamic-state → save-the-children (hostility, "attack on")'],
    ],
    // A backer with no registered actor to back, a place visited, a person met without a relation cue.
    ['Iranian-backed militias have entered Syria to bolster government forces in their counteroffensive.', []],
    ['Following his visit to Damascus, Araghchi traveled to Ankara.', []],
    ['A spokesperson for the Russian government reaffirmed the statement on Syria.', []],
  ])('%s', async (sentence, expected) => {
    expect(edges(await annotate(sentence))).toEqual(expected);
  });

  test('a passive verb turns the edge round: the agent after `by` is the source', async () => {
    // The seed's sentence, turned passive: the same edge must come out.
    expect(
      edges(await annotate('Syrian Kurds were attacked by Turkish-backed rebels near Tal Rifaat.', ['syrian-rebels'])),
    ).toEqual(['syrian-rebels → kurds (hostility, "attacked")', 'turkey → syrian-rebels (support, "backed")']);
  });

  test('an appositive between subject and verb is skipped', async () => {
    expect(edges(await annotate('Turkey, a key backer of Syrian rebel forces, condemned Russia.'))).toEqual([
      'turkey → syrian-rebels (support, "backer of")',
      'turkey → russia (statement, "condemned")',
    ]);
  });
});

test('sentences naming fewer than two actors are not read', () => {
  expect(
    findRelations(
      registry,
      [{ id: 's-1', start: 0, text: 'Iran attacked.' }],
      [{ actor: 'iran' as never, start: 0, end: 4 }],
    ),
  ).toEqual([]);
});

test('the graph layout is the same on every run: fixed start, seeded jiggle, fixed ticks', async () => {
  const { layoutGraph } = await import('../../src/site/relation-graph.ts');
  const parsed = parseArticleFile(readFileSync(path.join(ROOT, SEED), 'utf8'), SEED);
  if (!parsed.ok) throw new Error(`${SEED} does not parse`);
  // A briefing file is read with the registry on its date, as the build reads it.
  const relations = await annotate(parsed.value.markdown.body, [], onDate(parsed.value.data.date));
  const actors = [...new Set(relations.flatMap(({ source, target }) => [source, target]))].map((id) => ({
    id,
    name: registry.actors.get(id)?.name ?? id,
    kind: registry.actors.get(id)?.kind ?? 'state',
    mentions: 3,
  }));
  const first = layoutGraph(actors, relations);
  expect(layoutGraph([...actors].reverse(), [...relations].reverse())).toEqual(first);
  expect(first.nodes.map(({ id }) => id)).toContain('abbas-araghchi');
  // Two edges between Turkey and the rebels (`backer of`, `-backed`) are one line of weight 2.
  expect(first.edges.find(({ source, target }) => source === 'turkey' && target === 'syrian-rebels')?.count).toBe(2);
  for (const node of first.nodes) expect(Number.isFinite(node.x) && Number.isFinite(node.y)).toBe(true);
});
