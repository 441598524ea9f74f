/**
 * The actors discovery found across briefings, merged: the same id in
 * several briefings is one actor, its name, kind and affiliation what most
 * briefings say, with the sentence each briefing first names it in as
 * evidence. Shared by the pages and by `npm run actors`, so both count alike.
 */
import type { DiscoveryCue } from '../core/discovery/index.ts';
import type { DiscoveredActorRecord, SentenceRecord } from './record.ts';
import type { Actor, ActorId } from '../core/schema/index.ts';

/** Where one briefing names a discovered actor first; `W` is the caller's briefing. */
export interface DiscoveryEvidence<W> {
  briefing: W;
  sentence: SentenceRecord | null;
  cue: DiscoveryCue;
  role?: string;
}

export interface MergedDiscovery<W> {
  id: ActorId;
  /** As a registry entry would hold it: what `promote` writes and pages show. */
  data: Actor;
  /** In the order the briefings were given. */
  evidence: DiscoveryEvidence<W>[];
}

/** The value most records give; a tie goes to the first seen. */
function mostCommon<T>(values: readonly T[], key: (value: T) => string = String): T | undefined {
  const counts = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    const cell = counts.get(key(value)) ?? { value, count: 0 };
    cell.count++;
    counts.set(key(value), cell);
  }
  let best: { value: T; count: number } | undefined;
  for (const cell of counts.values()) if (!best || cell.count > best.count) best = cell;
  return best?.value;
}

/**
 * No count of briefings: every briefing's card shows the description, and a
 * count would change, and render again, each of them whenever a later
 * briefing names the actor (the actor's page gives its counts).
 */
function description(records: readonly DiscoveredActorRecord[]): string {
  const role = mostCommon(records.flatMap((record) => (record.role ? [record.role] : [])));
  return `${role ? `${role}. ` : ''}Found in the briefings' text; not in the actor registry, and not yet reviewed by an editor.`;
}

export function mergeDiscovered<W>(
  found: readonly {
    briefing: W;
    records: readonly DiscoveredActorRecord[];
    sentences: ReadonlyMap<string, SentenceRecord>;
  }[],
): MergedDiscovery<W>[] {
  const byId = new Map<ActorId, { records: DiscoveredActorRecord[]; evidence: DiscoveryEvidence<W>[] }>();
  for (const { briefing, records, sentences } of found) {
    for (const record of records) {
      const entry = byId.get(record.id) ?? { records: [], evidence: [] };
      byId.set(record.id, entry);
      entry.records.push(record);
      entry.evidence.push({
        briefing,
        sentence: sentences.get(record.sentence) ?? null,
        cue: record.cue,
        ...(record.role ? { role: record.role } : {}),
      });
    }
  }
  return [...byId].map(([id, { records, evidence }]) => {
    const first = records[0] as DiscoveredActorRecord;
    const memberOf = mostCommon(
      records.map((record) => record.memberOf).filter((ids) => ids.length > 0),
      (ids) => ids.join(),
    );
    // Spellings linked only as probable (`Siniori`) are not names to match everywhere.
    const forms = new Set(
      records.flatMap(({ forms: written }) => written.filter((form) => !form.probable).map((form) => form.text)),
    );
    return {
      id,
      data: {
        name: mostCommon(records.map((record) => record.name)) ?? first.name,
        kind: mostCommon(records.map((record) => record.kind)) ?? first.kind,
        description: description(records),
        aliases: [...forms].map((text) => ({ text, caseSensitive: true, shared: false })),
        demonyms: [],
        metonyms: [],
        memberOf: memberOf ?? [],
      },
      evidence,
    };
  });
}
