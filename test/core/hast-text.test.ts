/**
 * The lookups over a briefing's body text: which text node holds an offset
 * (for links and for the source positions of messages) and which block an
 * item falls in, on hand-made segments and blocks, so that empty text nodes
 * and gaps between nodes are covered.
 */
import type { Text } from 'hast';
import { describe, expect, test } from 'vitest';
import {
  isLinkable,
  itemsByBlock,
  pointAt,
  type BodyText,
  type TextBlock,
  type TextSegment,
} from '../../src/core/unified/hast-text.ts';

function segment(start: number, value: string, line: number, column: number, linkable = true): TextSegment {
  const node: Text = {
    type: 'text',
    value,
    position: { start: { line, column }, end: { line, column: column + value.length } },
  };
  return { node, start, end: start + value.length, linkable };
}

// `Iran spoke` on line 3, a placeholder (an image) at 10, an empty text node at 11,
// `in code` (not linkable) at 11–18 on line 4, then a line break inside `a\nb` at 19.
const segments = [
  segment(0, 'Iran spoke', 3, 1),
  segment(11, '', 3, 14),
  segment(11, 'in code', 4, 2, false),
  segment(19, 'a\nb', 5, 1),
];
const body: BodyText = { text: 'Iran spoke\uFFFCin code a\nb', blocks: [], segments };

describe('isLinkable', () => {
  test.each([
    ['inside one linkable node', { start: 0, end: 4 }, true],
    ['to the end of the node', { start: 5, end: 10 }, true],
    ['across two nodes', { start: 5, end: 12 }, false],
    ['inside code', { start: 11, end: 13 }, false],
    ['at a placeholder', { start: 10, end: 11 }, false],
    ['past the text', { start: 30, end: 31 }, false],
  ])('%s', (_, range, expected) => {
    expect(isLinkable(segments, range)).toBe(expected);
  });
});

describe('pointAt', () => {
  test.each([
    ['the first character', 0, { line: 3, column: 1 }],
    ['inside a node', 5, { line: 3, column: 6 }],
    ['a placeholder: no text node holds it', 10, undefined],
    ['the start of a node after an empty one', 11, { line: 4, column: 2 }],
    ['after a line break inside a node', 21, { line: 6, column: 1 }],
    ['past the text', 40, undefined],
  ])('%s', (_, offset, expected) => {
    expect(pointAt(body, offset)).toEqual(expected);
  });

  test('an offset right at an empty text node, with no text there, takes its position', () => {
    const empty = { text: 'ab\uFFFC', blocks: [], segments: [segment(0, 'ab', 1, 1), segment(2, '', 1, 3)] };
    expect(pointAt(empty, 2)).toEqual({ line: 1, column: 3 });
    expect(pointAt(empty, 3)).toBeUndefined();
  });
});

describe('itemsByBlock', () => {
  const block = (start: number, end: number): TextBlock => ({
    element: { type: 'element', tagName: 'p', properties: {}, children: [] },
    start,
    end,
    inlineSpans: [],
  });

  test('each block takes the items that start before its end, in one pass', () => {
    const blocks = [block(0, 10), block(12, 20), block(22, 30)];
    const items = [{ start: 0 }, { start: 9 }, { start: 11 }, { start: 25 }, { start: 31 }];
    expect(
      itemsByBlock(blocks, items).map(({ block, items }) => [block.start, items.map(({ start }) => start)]),
    ).toEqual([
      [0, [0, 9]],
      [12, [11]],
      [22, [25]],
    ]);
  });
});
