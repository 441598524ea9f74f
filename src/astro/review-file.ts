/**
 * The review file: every briefing's outstanding notes and the last build's
 * annotation changes, written by the briefings loader beside the content
 * store (`<cacheDir>/annotation-review.json`) and read by `npm run review`.
 *
 * The notes come from each briefing's entry in the annotation store, so a warm build that
 * re-renders nothing still lists every note of the archive.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnotationChange } from '../core/unified/annotation-changes.ts';
import type { StoredNote } from '../store/entry.ts';

export type { StoredNote } from '../store/entry.ts';

export const REVIEW_FILE = 'annotation-review.json';

export interface BriefingNotes {
  briefing: string;
  file: string;
  notes: StoredNote[];
}

export interface BriefingChanges {
  briefing: string;
  file: string;
  changes: AnnotationChange[];
}

export interface ReviewFile {
  /** Every briefing with a note, by file. */
  notes: BriefingNotes[];
  /** What the last build that re-rendered a briefing changed in its annotations, by file. */
  changes: BriefingChanges[];
}

export function storedNote(message: {
  line?: number | null | undefined;
  column?: number | null | undefined;
  reason: string;
  ruleId?: string | null | undefined;
  fatal?: boolean | null | undefined;
}): StoredNote {
  return {
    line: message.line ?? null,
    column: message.column ?? null,
    reason: message.reason,
    ruleId: message.ruleId ?? 'annotation',
    fatal: message.fatal === true,
  };
}

export async function readReviewFile(file: string | URL): Promise<ReviewFile | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ReviewFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function writeReviewFile(file: string | URL, review: ReviewFile): Promise<void> {
  const where = file instanceof URL ? fileURLToPath(file) : file;
  await mkdir(path.dirname(where), { recursive: true });
  await writeFile(where, `${JSON.stringify(review, null, 1)}\n`);
}
