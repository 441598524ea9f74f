/**
 * The aggregation behind the actor index, apart from Astro's collections:
 * given every briefing with its annotation record and every actor, what the
 * pages know about each actor. A pure function, so tests run it on records
 * the real pipeline made from content/ (src/site/actor-index.ts reads the
 * collections and calls it once per build).
 */
import type { CollectionEntry } from 'astro:content';
import type { ActorId } from '../core/schema/index.ts';
import { membershipsOn } from './actor-time.ts';
import type { Briefing } from './briefings.ts';
import type { DiscoveryEvidence } from './discovered-actors.ts';
import type { AnnotationRecord, MentionRecord, QuoteRecord, SentenceRecord } from './record.ts';

export type ActorEntry = CollectionEntry<'actors'>;

/** A sentence that mentions the actor, with the mentions in it. */
export interface MentionInContext {
  sentence: SentenceRecord;
  /** The actor's mentions in this sentence, offsets relative to the sentence. */
  spans: { start: number; end: number }[];
}

export interface ActorAppearance {
  briefing: Briefing;
  sentences: MentionInContext[];
  mentions: number;
}

/** A speech quote with the briefing it is in: a row of the quote ledger. */
export interface QuoteInBriefing {
  quote: QuoteRecord;
  briefing: Briefing;
}

export interface ActorSummary {
  actor: ActorEntry;
  /** Newest briefing first. */
  appearances: ActorAppearance[];
  mentions: number;
  latest: Date | null;
  /** The date of its oldest briefing: what a briefing's card says of it, which later briefings leave as it is. */
  first: Date | null;
  /** Actors that appear in the same briefings: briefings and sentences shared, most first. */
  coActors: { actor: ActorEntry; briefings: number; sentences: number }[];
  /** Actors whose `memberOf` names this one. */
  members: ActorEntry[];
  /** Mentions per calendar month, `YYYY-MM`, oldest first, only months with mentions. */
  timeline: { month: string; mentions: number }[];
  /** Speech quotes by the actor itself or one of its members, newest briefing first. */
  saidBy: QuoteInBriefing[];
  /** Speech quotes by anyone else in sentences that mention the actor, newest briefing first. */
  saidAbout: QuoteInBriefing[];
  /**
   * For an actor no registry layer holds, found in the text by discovery:
   * where, newest briefing first. Null for the registry's actors.
   */
  discovered: DiscoveryEvidence[] | null;
}

/**
 * The actors a quote speaks for: its speaker, the actor it is credited to,
 * and every group the speaker belongs to on the briefing's date (Baqaei's
 * words are Iran's too; al-Sharaa's of 2025 are not HTS's).
 */
function speakingFor(quote: QuoteRecord, date: Date, byId: ReadonlyMap<ActorId, ActorEntry>): Set<ActorId> {
  const speaker = quote.speaker;
  const actors = new Set<ActorId>();
  if (!speaker) return actors;
  if (speaker.actor) actors.add(speaker.actor);
  if (speaker.id) {
    actors.add(speaker.id);
    const data = byId.get(speaker.id)?.data;
    for (const group of data ? membershipsOn(data, date) : []) actors.add(group);
  }
  return actors;
}

function inContext(record: AnnotationRecord, mentions: MentionRecord[]): MentionInContext[] {
  const bySentence = Map.groupBy(mentions, (mention) => mention.sentence);
  return record.sentences
    .filter((sentence) => bySentence.has(sentence.id))
    .map((sentence) => ({
      sentence,
      spans: (bySentence.get(sentence.id) ?? []).map((mention) => ({
        start: mention.start - sentence.start,
        end: mention.end - sentence.start,
      })),
    }));
}

/** A briefing with its annotation record. */
export interface AnnotatedBriefing {
  briefing: Briefing;
  record: AnnotationRecord;
}

/**
 * Every actor's summary. `briefings` newest first; `actors` the registry's
 * and the discovered ones; `evidence` where discovery found each of the latter.
 */
