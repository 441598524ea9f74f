/**
 * One entry of the annotation store as bytes: what it holds (a briefing's
 * annotation record, its notes and its HTML) under a header that says which
 * briefing version it belongs to and carries a sha256 over everything it
 * holds, so a changed byte is found on read.
 *
 * The layout is four lines, each one JSON value (JSON never holds a raw line
 * break, so the lines cannot run into each other):
 *
 *     {"format":1,"key":…,"made":…,"sha256":…}   the header
 *     {…}                                         the annotation record
 *     […]                                         the notes
 *     "…"                                         the HTML, as a JSON string
 *
 * so a reader that wants only the record, or only the HTML, parses only its
 * line. The sha256 covers the key, the made-by digest and the three lines,
 * so neither the header nor the body can be changed alone.
 *
 * What the check guarantees: an entry that was truncated, corrupted, or
 * edited by hand (valid JSON or not) without recomputing the sha256 is
 * refused, and an entry made for another version of the briefing, or by
 * other rendering code or another registry, is never read for this one (the
 * key is a sha256 of both). What it does not: someone who can write the cache
 * folder and recomputes the sha256 can still change the words of a page.
 * Markup is checked apart from this (`annotated-html.ts` of the core, which
 * the loader runs on every entry it reuses): nothing the pipeline never
 * writes — a script, an event handler, a `javascript:` link, a style, a
 * comment, an unknown class or id — reaches a page from the cache, whoever
 * wrote the entry.
 */
import { createHash } from 'node:crypto';
import type { AnnotationRecord } from '../core/record.ts';

/** Bumped whenever the layout changes: an entry of another format is a miss. */
const FORMAT = 1;

/** A note as kept with a briefing's record: what the pipeline was unsure about, where. */
export interface StoredNote {
  line: number | null;
  column: number | null;
  reason: string;
  ruleId: string;
  /** An error that fails the build (an unknown id in a correction); the rest are for an editor to check. */
  fatal: boolean;
}

/** What the store keeps for one rendered briefing. */
export interface StoredBriefing {
  record: AnnotationRecord;
  notes: StoredNote[];
  html: string;
}

interface Header {
  format: number;
  /** The briefing version's key: a sha256 of its file and of everything its page depends on. */
  key: string;
  /** A sha256 of the rendering code, registry and settings the entry was made with. */
  made: string;
  /** Over the key, `made` and the three lines that follow the header. */
  sha256: string;
}

/** An entry whose header and sha256 were checked; each part is parsed when first asked for. */
export interface VerifiedEntry {
  made: string;
  record(): AnnotationRecord;
  notes(): StoredNote[];
  html(): string;
}

/** Why an entry found on disk was refused, in words for a build log. */
export type EntryProblem = string;

function checksum(key: string, made: string, body: string): string {
  return createHash('sha256').update(`${key}\n${made}\n`).update(body).digest('hex');
}

export function encodeEntry(key: string, made: string, briefing: StoredBriefing): string {
  const body = `${JSON.stringify(briefing.record)}\n${JSON.stringify(briefing.notes)}\n${JSON.stringify(briefing.html)}\n`;
  const header: Header = { format: FORMAT, key, made, sha256: checksum(key, made, body) };
  return `${JSON.stringify(header)}\n${body}`;
}

function parseHeader(line: string): Header | null {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return null;
    const { format, key, made, sha256 } = value as Record<string, unknown>;
    if (typeof format !== 'number' || typeof key !== 'string' || typeof made !== 'string') return null;
    return typeof sha256 === 'string' ? { format, key, made, sha256 } : null;
  } catch {
    return null;
  }
}

/**
 * The entry in `text` if it is whole, of this format, made for `key`, and its
 * sha256 matches; otherwise why not.
 */
export function decodeEntry(text: string, key: string): VerifiedEntry | EntryProblem {
  const end = text.indexOf('\n');
  const header = end === -1 ? null : parseHeader(text.slice(0, end));
  if (!header) return 'unreadable (no valid header)';
  if (header.format !== FORMAT) return `of another format (${header.format})`;
  if (header.key !== key) return 'made for another version of the briefing';
  const body = text.slice(end + 1);
  if (checksum(key, header.made, body) !== header.sha256) return 'changed since it was written (sha256 mismatch)';
  const lines = body.split('\n');
  // Checked by the sha256 already; a count other than three lines and the final break is a writer's bug.
  if (lines.length !== 4 || lines[3] !== '') return 'unreadable (not three lines)';
  const [record = '', notes = '', html = ''] = lines;
  return {
    made: header.made,
    record: () => JSON.parse(record) as AnnotationRecord,
    notes: () => JSON.parse(notes) as StoredNote[],
    html: () => JSON.parse(html) as string,
  };
}
