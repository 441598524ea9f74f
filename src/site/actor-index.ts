/**
 * Everything the pages know about actors, aggregated once per build from
 * each briefing's annotation record (never recomputed page by page).
 */
import { getCollection } from 'astro:content';
import type { ActorId } from '../core/schema/index.ts';
import { aggregateActors, type ActorSummary, type QuoteInBriefing } from './actor-aggregate.ts';
import { allBriefings } from './briefings.ts';
import { discoveredEntries } from './discovered-actors.ts';
import { recordOf } from './record.ts';

export type {
  ActorAppearance,
  ActorEntry,
  ActorSummary,
  MentionInContext,
  QuoteInBriefing,
} from './actor-aggregate.ts';

async function buildIndex(): Promise<Map<ActorId, ActorSummary>> {
  const [briefings, registered] = await Promise.all([allBriefings(), getCollection('actors')]);
  const annotated = briefings.map((briefing) => ({ briefing, record: recordOf(briefing) }));
  const discovered = discoveredEntries(annotated);
  const evidence = new Map(discovered.map((entry) => [entry.actor.id, entry.evidence]));
  return aggregateActors(annotated, [...registered, ...discovered.map((entry) => entry.actor)], evidence);
}

let index: Promise<Map<ActorId, ActorSummary>> | undefined;

/** Every actor with its aggregated data, computed once per build. */
export function actorIndex(): Promise<Map<ActorId, ActorSummary>> {
  index ??= buildIndex();
  return index;
}

let ledger: Promise<QuoteInBriefing[]> | undefined;

/** Every speech quote of every briefing, newest briefing first, in text order within one. */
export function quoteLedger(): Promise<QuoteInBriefing[]> {
  ledger ??= allBriefings().then((briefings) =>
    briefings.flatMap((briefing) =>
      recordOf(briefing)
        .quotes.filter((quote) => quote.kind === 'speech')
        .map((quote) => ({ quote, briefing })),
    ),
  );
  return ledger;
}
