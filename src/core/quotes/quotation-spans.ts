/**
 * Balanced quote spans in plain text, in one left-to-right pass with a stack
 * of open marks: strictly linear on any input (every mark is pushed and popped
 * at most once, every span is stored and dropped at most once), with no
 * regular expression over the whole text and no recursion.
 *
 * Blocks (paragraphs) are separated by a blank line. A quote never crosses a
 * block, except by the journalistic convention: a paragraph that leaves a
 * quote open and a next paragraph that opens with a quote mark continue one
 * quotation. Nested quotes belong to the quote around them; when the outer
 * mark turns out to be unbalanced, the quotes inside it stand on their own.
 */
import type { Range } from '../text/ranges.ts';
import { closingGlyph, MARK_FAMILIES, quoteMarkAt, type MarkFamily, type QuoteMark } from './marks.ts';
import type { QuoteDiagnostic } from './types.ts';

/**
 * A span of quoted content, without its marks and without spaces just inside
 * them (`“ We are here ”` quotes `We are here`); `outer` runs from the
 * opening mark to past the closing one (to the content's end when a
 * paragraph break, not a mark, ends it).
 */
export interface QuotedSpan extends Range {
  outer: Range;
}

/** One quotation as marks delimit it: one span, or one per paragraph it runs across. */
export interface FoundQuotation {
  spans: readonly [QuotedSpan, ...QuotedSpan[]];
}

export interface FoundQuotations {
  /** In text order; top-level only (nested quotes are inside these). */
  quotations: FoundQuotation[];
  diagnostics: QuoteDiagnostic[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whether the code unit at `at` is a letter or digit. Called on every
 * character of a briefing: ASCII, most of English news, is classified by
 * its code without a regular expression.
 */
function isWordCharAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return WORD_CHAR.test(text.charAt(at));
}

/** The ASCII characters the scan stops at: a newline (a paragraph may end) and the straight quote marks. */
const ASCII_STOPS = new Set(['\n', '"', "'"].map((char) => char.charCodeAt(0)));

/** What the scan does at an ASCII character: nothing, note a letter or digit, or stop to look closer. */
const PASS = 0;
const WORD = 1;
const STOP = 2;

/** Each ASCII character's kind, by its code: most characters need no more than one look in this table. */
const ASCII_KINDS = Uint8Array.from({ length: 0x80 }, (_, code) =>
  ASCII_STOPS.has(code) ? STOP : isWordCharAt(String.fromCharCode(code), 0) ? WORD : PASS,
);

/**
 * Past this many unbalanced marks, one diagnostic stands for the rest: a
 * megabyte of stray marks should not become a million messages.
 */
const MAX_MARK_DIAGNOSTICS = 100;

interface OpenMark {
  offset: number;
  family: MarkFamily;
  glyph: string;
  soft: boolean;
  /**
   * Its context says it opens (`said “We`), rather than only that nothing
   * was open (`M"><img`): only such a mark, left open, runs to the paragraph's end.
   */
  clear: boolean;
  /** How many finished quotations existed when this opened: the ones after it are nested inside it. */
  firstInner: number;
  /** The spans of the earlier paragraphs when this mark continues a quotation across a break. */
  run: QuotedSpan[];
  /** The mark that opened the run in its first paragraph. */
  runOffset: number;
}

/**
 * Where the paragraph break at `at` ends, or -1 when there is none: a line
 * break, optional spaces or tabs, and another line break.
 */
function paragraphBreakEnd(text: string, at: number): number {
  if (text.charAt(at) !== '\n') return -1;
  let i = at + 1;
  while (text.charAt(i) === ' ' || text.charAt(i) === '\t') i++;
  return text.charAt(i) === '\n' ? i + 1 : -1;
}

const SPACE = /\s/u;

/**
 * `Wilkins said," [Warhol] liked …"`: a straight mark typed after the comma
 * that introduces a quote, with the space on its wrong side. It reads as a
 * closing mark; with no quote open, it can only open one.
 */
function isMisplacedOpening(text: string, at: number, mark: QuoteMark): boolean {
  if (mark.glyph !== '"' || mark.role !== 'close') return false;
  const before = text.charAt(at - 1);
  return (before === ',' || before === ':') && text.charAt(at + 1) === ' ';
}

class QuotationScanner {
  readonly quotations: FoundQuotation[] = [];
  readonly diagnostics: QuoteDiagnostic[] = [];
  private readonly stack: OpenMark[] = [];
  private readonly openCount = Object.fromEntries(MARK_FAMILIES.map((family) => [family, 0])) as Record<
    MarkFamily,
    number
  >;
  private unbalanced = 0;
  /** The offset of the latest letter or digit: a quote with none since its opening mark quotes nothing. */
  private lastWordChar = -1;
  private firstElided = -1;
  /** Set at a paragraph break: the opening mark at this offset continues the quotation left open. */
  private continuation: { at: number; run: QuotedSpan[]; firstInner: number; runOffset: number } | null = null;
  /**
   * A quotation left open at the end of its paragraph, which ran to that end:
   * a closing mark with no opening one in the next paragraph ends it there
   * (`“I think … game.` / `It was … better.”`); anything else keeps it as it is.
   */
  private unclosed: { run: QuotedSpan[]; family: MarkFamily; blockStart: number } | null = null;

  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  run(): FoundQuotations {
    const { text } = this;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // Most characters are ASCII that neither breaks a paragraph nor marks a quote: nothing more to ask.
      const kind = code < 0x80 ? ASCII_KINDS[code] : STOP;
      if (kind === WORD) this.lastWordChar = i;
      if (kind !== STOP) continue;
      const breakEnd = paragraphBreakEnd(text, i);
      if (breakEnd >= 0) {
        this.endBlock(i, breakEnd);
        i = breakEnd - 1;
        continue;
      }
      const mark = quoteMarkAt(text, i);
      if (mark === null) {
        if (isWordCharAt(text, i)) this.lastWordChar = i;
        continue;
      }
      const role =
        mark.role === 'either' || isMisplacedOpening(text, i, mark)
          ? this.openCount[mark.family] > 0
            ? 'close'
            : 'open'
          : mark.role;
      if (role === 'open') this.open(i, mark);
      else this.close(i, mark);
      i += mark.glyph.length - 1;
    }
    this.endBlock(text.length, text.length);
    this.settleUnclosed();
    if (this.firstElided >= 0) {
      this.diagnostics.push({
        offset: this.firstElided,
        message: `${this.unbalanced - MAX_MARK_DIAGNOSTICS} more unbalanced quote marks from here on are not listed`,
        ruleId: 'quote-marks-elided',
      });
    }
    // At most MAX_MARK_DIAGNOSTICS + 1 of them: sorting costs nothing that grows with the text.
    this.diagnostics.sort((a, b) => a.offset - b.offset);
    return { quotations: this.quotations, diagnostics: this.diagnostics };
  }

