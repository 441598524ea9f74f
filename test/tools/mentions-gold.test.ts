/**
 * Mention quality against hand-written labels: the seed and three Wikinews
 * briefings and the sentences written for the unseen error classes
 * (precision ≥ 0.97, recall ≥ 0.93; at most one in 15 everyday look-alikes
 * linked to a state, every true state mention beside them linked), and the GUM
 * Wikinews articles, mostly unrelated news full of look-alikes (precision ≥
 * 0.97). The batches that are first looks at unseen text, and the other
 * content/ briefings (real news, labelled at stop 45: half open for tuning,
 * half kept blind), are held to no worse than where the rules stand on them. `npm run eval:mentions` prints the same
 * figures in full.
 */
import { describe, expect, test } from 'vitest';
import { contentSet, scoreBriefings, scoreGum } from '../../tools/eval/mention-gold.ts';
import { totalScore } from '../../tools/eval/mention-scores.ts';
import { ROOT } from '../helpers/build.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();

/**
 * Batches of sentences written blind to the rules and first scored before any
 * rule changed for them: estimates of unseen text, so each is held to no worse
 * than where the rules now stand on it, not to the targets the sets tuned on
 * must meet (tuning the rules until it met them would make it one more tuned
 * set). Batch 7 has had rules written for its errors but is still short of the
 * targets, as has batch 8 (first look at stop 36); batch 9 is a first look (stop 37), and batch 10 has had
 * rules written for its errors (first look at stop 38: precision 0.895, recall 0.837, 8 look-alikes linked);
 * batch 11 too (first look at the end of stop 38: precision 0.932, recall 0.884, 7 look-alikes linked), and
 * batch 12 has had rules written for its look-alikes (first look: precision 0.910, recall 0.931, 11 linked).
 * Batch 13 is a first look, kept blind through stop 39 (precision 0.908, recall 0.838, 8 look-alikes linked on
 * the code before that stop's rules; 0.916, 0.838 and 7 after them), and has had rules written for its errors since.
 * Batch 14 is a first look, kept blind through stop 40 (precision 0.899, recall 0.937, 6 look-alikes linked on
 * the code before that stop's rules), and has had rules written for its error classes since (stop 41), seven of
 * its labels brought to the conventions of the other sets. Batch 15 is a first look, kept blind through stop 41
 * (precision 0.890, recall 0.965, 8 of 50 look-alikes linked on the code before that stop's rules). Batch 16 is
 * a first look, kept blind through stop 42 (precision 0.754, recall 0.894, 18 of 61 look-alikes linked, 89 of the
 * 97 states beside them, on the code before that stop's rules). Batch 17 is a first look, kept blind through stop
 * 43 (precision 0.890, recall 0.958, 8 of 62 look-alikes linked, 112 of the 113 states beside them, on the code
 * before that stop's rules), and has had rules written for its error classes since, seven of its labels brought
 * to the conventions of the other sets. Batch 18 is a first look, written at stop 44 (precision 0.928, recall
 * 0.888, 4 of 64 look-alikes linked, 64 of the 68 states beside them, on the code before that stop's rules),
 * and has had rules written for its error classes since, five of its labels brought to the conventions of the
 * other sets. Batch 19, written at stop 45 and kept blind until stop 48 (first look: precision 0.896, recall
 * 0.879, 12 of 61 look-alikes linked, 77 of the 79 states beside them, on the code before stop 48's rules), is a
 * tuned set since stop 48, three of its labels brought to the conventions of the other sets. The look-alike batch 23 was
 * built at stop 47 from lexical resources rather than invented look-alikes (every twelfth WordNet compound of a
 * state's word that names a food, plant, animal or illness; given names and surnames that are states' names;
 * American towns WordNet names like states), first scored on the code before that stop's rules (precision
 * 0.780, recall 0.928, 18 of 50 look-alikes linked, 51 of the 54 states beside them). Batch 24 is a first look,
 * written at stop 48 by someone who had not read the code (precision 0.921, recall 0.933, 7 of 61 look-alikes
 * linked, 32 of the 32 states beside them, on the code before that stop's rules).
 */
const FIRST_LOOKS = new Map([
  ['test/gold/mentions/unseen-batch-7.md', { precision: 0.99, recall: 0.92, lookalikesLinked: 0, statesMissed: 1 }],
  ['test/gold/mentions/unseen-batch-8.md', { precision: 0.98, recall: 0.88, lookalikesLinked: 0, statesMissed: 0 }],
  ['test/gold/mentions/unseen-batch-9.md', { precision: 0.95, recall: 0.77, lookalikesLinked: 0, statesMissed: 1 }],
  ['test/gold/mentions/unseen-batch-10.md', { precision: 0.97, recall: 0.97, lookalikesLinked: 0, statesMissed: 0 }],
  ['test/gold/mentions/unseen-batch-11.md', { precision: 1, recall: 0.96, lookalikesLinked: 0, statesMissed: 1 }],
  ['test/gold/mentions/unseen-batch-12.md', { precision: 1, recall: 0.99, lookalikesLinked: 0, statesMissed: 0 }],
  ['test/gold/mentions/unseen-batch-13.md', { precision: 0.97, recall: 0.9, lookalikesLinked: 0, statesMissed: 0 }],
  ['test/gold/mentions/unseen-batch-14.md', { precision: 0.97, recall: 0.98, lookalikesLinked: 1, statesMissed: 0 }],
  ['test/gold/mentions/unseen-batch-15.md', { precision: 0.89, recall: 0.96, lookalikesLinked: 8, statesMissed: 1 }],
  ['test/gold/mentions/unseen-batch-16.md', { precision: 1, recall: 1, lookalikesLinked: 0, statesMissed: 0 }],
  ['test/gold/mentions/unseen-batch-17.md', { precision: 1, recall: 0.99, lookalikesLinked: 0, statesMissed: 0 }],
  ['test/gold/mentions/unseen-batch-18.md', { precision: 1, recall: 1, lookalikesLinked: 0, statesMissed: 0 }],
  ['test/gold/mentions/lookalike-batch-23.md', { precision: 0.87, recall: 0.92, lookalikesLinked: 9, statesMissed: 3 }],
  ['test/gold/mentions/unseen-batch-24.md', { precision: 0.92, recall: 0.93, lookalikesLinked: 7, statesMissed: 0 }],
]);

