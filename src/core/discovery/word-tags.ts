/**
 * What the `compromise` tagger makes of one word on its own: the question
 * settling and discovery ask of the word before or after a name (`in`,
 * `reported`, `Northern`). Tagging builds a whole document for each call,
 * far slower than a lookup, and the same few thousand words are asked about in
 * every briefing, so each word's tags are read once per process. A word on
 * its own is tagged the same wherever it stands, so a kept answer is the
 * tagger's answer.
 */
import nlp from 'compromise';
import { remembered } from '../text/remembered.ts';

/**
 * Every tag the tagger gives the word's terms (a contraction or a hyphenated word can be two), read from the
 * document's terms: its `json()` holds the same tags but builds every other field too, nearly half the time.
 */
const wordTags = remembered(
  (word): ReadonlySet<string> =>
    new Set(nlp(word).docs.flatMap((terms) => terms.flatMap((term) => [...(term.tags ?? [])]))),
);

/** Whether the tagger gives the word, on its own, any of these tags (`'Adjective'`, `'PastTense'`). */
export function wordTagged(word: string, ...tags: readonly string[]): boolean {
  const found = wordTags(word);
  return tags.some((tag) => found.has(tag));
}
