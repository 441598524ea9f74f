/**
 * A seeded random source: for the benchmark corpus, the synthetic registry
 * and the relation graph's layout.
 *
 * Why our own and not `Math.random()`: each of those must come out the same
 * on every machine and every run (identical benchmark input, byte-identical
 * builds). Why mulberry32: it is a few lines, fast, has
 * a 32-bit state that a seed sets completely, and its quality is ample for
 * choosing templates (it is not meant for anything cryptographic).
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** Draws without repeats until every item has come up, then reshuffles: less repetition than `pick`. */
  deck<T>(items: readonly T[]): () => T;
}

export function createRandom(seed: number): Random {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() needs at least one item');
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  const deck = <T>(items: readonly T[]) => {
    let pile: T[] = [];
    return () => {
      if (pile.length === 0) pile = shuffle(items);
      const item = pile.pop();
      if (item === undefined) throw new RangeError('deck() needs at least one item');
      return item;
    };
  };
  return { next, int, pick, chance: (p) => next() < p, shuffle, deck };
}
