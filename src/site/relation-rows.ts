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
