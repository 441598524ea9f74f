/**
 * Ranges of text offsets and the one search over sorted ranges that the
 * core needs: every list it searches (sentences, text segments, mentions)
 * is sorted by start, so a lookup is a binary search.
 */

/** Offsets into one text: `start` inclusive, `end` exclusive. */
export interface Range {
  start: number;
  end: number;
}

/**
 * The index of the last item whose start is at or before `offset`, in items
 * sorted by start; -1 when every item starts after it.
 */
export function lastStartingAtOrBefore(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle]?.start ?? Infinity) <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** The index of the range that holds `offset`, in disjoint ranges sorted by start; -1 if none does. */
export function rangeIndexAt(ranges: readonly Range[], offset: number): number {
  const index = lastStartingAtOrBefore(ranges, offset);
  const range = ranges[index];
  return range !== undefined && offset < range.end ? index : -1;
}
