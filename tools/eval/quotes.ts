/**
 * Measures the quote core: against PolNeAR's quotations (dev and test) and
 * against the hand-labelled gold for content/ in `test/gold/quotes/`, with
 * the quote finder's throughput on the PolNeAR texts.
 *
 *   npm run eval:quotes -- [--split dev|test] [--polnear] [--verbose]
 *
 * Without `--split` both PolNeAR splits are scored (test first); `--polnear`
 * scores PolNeAR alone, so `--split dev --polnear --verbose` prints the
 * tuning split's errors and no one else's. For each:
 * the figures on its direct quotations as before (`quote-scores.ts`), then
 * spans and speakers with the quoted fragments of mixed attributions
 * included, by cue type. The content/ gold adds the credited actor. The
 * texts are read from ../shared/eval-data/polnear/ at run time through its
 * converter and never stored here: they belong to their publishers. Tune on
 * `dev`, report on `test`; content/ is our own, and so are the sentences in
 * `test/gold/speakers/`, written for the error classes of attribution.
 */
import { parseArgs } from 'node:util';
import { findQuotes } from '../../src/core/quotes/index.ts';
import { loadNotActors } from '../../src/sources/not-actors.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { breakdownLines, emptyBreakdown } from './quote-breakdown.ts';
import { scoreContent } from './quote-content.ts';
import { scoreOwnSentences } from './quote-own.ts';
import { emptyTally, readPolnear, scoreArticle, scoreWithFragments, summary } from './quote-scores.ts';
import { quoteThroughput } from './quote-throughput.ts';

const SPLITS = ['test', 'dev'] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      split: { type: 'string' },
      compartment: { type: 'string' },
      polnear: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const chosen = values.split ?? values.compartment;
  if (chosen !== undefined && chosen !== 'dev' && chosen !== 'test')
    throw new Error(`--split is dev or test, not "${chosen}"`);
  const splits: readonly ('dev' | 'test')[] = chosen === undefined ? SPLITS : [chosen];
  const texts: string[] = [];
  for (const split of splits) {
    const articles = readPolnear(split);
    const tally = emptyTally();
    const breakdown = emptyBreakdown();
    for (const article of articles) {
      texts.push(article.text);
      const { quotes } = findQuotes(article.text);
      const notes = [...scoreArticle(article, quotes, tally), ...scoreWithFragments(article, quotes, breakdown)];
      if (values.verbose) for (const note of notes) console.log(note);
    }
    for (const line of summary(split, articles.length, tally)) console.log(line);
    console.log('');
    const title = `PolNeAR ${split}, quoted fragments of mixed attributions included (exact spans):`;
    for (const line of breakdownLines(title, breakdown, false)) console.log(line);
  }

  if (!values.polnear) await scoreOwnGold(values.verbose);

  const { megabytes, mbPerSecond } = quoteThroughput(texts);
  console.log(
    `quote finder throughput: ${mbPerSecond.toFixed(1)} MB per CPU-second on the PolNeAR texts (${megabytes.toFixed(2)} MB)`,
  );
}

/** The content/ gold and our own sentences, by cue type, with the credited actor where labelled. */
async function scoreOwnGold(verbose: boolean): Promise<void> {
  const root = process.cwd();
  const { registry, problems } = await loadRegistry(root, 'content/actors');
  if (problems.length > 0) throw new Error(`the actor registry has ${problems.length} problems; run npm run build`);
  const breakdown = emptyBreakdown();
  const notes = await scoreContent(root, registry, breakdown);
  if (verbose) for (const note of notes) console.log(note);
  for (const line of breakdownLines('content/ gold (test/gold/quotes/):', breakdown, true)) console.log(line);

  const notActors = (await loadNotActors(root)).names;
  for (const { file, breakdown: own, withActor, notes: ownNotes } of await scoreOwnSentences(
    root,
    registry,
    notActors,
  )) {
    if (verbose) for (const note of ownNotes) console.log(note);
    const title = `our own sentences (test/gold/speakers/${file}), labelled quotes only:`;
    for (const line of breakdownLines(title, own, withActor)) console.log(line);
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
