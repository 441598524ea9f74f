/**
 * How a correction's words are found again in the sanitised HTML tree.
 *
 * The remark stage replaces a correction link by its words, but rehype-raw
 * re-parses the tree and merges neighbouring text nodes, so no node or
 * position says afterwards where the words were. So the words are framed by
 * Unicode noncharacters (U+FDD0–U+FDEF, which Unicode reserves for a
 * program's internal use and which never belong in text): an opening mark
 * with the correction's index in hexadecimal digits, and a closing mark. The
 * first rehype step after the sanitiser takes them out again, before any
 * step reads the text.
 */

const OPEN = '\uFDD0';
const INDEX_END = '\uFDD1';
const CLOSE = '\uFDD2';
const DIGIT_ZERO = 0xfde0;

/** Every character the marks use, and any other noncharacter of the block (a body may contain them). */
export const MARK_CHARACTERS = /[\uFDD0-\uFDEF]/g;
export const HAS_MARK_CHARACTER = /[\uFDD0-\uFDEF]/;

export function openMark(index: number): string {
  const digits = [...index.toString(16)].map((digit) => String.fromCharCode(DIGIT_ZERO + parseInt(digit, 16)));
  return `${OPEN}${digits.join('')}${INDEX_END}`;
}

export const closeMark = CLOSE;

/** A mark found in a text: an opening one (with its correction's index) or a closing one, at `at` in the text without marks. */
export type FoundMark = { open: number; at: number } | { close: true; at: number };

const MARK = /\uFDD0([\uFDE0-\uFDEF]+)\uFDD1|\uFDD2/g;

/** `text` without its marks, and the marks with their offsets in that text. */
export function takeMarks(text: string): { text: string; marks: FoundMark[] } {
  const marks: FoundMark[] = [];
  let clean = '';
  let last = 0;
  for (const match of text.matchAll(MARK)) {
    clean += text.slice(last, match.index);
    last = match.index + match[0].length;
    const digits = match[1];
    if (digits === undefined) marks.push({ close: true, at: clean.length });
    else {
      const hex = [...digits].map((digit) => (digit.charCodeAt(0) - DIGIT_ZERO).toString(16)).join('');
      marks.push({ open: parseInt(hex, 16), at: clean.length });
    }
  }
  return { text: clean + text.slice(last), marks };
}
