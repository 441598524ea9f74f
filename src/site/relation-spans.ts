/**
 * One line per pair of actors and type of relation, with the first and last
 * briefing that state it: "Iran → Syrian government, support: 3 briefings,
 * 11 June 2011 – 2 December 2024". Pages show the span before the evidence,
 * so a reader sees when a relation held as well as that it did.
 */
import type { RelationType } from '../core/relations/index.ts';
import type { ActorId } from '../core/schema/index.ts';
import type { RelationInBriefing } from './relations.ts';

export interface RelationSpan {
  type: RelationType;
  source: ActorId;
  target: ActorId;
  briefings: number;
  /** How many sentences state it: how strongly the briefings attest it. */
  sentences: number;
  first: Date;
  last: Date;
}

/** The spans of `rows`, most recent last briefing first, then by the first. */
export function relationSpans(rows: readonly RelationInBriefing[]): RelationSpan[] {
  const spans = new Map<string, RelationSpan & { seen: Set<string> }>();
  for (const { relation, briefing } of rows) {
    const key = `${relation.type}\u0000${relation.source}\u0000${relation.target}`;
    const date = briefing.data.date;
    const { type, source, target } = relation;
    const span = spans.get(key) ?? {
      type,
      source,
      target,
      briefings: 0,
      sentences: 0,
      first: date,
      last: date,
      seen: new Set<string>(),
    };
    span.sentences += 1;
    if (!span.seen.has(briefing.id)) {
      span.seen.add(briefing.id);
      span.briefings += 1;
    }
    if (date < span.first) span.first = date;
    if (date > span.last) span.last = date;
    spans.set(key, span);
  }
  return [...spans.values()]
    .map(({ type, source, target, briefings, sentences, first, last }) => ({
      type,
      source,
      target,
      briefings,
      sentences,
      first,
      last,
    }))
    .sort((a, b) => b.last.getTime() - a.last.getTime() || a.first.getTime() - b.first.getTime());
}
