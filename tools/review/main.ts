/**
 * `npm run review [-- --json]` prints every outstanding note of the
 * archive, grouped by rule and briefing with file:line:column, as the last
 * build left them (a warm build keeps each briefing's notes with its cached
 * record). `npm run review -- --changes [--json]` prints what the last build
 * changed in the annotations: links added, removed or moved to another
 * actor, quotations re-attributed.
 * Exit codes: 0 done, 1 no build has written the review file, 2 usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readReviewFile } from '../../src/astro/review-file.ts';
import { formatChanges, formatNotes, notesByRule, reviewFilePath } from './review-report.ts';

const USAGE = 'usage: npm run review [-- --changes] [--json]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean', default: false }, changes: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const root = process.cwd();
  const file = reviewFilePath(root);
  const review = await readReviewFile(file);
  if (!review) {
    process.stderr.write(`No build has written ${path.relative(root, file)} yet: run npm run build first.\n`);
    return 1;
  }
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  if (values.changes) {
    process.stdout.write(values.json ? json(review.changes) : `${formatChanges(review.changes)}\n`);
  } else {
    const groups = notesByRule(review);
    process.stdout.write(values.json ? json(groups) : `${formatNotes(groups)}\n`);
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
