/**
 * The quote core's view of the text: the tokens of `text/tokens.ts` grouped
 * into words as attribution reads them, and each quotation as one token.
 * Attribution and discourse work on these and never look inside a
 * quotation's words. Built in one linear pass over the tokens.
 *
 * A word here is what a reader takes for one: tokens written without space
 * and joined by a connector (`Russia's`, `al-Assad`, `U.S.`, `AT&T`,
 * `200,000`, `9/11`), with the period of an abbreviation or an initial
 * (`Mr.`, `B.`), so a period left on its own ends a sentence.
 */
import { ABBREVIATIONS, roleOf } from '../text/lexicon.ts';
import { BODY_NAME_HEADS, MODIFIED_NOUNS, MODIFYING_CUES } from './lexicon.ts';
import { tokenBounds, type TokenBounds } from '../text/tokens.ts';
import type { FoundQuotation } from './quotation-spans.ts';

export interface QuoteToken {
  kind: 'word' | 'punct' | 'quote';
  start: number;
  end: number;
  /** The characters as written; for a quote token, the marks and the content. */
  text: string;
  /** The paragraph the token is in, counted from 0. */
  block: number;
  /** For a quote token: which quotation, and which of its spans. */
  quote?: { quotation: FoundQuotation; part: number };
}

/** Joins the words on either side into one word: `Russia's`, `al-Assad`, `U.S`, `AT&T`. */
const CONNECTORS = new Set(["'", '’', '-', '‐', '.', '&']);
/** Joins digits only: `200,000`, `9/11`. */
const DIGIT_CONNECTORS = new Set([',', '/']);
const DIGIT = /\d/u;
/** A blank line (spaces or tabs allowed on it) separates paragraphs. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/u;

/** `tokens[at]` joins the word before it to the word after it. */
function joins(text: string, tokens: readonly TokenBounds[], at: number, stop: number): boolean {
  const before = tokens[at - 1];
  const joiner = tokens[at];
  const after = tokens[at + 1];
  if (!before || !joiner || !after || joiner.word || !after.word) return false;
  // Written without space on either side, and not into a quotation.
  if (joiner.start !== before.end || after.start !== joiner.end || joiner.start >= stop) return false;
  const char = text.slice(joiner.start, joiner.end);
  if (CONNECTORS.has(char)) return true;
  return DIGIT_CONNECTORS.has(char) && DIGIT.test(text.charAt(joiner.start - 1)) && DIGIT.test(text.charAt(joiner.end));
}

/** A paragraph break lies in the whitespace between two tokens; a single space, the common gap, holds none. */
function breaksParagraph(text: string, from: number, to: number): boolean {
  return to - from > 1 && PARAGRAPH_BREAK.test(text.slice(from, to));
}

/**
 * The period right after a word belongs to it when the word is an initial
 * (`B.`), holds periods already (`U.S.`), is an abbreviation (`Mr.`), or the
 * sentence clearly goes on (`(D-Wis.)`, `R-Ky.,`, `Va. officials`). A period
 * that ends a line ends its sentence, and `X` after `on` or `via` is the
 * platform (`he wrote on X.`), not an initial.
 */
