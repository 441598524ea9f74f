/**
 * The stretches of body text a speech quotation covers on the page: each of
 * its spans widened to take in its quote marks. Sentences keep them whole and
 * the quotation markup wraps them, so both read them from here.
 */
import type { QuoteKind, QuotePart } from '../quotes/index.ts';
import type { Range } from '../text/ranges.ts';

/** Characters that open or close a quotation, kept inside its `<q>`. */
const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』']);

/** Spaces a quote mark may stand apart by: `« Nous restons »`, with French (narrow) no-break spaces too. */
const INNER_SPACE = /[ \u00A0\u202F]/u;

/**
 * A span widened to take in its quote marks (`''` typed for a double mark counts as one), and the
 * spaces between a mark and the words when they are spaced out.
 */
function withMarks(text: string, span: Range): Range {
  let start = span.start;
  while (INNER_SPACE.test(text.charAt(start - 1))) start--;
  start -= text.slice(start - 2, start) === "''" ? 2 : QUOTE_MARKS.has(text[start - 1] ?? '') ? 1 : 0;
  let end = span.end;
  while (INNER_SPACE.test(text.charAt(end))) end++;
  end += text.slice(end, end + 2) === "''" ? 2 : QUOTE_MARKS.has(text[end] ?? '') ? 1 : 0;
  // Spaces with no mark beyond them are not the quotation's.
  return {
    start: QUOTE_MARKS.has(text.charAt(start)) ? start : span.start,
    end: QUOTE_MARKS.has(text.charAt(end - 1)) ? end : span.end,
  };
}

/** What a span needs of its quotation: found (`Quote`) or recorded (`QuoteRecord`). */
interface QuoteLike extends Range {
  kind: QuoteKind;
  parts?: readonly QuotePart[];
}

/** One span of a speech quotation, marks included. */
export interface QuoteSpan<Q> extends Range {
  quote: Q;
  /** The first span carries the quotation's permalink id. */
  first: boolean;
}

/** The spans of the speech quotations in `quotes`, marks included, in text order. */
export function speechSpans<Q extends QuoteLike>(text: string, quotes: readonly Q[]): QuoteSpan<Q>[] {
  const spans: QuoteSpan<Q>[] = [];
  for (const quote of quotes) {
    if (quote.kind !== 'speech') continue;
    [{ start: quote.start, end: quote.end }, ...(quote.parts ?? [])].forEach((span, index) => {
      spans.push({ ...withMarks(text, span), quote, first: index === 0 });
    });
  }
  return spans.sort((a, b) => a.start - b.start);
}
