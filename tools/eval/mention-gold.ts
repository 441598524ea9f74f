/**
 * The hand-labelled mention sets: four briefings in content/ (the seed and
 * three Middle-East Wikinews articles) and the 24 GUM Wikinews articles in
 * ../shared/corpus, read at test or evaluation time.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import type { Registry } from '../../src/core/registry/registry.ts';
import { annotateFile } from '../annotate/annotate-file.ts';
import { scoreMentions, type LabelledMention, type MentionScore } from './mention-scores.ts';

interface BriefingGold {
  source: string;
  mentions: LabelledMention[];
}

interface GumGold {
  articles: Record<string, LabelledMention[]>;
}

export async function scoreBriefings(
  root: string,
  registry: Registry,
): Promise<{ source: string; score: MentionScore }[]> {
  const directory = path.join(root, 'test/gold/mentions');
  const files = (await readdir(directory)).filter((file) => file.endsWith('.json') && file !== 'gum.json').sort();
  return Promise.all(
    files.map(async (file) => {
      const gold = JSON.parse(await readFile(path.join(directory, file), 'utf8')) as BriefingGold;
      const report = await annotateFile(path.join(root, gold.source), registry);
      return { source: gold.source, score: scoreMentions(report.mentions, gold.mentions) };
    }),
  );
}

/** The GUM articles' bodies, matched as plain text; every link not in the labels is a false link. */
export async function scoreGum(root: string, registry: Registry): Promise<{ article: string; score: MentionScore }[]> {
  const gold = JSON.parse(await readFile(path.join(root, 'test/gold/mentions/gum.json'), 'utf8')) as GumGold;
  const corpus = path.resolve(root, '../shared/corpus/wikinews/gum');
  return Promise.all(
    Object.entries(gold.articles).map(async ([article, labels]) => {
      const { body } = JSON.parse(await readFile(path.join(corpus, `${article}.json`), 'utf8')) as { body: string };
      const { mentions } = findMentions(registry, body);
      return { article, score: scoreMentions(mentions, labels) };
    }),
  );
}
