/**
 * The actors discovery found across all briefings, as actor entries the
 * pages treat like the registry's (`mergeDiscovered` decides name, kind and
 * affiliation), with where each was found.
 */
import type { CollectionEntry } from 'astro:content';
import { mergeDiscovered, type DiscoveryEvidence as Evidence } from './discovery-merge.ts';
import type { Briefing } from './briefings.ts';
import type { AnnotationRecord } from './record.ts';

export type DiscoveryEvidence = Evidence<Briefing>;

export interface DiscoveredEntry {
  actor: CollectionEntry<'actors'>;
  /** Newest briefing first. */
  evidence: DiscoveryEvidence[];
}

/** `briefings` newest first, each with its annotation record. */
export function discoveredEntries(
  briefings: readonly { briefing: Briefing; record: AnnotationRecord }[],
): DiscoveredEntry[] {
  const found = briefings
    .filter(({ record }) => record.discovered.length > 0)
    .map(({ briefing, record }) => ({
      briefing,
      records: record.discovered,
      sentences: new Map(record.sentences.map((sentence) => [sentence.id, sentence])),
    }));
  return mergeDiscovered(found).map(({ id, data, evidence }) => ({
    actor: { id, collection: 'actors', data },
    evidence,
  }));
}
