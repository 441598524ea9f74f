/**
 * What the annotation plugins were unsure about, as vfile messages placed at
 * the line and column in the source file that a body-text offset maps to,
 * and the one way they are printed.
 */
import type { VFile } from 'vfile';
import { pointAt, type BodyText } from './hast-text.ts';

export function reportAt(file: VFile, body: BodyText, offset: number, reason: string, ruleId: string): void {
  const place = pointAt(body, offset);
  file.message(reason, { ...(place ? { place } : {}), ruleId, source: 'annotated-briefings' });
}

/** A note as the build and `npm run annotate` print it: `file:line:column: reason [rule]`. */
export function formatNote(
  file: string,
  note: {
    line?: number | null | undefined;
    column?: number | null | undefined;
    reason: string;
    ruleId?: string | null | undefined;
  },
): string {
  const place = note.line ? `:${note.line}:${note.column ?? 1}` : '';
  return `${file}${place}: ${note.reason} [${note.ruleId ?? 'annotation'}]`;
}
