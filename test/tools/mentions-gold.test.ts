/**
 * Mention quality against hand-written labels: the seed and three Wikinews
 * briefings (precision ≥ 0.97, recall ≥ 0.93), and the GUM Wikinews
 * articles, mostly unrelated news full of look-alikes (precision ≥ 0.97).
 * `npm run eval:mentions` prints the same figures in full.
 */
import { describe, expect, test } from 'vitest';
import { scoreBriefings, scoreGum } from '../../tools/eval/mention-gold.ts';
import { totalScore } from '../../tools/eval/mention-scores.ts';
import { ROOT } from '../helpers/build.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();

describe('mention quality', () => {
  test('on the labelled briefings', async () => {
    const scores = await scoreBriefings(ROOT, registry);
    expect(scores).toHaveLength(4);
    const total = totalScore(scores.map(({ score }) => score));
    expect(total.truePositives).toBeGreaterThan(100);
    expect(total.precision).toBeGreaterThanOrEqual(0.97);
    expect(total.recall).toBeGreaterThanOrEqual(0.93);
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
