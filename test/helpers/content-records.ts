/**
 * The briefings of content/ with the annotation records the real pipeline
 * makes of them, and the registry's actors, shaped as the site layer gets
 * them from Astro's collections: for unit tests of site modules on real
 * content without a build. Rendered as the loader renders them (the
 * registry on each briefing's date, the names that are no actor, the
 * frontmatter's corrections).
 */
import { expect } from 'vitest';
import type { ActorId } from '../../src/core/schema/index.ts';
import { processorOnDate } from '../../src/core/unified/processor-on-date.ts';
import { renderBriefing } from '../../src/core/unified/pipeline.ts';
import { readArticles } from '../../src/sources/files/articles.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { loadNotActors } from '../../src/sources/not-actors.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { correctionRulesOf } from '../../src/sources/schema/correction-rules.ts';
import type { ActorEntry, AnnotatedBriefing } from '../../src/site/actor-aggregate.ts';
import type { Briefing } from '../../src/site/briefings.ts';
import { discoveredEntries, type DiscoveryEvidence } from '../../src/site/discovered-actors.ts';
import { ROOT } from './build.ts';

export interface ContentRecords {
  /** Newest first, briefings of one day by title: the order `allBriefings` gives. */
  briefings: AnnotatedBriefing[];
  /** The registry's actors (base layer and editors' files merged), then those discovery found. */
  actors: ActorEntry[];
  /** Where discovery found each discovered actor. */
  evidence: Map<string, DiscoveryEvidence[]>;
}

let loaded: Promise<ContentRecords> | undefined;

async function load(): Promise<ContentRecords> {
  const registry = await loadRegistry(ROOT, 'content/actors');
  const notActors = await loadNotActors(ROOT);
  const articles = await readArticles(ROOT, { articles: 'content/articles', actors: 'content/actors' }, registry.ids);
  expect([...registry.problems, ...notActors.problems, ...articles.problems].map(formatProblem)).toEqual([]);
  const processorOn = processorOnDate({
    registry: registry.registry,
    actorHref: (id) => `/actors/${id}/`,
    notActors: notActors.names,
  });
  const briefings: AnnotatedBriefing[] = [];
  for (const { source, data, markdown, lineOf } of articles.entries) {
    const { record } = await renderBriefing(processorOn(data.date), {
      markdown: markdown.padded,
      path: source.file,
      taggedActors: data.actors,
      correctionRules: correctionRulesOf(data.corrections, lineOf),
    });
    // Only what the site modules read of an entry: its id and its validated frontmatter.
    briefings.push({ briefing: { id: source.id, collection: 'articles', data } as unknown as Briefing, record });
  }
  briefings.sort(
    (a, b) =>
      b.briefing.data.date.getTime() - a.briefing.data.date.getTime() ||
      a.briefing.data.title.localeCompare(b.briefing.data.title, 'en'),
  );
  const registered = registry.entries.map(
    ({ id, data }) => ({ id: id as ActorId, collection: 'actors', data }) as ActorEntry,
  );
  const discovered = discoveredEntries(briefings);
  return {
    briefings,
    actors: [...registered, ...discovered.map((entry) => entry.actor)],
    evidence: new Map(discovered.map((entry) => [entry.actor.id, entry.evidence])),
  };
}

/** Rendered once per test file. */
export function contentRecords(): Promise<ContentRecords> {
  loaded ??= load();
  return loaded;
}
