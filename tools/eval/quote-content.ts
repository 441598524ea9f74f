/**
 * Scores the quotations the site's pipeline finds in content/ against the
 * hand-labelled gold in `test/gold/quotes/` (its README gives the format):
 * spans, the speaker right and the credited actor right, by how the speaker
 * appears. Every article is read, so a speech quote in an article without
 * gold is a false positive.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Registry } from '../../src/core/registry/registry.ts';
import { loadNotActors } from '../../src/sources/not-actors.ts';
import { annotateFile, type AnnotateReport } from '../annotate/annotate-file.ts';
import { countQuote, type Breakdown } from './quote-breakdown.ts';
import { CUE_TYPES } from './quote-cue-types.ts';

const goldFile = z.object({
  source: z.string(),
  quotes: z.array(
    z.object({
      quote: z.string().min(1),
      speaker: z.string().min(1),
      actor: z.string().nullable(),
      appears: z.enum(CUE_TYPES),
    }),
  ),
});

type GoldFile = z.infer<typeof goldFile>;
type ReportQuote = AnnotateReport['quotes'][number];

/** A predicted span: where its text starts, and the quote it belongs to. */
interface PredictedSpan {
  text: string;
  quote: ReportQuote;
}

function normalised(words: string): string {
  return words.replace(/\\/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The last word, without a possessive: `Professor Eastman` and `Cres Eastman` share `eastman`. */
function surname(name: string): string {
  return (
    normalised(name)
      .split(' ')
      .at(-1)
      ?.replace(/['’]s?$/u, '') ?? ''
  );
}

function speakerRight(registry: Registry, gold: string, speaker: ReportQuote['speaker']): boolean {
  if (speaker === null) return false;
  if (registry.actors.has(gold as never)) return speaker.id === gold;
  return normalised(speaker.name) === normalised(gold) || surname(speaker.name) === surname(gold);
}

async function readGold(directory: string): Promise<Map<string, GoldFile>> {
  const gold = new Map<string, GoldFile>();
  for (const file of (await readdir(directory)).filter((name) => name.endsWith('.json')).sort()) {
    const parsed = goldFile.safeParse(JSON.parse(await readFile(path.join(directory, file), 'utf8')));
    if (!parsed.success) throw new Error(`${path.join(directory, file)}: ${z.prettifyError(parsed.error)}`);
    gold.set(parsed.data.source, parsed.data);
  }
  return gold;
}

/**
 * Adds every content/ article's figures to `breakdown`; returns one line per
 * miss (a quote not found, a wrong speaker or actor, an extra span) for `--verbose`.
 */
export async function scoreContent(root: string, registry: Registry, breakdown: Breakdown): Promise<string[]> {
  const gold = await readGold(path.join(root, 'test/gold/quotes'));
  const notes: string[] = [];
  const notActors = (await loadNotActors(root)).names;
  const articles = (await readdir(path.join(root, 'content/articles'))).filter((name) => name.endsWith('.md')).sort();
  for (const name of articles) {
    const source = `content/articles/${name}`;
    const report = await annotateFile(path.join(root, source), registry, { notActors });
    const labels = gold.get(source)?.quotes ?? [];
    // The record joins a quotation's spans with ` … ` (split by its attribution) or a blank line (its
    // paragraphs); each span is matched on its own.
    const spans: PredictedSpan[] = report.quotes
      .filter((quote) => quote.kind === 'speech')
      .flatMap((quote) => quote.text.split(/ … |\n\n/u).map((text) => ({ text: normalised(text), quote })));
    const matched = new Set<PredictedSpan>();
    for (const label of labels) {
      const words = normalised(label.quote);
      const span = spans.find((candidate) => !matched.has(candidate) && candidate.text.startsWith(words));
      if (span) matched.add(span);
      const speaker = span?.quote.speaker ?? null;
      const right = span ? speakerRight(registry, label.speaker, speaker) : null;
      // The gold credits registered actors; one only discovery found (a university, a newspaper) counts as none.
      const actor = speaker?.actor && registry.actors.has(speaker.actor as never) ? speaker.actor : null;
      const actorRight = actor === label.actor;
      countQuote(breakdown, label.appears, span !== undefined, right, actorRight);
      if (!span) notes.push(`${name} MISSED  ${JSON.stringify(label.quote)}`);
      else if (!right || !actorRight) {
        notes.push(
          `${name} SPEAKER ${JSON.stringify(label.quote)} gold ${label.speaker} (${label.actor}) got ${speaker ? `${speaker.name} (${speaker.actor})` : 'none'}`,
        );
      }
    }
    for (const span of spans)
      if (!matched.has(span)) notes.push(`${name} EXTRA   ${JSON.stringify(span.text.slice(0, 60))}`);
    breakdown.goldSpans += labels.length;
    breakdown.goldMatched += matched.size;
    breakdown.predictedSpans += spans.length;
    breakdown.predictedMatched += matched.size;
  }
  return notes;
}