function takesPeriod(text: string, start: number, end: number): boolean {
  if (text.charAt(end) !== '.') return false;
  const word = text.slice(start, end);
  const goesOn = /^[,;)]/u.test(text.charAt(end + 1)) || /^\s+\p{Ll}/u.test(text.slice(end + 1, end + 3));
  if (goesOn) return true;
  if (/^[ \t]*(?:\n|$)/u.test(text.slice(end + 1, end + 80))) return false;
  if (word === 'X' && /\b(?:on|via)\s+$/iu.test(text.slice(Math.max(0, start - 5), start))) return false;
  return /^\p{Lu}$/u.test(word) || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * `Saskatchewan Teachers' Federation`, `Ontario Nurses’ Association`: the apostrophe after a plural, before the
 * capitalised word a body's name ends in, is the plural's possessive inside the name, so its words run on through
 * it; not before a person's name (`the Flames' Jonathan Huberdeau`).
 */
function isPluralPossessive(text: string, end: number): boolean {
  const mark = text.charAt(end);
  if ((mark !== "'" && mark !== '’') || text.charAt(end - 1) !== 's') return false;
  const next = /^ (\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end + 1, end + 2 + MAX_HEAD))?.[1];
  return next !== undefined && (BODY_NAME_HEADS.has(next.toLowerCase()) || roleOf(next)?.person === false);
}

/** The longest body's word looked for after a plural's possessive: `Federation`, `Association`. */
const MAX_HEAD = 16;

/**
 * The quote core's tokens for `text`, with each span of the quotations
 * (top-level, in text order) as one quote token covering its marks.
 */
export function quoteTokens(text: string, quotations: readonly FoundQuotation[]): QuoteToken[] {
  // Only where the words are: their forms are not read here, and not made unless another part cut this text.
  const tokens = tokenBounds(text);
  const spans = quotations.flatMap((quotation) => quotation.spans.map((span, part) => ({ span, quotation, part })));
  const result: QuoteToken[] = [];
  let next = 0;
  let block = 0;
  let previousEnd = 0;
  const push = (kind: QuoteToken['kind'], start: number, end: number, quote?: QuoteToken['quote']) => {
    if (breaksParagraph(text, previousEnd, start)) block++;
    const token: QuoteToken = { kind, start, end, text: text.slice(start, end), block };
    if (quote) token.quote = quote;
    result.push(token);
    previousEnd = end;
  };
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at] as TokenBounds;
    // A quotation that starts inside a word (no scan of marks yields one) is passed over, not waited for.
    while ((spans[next]?.span.outer.start ?? Infinity) < token.start) next++;
    const quote = spans[next];
    const stop = quote?.span.outer.start ?? Infinity;
    if (quote !== undefined && token.start === stop) {
      const { end } = quote.span.outer;
      push('quote', stop, end, { quotation: quote.quotation, part: quote.part });
      next++;
      while (at < tokens.length && (tokens[at] as TokenBounds).start < end) at++;
      continue;
    }
    if (!token.word) {
      push('punct', token.start, token.end);
      at++;
      continue;
    }
    let last = at;
    while (joins(text, tokens, last + 1, stop)) last += 2;
    let end = (tokens[last] as TokenBounds).end;
    if (takesPeriod(text, token.start, end) || (end < stop && isPluralPossessive(text, end))) {
      end++;
      last++;
    }
    push('word', token.start, end);
    at = last + 1;
  }
  return result;
}

/** Ends a sentence: `.`, `!`, `?` or `…` outside a word (not the period of `Mr.`). */
export function endsSentence(token: QuoteToken): boolean {
  return (
    token.kind === 'punct' && (token.text === '.' || token.text === '!' || token.text === '?' || token.text === '…')
  );
}

/** `“That makes me smart.” Trump was …`: a quote with its own full stop, then a capital, ends a sentence. */
export function endsSentenceInside(quote: QuoteToken, next: QuoteToken): boolean {
  return quote.kind === 'quote' && /[.!?…]["'”’]*$/u.test(quote.text) && isCapitalized(next);
}

/**
 * The sentence each token is in, counted from 0 through the text: a new one
 * after a full stop (outside a word or inside a quote before a capital) and
 * at each paragraph. One pass; lets the discourse weigh how recent a mention is.
 */
export function sentenceNumbers(tokens: readonly QuoteToken[]): Uint32Array {
  const numbers = new Uint32Array(tokens.length);
  let sentence = 0;
  for (let i = 1; i < tokens.length; i++) {
    const previous = tokens[i - 1] as QuoteToken;
    const token = tokens[i] as QuoteToken;
    if (previous.block !== token.block || endsSentence(previous) || endsSentenceInside(previous, token)) sentence++;
    numbers[i] = sentence;
  }
  return numbers;
}

const CAPITAL = /^\p{Lu}/u;

export function isCapitalized(token: QuoteToken): boolean {
  if (token.kind !== 'word') return false;
  // Asked of most words of every text: an ASCII letter, most of English news, is read by its code.
  const code = token.text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return CAPITAL.test(token.text);
}

const POSSESSIVE_ENDING = /['’]s?$/u;

/** The word without a possessive ending: `Russia's` → `Russia`. */
export function withoutPossessive(word: string): string {
  // Most words end in neither `s` nor an apostrophe: they are returned without running the expression.
  const last = word.charAt(word.length - 1);
  return last === 's' || last === "'" || last === '’' ? word.replace(POSSESSIVE_ENDING, '') : word;
}

/** Stands for a position outside the token list: no kind, text or paragraph matches it. */
const NO_TOKEN: QuoteToken = { kind: 'punct', start: -1, end: -1, text: '', block: -1 };

/** The token at `i`, or `NO_TOKEN` past either end, so lookups around a quote need no bounds checks. */
export function tokenAt(tokens: readonly QuoteToken[], i: number): QuoteToken {
  // Bounds checked before reading: V8 reads an index outside an array by its slow path, and the rules ask past
  // either end often.
  return i >= 0 && i < tokens.length ? (tokens[i] as QuoteToken) : NO_TOKEN;
}

/**
 * The word at `i` modifies the noun after it though it can be a reporting verb (`state` in `Republican state
 * Senator Tom Brandt`, `state media`): before a capitalised word, a role or a medium it is no cue.
 */
export function modifiesNext(tokens: readonly QuoteToken[], i: number): boolean {
  if (!MODIFYING_CUES.has(tokenAt(tokens, i).text)) return false;
  const next = tokenAt(tokens, i + 1);
  if (next.kind !== 'word' || next.block !== tokenAt(tokens, i).block) return false;
  return isCapitalized(next) || roleOf(next.text) !== undefined || MODIFIED_NOUNS.has(next.text.toLowerCase());
}

/**
 * The quote token at `i` is a nickname inside a name (`Marcia "Cia" Price`): one capitalised word in marks
 * between two capitalised words of the same paragraph, so a speaker phrase reads on across it.
 */
export function isNickname(tokens: readonly QuoteToken[], i: number): boolean {
  const token = tokenAt(tokens, i);
  if (token.kind !== 'quote' || !/^["'“‘]\p{Lu}[\p{L}.-]*["'”’]$/u.test(token.text)) return false;
  const [before, after] = [tokenAt(tokens, i - 1), tokenAt(tokens, i + 1)];
  return isCapitalized(before) && isCapitalized(after) && before.block === token.block && after.block === token.block;
}
