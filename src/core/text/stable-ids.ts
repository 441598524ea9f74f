/**
 * Stable ids for anchors: a short hash of the text an element holds, so a
 * sentence or a quote keeps its permalink when the rest of the briefing
 * changes. Repeats in one briefing get `-2`, `-3`… in text order.
 */
import { createHash } from 'node:crypto';

export function stableIds(prefix: string, texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const digest = createHash('sha256').update(text.normalize('NFC')).digest('hex').slice(0, 8);
    const count = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, count);
    return count === 1 ? `${prefix}-${digest}` : `${prefix}-${digest}-${count}`;
  });
}
