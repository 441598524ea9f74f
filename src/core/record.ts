/**
 * The data each briefing carries out of the annotation pipeline: what pages
 * read to build actor pages, the quote ledger and feeds. Plain JSON, so it
 * can be stored with the entry and printed by `npm run annotate`.
 */
import type { ActorId } from './schema/index.ts';
import type { DiscoveredActor } from './discovery/index.ts';
import type { Mention } from './mentions/matcher.ts';
import type { QuoteKind, QuotePart, SpeakerVia } from './quotes/index.ts';
import type { Relation } from './relations/index.ts';

/** A sentence of the briefing, with its anchor id. Offsets are into the briefing's body text. */
export interface SentenceRecord {
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface MentionRecord extends Mention {
  /** The id of the sentence the mention is in: the anchor other pages link to. */
  sentence: string;
  /** The mention is a link on the page (false where markup made that impossible). */
  linked: boolean;
}

/** How often an actor appears in one briefing. */
export interface ActorCount {
  actor: ActorId;
  mentions: number;
}

/** Who said a quote, as the pages show and link it. */
export interface QuoteSpeakerRecord {
  /** The registry's name for a registered speaker, else the name or description as written. */
  name: string;
  /** The registered person or body, or null. */
  id: ActorId | null;
  /** The actor the words are credited to (Baqaei → iran), or null. */
  actor: ActorId | null;
  via: SpeakerVia;
  description?: string;
  /** The outlet an unnamed source spoke to (`told Reuters`). */
  outlet?: string;
  /**
   * For a speaker resolved to someone introduced before (a pronoun, a
   * nominal, a document, a continuation, the sentence before): the id of the
   * sentence that names them, for the reader to check.
   */
  antecedentSentence?: string;
}

export interface QuoteRecord {
  /** The permalink anchor on the briefing page: `q-` and a hash of the words. */
  id: string;
  /** The whole quotation: its spans, joined by ` … ` where an attribution splits them. */
  text: string;
  kind: QuoteKind;
  /** Offsets of the first span in the body text (without the marks). */
  start: number;
  end: number;
  /** Later spans of the same quotation. */
  parts: QuotePart[];
  /** Null for a quote with no attributable speaker, and for scare quotes and titles. */
  speaker: QuoteSpeakerRecord | null;
  /** The reporting word as written (`said`, `according to`), or null. */
  cue: string | null;
  /** The sentence the quotation starts in. */
  sentence: string;
  /** The quotation is marked up on the page: speech is, unless other markup made that impossible. */
  marked: boolean;
}

/** A person or organisation no registry layer holds, found in this briefing (`rehypeDiscovery`). */
export interface DiscoveredActorRecord extends Omit<DiscoveredActor, 'start' | 'end'> {
  /** The sentence it was first named in: the evidence an editor checks. */
  sentence: string;
}

/** What the pipeline records about one briefing, written once by its last step. */
export interface AnnotationRecord {
  sentences: SentenceRecord[];
  mentions: MentionRecord[];
  /** Direct quotations of every kind, in text order; only `speech` ones have speakers. */
  quotes: QuoteRecord[];
  /** Every actor mentioned, most mentioned first (ties by id); discovered ones included. */
  actors: ActorCount[];
  /** The actors discovery found: their ids are in `mentions` and `actors` like registered ones. */
  discovered: DiscoveredActorRecord[];
  /** Typed, directed edges between the actors a sentence names, in text order (`rehypeRelations`). */
  relations: Relation[];
}

/** The record of a briefing with nothing in it: what a reader gets where no record was stored. */
export function emptyRecord(): AnnotationRecord {
  return { sentences: [], mentions: [], quotes: [], actors: [], discovered: [], relations: [] };
}

/** Count mentions per actor, most mentioned first. */
export function countActors(mentions: readonly Mention[]): ActorCount[] {
  const counts = new Map<ActorId, number>();
  for (const { actor } of mentions) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  return [...counts]
    .map(([actor, count]) => ({ actor, mentions: count }))
    .sort((a, b) => b.mentions - a.mentions || a.actor.localeCompare(b.actor));
}
