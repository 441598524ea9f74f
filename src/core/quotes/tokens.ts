/**
 * The text around the quotes as a flat list of words, punctuation and whole
 * quotations, made in one linear pass. Attribution and discourse work on
 * these tokens and never look inside a quotation's words.
 */
import { paragraphBreakEnd, type FoundQuotation } from './quotation-spans.ts';
import { ABBREVIATIONS } from '../text/lexicon.ts';

export interface Token {
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

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** Joins two runs of word characters into one word: `Russia's`, `al-Assad`, `U.S`, `200,000`. */
const CONNECTOR = /['’\-‐.&]/u;
const SPACE = /\s/u;

function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    while (i < text.length && WORD_CHAR.test(text.charAt(i))) i++;
    const next = text.charAt(i);
    // `200,000` and `9/11` are one word.
    const digitsAround =
      (next === ',' || next === '/') && /\d/u.test(text.charAt(i - 1)) && /\d/u.test(text.charAt(i + 1));
    if ((CONNECTOR.test(next) || digitsAround) && WORD_CHAR.test(text.charAt(i + 1))) {
      i++;
      continue;
    }
    break;
  }
  // `Mr.`, `B.`, `U.S.`, `(D-Wis.)`, `R-Ky.,`: the period belongs to the abbreviation.
  if (text.charAt(i) === '.') {
    const word = text.slice(start, i);
    const initial = /^\p{Lu}$/u.test(word);
    const inside = /^[,;)]/u.test(text.charAt(i + 1)) || /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 3));
    if (initial || inside || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase())) i++;
  }
  return i;
}

/**
 * Tokens for `text`, with each span of the quotations (given in text order)
 * as one quote token covering its marks.
 */
export function tokenize(text: string, quotations: readonly FoundQuotation[]): Token[] {
  const tokens: Token[] = [];
  const flat = quotations.flatMap((quotation) => quotation.spans.map((span, part) => ({ span, quotation, part })));
  let next = 0;
  let block = 0;
  let i = 0;
  while (i < text.length) {
    const quote = flat[next];
    if (quote !== undefined && i === quote.span.outer.start) {
      const end = quote.span.outer.end;
      tokens.push({
        kind: 'quote',
        start: i,
        end,
        text: text.slice(i, end),
        block,
        quote: { quotation: quote.quotation, part: quote.part },
      });
      next++;
      i = end;
      continue;
    }
    const char = text.charAt(i);
    if (SPACE.test(char)) {
      let breaks = false;
      for (; i < text.length && SPACE.test(text.charAt(i)); i++) breaks ||= paragraphBreakEnd(text, i) >= 0;
      if (breaks) block++;
      continue;
    }
    const isWord = WORD_CHAR.test(char);
    const end = isWord ? wordEnd(text, i) : i + 1;
    tokens.push({ kind: isWord ? 'word' : 'punct', start: i, end, text: text.slice(i, end), block });
    i = end;
  }
  return tokens;
}

/** Ends a sentence: `.`, `!`, `?` or `…` outside a word (not the period of `Mr.`). */
export function endsSentence(token: Token): boolean {
  return (
    token.kind === 'punct' && (token.text === '.' || token.text === '!' || token.text === '?' || token.text === '…')
  );
}

export function isCapitalized(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** The word without a possessive ending: `Russia's` → `Russia`. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/** Stands for a position outside the token list: no kind, text or paragraph matches it. */
const NO_TOKEN: Token = { kind: 'punct', start: -1, end: -1, text: '', block: -1 };

/** The token at `i`, or `NO_TOKEN` past either end, so lookups around a quote need no bounds checks. */
export function tokenAt(tokens: readonly Token[], i: number): Token {
  return tokens[i] ?? NO_TOKEN;
}
