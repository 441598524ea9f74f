/**
 * The hand-labelled mention sets: every briefing in content/ (the seed and
 * the Wikinews articles), sentences written for the error classes of unseen
 * text (test/gold/mentions/*.md: look-alikes, split names, demonyms before
 * organisations, descriptors), and the 24 GUM Wikinews articles in
 * ../shared/corpus, read at test or evaluation time.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { settleMentions } from '../../src/core/discovery/settle.ts';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import type { Registry } from '../../src/core/registry/registry.ts';
import { loadNotActors } from '../../src/sources/not-actors.ts';
import { annotateFile } from '../annotate/annotate-file.ts';
import { scoreMentions, type LabelledMention, type MentionScore } from './mention-scores.ts';

/**
 * The content/ briefings whose labels rules have been written against: the
 * seed and three Middle-East Wikinews articles. The others were labelled at
 * stop 45 by a labeller who read neither the code nor its output, and are
 * scored apart, as a first look at real news text.
 */
export const TUNED_BRIEFINGS: ReadonlySet<string> = new Set(
  [
    '2009-01-18-israel-announces-ceasefire-in-gaza-strip-rocket-fire',
    '2011-12-11-thousands-protest-over-alleged-russian-election-fraud',
    '2013-08-23-syrian-army-bombs-damascus-suburbs-after-allegedly-using',
    '2024-12-02-iranian-backed-militias-enter-syria',
  ].map((name) => `content/articles/${name}.md`),
);

interface BriefingGold {
  source: string;
  mentions: LabelledMention[];
  /** Words that only look like a state's name or demonym (`French` in `French fries`): none may link to a state. */
  lookalikes?: { start: number; text: string }[];
}

interface GumGold {
  articles: Record<string, LabelledMention[]>;
}

/** How the look-alikes of one labelled set fared, and the true state mentions in the same blocks. */
export interface LookalikeScore {
  lookalikes: number;
  /** Look-alikes a state was linked on. */
  linked: { start: number; text: string; actor: string }[];
  /** True state mentions in the blocks that hold a look-alike, and how many of them were linked. */
  stateMentions: number;
  stateMentionsLinked: number;
}

export interface BriefingScore {
  source: string;
  score: MentionScore;
  lookalikes: LookalikeScore | null;
}

/** The block (paragraph) an offset falls in: blocks are separated by a blank line. */
function blockOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n\n').length - 1;
}

function scoreLookalikes(
  registry: Registry,
  text: string,
  found: readonly LabelledMention[],
  gold: BriefingGold,
): LookalikeScore | null {
  if (!gold.lookalikes) return null;
  const isState = (actor: string) => registry.actors.get(actor as never)?.kind === 'state';
  const linked = gold.lookalikes.flatMap((lookalike) =>
    found
      .filter(
        (mention) =>
          isState(mention.actor) &&
          mention.start < lookalike.start + lookalike.text.length &&
          mention.start + mention.text.length > lookalike.start,
      )
      .map((mention) => ({ ...lookalike, actor: mention.actor })),
  );
  const blocks = new Set(gold.lookalikes.map(({ start }) => blockOf(text, start)));
  const states = gold.mentions.filter((mention) => isState(mention.actor) && blocks.has(blockOf(text, mention.start)));
  const foundKeys = new Set(found.map(({ start, text: surface, actor }) => `${start}:${surface}:${actor}`));
  return {
    lookalikes: gold.lookalikes.length,
    linked,
    stateMentions: states.length,
    stateMentionsLinked: states.filter(({ start, text: surface, actor }) =>
      foundKeys.has(`${start}:${surface}:${actor}`),
    ).length,
  };
}

export async function scoreBriefings(root: string, registry: Registry): Promise<BriefingScore[]> {
  const directory = path.join(root, 'test/gold/mentions');
  const files = (await readdir(directory)).filter((file) => file.endsWith('.json') && file !== 'gum.json').sort();
  const notActors = (await loadNotActors(root)).names;
  return Promise.all(
    files.map(async (file) => {
      const gold = JSON.parse(await readFile(path.join(directory, file), 'utf8')) as BriefingGold;
      const report = await annotateFile(path.join(root, gold.source), registry, { notActors });
      return {
        source: gold.source,
        score: scoreMentions(report.mentions, gold.mentions),
        lookalikes: scoreLookalikes(registry, report.text, report.mentions, gold),
      };
    }),
  );
}

/** The GUM articles' bodies, matched and settled as plain text; every link not in the labels is a false link. */
export async function scoreGum(root: string, registry: Registry): Promise<{ article: string; score: MentionScore }[]> {
  const gold = JSON.parse(await readFile(path.join(root, 'test/gold/mentions/gum.json'), 'utf8')) as GumGold;
  const corpus = path.resolve(root, '../shared/corpus/wikinews/gum');
  return Promise.all(
    Object.entries(gold.articles).map(async ([article, labels]) => {
      const { body } = JSON.parse(await readFile(path.join(corpus, `${article}.json`), 'utf8')) as { body: string };
      const { mentions } = settleMentions(registry, body, findMentions(registry, body));
      return { article, score: scoreMentions(mentions, labels) };
    }),
  );
}