  private open(offset: number, { family, soft, glyph, role }: QuoteMark): void {
    this.settleUnclosed();
    const continued = this.continuation?.at === offset ? this.continuation : null;
    this.continuation = null;
    this.stack.push({
      offset,
      family,
      glyph,
      soft,
      clear: role === 'open',
      firstInner: continued ? continued.firstInner : this.quotations.length,
      run: continued ? continued.run : [],
      runOffset: continued ? continued.runOffset : offset,
    });
    this.openCount[family]++;
  }

  private close(offset: number, { family, soft, glyph }: QuoteMark): void {
    if (this.openCount[family] === 0) {
      const unclosed = this.unclosed;
      if (unclosed?.family === family && !soft && this.lastWordChar > unclosed.blockStart) {
        this.unclosed = null;
        const span = this.quoted({ offset: unclosed.blockStart, glyph: '' }, offset, offset + glyph.length);
        const [first, ...rest] = unclosed.run;
        if (first) this.quotations.push({ spans: [first, ...rest, span] });
        return;
      }
      if (!soft) this.report(offset, `Closing ${glyph} has no opening mark before it`, 'quote-unopened');
      return;
    }
    // Marks of the other family left open inside this quote were apostrophes or strays.
    let top = this.pop();
    while (top.family !== family) {
      this.abandon(top);
      top = this.pop();
    }
    const span = this.quoted(top, offset, offset + glyph.length);
    // Quotes nested inside this one are part of it.
    this.quotations.length = top.firstInner;
    // `""` or `“ ‘ ”` quotes nothing. Checked in constant time: slicing each nested span would be quadratic.
    if (this.lastWordChar < span.start && top.run.length === 0) return;
    const [first, ...rest] = top.run;
    this.quotations.push({ spans: first ? [first, ...rest, span] : [span] });
  }

