/**
 * The data each briefing carries out of the annotation pipeline: what pages
 * read to build actor pages, the quote ledger and feeds. Plain JSON, so it
 * can be stored with the entry and printed by `npm run annotate`.
 */
import type { ActorId } from '../schema/index.ts';
import type { BodyText } from './hast-text.ts';
import type { Mention } from './matcher.ts';

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

export interface BriefingAnnotations {
  sentences: SentenceRecord[];
  mentions: MentionRecord[];
  /** Every actor mentioned, most mentioned first (ties by id). */
  actors: ActorCount[];
}

/** The vfile data the plugins share; declared so no plugin reads untyped data. */
declare module 'vfile' {
  interface DataMap {
    /** Actors the briefing's frontmatter tags: they settle shared aliases. */
    taggedActors: ActorId[];
    /** The body text of the sanitised tree, computed once for all plugins. */
    bodyText: BodyText;
    /** Mentions found by `rehypeActorMentions`, before markup. */
    mentions: Mention[];
    /** The finished record, written by `rehypeAnnotationMarkup`. */
    annotations: BriefingAnnotations;
  }
}

/** Count mentions per actor, most mentioned first. */
export function countActors(mentions: readonly Mention[]): ActorCount[] {
  const counts = new Map<ActorId, number>();
  for (const { actor } of mentions) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  return [...counts]
    .map(([actor, count]) => ({ actor, mentions: count }))
    .sort((a, b) => b.mentions - a.mentions || a.actor.localeCompare(b.actor));
}
