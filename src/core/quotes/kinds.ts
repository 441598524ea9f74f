/**
 * Speech, scare quote or title? Decided from the words right around the quote,
 * whether an attribution governs it, and the shape of what is quoted.
 */
import { DETERMINERS, PREPOSITIONS, SCARE_INTRODUCERS, TITLE_INTRODUCERS, TITLE_NOUNS } from './lexicon.ts';
import { isCapitalized, type QuoteToken } from './quote-tokens.ts';
import type { QuoteKind } from './types.ts';

export interface KindContext {
  /** The quoted words, every span of the quotation joined. */
  content: string;
  /** The word token right before the opening mark, if any. */
  before: QuoteToken | undefined;
  /** The word token right after the closing mark, if any. */
  after: QuoteToken | undefined;
  /** How an attribution governs the quote, if one does. */
  attribution: 'adjacent' | 'frame' | null;
  /** Split by its attribution or run across paragraphs: only speech does that. */
  linked: boolean;
  /** Followed by an outlet and a date (`— CBC.ca, August 15, 2008`): a cited headline. */
  citation: boolean;
}

/** The fewest words of a lower-case quote ending in a period that make it a sentence (`Kevin was snoring.`). */
const MIN_SENTENCE_WORDS = 3;
/** Unframed quotes of this many words are speech even without sentence punctuation. */
const MIN_SPEECH_WORDS = 6;
/** Titles longer than this are rare; a longer capitalised quote is more likely speech. */
const MAX_TITLE_WORDS = 8;

function wordOf(token: QuoteToken | undefined): string {
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

/** `MSNBC’s`, `the rebels’`: a possessive before a quote makes it a name of something. */
function isPossessive(token: QuoteToken | undefined): boolean {
  return token !== undefined && /['’]s?$/u.test(token.text) && token.text.length > 2;
}

export function quoteKind(context: KindContext): QuoteKind {
  const { content, before, after, attribution, linked, citation } = context;
  if (linked) return 'speech';
  if (citation) return 'title';
  const left = wordOf(before);
  // `Tehran's programme “has always been peaceful”`: words that open in lower case after a title's noun are
  // what is said of it, not its name.
  const namedByNoun = TITLE_NOUNS.has(left) && !/^\p{Ll}/u.test(content.trim());
  // `the “Safe Roads” plan`, but not `“…,” Song said`: a capitalised word after the quote is a name.
  const nounAfter = TITLE_NOUNS.has(wordOf(after)) && !isCapitalized(after as QuoteToken);
  if (TITLE_INTRODUCERS.has(left) || namedByNoun || nounAfter) return 'title';
  if (SCARE_INTRODUCERS.has(left)) return 'scare';
  const words = content.trim().split(/\s+/u);
  const titleCase = isTitleCase(words, content);
  // `on CNN's "State of the Union,"`, `Marcia "Cia" Price`: a name in quotes, even next to a cue.
  const named = PREPOSITIONS.has(left) || left === 'of' || DETERMINERS.has(left) || isPossessive(before);
  const nickname =
    words.length === 1 && before !== undefined && after !== undefined && isCapitalized(before) && isCapitalized(after);
  if (titleCase && (named || nickname)) return 'title';
  if (attribution === 'adjacent') return 'speech';
  if (titleCase) return 'title';
  // `officials reported "steady gains" despite "stiff opposition"`: in an attributed clause, a fragment is its speaker's words.
  if (attribution === 'frame') return 'speech';
  // A sentence ends in sentence punctuation; `a separate "liquidating trust."` is a term with American punctuation.
  const sentence =
    /[.!?…]["'”’)\]]*[,]?\s*$/u.test(content) && (words.length >= MIN_SENTENCE_WORDS || /^\p{Lu}/u.test(content));
  return sentence || words.length >= MIN_SPEECH_WORDS ? 'speech' : 'scare';
}
