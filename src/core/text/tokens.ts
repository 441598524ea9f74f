/**
 * The core's one tokenizer: the text cut into words and single punctuation
 * marks, each with its offsets in the original text. Every part reads text
 * through it; the quote core groups its tokens into words as a reader takes
 * them (`quotes/quote-tokens.ts`) rather than cutting the text again.
 *
 * Matching on tokens rather than characters gives word boundaries for free
 * (`Iran` never matches inside `Iranian`; `Iranian-backed` and `Russia's`
 * split at the hyphen and the apostrophe), and bounds the work per position
 * by the longest name in tokens, whatever the number of names.
 */

export interface Token {
  /** Offset of the first code unit in the original text. */
  readonly start: number;
  /** Offset after the last code unit. */
  readonly end: number;
  /** The text compared with names of exact case: NFC, with typographic variants of punctuation folded. */
  readonly exact: string;
  /** `exact` in lower case, compared with names whose case may vary. */
  readonly folded: string;
  /** A run of letters, marks and digits (as opposed to one punctuation mark). */
  readonly word: boolean;
  /** Whitespace separates this token from the previous one (`al-Sham` has none, `Tahrir al` has). */
  readonly spaceBefore: boolean;
}

/** The marks that close a sentence, as the parts that read the tokens within one sentence stop at them. */
export const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** Letters with their combining marks, and digits: one word. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE_CHAR = /\s/u;

/** How each ASCII character is classified, read from the same patterns. */
const ASCII_CLASS: readonly ('word' | 'space' | 'mark')[] = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  return WORD_CHAR.test(char) ? 'word' : SPACE_CHAR.test(char) ? 'space' : 'mark';
});

/** Typographic variants that editors and scrapers mix freely, folded to one form. */
const PUNCTUATION_VARIANTS: Record<string, string> = {
  '\u2019': "'", // right single quotation mark used as apostrophe
  '\u2018': "'",
  '\u02BC': "'", // modifier letter apostrophe
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2012': '-',
  '\u2013': '-', // en dash, often typed for a hyphen in compounds
};

/** A soft hyphen is invisible: it never splits a word and never reaches a key. */
const SOFT_HYPHEN = '\u00AD';

/** Printable ASCII is already NFC and has no soft hyphen: most words of English news skip the work. */
const ASCII = /^[ -~]*$/u;

function exactForm(raw: string): string {
  if (ASCII.test(raw)) return raw;
  return PUNCTUATION_VARIANTS[raw] ?? raw.replaceAll(SOFT_HYPHEN, '').normalize('NFC');
}

/**
 * The text cut last, with its tokens: mention matching, settling, discovery
 * and the quote core each cut the same body text, one after the other.
 */
let lastCut: { text: string; tokens: readonly Token[] } | undefined;

/**
 * Cut `text` into tokens in one left-to-right pass (`scanTokens`). The tokens
 * are shared with the next caller that cuts the same text: read them, never
 * change them.
 */
export function tokenize(text: string): readonly Token[] {
  if (lastCut?.text === text) return lastCut.tokens;
  const tokens = cut(text);
  lastCut = { text, tokens };
  return tokens;
}

/** Where a token is and whether it is a word, without its forms. */
export type TokenBounds = Pick<Token, 'start' | 'end' | 'word'>;

/**
 * Where the tokens of `text` are, for a caller that reads no more (the quote
 * core): the last cut's tokens when it cut this text, else a scan that makes
 * none of their forms and is not kept.
 */
export function tokenBounds(text: string): readonly TokenBounds[] {
  if (lastCut?.text === text) return lastCut.tokens;
  const bounds: TokenBounds[] = [];
  scanTokens(text, (start, end, word) => bounds.push({ start, end, word }));
  return bounds;
}

function cut(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end, word, spaceBefore) => {
    const exact = exactForm(text.slice(start, end));
    tokens.push({ start, end, exact, folded: word ? exact.toLowerCase() : exact, word, spaceBefore });
  });
  return tokens;
}

/** How a character outside ASCII is read: part of a word, space, a mark of its own, or nothing (a soft hyphen). */
function classOf(char: string, inWord: boolean): 'word' | 'space' | 'mark' | 'skip' {
  if (WORD_CHAR.test(char) || (char === SOFT_HYPHEN && inWord)) return 'word';
  if (SPACE_CHAR.test(char)) return 'space';
  return char === SOFT_HYPHEN ? 'skip' : 'mark';
}

/**
 * Cuts `text` into tokens in one left-to-right pass, handing each to `take` in
 * order. Code points, not code units, are classified, so letters outside the
 * Basic Multilingual Plane stay whole. Makes no string, so a caller that needs
 * only where the tokens are pays for none of their forms.
 */
function scanTokens(
  text: string,
  take: (start: number, end: number, word: boolean, spaceBefore: boolean) => void,
): void {
  let spaceBefore = false;
  let wordStart = -1;
  const closeWord = (end: number) => {
    if (wordStart < 0) return;
    take(wordStart, end, true, spaceBefore);
    spaceBefore = false;
    wordStart = -1;
  };
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    // Most characters of English news are ASCII: classified by table, without a regular expression or a string.
    const char = code < ASCII_CLASS.length ? null : String.fromCodePoint(text.codePointAt(index) ?? 0);
    const kind = char === null ? ASCII_CLASS[code] : classOf(char, wordStart >= 0);
    const next = index + (char?.length ?? 1);
    if (kind === 'word') {
      if (wordStart < 0) wordStart = index;
    } else {
      closeWord(index);
      if (kind === 'space') {
        spaceBefore = true;
      } else if (kind === 'mark') {
        take(index, next, false, spaceBefore);
        spaceBefore = false;
      }
    }
    index = next;
  }
  closeWord(text.length);
}
