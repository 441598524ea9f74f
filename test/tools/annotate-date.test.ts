/**
 * `npm run annotate` reads names by date: a briefing by its own, a plain-text
 * article by `--date` (before every change of names without one).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotateFile, BadInputError } from '../../tools/annotate/annotate-file.ts';
import { ROOT } from '../helpers/build.ts';
import { writeContentTree } from '../helpers/fixture-site.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();
const tree = writeContentTree('annotate-date', {
  'article.txt': 'Damascus said it would hold talks with the Syrian army.\n',
});
const article = path.join(ROOT, tree, 'article.txt');

const links = async (date?: Date) =>
  (await annotateFile(article, registry, date ? { date } : {})).mentions.map(({ text, actor }) => `${text} → ${actor}`);

describe('annotate by date', () => {
  test('a plain-text article with no date is read before any change of names, a capital passed on as its state', async () => {
    expect(await links()).toEqual(['Damascus → syria', 'Syrian army → syrian-arab-army']);
  });

  test('with a date, its names mean what they meant then', async () => {
    expect(await links(new Date('2025-04-01T00:00:00Z'))).toEqual([
      'Damascus → syrian-transitional-government',
      'Syrian → syria',
    ]);
  });

  test('a briefing keeps its own date: --date with a .md file is refused', async () => {
    const briefing = path.join(ROOT, 'content/articles/2025-03-30-syria-forms-transitional-government.md');
    await expect(annotateFile(briefing, registry, { date: new Date('2020-01-01T00:00:00Z') })).rejects.toThrow(
      BadInputError,
    );
    const report = await annotateFile(briefing, registry);
    expect(report.mentions.filter(({ text }) => text === 'Damascus').map(({ actor }) => actor)).toEqual([
      'syrian-transitional-government',
    ]);
  });
});
