/**
 * rehype plugin: assemble the briefing's annotation record from what the
 * steps before it left on the file, and write it once. It reads no tree:
 * the record is data for other pages, not markup.
 */
import type { VFile } from 'vfile';
import { countActors, type AnnotationRecord, type DiscoveredActorRecord } from '../record.ts';
import { rangeIndexAt } from '../text/ranges.ts';
import './vfile-data.ts';

export function rehypeRecord() {
  return (_tree: unknown, file: VFile) => {
    const sentences = file.data.sentences ?? [];
    const mentions = file.data.mentionRecords ?? [];
    const record: AnnotationRecord = {
      sentences,
      mentions,
      quotes: file.data.quoteRecords ?? [],
      actors: countActors(mentions),
      discovered: (file.data.discovered ?? []).map((actor): DiscoveredActorRecord => ({
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        memberOf: actor.memberOf,
        ...(actor.origin ? { origin: true as const } : {}),
        cue: actor.cue,
        ...(actor.role === undefined ? {} : { role: actor.role }),
        forms: actor.forms,
        sentence: sentences[rangeIndexAt(sentences, actor.start)]?.id ?? '',
      })),
      relations: file.data.relations ?? [],
    };
    file.data.record = record;
  };
}
