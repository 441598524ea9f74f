/**
 * A deterministic registry of many made-up actors, for measuring that the
 * matcher's cost does not grow with the number of names.
 */
import type { ActorEntry } from '../../src/core/registry/registry.ts';
import { createRandom } from '../../src/site/seeded-random.ts';
import { actorSchema, type ActorId } from '../../src/core/schema/index.ts';

const SYLLABLES = ['ka', 'lo', 'mir', 'tan', 'vel', 'dra', 'sun', 'qo', 'rai', 'zem', 'bur', 'nes', 'hal', 'ith', 'or'];

function word(next: () => number): string {
  const length = 2 + Math.floor(next() * 3);
  const text = Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `count` actors with one name and one alias each: `2 × count` forms. */
export function syntheticActors(count: number, seed = 7): ActorEntry[] {
  const { next } = createRandom(seed);
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
