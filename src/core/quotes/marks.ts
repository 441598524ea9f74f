/**
 * Is the character at an offset a quote mark, and which way does it face?
 * Decided from its two neighbours alone (constant time), so the scan for quotation spans stays
 * linear. Apostrophes, elisions and primes (`Russia's`, `the '90s`,
 * `rock 'n' roll`, `5'11"`) are not marks at all.
 */

/**
 * Marks of one family close each other: `“` is closed by `”` or `"`, `„` (German, Polish) by `“` or `”`,
 * `‚` by `‘` or `’`. Guillemets are a family of their own, read by context like straight marks since
 * French writes `« … »` and German `» … «`; CJK corner brackets only ever face one way.
 */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'single-guillemet' | 'corner' | 'white-corner';

/** Every family, for counters kept per family. */
export const MARK_FAMILIES: readonly MarkFamily[] = [
  'double',
  'single',
  'guillemet',
  'single-guillemet',
  'corner',
  'white-corner',
];

export interface QuoteMark {
  family: MarkFamily;
  /**
   * `either`: a mark whose context does not tell (a straight mark between two
   * words, a curly one facing the wrong way): the scan closes an open quote
   * with it, else opens one.
   */
  role: 'open' | 'close' | 'either';
  /**
   * Could just as well be an apostrophe or a prime (`rebels' leaders`, `6' tall`):
   * left over, it stays literal text without a diagnostic.
   */
  soft: boolean;
  /** The mark as written: one character, or `''` (two apostrophes standing for a double mark). */
  glyph: string;
}

const QUOTE_CHARS = new Set(['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』']);

/** Marks that face one way whatever surrounds them: the opening ones, with their family. */
const FIXED_OPENINGS: Readonly<Record<string, MarkFamily>> = {
  '„': 'double',
  '‚': 'single',
  '「': 'corner',
  '『': 'white-corner',
};
const FIXED_CLOSINGS: Readonly<Record<string, MarkFamily>> = { '」': 'corner', '』': 'white-corner' };
const GUILLEMETS: Readonly<Record<string, MarkFamily>> = {
  '«': 'guillemet',
  '»': 'guillemet',
  '‹': 'single-guillemet',
  '›': 'single-guillemet',
};

