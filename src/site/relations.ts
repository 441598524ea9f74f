/**
 * The relations between actors across every briefing, aggregated once per
 * build from each briefing's annotation record: the ledger the relations
 * page, the graph, the actor pages and `/relations.json` all read.
 */
import type { RelationType } from '../core/relations/index.ts';
import type { ActorId } from '../core/schema/index.ts';
import { allBriefings } from './briefings.ts';
import { recordOf } from './record.ts';
import { relationRowsOf, relationsByActor, type ActorRelations, type RelationInBriefing } from './relation-rows.ts';

export type { ActorRelations, RelationInBriefing } from './relation-rows.ts';

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
    relationRowsOf(briefings.map((briefing) => ({ briefing, record: recordOf(briefing) }))),
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

let byActor: Promise<Map<ActorId, ActorRelations>> | undefined;

/** Every actor's edges, computed once per build; an actor with none is absent. */
export function actorRelations(): Promise<Map<ActorId, ActorRelations>> {
  byActor ??= relationLedger().then(relationsByActor);
  return byActor;
}
