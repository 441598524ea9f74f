/**
 * Wrapping ranges of a block's text in new elements: a sentence in a
 * `<span>`, a quotation in a `<q>`, a mention in an `<a>`.
 *
 * A range is wrapped where it starts and ends between nodes or inside text
 * (text nodes are split there); a range inside one element is wrapped inside
 * it. A range that would cut an element in two cannot become well-formed
 * HTML and is returned unwrapped, for the caller to report.
 */
import type { Element, ElementContent } from 'hast';
import { textLength } from './hast-text.ts';

export interface WrapRange {
  /** Offsets in the body text. */
  start: number;
  end: number;
  /** Build the wrapper around the nodes the range covers. */
  wrap(children: ElementContent[]): Element;
}

/** Offsets of each child of a parent, from the parent's start. */
function childSpans(children: readonly ElementContent[], parentStart: number): { start: number; end: number }[] {
  let cursor = parentStart;
  return children.map((child) => {
    const start = cursor;
    cursor += textLength(child);
    return { start, end: cursor };
  });
}

/** Split text children at every range boundary that falls inside one. */
function splitAtBoundaries(parent: Element, parentStart: number, boundaries: readonly number[]): void {
  const spans = childSpans(parent.children, parentStart);
  const children: ElementContent[] = [];
  let next = 0;
  parent.children.forEach((child, index) => {
    const span = spans[index];
    if (!span) return;
    while (next < boundaries.length && (boundaries[next] ?? 0) <= span.start) next++;
    if (child.type !== 'text') {
      children.push(child);
      return;
    }
    let from = span.start;
    while (next < boundaries.length && (boundaries[next] ?? Infinity) < span.end) {
      const cut = boundaries[next] ?? span.end;
      children.push({ type: 'text', value: child.value.slice(from - span.start, cut - span.start) });
      from = cut;
      next++;
    }
    children.push(
      from === span.start
        ? child
        : { type: 'text', value: child.value.slice(from - span.start, span.end - span.start) },
    );
  });
  parent.children = children;
}

/**
 * Wrap `ranges` (disjoint) inside `block`, whose text starts at `blockStart`.
 * Returns the ranges that could not be wrapped.
 */
export function wrapRanges(block: Element, blockStart: number, ranges: readonly WrapRange[]): WrapRange[] {
  const failed: WrapRange[] = [];
  const work: { parent: Element; start: number; ranges: WrapRange[] }[] = [
    { parent: block, start: blockStart, ranges: [...ranges].sort((a, b) => a.start - b.start) },
  ];
  while (work.length > 0) {
    const item = work.pop();
    if (!item) break;
    const { parent, start } = item;
    const boundaries = [...new Set(item.ranges.flatMap((range) => [range.start, range.end]))].sort((a, b) => a - b);
    splitAtBoundaries(parent, start, boundaries);
    const spans = childSpans(parent.children, start);
    const children: ElementContent[] = [];
    const inside = new Map<Element, WrapRange[]>();
    let childIndex = 0;
    for (const range of item.ranges) {
      // Children before the range stay as they are.
      while (childIndex < spans.length && (spans[childIndex]?.end ?? 0) <= range.start) {
        const child = parent.children[childIndex];
        if (child) children.push(child);
        childIndex++;
      }
      const span = spans[childIndex];
      const child = parent.children[childIndex];
      if (!span || !child) {
        failed.push(range);
        continue;
      }
      if (child.type === 'element' && span.start <= range.start && range.end <= span.end && span.start < span.end) {
        // Entirely inside one element: wrap it in there (a later range may share it).
        const shared = inside.get(child);
        if (shared) shared.push(range);
        else inside.set(child, [range]);
        continue;
      }
      if (span.start !== range.start) {
        failed.push(range);
        continue;
      }
      let last = childIndex;
      while (last < spans.length && (spans[last]?.end ?? Infinity) < range.end) last++;
      if (spans[last]?.end !== range.end) {
        failed.push(range);
        continue;
      }
      children.push(range.wrap(parent.children.slice(childIndex, last + 1)));
      childIndex = last + 1;
    }
    // A loop, not `push(...rest)`: a block of 100,000 nodes would overflow the stack as arguments.
    for (let index = childIndex; index < parent.children.length; index++) {
      const child = parent.children[index];
      if (child) children.push(child);
    }
    parent.children = children;
    childSpans(children, start).forEach((span, index) => {
      const child = children[index];
      const nested = child?.type === 'element' ? inside.get(child) : undefined;
      if (child?.type === 'element' && nested) work.push({ parent: child, start: span.start, ranges: nested });
    });
  }
  return failed;
}
