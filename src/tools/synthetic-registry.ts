/**
 * A deterministic registry of many made-up actors, for measuring that the
 * matcher's cost does not grow with the number of names.
 */
import type { ActorEntry } from '../annotate/registry.ts';
import { actorSchema, type ActorId } from '../schema/index.ts';

const SYLLABLES = ['ka', 'lo', 'mir', 'tan', 'vel', 'dra', 'sun', 'qo', 'rai', 'zem', 'bur', 'nes', 'hal', 'ith', 'or'];

/** A small seeded generator (mulberry32), so every run builds the same registry. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function word(next: () => number): string {
  const length = 2 + Math.floor(next() * 3);
  const text = Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `count` actors with one name and one alias each: `2 × count` forms. */
export function syntheticActors(count: number, seed = 7): ActorEntry[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, index) => ({
    id: `synthetic-${index}` as ActorId,
    data: actorSchema.parse({
      name: `${word(next)} ${word(next)} ${index}`,
      kind: 'organisation',
      description: 'Made up for a benchmark.',
      aliases: [`${word(next)}-${word(next)} ${index}`],
    }),
  }));
}
