/**
 * What changed in a briefing's annotations between two renderings: links
 * added, removed or moved to another actor, and quotations attributed to
 * someone else, so an editor sees the effect of a registry or correction
 * change across the archive before publishing; and briefings that came or
 * went, with what their annotations add or take away.
 *
 * A mention is matched across the two records by its sentence (ids are a
 * hash of the sentence's text, so they survive edits elsewhere), its words
 * and its place among the same words in that sentence; a quotation by its id
 * (a hash of its words).
 */
import type { AnnotationRecord, MentionRecord, QuoteRecord } from '../record.ts';

export type AnnotationChange =
  | { type: 'link-added' | 'link-removed'; text: string; actor: string; sentence: string }
  | { type: 'link-moved'; text: string; from: string; to: string; sentence: string }
  | { type: 'quote-reattributed'; text: string; from: string | null; to: string | null; sentence: string }
  /** A briefing new to the archive, or gone from it: what its annotations add or take away, in sum. */
  | { type: 'briefing-added' | 'briefing-removed'; links: number; quotes: number; actors: string[] };

/** A briefing that came into the archive or left it, as one change. */
export function briefingChange(
  type: 'briefing-added' | 'briefing-removed',
  record: AnnotationRecord,
): AnnotationChange {
  return {
    type,
    links: record.mentions.filter((mention) => mention.linked).length,
    quotes: record.quotes.filter((quote) => quote.kind === 'speech').length,
    actors: [...new Set(record.mentions.filter((mention) => mention.linked).map((mention) => mention.actor))].sort(),
  };
}

/** The sentence's words for an editor to find it, cut short. */
const EXCERPT_LENGTH = 100;

function linksByPlace(record: AnnotationRecord): Map<string, MentionRecord> {
  const seen = new Map<string, number>();
  const links = new Map<string, MentionRecord>();
  for (const mention of record.mentions) {
    if (!mention.linked) continue;
    const words = `${mention.sentence}\u0000${mention.text}`;
    const nth = seen.get(words) ?? 0;
    seen.set(words, nth + 1);
    links.set(`${words}\u0000${nth}`, mention);
  }
  return links;
}

/** Who a quotation is credited to, as an editor reads it: the speaker's id, else the name as written. */
function attribution(quote: QuoteRecord): string | null {
  if (quote.kind !== 'speech' || !quote.speaker) return null;
  return quote.speaker.id ?? quote.speaker.name;
}

export function annotationChanges(before: AnnotationRecord, after: AnnotationRecord): AnnotationChange[] {
  const sentences = new Map([...before.sentences, ...after.sentences].map(({ id, text }) => [id, text]));
  const excerpt = (id: string) => {
    const text = sentences.get(id) ?? '';
    return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
  };
  const changes: AnnotationChange[] = [];
  const old = linksByPlace(before);
  const now = linksByPlace(after);
  for (const [place, link] of now) {
    const was = old.get(place);
    const sentence = excerpt(link.sentence);
    if (!was) changes.push({ type: 'link-added', text: link.text, actor: link.actor, sentence });
    else if (was.actor !== link.actor) {
      changes.push({ type: 'link-moved', text: link.text, from: was.actor, to: link.actor, sentence });
    }
  }
  for (const [place, link] of old) {
    if (!now.has(place)) {
      changes.push({ type: 'link-removed', text: link.text, actor: link.actor, sentence: excerpt(link.sentence) });
    }
  }
  const quotesBefore = new Map(before.quotes.map((quote) => [quote.id, quote]));
  for (const quote of after.quotes) {
    const was = quotesBefore.get(quote.id);
    if (!was) continue;
    const from = attribution(was);
    const to = attribution(quote);
    if (from !== to) {
      changes.push({ type: 'quote-reattributed', text: quote.text, from, to, sentence: excerpt(quote.sentence) });
    }
  }
  return changes;
}
