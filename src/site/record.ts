/**
 * The one reader of what the loader stores for each briefing in the
 * annotation store (`src/store/`): its annotation record and its HTML,
 * found by the key Astro's store keeps as the entry's `digest`. Every other
 * site module, page and component gets the record, and its types, from here.
 *
 * Each read checks the entry's sha256 again: the loader checked it when the
 * build began, so an entry refused here was changed during the build, and
 * the build stops rather than publish it.
 */
import type { AnnotationRecord } from '../core/record.ts';
import type { VerifiedEntry } from '../store/entry.ts';
import { announcedStore } from '../store/store-location.ts';
import type { Briefing } from './briefings.ts';

export type {
  AnnotationRecord,
  DiscoveredActorRecord,
  MentionRecord,
  QuoteRecord,
  QuoteSpeakerRecord,
  SentenceRecord,
} from '../core/record.ts';

function entryOf(briefing: Briefing): VerifiedEntry {
  const store = announcedStore();
  const key = String(briefing.digest ?? '');
  if (!key)
    throw new Error(`Briefing ${briefing.id} has no annotation store key: it was not loaded by articlesLoader.`);
  const read = store.read(key);
  if ('entry' in read) return read.entry;
  const why = 'refused' in read ? `was refused (${read.refused})` : 'is missing';
  throw new Error(
    `The annotation store's entry for briefing ${briefing.id} ${why}: ${store.fileOf(key)}. ` +
      'It changed after the content was loaded; build again.',
  );
}

/**
 * Records are kept per briefing once read: the aggregations read each one
 * several times, and keep parts of it (sentences, quotes), which must be the
 * same objects whichever aggregation reached them.
 */
const records = new WeakMap<Briefing, AnnotationRecord>();

/** The annotation record of a briefing. */
export function recordOf(briefing: Briefing): AnnotationRecord {
  let record = records.get(briefing);
  if (!record) {
    record = entryOf(briefing).record();
    records.set(briefing, record);
  }
  return record;
}

/** The briefing's rendered, annotated HTML; read anew each time, as only its own page needs it. */
export function htmlOf(briefing: Briefing): string {
  return entryOf(briefing).html();
}
