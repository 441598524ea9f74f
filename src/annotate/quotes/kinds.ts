/**
 * Speech, scare quote or title? Decided from the words right around the quote,
 * whether an attribution governs it, and the shape of what is quoted.
 */
import { SCARE_INTRODUCERS, TITLE_INTRODUCERS, TITLE_NOUNS } from './lexicon.ts';
import type { Token } from './tokens.ts';
import type { QuoteKind } from './types.ts';

export interface KindContext {
  /** The quoted words, every span of the quotation joined. */
  content: string;
  /** The word token right before the opening mark, if any. */
  before: Token | undefined;
  /** The word token right after the closing mark, if any. */
  after: Token | undefined;
  /** How an attribution governs the quote, if one does. */
  attribution: 'adjacent' | 'frame' | null;
  /** Split by its attribution or run across paragraphs: only speech does that. */
  linked: boolean;
  /** Followed by an outlet and a date (`— CBC.ca, August 15, 2008`): a cited headline. */
  citation: boolean;
}

/** A framing cue makes a fragment of this many words a partial quotation rather than a scare quote. */
const MIN_FRAMED_WORDS = 3;
/** Unframed quotes of this many words are speech even without sentence punctuation. */
const MIN_SPEECH_WORDS = 6;
/** Titles longer than this are rare; a longer capitalised quote is more likely speech. */
const MAX_TITLE_WORDS = 8;

function wordOf(token: Token | undefined): string {
  return token?.kind === 'word' ? token.text.toLowerCase() : '';
}

/**
 * `One Nation, One Election`, `Better Idea of Afghan Girls`: every word of
 * four letters or more capitalised, and no sentence inside.
 */
function isTitleCase(words: readonly string[], content: string): boolean {
  if (words.length === 0 || words.length > MAX_TITLE_WORDS) return false;
  if (/[.!?…]\s/u.test(content)) return false;
  return words.every(
    (word, i) => /^[^\p{L}]*\p{Lu}/u.test(word) || (i > 0 && word.replace(/[^\p{L}]/gu, '').length < 4),
  );
}

export function quoteKind(context: KindContext): QuoteKind {
  const { content, before, after, attribution, linked, citation } = context;
  if (linked) return 'speech';
  if (citation) return 'title';
  const left = wordOf(before);
  if (TITLE_INTRODUCERS.has(left) || TITLE_NOUNS.has(left) || TITLE_NOUNS.has(wordOf(after))) return 'title';
  if (SCARE_INTRODUCERS.has(left)) return 'scare';
  if (attribution === 'adjacent') return 'speech';
  const words = content.trim().split(/\s+/u);
  if (isTitleCase(words, content)) return 'title';
  if (attribution === 'frame' && words.length >= MIN_FRAMED_WORDS) return 'speech';
  const sentence = /[.!?…]["'”’)\]]*[,]?\s*$/u.test(content);
  return sentence || words.length >= MIN_SPEECH_WORDS ? 'speech' : 'scare';
}