  /**
   * The span between an opening mark and `close`, trimmed of spaces; each
   * space is trimmed for at most one span, so this stays linear.
   */
  private quoted(open: Pick<OpenMark, 'offset' | 'glyph'>, close: number, outerEnd: number): QuotedSpan {
    let start = open.offset + open.glyph.length;
    let end = close;
    while (start < end && SPACE.test(this.text.charAt(start))) start++;
    while (end > start && SPACE.test(this.text.charAt(end - 1))) end--;
    return { start, end, outer: { start: open.offset, end: outerEnd } };
  }

  private pop(): OpenMark {
    const top = this.stack.pop();
    if (top === undefined) throw new Error('quotation spans: popped an empty stack');
    this.openCount[top.family]--;
    return top;
  }

  private endBlock(end: number, nextStart: number): void {
    this.settleUnclosed();
    const [bottom, ...inner] = this.stack;
    if (bottom === undefined) return;
    const next = this.nextBlockOpening(nextStart, bottom.family);
    const worded = this.lastWordChar > bottom.offset;
    const continued = next >= 0 && worded;
    // Reported in text order, so the first hundred listed are the first hundred in the text.
    for (const mark of continued ? inner : this.stack) this.abandon(mark);
    this.stack.length = 0;
    for (const family of MARK_FAMILIES) this.openCount[family] = 0;
    // An opening mark with quotations closed after it was a stray: those stand on their own.
    if (!continued && (!bottom.clear || bottom.soft || !worded || this.quotations.length > bottom.firstInner)) return;
    // The run's array is this quotation's alone: extended in place, so a long run stays linear.
    bottom.run.push(this.quoted(bottom, end, end));
    if (continued) {
      this.continuation = { at: next, run: bottom.run, firstInner: bottom.firstInner, runOffset: bottom.runOffset };
      return;
    }
    // Left open: the quotation runs to the paragraph's end (and is still reported as unclosed).
    this.unclosed = { run: bottom.run, family: bottom.family, blockStart: nextStart };
  }

  /** A quotation left open at the end of the paragraph before, kept as it ran: nothing in this one ends it. */
  private settleUnclosed(): void {
    const unclosed = this.unclosed;
    if (unclosed === null) return;
    this.unclosed = null;
    const [first, ...rest] = unclosed.run;
    if (first) this.quotations.push({ spans: [first, ...rest] });
  }

  /** The offset of the opening mark that starts the next block, if it is of `family`. */
  private nextBlockOpening(start: number, family: MarkFamily): number {
    let i = start;
    while (i < this.text.length && /[ \t\n]/u.test(this.text.charAt(i))) i++;
    const mark = i < this.text.length ? quoteMarkAt(this.text, i) : null;
    return mark !== null && mark.family === family && mark.role !== 'close' ? i : -1;
  }

  /** An opening mark that never closed: literal text, reported unless it may be an apostrophe. */
  private abandon(mark: OpenMark): void {
    if (mark.soft) return;
    const paragraphs = mark.run.length > 0 ? ` (the quotation runs across ${mark.run.length + 1} paragraphs)` : '';
    this.report(
      mark.runOffset,
      `Opening ${mark.glyph} has no closing ${closingGlyph(mark.glyph)} before the end of its paragraph${paragraphs}`,
      'quote-unclosed',
    );
  }

  private report(offset: number, message: string, ruleId: 'quote-unclosed' | 'quote-unopened'): void {
    this.unbalanced++;
    if (this.unbalanced <= MAX_MARK_DIAGNOSTICS) this.diagnostics.push({ offset, message, ruleId });
    else if (this.firstElided < 0) this.firstElided = offset;
  }
}

/** Every top-level quotation in `text` and every unbalanced mark. */
export function findQuotations(text: string): FoundQuotations {
  return new QuotationScanner(text).run();
}
