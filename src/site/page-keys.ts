/**
 * The `cacheKey` of each page Astro's incremental build may reuse instead of
 * rendering it again (`experimental.incrementalBuild` in astro.config.mjs):
 * a digest of everything the page shows but its code, which Astro tracks
 * itself. Our pages read the annotation store, which Astro cannot see, so a
 * key names each input its page reads; an input left out would publish a
 * stale page, which test/build/page-cache.test.ts looks for by comparing
 * builds that reused pages with builds that rendered every one.
 *
 * - A briefing's page: the briefing (its store key covers its file and what
 *   rendered it; its frontmatter as read), and the actors it shows, each as
 *   the page describes it (its hover card included).
 * - An actor's pages and feed: every briefing its lists, summary, relations,
 *   co-actors and discovery evidence come from, every actor those name or the
 *   registry links it to (members, parents, predecessor, successor) as
 *   described, and the counts of the actors its relation graph sizes by them.
 * - Every page: whether discovered actors are published.
 *
 * No page is keyed by the whole registry or by every actor's counts, so a
 * briefing filed later renders again only the pages that show what it
 * changed.
 *
 * Pages left without a key (the lists of all briefings, actors and quotes,
 * the exports) are rendered every build.
 */
import { createHash } from 'node:crypto';
import type { ActorId } from '../core/schema/index.ts';
import type { ActorSummary } from './actor-aggregate.ts';
import type { Briefing } from './briefings.ts';
import type { AnnotationRecord, QuoteRecord } from './record.ts';
import type { ActorRelations } from './relation-rows.ts';
import { publishesDiscovered } from './review-gate.ts';

const sha256 = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex');

const versions = new WeakMap<Briefing, string>();

/** A briefing as its pages show it: the annotation store key and the frontmatter. */
function versionOf(briefing: Briefing): string {
  let version = versions.get(briefing);
  if (version === undefined) {
    version = sha256(briefing.id, String(briefing.digest ?? ''), JSON.stringify(briefing.data));
    versions.set(briefing, version);
  }
  return version;
}

const described = new WeakMap<ActorSummary, string>();

/** An actor as a briefing's page shows it (its card, links, quotations and structured data), once per summary. */
function descriptionOf(summary: ActorSummary): string {
  let description = described.get(summary);
  if (description === undefined) {
    const { actor, discovered, first } = summary;
    description = sha256(JSON.stringify([actor.id, actor.data, discovered !== null, first?.toISOString() ?? null]));
    described.set(summary, description);
  }
  return description;
}

/** Add the speakers of `quotes` and the actors their words are credited to. */
function addQuoted(shown: Set<string>, quotes: Iterable<QuoteRecord>): void {
  for (const { speaker } of quotes) {
    if (speaker?.id) shown.add(speaker.id);
    if (speaker?.actor) shown.add(speaker.actor);
  }
}

/** Each of `actors` as pages describe it, in a stable order; an id the index lacks stands for itself. */
function descriptionsOf(actors: Iterable<string>, index: ReadonlyMap<ActorId, ActorSummary>): string[] {
  return [...actors].sort().map((id) => {
    const summary = index.get(id as ActorId);
    return summary ? descriptionOf(summary) : id;
  });
}

/**
 * The key of a briefing's page: the briefing, and each actor it shows (those
 * it names, and the speakers of its quotations and the actors they are
 * credited to) as the page describes it, so that a briefing published later
 * renders again only the pages whose actors it describes differently.
 */
export function briefingPageKey(
  briefing: Briefing,
  record: AnnotationRecord,
  index: ReadonlyMap<ActorId, ActorSummary>,
): string {
  const shown = new Set<string>(record.actors.map(({ actor }) => actor));
  addQuoted(shown, record.quotes);
  return sha256(String(publishesDiscovered()), versionOf(briefing), ...descriptionsOf(shown, index));
}

const actorKeys = new WeakMap<ReadonlyMap<ActorId, ActorSummary>, WeakMap<ActorSummary, string>>();

/**
 * The key of an actor's page, the later pages of its lists and its feed:
 * made once per summary of a build's index, as the three routes each ask for it.
 */
export function actorPageKey(
  summary: ActorSummary,
  relations: ActorRelations | undefined,
  index: ReadonlyMap<ActorId, ActorSummary>,
): string {
  let ofIndex = actorKeys.get(index);
  if (!ofIndex) {
    ofIndex = new WeakMap();
    actorKeys.set(index, ofIndex);
  }
  let key = ofIndex.get(summary);
  if (key === undefined) {
    key = actorKeyOf(summary, relations, index);
    ofIndex.set(summary, key);
  }
  return key;
}

function actorKeyOf(
  summary: ActorSummary,
  relations: ActorRelations | undefined,
  index: ReadonlyMap<ActorId, ActorSummary>,
): string {
  const { actor, members, coActors, saidBy, saidAbout, appearances, discovered } = summary;
  const rows = [...(relations?.outgoing ?? []), ...(relations?.incoming ?? [])];
  const sources = new Set<string>();
  for (const { briefing } of [...appearances, ...saidBy, ...saidAbout, ...rows, ...(discovered ?? [])])
    sources.add(versionOf(briefing));
  // Every other actor the pages name comes from those briefings or from the registry's links between actors.
  const { memberOf, predecessor, successor } = actor.data;
  const shown = new Set<string>([actor.id, ...memberOf, ...[predecessor, successor].filter((id) => id !== undefined)]);
  for (const other of [...members, ...coActors.map((co) => co.actor)]) shown.add(other.id);
  addQuoted(
    shown,
    [...saidBy, ...saidAbout].map(({ quote }) => quote),
  );
  // Its relation graph sizes each actor it draws by that actor's mentions.
  const counted = new Set<string>();
  for (const { relation } of rows) counted.add(relation.source).add(relation.target);
  for (const id of counted) shown.add(id);
  const counts = [...counted].sort().map((id) => `${id}:${index.get(id as ActorId)?.mentions ?? 0}`);
  return sha256(String(publishesDiscovered()), ...[...sources].sort(), ...descriptionsOf(shown, index), ...counts);
}
