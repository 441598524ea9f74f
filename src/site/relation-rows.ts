/**
 * The relation ledger's rows and each actor's share of them, from the
 * briefings' records: pure functions, apart from Astro's collections, that
 * src/site/relations.ts calls once per build and tests call on records made
 * from content/.
 */
import type { Relation } from '../core/relations/index.ts';
import type { ActorId } from '../core/schema/index.ts';
import type { Briefing } from './briefings.ts';
import type { AnnotationRecord, SentenceRecord } from './record.ts';

/** One edge with its evidence: the briefing (and so the date) and the sentence that states it. */
export interface RelationInBriefing {
  relation: Relation;
  briefing: Briefing;
  sentence: SentenceRecord;
}

/** One actor's edges: those it is the source of, and those it is the target of. */
export interface ActorRelations {
  outgoing: RelationInBriefing[];
  incoming: RelationInBriefing[];
}

/** Every edge of `briefings`, in their order, in text order within one; an edge whose sentence is missing is left out. */
export function relationRowsOf(
  briefings: readonly { briefing: Briefing; record: AnnotationRecord }[],
): RelationInBriefing[] {
  return briefings.flatMap(({ briefing, record }) => {
    const sentences = new Map(record.sentences.map((sentence) => [sentence.id, sentence]));
    return record.relations.flatMap((relation) => {
      const sentence = sentences.get(relation.sentence);
      return sentence ? [{ relation, briefing, sentence }] : [];
    });
  });
}

/** Each actor's edges; an actor with none is absent. */
export function relationsByActor(rows: readonly RelationInBriefing[]): Map<ActorId, ActorRelations> {
  const map = new Map<ActorId, ActorRelations>();
  const entry = (actor: ActorId) => {
    const relations = map.get(actor) ?? { outgoing: [], incoming: [] };
    map.set(actor, relations);
    return relations;
  };
  for (const row of rows) {
    entry(row.relation.source).outgoing.push(row);
    entry(row.relation.target).incoming.push(row);
  }
  return map;
}

/** How many other actors an actor page's neighbourhood graph draws at most: beyond that it is a hairball. */
export const NEIGHBOURS_DRAWN = 20;

export interface Neighbourhood {
  /** The actor's edges with the actors drawn, each edge once. */
  rows: RelationInBriefing[];
  /** Every other actor it is related to, drawn or not. */
  neighbours: number;
  /** Those drawn: the ones most sentences relate it to, then the most recently, then by id. */
  drawn: number;
}

/**
 * The part of an actor's relations its page draws: every edge with one of
 * its `limit` strongest neighbours, so a much-related actor's graph stays
 * legible as the archive grows (its lists below keep every relation).
 */
export function neighbourhood(
  actor: ActorId,
  relations: ActorRelations,
  limit: number = NEIGHBOURS_DRAWN,
): Neighbourhood {
  // An edge to itself (in both lists) relates it to no other actor: nothing to draw.
  const rows = relations.outgoing
    .filter(({ relation }) => relation.target !== actor)
    .concat(relations.incoming.filter(({ relation }) => relation.source !== actor));
  const strength = new Map<ActorId, { sentences: number; last: number }>();
  for (const { relation, briefing } of rows) {
    const other = relation.source === actor ? relation.target : relation.source;
    const entry = strength.get(other) ?? { sentences: 0, last: 0 };
    entry.sentences += 1;
    entry.last = Math.max(entry.last, briefing.data.date.getTime());
    strength.set(other, entry);
  }
  const ranked = [...strength].sort(
    ([a, x], [b, y]) => y.sentences - x.sentences || y.last - x.last || a.localeCompare(b),
  );
  const drawn = new Set(ranked.slice(0, limit).map(([other]) => other));
  return {
    rows: rows.filter(({ relation }) => drawn.has(relation.source === actor ? relation.target : relation.source)),
    neighbours: ranked.length,
    drawn: drawn.size,
  };
}
