/**
 * What an actor page says first, before its lists: what the actor is, whom
 * it backs, opposes and meets, who speaks for it, how often it has a voice
 * of its own, and what it did last. A pure function over what the page
 * already holds (the actor's aggregated summary and its relations), so a
 * test can run it on records made from content/.
 */
import type { RelationType } from '../core/relations/index.ts';
import type { ActorId, ActorKind, CalendarDate } from '../core/schema/index.ts';
import type { ActorSummary, QuoteInBriefing } from './actor-aggregate.ts';
import { membershipsOn } from './actor-time.ts';
import type { Briefing } from './briefings.ts';
import type { SentenceRecord } from './record.ts';
import { relationSpans, type RelationSpan } from './relation-spans.ts';
import type { ActorRelations } from './relation-rows.ts';

/** How the summary reads a relation from this actor's side. */
export type RelationRole =
  'backs' | 'backed-by' | 'opposes' | 'opposed-by' | 'meets' | 'condemns-or-urges' | 'condemned-or-urged-by';

/** Each relation type read from the source's side and from the target's; a meeting reads the same from both. */
const ROLES: Record<RelationType, { outgoing: RelationRole; incoming: RelationRole }> = {
  support: { outgoing: 'backs', incoming: 'backed-by' },
  hostility: { outgoing: 'opposes', incoming: 'opposed-by' },
  meeting: { outgoing: 'meets', incoming: 'meets' },
  statement: { outgoing: 'condemns-or-urges', incoming: 'condemned-or-urged-by' },
};

/** The order the summary lists them in: what the actor does before what is done to it. */
export const RELATION_ROLE_ORDER: readonly RelationRole[] = [
  'backs',
  'opposes',
  'meets',
  'condemns-or-urges',
  'backed-by',
  'opposed-by',
  'condemned-or-urged-by',
];

/** One other actor in one role, with the span of briefings that state it. */
export interface SummaryRelation extends Pick<RelationSpan, 'type' | 'briefings' | 'sentences' | 'first' | 'last'> {
  other: ActorId;
}

export interface SummaryRelationGroup {
  role: RelationRole;
  /** The strongest first (most sentences, then most briefings, then most recent), at most `RELATIONS_SHOWN`. */
  shown: SummaryRelation[];
  /** How many more the page's Relations section lists. */
  more: number;
}

/** Someone quoted speaking for the actor: a member, an official, an unnamed spokesperson. */
export interface SummarySpeaker {
  /** The speaker's actor id, when the registry or discovery knows them. */
  id: ActorId | null;
  name: string;
  quotes: number;
  latest: Date;
}

export interface SummaryVoice {
  /** Speech quotations by the actor or anyone speaking for it. */
  quotes: number;
  /** Briefings with at least one of those quotations. */
  quotedIn: number;
  /** Briefings that name the actor but quote no one for it. */
  onlyMentionedIn: number;
  /** Quotations by others in sentences that name it. */
  quotedAbout: number;
}

/** What the actor's newest briefing shows it doing: a relation it is in, else the first sentence naming it. */
export interface SummaryActivity {
  briefing: Briefing;
  sentence: SentenceRecord | null;
  /** Set when no sentence names the actor there and a quotation speaks for it instead. */
  quote: QuoteInBriefing | null;
}

export interface ActorOverview {
  kind: ActorKind;
  /** The actor's own period, where it has one (a government, a group that dissolved). */
  from: CalendarDate | null;
  until: CalendarDate | null;
  /** The groups it belonged to on the date of its latest activity (today's role as the briefings know it). */
  memberOf: ActorId[];
  /** How many actors belong to it. */
  members: number;
  relations: SummaryRelationGroup[];
  speakers: SummarySpeaker[];
  voice: SummaryVoice;
  /** Briefings that name it or quote someone for it, and the first and last of their dates. */
  briefings: { count: number; first: Date; last: Date } | null;
  latest: SummaryActivity | null;
}

/** Per role, the summary names this many actors and leaves the rest to the Relations section. */
export const RELATIONS_SHOWN = 3;

const newestFirst = (a: { briefing: Briefing }, b: { briefing: Briefing }) =>
  b.briefing.data.date.getTime() - a.briefing.data.date.getTime();

