/**
 * Measures the quote core against PolNeAR's direct quotations: quote span
 * precision, recall and F1, and speaker accuracy.
 *
 *   npm run eval:quotes -- [--compartment dev|test] [--verbose]
 *
 * The texts are read from ../shared/eval-data/polnear/ at run time through
 * its converter and never stored here: they belong to their publishers.
 * The converter runs without `--direct-only`: its direct quotations are the
 * same, and the other attributions say which speech spans to leave unscored
 * (see `quote-scores.ts` for how each is scored). Tune on `dev`, report
 * on `test`.
 */
import { parseArgs } from 'node:util';
import { emptyTally, readPolnear, scoreArticle, summary } from './quote-scores.ts';

function main(): void {
  const { values } = parseArgs({
    options: {
      compartment: { type: 'string', default: 'dev' },
      verbose: { type: 'boolean', default: false },
    },
  });
  const compartment = values.compartment;
  if (compartment !== 'dev' && compartment !== 'test')
    throw new Error(`--compartment is dev or test, not "${compartment}"`);
  const articles = readPolnear(compartment);
  const tally = emptyTally();
  for (const article of articles) {
    const notes = scoreArticle(article, tally);
    if (values.verbose) for (const note of notes) console.log(note);
  }
  for (const line of summary(compartment, articles.length, tally)) console.log(line);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
