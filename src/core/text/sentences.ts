/**
 * Sentences of a block of text, for stable sentence anchors.
 *
 * Segmentation is ICU's (Intl.Segmenter, Unicode UAX #29), with two
 * corrections news text needs: no break after a title or an initialism
 * (`Mr. Smith`, `the U.S. Army`), and no break inside a span that must stay
 * whole (a quotation, an emphasised phrase), so every quote and every
 * inline element sits inside one sentence.
 */
import { ABBREVIATIONS, SENTENCE_ENDING_ABBREVIATIONS } from './lexicon.ts';
import type { Range } from './ranges.ts';
import { stableIds } from './stable-ids.ts';

export interface Sentence extends Range {
  /** `s-` and eight hex digits of the sentence's text: the same sentence keeps its anchor when others change. */
  id: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const SPACE = /\s/u;

/**
 * The segment's last word, the word before it and the whitespace after it.
 * Read backwards from the end: a regular expression anchored at `$` is tried
 * from every position of the segment, and this runs on every sentence break.
 */
function lastWords(segment: string): { before: string; last: string; after: string } {
  const trimmed = segment.trimEnd();
  let lastStart = trimmed.length;
  while (lastStart > 0 && !SPACE.test(trimmed.charAt(lastStart - 1))) lastStart--;
  let beforeEnd = lastStart;
  while (beforeEnd > 0 && SPACE.test(trimmed.charAt(beforeEnd - 1))) beforeEnd--;
  let beforeStart = beforeEnd;
  while (beforeStart > 0 && !SPACE.test(trimmed.charAt(beforeStart - 1))) beforeStart--;
  return {
    before: trimmed.slice(beforeStart, beforeEnd),
    last: trimmed.slice(lastStart),
    after: segment.slice(trimmed.length),
  };
}

/**
 * The segment ends in an abbreviation or an initialism (`U.S.`, `J.`), not a
 * sentence. Never at the end of a line: a paragraph does not run on into the
 * next. `X` after `on` or `via` is the platform (`posted on X.`), not an initial.
 */
function endsInAbbreviation(segment: string): boolean {
  const { before, last, after } = lastWords(segment);
  if (!last.endsWith('.') || after.includes('\n')) return false;
  const word = last.slice(0, -1).replace(/^[("“‘'[]+/u, '');
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return !SENTENCE_ENDING_ABBREVIATIONS.has(lower);
  if (word === 'X' && /^(?:on|via)$/iu.test(before)) return false;
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/**
 * Split `text.slice(start, end)` into sentences, with offsets in `text`.
 * `keepWhole` ranges (sorted or not) never contain a sentence break.
 */
export function splitSentences(text: string, start: number, end: number, keepWhole: readonly Range[] = []): Range[] {
  const breaks: number[] = [];
  for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
    if (index === 0) continue;
    const previous = text.slice(start + (breaks.at(-1) ?? 0), start + index);
    if (endsInAbbreviation(previous) && /^\p{Lu}/u.test(segment)) continue;
    breaks.push(index);
  }
  const inside = keepWhole.filter((range) => range.end > start && range.start < end).sort((a, b) => a.start - b.start);
  const kept: number[] = [];
  let cursor = 0;
  for (const relative of breaks) {
    const position = start + relative;
    while (cursor < inside.length && (inside[cursor]?.end ?? 0) <= position) cursor++;
    // Ranges may overlap: look at every range that starts before the break.
    let blocked = false;
    for (let index = cursor; index < inside.length; index++) {
      const range = inside[index];
      if (!range || range.start >= position) break;
      if (range.end > position) {
        blocked = true;
        break;
      }
    }
    if (!blocked) kept.push(position);
  }
  const bounds = [start, ...kept, end];
  const sentences: Range[] = [];
  for (let index = 0; index + 1 < bounds.length; index++) {
    const from = bounds[index] ?? start;
    const to = bounds[index + 1] ?? end;
    // Trailing whitespace belongs to no sentence.
    const trimmed = from + text.slice(from, to).trimEnd().length;
    if (trimmed > from) sentences.push({ start: from, end: trimmed });
  }
  return sentences;
}

/** Stable ids: a hash of the sentence text, with `-2`, `-3`… for repeats in one briefing. */
export function sentenceIds(text: string, ranges: readonly Range[]): Sentence[] {
  const ids = stableIds(
    's',
    ranges.map((range) => text.slice(range.start, range.end)),
  );
  return ranges.map((range, index) => ({ ...range, id: ids[index] ?? '' }));
}