function relationGroups(actor: ActorId, relations: ActorRelations): SummaryRelationGroup[] {
  const byRole = new Map<RelationRole, SummaryRelation[]>();
  for (const span of relationSpans([...relations.outgoing, ...relations.incoming])) {
    // An actor's relation to itself is no relation the summary reports.
    if (span.source === span.target) continue;
    const outgoing = span.source === actor;
    const role = ROLES[span.type][outgoing ? 'outgoing' : 'incoming'];
    const other = outgoing ? span.target : span.source;
    const list = byRole.get(role) ?? [];
    byRole.set(role, list);
    // A meeting stated in both directions is one meeting with that actor: its counts add up.
    const same = list.find((entry) => entry.other === other && entry.type === span.type);
    if (same) {
      same.sentences += span.sentences;
      same.briefings = Math.max(same.briefings, span.briefings);
      if (span.first < same.first) same.first = span.first;
      if (span.last > same.last) same.last = span.last;
    } else {
      const { type, briefings, sentences, first, last } = span;
      list.push({ other, type, briefings, sentences, first, last });
    }
  }
  return RELATION_ROLE_ORDER.flatMap((role) => {
    const list = byRole.get(role);
    if (!list) return [];
    list.sort(
      (a, b) =>
        b.sentences - a.sentences ||
        b.briefings - a.briefings ||
        b.last.getTime() - a.last.getTime() ||
        a.other.localeCompare(b.other),
    );
    return [{ role, shown: list.slice(0, RELATIONS_SHOWN), more: Math.max(0, list.length - RELATIONS_SHOWN) }];
  });
}

/** Everyone but the actor itself quoted for it, the most quoted first. */
function speakersFor(actor: ActorId, saidBy: readonly QuoteInBriefing[]): SummarySpeaker[] {
  const speakers = new Map<string, SummarySpeaker>();
  for (const { quote, briefing } of saidBy) {
    const speaker = quote.speaker;
    if (!speaker || speaker.id === actor) continue;
    // Unnamed speakers ("a spokesperson") are told apart by the words that name them.
    const key = speaker.id ?? `name:${speaker.name}`;
    const entry = speakers.get(key) ?? { id: speaker.id, name: speaker.name, quotes: 0, latest: briefing.data.date };
    entry.quotes += 1;
    if (briefing.data.date > entry.latest) entry.latest = briefing.data.date;
    speakers.set(key, entry);
  }
  return [...speakers.values()].sort(
    (a, b) => b.quotes - a.quotes || b.latest.getTime() - a.latest.getTime() || a.name.localeCompare(b.name, 'en'),
  );
}

function latestActivity(summary: ActorSummary, relations: ActorRelations): SummaryActivity | null {
  const appearance = summary.appearances[0];
  const quoted = summary.saidBy[0];
  // A member quoted in a briefing newer than any that names the actor is its latest activity.
  if (quoted && (!appearance || newestFirst(appearance, quoted) > 0)) {
    return { briefing: quoted.briefing, sentence: null, quote: quoted };
  }
  if (!appearance) return null;
  const { briefing } = appearance;
  const stated = [...relations.outgoing, ...relations.incoming].find((row) => row.briefing.id === briefing.id);
  return { briefing, sentence: stated?.sentence ?? appearance.sentences[0]?.sentence ?? null, quote: null };
}

export function summariseActor(summary: ActorSummary, relations: ActorRelations): ActorOverview {
  const id = summary.actor.id as ActorId;
  const { data } = summary.actor;
  const mentionedIn = new Set(summary.appearances.map(({ briefing }) => briefing.id));
  const quotedIn = new Set(summary.saidBy.map(({ briefing }) => briefing.id));
  const dates = [...summary.appearances, ...summary.saidBy].map(({ briefing }) => briefing.data.date.getTime());
  const latest = latestActivity(summary, relations);
  return {
    kind: data.kind,
    from: data.from ?? null,
    until: data.until ?? null,
    memberOf: latest ? membershipsOn(data, latest.briefing.data.date) : data.memberOf,
    members: summary.members.length,
    relations: relationGroups(id, relations),
    speakers: speakersFor(id, summary.saidBy),
    voice: {
      quotes: summary.saidBy.length,
      quotedIn: quotedIn.size,
      onlyMentionedIn: [...mentionedIn].filter((briefing) => !quotedIn.has(briefing)).length,
      quotedAbout: summary.saidAbout.length,
    },
    briefings:
      dates.length === 0
        ? null
        : {
            count: new Set([...mentionedIn, ...quotedIn]).size,
            first: new Date(Math.min(...dates)),
            last: new Date(Math.max(...dates)),
          },
    latest,
  };
}
