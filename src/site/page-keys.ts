/**
 * The `cacheKey` of each page Astro's incremental build may reuse instead of
 * rendering it again (`experimental.incrementalBuild` in astro.config.mjs):
 * a digest of everything the page shows but its code, which Astro tracks
 * itself. Our pages read the annotation store, which Astro cannot see, so a
 * key names each input its page reads; an input left out would publish a
 * stale page, which test/build/page-cache.test.ts looks for by comparing
 * builds that reused pages with builds that rendered every one.
 *
 * - Every other page: the actors as the registry and discovery describe them
 *   (names, kinds, descriptions, memberships: an actor's page may name any
 *   actor), and whether discovered actors are published.
 * - A briefing's page: the briefing (its store key covers its file and what
 *   rendered it; its frontmatter as read), and the actors it shows, each as
 *   the page describes it (its hover card included), not the whole registry.
 * - An actor's pages and feed: every briefing its lists, summary, relations,
 *   co-actors and discovery evidence come from, and every actor's counts (its relation graph
 *   sizes neighbours by theirs).
 *
 * Pages left without a key (the lists of all briefings, actors and quotes,
 * the exports) are rendered every build.
 */
import { createHash } from 'node:crypto';
import type { ActorId } from '../core/schema/index.ts';
import type { ActorSummary } from './actor-aggregate.ts';
import type { Briefing } from './briefings.ts';
import type { AnnotationRecord } from './record.ts';
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

/** What every page may show of the actors, and the counts of each, computed once per index. */
export interface SiteDigests {
  actors: string;
  counts: string;
}

const digests = new WeakMap<ReadonlyMap<ActorId, ActorSummary>, SiteDigests>();

export function siteDigests(index: ReadonlyMap<ActorId, ActorSummary>): SiteDigests {
  let known = digests.get(index);
  if (!known) {
    const summaries = [...index.values()];
    known = {
      actors: sha256(
        String(publishesDiscovered()),
        JSON.stringify(summaries.map(({ actor, discovered }) => [actor.id, actor.data, discovered !== null])),
      ),
      counts: sha256(
        JSON.stringify(summaries.map(({ actor, mentions, appearances }) => [actor.id, mentions, appearances.length])),
      ),
    };
    digests.set(index, known);
  }
  return known;
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
  const shown = new Set<ActorId>(record.actors.map(({ actor }) => actor));
  for (const { speaker } of record.quotes) {
    if (speaker?.id) shown.add(speaker.id);
    if (speaker?.actor) shown.add(speaker.actor);
  }
  const actors = [...shown].sort().map((actor) => {
    const summary = index.get(actor);
    return summary ? descriptionOf(summary) : actor;
  });
  return sha256(String(publishesDiscovered()), versionOf(briefing), ...actors);
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
  const { actors, counts } = siteDigests(index);
  const sources = new Set<string>();
  for (const { briefing } of [
    ...summary.appearances,
    ...summary.saidBy,
    ...summary.saidAbout,
    ...(relations?.outgoing ?? []),
    ...(relations?.incoming ?? []),
    ...(summary.discovered ?? []),
  ])
    sources.add(versionOf(briefing));
  return sha256(actors, counts, summary.actor.id, ...[...sources].sort());
}