/** Characters after which a mark starts something: `("`, `—"`, `“'`, `: «`. */
const OPENING_CONTEXT = /[\s([{\-‐–—―/"'“”‘’„‚«»‹›「」『』]/u;
/** Characters before which a mark ends something: `",`, `").`, `"'`, `»,`. */
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\-‐–—―/…"'“”‘’„‚«»‹›「」『』。、，！？]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** `'90s`, `'em`, `'n'`, `'tis`: an apostrophe standing for left-out letters or century digits. */
const ELISION = /^(?:\d\d(?:s|’s|'s)?|em|n|til|tis|twas|cause|bout|round|cuz)(?![\p{L}\p{N}])/iu;
const ELISION_LOOKAHEAD = 8;

function isSpace(char: string | undefined): boolean {
  return char === undefined || /\s/u.test(char);
}

function isOpeningContext(char: string | undefined): boolean {
  return char === undefined || OPENING_CONTEXT.test(char);
}

function isClosingContext(char: string | undefined): boolean {
  return char === undefined || CLOSING_CONTEXT.test(char);
}

/** `5'11"`: an inch mark after a foot mark and digits. */
function isInchPrime(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && DIGIT.test(text.charAt(i)) && at - i <= 2) i--;
  const foot = text.charAt(i);
  return i < at - 1 && (foot === "'" || foot === '’' || foot === '′') && DIGIT.test(text.charAt(i - 1));
}

function doubleMark(
  text: string,
  at: number,
  glyph: string,
  prev: string | undefined,
  next: string | undefined,
): QuoteMark | null {
  const opens = isOpeningContext(prev);
  const closes = isClosingContext(next);
  // A curly mark facing the wrong way (`decision.“ However`) or standing alone (` ” `) is read by its context.
  const alone = isSpace(prev) && isSpace(next);
  if (glyph === '“')
    return { family: 'double', role: alone || (closes && !opens) ? 'either' : 'open', soft: false, glyph };
  // `government. ”Text`: a closing mark typed after its space still closes; only at a line's start may it open.
  if (glyph === '”') {
    const lineStart = prev === undefined || prev === '\n';
    return { family: 'double', role: alone || (lineStart && !closes) ? 'either' : 'close', soft: false, glyph };
  }
  if (prev !== undefined && DIGIT.test(prev)) {
    // `12" screen`, `5'11"`: a prime, unless it closes a quote like `"in 1990"`.
    return isInchPrime(text, at) ? null : { family: 'double', role: 'close', soft: true, glyph };
  }
  if (opens && !closes) return { family: 'double', role: 'open', soft: false, glyph };
  if (closes && !opens) return { family: 'double', role: 'close', soft: false, glyph };
  return { family: 'double', role: 'either', soft: false, glyph };
}

function singleMark(
  text: string,
  at: number,
  glyph: string,
  prev: string | undefined,
  next: string | undefined,
): QuoteMark | null {
  const inWord = prev !== undefined && next !== undefined && LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(next);
  if (inWord) return null;
  const opens = isOpeningContext(prev);
  const closes = isClosingContext(next);
  if (opens && !closes && ELISION.test(text.slice(at + 1, at + 1 + ELISION_LOOKAHEAD))) return null;
  // `‘` opens, except where it can only close (`‚nein‘.`, the German closing mark).
  if (glyph === '‘') return { family: 'single', role: closes && !opens ? 'either' : 'open', soft: false, glyph };
  if ((prev !== undefined && DIGIT.test(prev)) || (closes && !opens)) {
    return { family: 'single', role: 'close', soft: true, glyph };
  }
  // A right single quotation mark at the start of a word is a typeset apostrophe (`’Tis`).
  if (opens && !closes) return glyph === "'" ? { family: 'single', role: 'open', soft: true, glyph } : null;
  // Between two other marks (`”’”`, `’'“`) it can only be a quote mark.
  const betweenMarks = (prev !== undefined && QUOTE_CHARS.has(prev)) || (next !== undefined && QUOTE_CHARS.has(next));
  return opens && closes && betweenMarks ? { family: 'single', role: 'either', soft: true, glyph } : null;
}

/**
 * `« Nous restons »`, `«une folie»`: a guillemet faces the way it points, as French, Italian, Russian and
 * Swiss texts write it, spaces inside or not. Only a context that allows nothing else turns it round, as
 * German and Danish texts write it: `»Wir bleiben.«`, a `»` before a letter after a space, a `«` after a
 * word or a full stop before a space or punctuation.
 */
function guillemet(family: MarkFamily, glyph: string, prev: string | undefined, next: string | undefined): QuoteMark {
  const pointsOpen = glyph === '«' || glyph === '‹';
  const reversed = pointsOpen
    ? prev !== undefined && !isOpeningContext(prev) && isClosingContext(next)
    : isOpeningContext(prev) && next !== undefined && LETTER_OR_DIGIT.test(next);
  return { family, role: pointsOpen !== reversed ? 'open' : 'close', soft: false, glyph };
}

/** The quote mark at `at`, or null when the character there is not one. */
export function quoteMarkAt(text: string, at: number): QuoteMark | null {
  const char = text.charAt(at);
  if (!QUOTE_CHARS.has(char)) return null;
  const fixed = FIXED_OPENINGS[char] ?? FIXED_CLOSINGS[char];
  if (fixed !== undefined) {
    return { family: fixed, role: char in FIXED_OPENINGS ? 'open' : 'close', soft: false, glyph: char };
  }
  const prev = at > 0 ? text.charAt(at - 1) : undefined;
  const next = at + 1 < text.length ? text.charAt(at + 1) : undefined;
  const angle = GUILLEMETS[char];
  if (angle !== undefined) return guillemet(angle, char, prev, next);
  // `''Make Your Kid a Millionaire,''`: two apostrophes typed for a double mark.
  const glyph = char === "'" && text.charAt(at + 1) === "'" ? "''" : char;
  const after = at + glyph.length;
  const following = after < text.length ? text.charAt(after) : undefined;
  return glyph === "'" || glyph === '‘' || glyph === '’'
    ? singleMark(text, at, glyph, prev, following)
    : doubleMark(text, at, glyph, prev, following);
}

const CLOSING_GLYPHS: Readonly<Record<string, string>> = {
  '“': '”',
  '‘': '’',
  '„': '“',
  '‚': '‘',
  '«': '»',
  '»': '«',
  '‹': '›',
  '›': '‹',
  '「': '」',
  '『': '』',
};

/** The mark that would close a quote opened with `open`, for messages. */
export function closingGlyph(open: string): string {
  return CLOSING_GLYPHS[open] ?? open;
}
