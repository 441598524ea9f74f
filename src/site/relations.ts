/**
 * The relations between actors across every briefing, aggregated once per
 * build from each briefing's annotation record: the ledger the relations
 * page, the graph, the actor pages and `/relations.json` all read.
 */
import type { Relation, RelationType } from '../core/relations/index.ts';
import type { ActorId } from '../core/schema/index.ts';
import { allBriefings, type Briefing } from './briefings.ts';
import { recordOf, type SentenceRecord } from './record.ts';

/** One edge with its evidence: the briefing (and so the date) and the sentence that states it. */
export interface RelationInBriefing {
  relation: Relation;
  briefing: Briefing;
  sentence: SentenceRecord;
}

/** How the pages name each type of relation, in the order they list them. */
export const RELATION_LABELS: Record<RelationType, string> = {
  support: 'Support',
  hostility: 'Hostility',
  meeting: 'Meetings and visits',
  statement: 'Statements',
};

let ledger: Promise<RelationInBriefing[]> | undefined;

/** Every edge of every briefing, newest briefing first, in text order within one. */
export function relationLedger(): Promise<RelationInBriefing[]> {
  ledger ??= allBriefings().then((briefings) =>
    briefings.flatMap((briefing) => {
      const record = recordOf(briefing);
      const sentences = new Map(record.sentences.map((sentence) => [sentence.id, sentence]));
      return record.relations.flatMap((relation) => {
        const sentence = sentences.get(relation.sentence);
        return sentence ? [{ relation, briefing, sentence }] : [];
      });
    }),
  );
  return ledger;
}

/** Rows grouped by relation type, in the order of RELATION_LABELS, types without rows left out. */
export function byType(rows: readonly RelationInBriefing[]): { type: RelationType; rows: RelationInBriefing[] }[] {
  const groups = Map.groupBy(rows, ({ relation }) => relation.type);
  return (Object.keys(RELATION_LABELS) as RelationType[]).flatMap((type) => {
    const group = groups.get(type);
    return group ? [{ type, rows: group }] : [];
  });
}

/** One actor's edges: those it is the source of, and those it is the target of. */
export interface ActorRelations {
  outgoing: RelationInBriefing[];
  incoming: RelationInBriefing[];
}

let byActor: Promise<Map<ActorId, ActorRelations>> | undefined;

/** Every actor's edges, computed once per build; an actor with none is absent. */
export function actorRelations(): Promise<Map<ActorId, ActorRelations>> {
  byActor ??= relationLedger().then((rows) => {
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
  });
  return byActor;
}
