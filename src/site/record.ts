/**
 * The one reader of the annotation record the loader stores with each
 * briefing (`rendered.metadata.annotations`, see `src/astro/loaders.ts`).
 * Every other site module, page and component gets the record, and its
 * types, from here.
 */
import { emptyRecord, type AnnotationRecord } from '../core/record.ts';
import type { Briefing } from './briefings.ts';

export type {
  AnnotationRecord,
  DiscoveredActorRecord,
  MentionRecord,
  QuoteRecord,
  QuoteSpeakerRecord,
  SentenceRecord,
} from '../core/record.ts';

/** The annotation record of a briefing; empty for one stored without it. */
export function recordOf(briefing: Briefing): AnnotationRecord {
  // Astro types `metadata` as an open record: the loader is what puts a record here.
  return (briefing.rendered?.metadata?.['annotations'] as AnnotationRecord | undefined) ?? emptyRecord();
}