export function aggregateActors(
  briefings: readonly AnnotatedBriefing[],
  actors: readonly ActorEntry[],
  evidence: ReadonlyMap<string, DiscoveryEvidence[]>,
): Map<ActorId, ActorSummary> {
  const byId = new Map(actors.map((actor) => [actor.id as ActorId, actor]));
  const appearances = new Map<ActorId, ActorAppearance[]>();
  const saidBy = new Map<ActorId, QuoteInBriefing[]>();
  const saidAbout = new Map<ActorId, QuoteInBriefing[]>();
  // Appended in place, so filing stays linear in an actor's quotes.
  const file = (map: Map<ActorId, QuoteInBriefing[]>, actor: ActorId, row: QuoteInBriefing) => {
    const list = map.get(actor);
    if (list) list.push(row);
    else map.set(actor, [row]);
  };
  const shared = new Map<ActorId, Map<ActorId, { briefings: number; sentences: number }>>();
  /** Count each pair of `together` (named in one briefing, or one sentence) for both of its actors. */
  const countPairs = (together: Iterable<ActorId>, field: 'briefings' | 'sentences') => {
    const actors = [...together];
    for (const a of actors) {
      let row = shared.get(a);
      if (!row) shared.set(a, (row = new Map()));
      for (const b of actors) {
        if (a === b) continue;
        let cell = row.get(b);
        if (!cell) row.set(b, (cell = { briefings: 0, sentences: 0 }));
        cell[field]++;
      }
    }
  };

  for (const { briefing, record } of briefings) {
    const byActor = Map.groupBy(record.mentions, (mention) => mention.actor);
    for (const [actor, mentions] of byActor) {
      const list = appearances.get(actor) ?? [];
      appearances.set(actor, list);
      list.push({ briefing, sentences: inContext(record, mentions), mentions: mentions.length });
    }
    const actorsInSentence = new Map(
      [...Map.groupBy(record.mentions, (mention) => mention.sentence)].map(([sentence, mentions]) => [
        sentence,
        new Set(mentions.map((mention) => mention.actor)),
      ]),
    );
    for (const quote of record.quotes) {
      if (quote.kind !== 'speech') continue;
      const row = { quote, briefing };
      const speakers = speakingFor(quote, briefing.data.date, byId);
      for (const actor of speakers) file(saidBy, actor, row);
      for (const actor of actorsInSentence.get(quote.sentence) ?? []) {
        if (!speakers.has(actor)) file(saidAbout, actor, row);
      }
    }
    countPairs(byActor.keys(), 'briefings');
    for (const inSentence of actorsInSentence.values()) countPairs(inSentence, 'sentences');
  }

  const membersOf = new Map<ActorId, ActorEntry[]>();
  for (const actor of [...actors].sort((a, b) => a.data.name.localeCompare(b.data.name))) {
    for (const parent of actor.data.memberOf) {
      const list = membersOf.get(parent);
      if (list) list.push(actor);
      else membersOf.set(parent, [actor]);
    }
  }

  const index = new Map<ActorId, ActorSummary>();
  for (const actor of actors) {
    const id = actor.id as ActorId;
    const list = appearances.get(id) ?? [];
    const months = new Map<string, number>();
    for (const { briefing, mentions } of list) {
      const month = briefing.data.date.toISOString().slice(0, 7);
      months.set(month, (months.get(month) ?? 0) + mentions);
    }
    index.set(id, {
      actor,
      appearances: list,
      mentions: list.reduce((sum, appearance) => sum + appearance.mentions, 0),
      latest: list[0]?.briefing.data.date ?? null,
      first: list.at(-1)?.briefing.data.date ?? null,
      coActors: [...(shared.get(id) ?? [])]
        .flatMap(([other, counts]) => {
          const entry = byId.get(other);
          return entry ? [{ actor: entry, ...counts }] : [];
        })
        .sort(
          (a, b) =>
            b.briefings - a.briefings ||
            b.sentences - a.sentences ||
            a.actor.data.name.localeCompare(b.actor.data.name),
        ),
      members: membersOf.get(id) ?? [],
      timeline: [...months].sort(([a], [b]) => a.localeCompare(b)).map(([month, mentions]) => ({ month, mentions })),
      saidBy: saidBy.get(id) ?? [],
      saidAbout: saidAbout.get(id) ?? [],
      discovered: evidence.get(actor.id) ?? null,
    });
  }
  return index;
}