/**
 * Where the rules stood on the 32 content/ briefings labelled at stop 45 (real news), split at stop 46 into the
 * 16 open for tuning and the 16 kept blind, on the code before any rule was written from either: the open half
 * at precision 0.888, recall 0.732, 1 of 6 look-alikes linked and 5 of the 5 states beside them; the blind half
 * at 0.970, 0.648, 0 of 11, and 19 of the 20 states. The labels name every organisation and person, and
 * discovery finds many fewer of the ones no cue introduces. The open half's floor rises as rules written from
 * it lift its figures; the blind half's stays where it was first measured.
 */
const REAL_FIRST_LOOKS = {
  'real-tuning': { precision: 0.93, recall: 0.77, lookalikesLinked: 1, statesMissed: 0 },
  'real-blind': { precision: 0.96, recall: 0.64, lookalikesLinked: 0, statesMissed: 1 },
} as const;
const isReal = (source: string) => {
  const set = contentSet(source);
  return set === 'real-tuning' || set === 'real-blind';
};

describe('mention quality', () => {
  test('on the labelled briefings', async () => {
    const scores = await scoreBriefings(ROOT, registry);
    expect(scores).toHaveLength(58);
    const tuned = scores.filter(({ source }) => !FIRST_LOOKS.has(source) && !isReal(source));
    const total = totalScore(tuned.map(({ score }) => score));
    expect(total.truePositives).toBeGreaterThan(150);
    expect(total.precision).toBeGreaterThanOrEqual(0.97);
    expect(total.recall).toBeGreaterThanOrEqual(0.93);
    for (const [source, floor] of FIRST_LOOKS) {
      const firstLook = scores.find((scored) => scored.source === source)?.score;
      expect(firstLook?.precision, source).toBeGreaterThanOrEqual(floor.precision);
      expect(firstLook?.recall, source).toBeGreaterThanOrEqual(floor.recall);
    }
    for (const [set, floor] of Object.entries(REAL_FIRST_LOOKS)) {
      const real = totalScore(scores.filter(({ source }) => contentSet(source) === set).map(({ score }) => score));
      expect(real.truePositives, set).toBeGreaterThan(350);
      expect(real.precision, set).toBeGreaterThanOrEqual(floor.precision);
      expect(real.recall, set).toBeGreaterThanOrEqual(floor.recall);
    }
  });

  test('on everyday look-alikes: at most one in 15 linked to a state, the true states beside them all linked', async () => {
    const scores = await scoreBriefings(ROOT, registry);
    const lookalikes = scores.flatMap(({ source, lookalikes: scored }) =>
      scored && !FIRST_LOOKS.has(source) && !isReal(source) ? [scored] : [],
    );
    const total = lookalikes.reduce((sum, scored) => sum + scored.lookalikes, 0);
    expect(total).toBeGreaterThanOrEqual(60);
    // The target, one of 15, as a rate now that the sets hold more than 15.
    expect(lookalikes.reduce((sum, scored) => sum + scored.linked.length, 0)).toBeLessThanOrEqual(total / 15);
    const states = lookalikes.reduce((sum, scored) => sum + scored.stateMentions, 0);
    expect(lookalikes.reduce((sum, scored) => sum + scored.stateMentionsLinked, 0)).toBe(states);
    for (const [source, floor] of FIRST_LOOKS) {
      const firstLook = scores.find((scored) => scored.source === source)?.lookalikes;
      expect(firstLook?.linked.length, source).toBeLessThanOrEqual(floor.lookalikesLinked);
      expect(firstLook?.stateMentionsLinked, source).toBeGreaterThanOrEqual(
        (firstLook?.stateMentions ?? 0) - floor.statesMissed,
      );
    }
    for (const [set, floor] of Object.entries(REAL_FIRST_LOOKS)) {
      const real = scores.flatMap(({ source, lookalikes: scored }) =>
        scored && contentSet(source) === set ? [scored] : [],
      );
      const count = (pick: (scored: (typeof real)[number]) => number) => real.reduce((sum, one) => sum + pick(one), 0);
      expect(
        count((one) => one.lookalikes),
        set,
      ).toBeGreaterThanOrEqual(6);
      expect(
        count((one) => one.linked.length),
        set,
      ).toBeLessThanOrEqual(floor.lookalikesLinked);
      expect(
        count((one) => one.stateMentionsLinked),
        set,
      ).toBeGreaterThanOrEqual(count((one) => one.stateMentions) - floor.statesMissed);
    }
  });

  test('on the GUM articles: few false links among hundreds', async () => {
    const scores = await scoreGum(ROOT, registry);
    expect(scores).toHaveLength(24);
    const total = totalScore(scores.map(({ score }) => score));
    expect(total.truePositives).toBeGreaterThan(200);
    expect(total.precision).toBeGreaterThanOrEqual(0.97);
    expect(total.recall).toBeGreaterThanOrEqual(0.93);
  });
});
