/**
 * The plain text of a rendered briefing, with a map back to the tree.
 *
 * Matching and quote finding work on plain strings; this module gives them
 * one string for the whole briefing (blocks separated by a blank line, as in
 * the source) and says, for every character, which text node holds it and
 * whether a link may be made there. Annotation runs on the sanitised tree,
 * so the text is exactly what a reader sees.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { lastStartingAtOrBefore, rangeIndexAt, type Range } from '../text/ranges.ts';

/** Elements whose text is a block of its own: a paragraph, a heading, a list item's own text. */
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'blockquote',
  'div',
  'section',
  'article',
  'aside',
]);

/** Elements whose text never becomes part of a block (preformatted code keeps its text as typed). */
const OPAQUE_TAGS = new Set(['pre', 'script', 'style', 'template', 'svg', 'math']);

/** Elements inside which no link may be made: links cannot nest, code is literal. */
const NO_LINK_TAGS = new Set(['a', 'code', 'kbd', 'samp', 'var', 'button', 'label']);

/** Text stands for an element that has no text (an image): one character, so nothing matches across it. */
export const OBJECT_REPLACEMENT = '\uFFFC';

export const BLOCK_SEPARATOR = '\n\n';

export interface TextSegment {
  node: Text;
  /** Offsets of the node's value in the body text. */
  start: number;
  end: number;
  /** A link may wrap text here (not inside a link or code). */
  linkable: boolean;
}

export interface TextBlock {
  element: Element;
  start: number;
  end: number;
  /** Body-text spans of the inline elements inside the block: no sentence may break inside one. */
  inlineSpans: { start: number; end: number }[];
}

export interface BodyText {
  text: string;
  blocks: TextBlock[];
  segments: TextSegment[];
}

/** An element that stands for one character: it has no text of its own in its block. */
function isPlaceholder(element: Element): boolean {
  return element.tagName === 'img' || OPAQUE_TAGS.has(element.tagName) || BLOCK_TAGS.has(element.tagName);
}

/**
 * How many characters of the body text a node inside a block stands for.
 * Iterative, so deeply nested markup cannot overflow the call stack.
 */
export function textLength(node: ElementContent | RootContent): number {
  let length = 0;
  const stack: (ElementContent | RootContent)[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current?.type === 'text') length += current.value.length;
    else if (current?.type === 'element') {
      if (current.tagName === 'br' || isPlaceholder(current)) length += 1;
      // Not `push(...children)`: a spread of 100,000 arguments overflows the stack.
      else for (const child of current.children) stack.push(child);
    }
  }
  return length;
}

/**
 * Collect the blocks of `tree` in document order. Iterative (explicit
 * stacks), so deeply nested elements cannot overflow the call stack.
 */
export function bodyTextOf(tree: Root): BodyText {
  const parts: string[] = [];
  const blocks: TextBlock[] = [];
  const segments: TextSegment[] = [];
  let offset = 0;

  /** Read a block's own text; returns the blocks nested in it, to be read next. */
  const readBlock = (element: Element): Element[] => {
    const start = offset + (blocks.length > 0 ? BLOCK_SEPARATOR.length : 0);
    let cursor = start;
    const pieces: string[] = [];
    const own: TextSegment[] = [];
    const nested: Element[] = [];
    const inlineSpans: TextBlock['inlineSpans'] = [];
    // An `opened` item marks where an inline element started; popping it closes its span.
    const stack: ({ node: ElementContent; linkable: boolean } | { opened: number })[] = [];
    const pushChildren = (children: ElementContent[], linkable: boolean) => {
      for (let index = children.length - 1; index >= 0; index--) {
        const child = children[index];
        if (child) stack.push({ node: child, linkable });
      }
    };
    pushChildren(element.children, true);
    while (stack.length > 0) {
      const item = stack.pop();
      if (!item) break;
      if ('opened' in item) {
        if (cursor > item.opened) inlineSpans.push({ start: item.opened, end: cursor });
        continue;
      }
      const { node, linkable } = item;
      if (node.type === 'text') {
        pieces.push(node.value);
        own.push({ node, start: cursor, end: cursor + node.value.length, linkable });
        cursor += node.value.length;
      } else if (node.type === 'element') {
        if (node.tagName === 'br') {
          pieces.push('\n');
          cursor += 1;
        } else if (isPlaceholder(node)) {
          if (BLOCK_TAGS.has(node.tagName)) nested.push(node);
          pieces.push(OBJECT_REPLACEMENT);
          cursor += OBJECT_REPLACEMENT.length;
        } else {
          stack.push({ opened: cursor });
          pushChildren(node.children, linkable && !NO_LINK_TAGS.has(node.tagName));
        }
      }
    }
    const text = pieces.join('');
    // A block with no text of its own (a list item holding paragraphs) adds nothing.
    if (text.replaceAll(OBJECT_REPLACEMENT, '').trim() !== '') {
      if (blocks.length > 0) parts.push(BLOCK_SEPARATOR);
      parts.push(text);
      blocks.push({ element, start, end: cursor, inlineSpans });
      for (const segment of own) segments.push(segment);
      offset = cursor;
    }
    return nested;
  };

  const stack: Element[] = [];
  const pushElements = (children: (RootContent | ElementContent)[]) => {
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child?.type === 'element' && !OPAQUE_TAGS.has(child.tagName)) stack.push(child);
    }
  };
  pushElements(tree.children);
  while (stack.length > 0) {
    const element = stack.pop();
    if (!element) break;
    if (BLOCK_TAGS.has(element.tagName)) pushElements(readBlock(element));
    else pushElements(element.children);
  }
  return { text: parts.join(''), blocks, segments };
}

/** A link may wrap `range`: one text node holds all of it, outside any link or code. */
export function isLinkable(segments: readonly TextSegment[], range: Range): boolean {
  const segment = segments[rangeIndexAt(segments, range.start)];
  return segment !== undefined && range.end <= segment.end && segment.linkable;
}

/**
 * `items`, sorted by start, split by block: each block takes the items that
 * start before its end and after the previous block's. One pass, however
 * many blocks and items.
 */
export function itemsByBlock<T extends { start: number }>(
  blocks: readonly TextBlock[],
  items: readonly T[],
): { block: TextBlock; items: T[] }[] {
  let cursor = 0;
  return blocks.map((block) => {
    const from = cursor;
    while (cursor < items.length && (items[cursor]?.start ?? Infinity) < block.end) cursor++;
    return { block, items: items.slice(from, cursor) };
  });
}

/**
 * The source position of a body-text offset, for messages: the text node's
 * position plus the distance into it (exact where the node's text is written
 * on one line without escapes, as briefing prose is). An empty text node
 * holds no character, but an offset right at it still takes its position.
 */
export function pointAt(body: BodyText, offset: number): { line: number; column: number } | undefined {
  const segment = body.segments[lastStartingAtOrBefore(body.segments, offset)];
  if (!segment) return undefined;
  const holds = offset < segment.end || (segment.start === segment.end && segment.start === offset);
  const start = segment.node.position?.start;
  if (!holds || !start) return undefined;
  const before = segment.node.value.slice(0, offset - segment.start);
  const lines = before.split('\n');
  return lines.length === 1
    ? { line: start.line, column: start.column + before.length }
    : { line: start.line + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
}
