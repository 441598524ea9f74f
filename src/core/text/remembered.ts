/**
 * A question about one word whose answers are kept: the core asks the same
 * few thousand words of every text (a word's role, a given name's gender,
 * the tagger's tags), so each is worked out once per process. Bounded: past
 * the limit the answers start again, so a long run keeps little.
 */

/** Distinct words kept (a bound, not a tuning knob). */
const LIMIT = 50_000;

/** Kept for an answer that is `undefined` (most words have no role), so that every answer is one lookup. */
const NO_ANSWER = Symbol('no answer');

export function remembered<Answer>(answer: (word: string) => Answer): (word: string) => Answer {
  const kept = new Map<string, Answer | typeof NO_ANSWER>();
  return (word) => {
    const known = kept.get(word);
    if (known !== undefined) return known === NO_ANSWER ? (undefined as Answer) : known;
    const found = answer(word);
    if (kept.size >= LIMIT) kept.clear();
    kept.set(word, found === undefined ? NO_ANSWER : found);
    return found;
  };
}
