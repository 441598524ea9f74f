/**
 * The actors discovery found across all briefings, as actor entries the
 * pages treat like the registry's (`mergeDiscovered` decides name, kind and
 * affiliation), with where each was found.
 */
import type { CollectionEntry } from 'astro:content';
import type { AnnotationRecord } from '../core/record.ts';
import { mergeDiscovered, type DiscoveryEvidence as Evidence } from '../core/discovery/merge.ts';
import type { Briefing } from './briefings.ts';

export type DiscoveryEvidence = Evidence<Briefing>;

export interface DiscoveredEntry {
  actor: CollectionEntry<'actors'>;
  /** Newest briefing first. */
  evidence: DiscoveryEvidence[];
}

/** `briefings` newest first, each with its annotation record. */
export function discoveredEntries(
  briefings: readonly { briefing: Briefing; annotations: AnnotationRecord }[],
): DiscoveredEntry[] {
  const found = briefings
    .filter(({ annotations }) => annotations.discovered.length > 0)
    .map(({ briefing, annotations }) => ({
      briefing,
      records: annotations.discovered,
      sentences: new Map(annotations.sentences.map((sentence) => [sentence.id, sentence])),
    }));
  return mergeDiscovered(found).map(({ id, data, evidence }) => ({
    actor: { id, collection: 'actors', data },
    evidence,
  }));
}
