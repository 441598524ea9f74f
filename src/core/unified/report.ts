/**
 * What the annotation plugins were unsure about, as vfile messages placed at
 * the line and column in the source file that a body-text offset maps to.
 */
import type { VFile } from 'vfile';
import { pointAt, type BodyText } from './hast-text.ts';

export function reportAt(file: VFile, body: BodyText, offset: number, reason: string, ruleId: string): void {
  const place = pointAt(body, offset);
  file.message(reason, { ...(place ? { place } : {}), ruleId, source: 'annotated-briefings' });
}
