/**
 * The stretches of body text a speech quotation covers on the page: each of
 * its spans widened to take in its quote marks. Sentences keep them whole and
 * the quotation markup wraps them, so both read them from here.
 */
import type { QuoteKind, QuotePart } from '../quotes/index.ts';
import type { Range } from '../text/ranges.ts';

/** Characters that open or close a quotation, kept inside its `<q>`. */
const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›']);

/** A span widened to take in its quote marks (`''` typed for a double mark counts as one). */
function withMarks(text: string, span: Range): Range {
  const markBefore = (at: number) =>
    text.slice(at - 2, at) === "''" ? 2 : QUOTE_MARKS.has(text[at - 1] ?? '') ? 1 : 0;
  const markAfter = (at: number) => (text.slice(at, at + 2) === "''" ? 2 : QUOTE_MARKS.has(text[at] ?? '') ? 1 : 0);
  return { start: span.start - markBefore(span.start), end: span.end + markAfter(span.end) };
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
