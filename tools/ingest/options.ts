/**
 * The ingest command line: options as data, parsed with Node's own
 * `parseArgs` in strict mode, so a misspelt option is a usage error rather
 * than silently ignored.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { Overrides } from './frontmatter.ts';

export const USAGE = `Usage: npm run ingest -- <file|folder|-> [options]

Turns scraped article text or a saved web page into content/articles/<date>-<slug>.md.
A folder ingests every file in it; - reads standard input.

Options:
  --title <text>        the headline, when the input has none (one file only)
  --date <YYYY-MM-DD>   the publication date, when the input has none
  --source-name <name>  the publisher, e.g. Reuters
  --source-url <url>    the original article (one file only)
  --out <folder>        where to write (default: content/articles)
  --dry-run             show the entry and what was removed; write nothing
  --force               replace an entry that already exists
  -h, --help            show this help`;

const OPTIONS = {
  title: { type: 'string' },
  date: { type: 'string' },
  'source-name': { type: 'string' },
  'source-url': { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies ParseArgsOptionsConfig;

/** The command line is wrong: exit code 2, with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface IngestRequest {
  /** A file, a folder, or `-` for standard input; absent only with `help`. */
  target: string;
  overrides: Overrides;
  out: string;
  dryRun: boolean;
  force: boolean;
  help: boolean;
}

export function parseIngestArgs(args: readonly string[], defaultOut: string): IngestRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs reports unknown options and missing values as plain errors with a clear message.
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const help = values.help;
  if (!help && positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'name a file, a folder, or - for standard input'
        : `one input at a time (got ${positionals.length}); put the files in a folder to ingest them together`,
    );
  }
  const overrides: Overrides = {
    ...(values.title === undefined ? {} : { title: values.title }),
    ...(values.date === undefined ? {} : { date: values.date }),
    ...(values['source-name'] === undefined ? {} : { sourceName: values['source-name'] }),
    ...(values['source-url'] === undefined ? {} : { sourceUrl: values['source-url'] }),
  };
  return {
    target: positionals[0] ?? '',
    overrides,
    out: values.out ?? defaultOut,
    dryRun: values['dry-run'],
    force: values.force,
    help,
  };
}

/** `--title` and `--source-url` describe one article; the files of a folder cannot share them. */
export function checkFolderOverrides(overrides: Overrides): void {
  if (overrides.title !== undefined || overrides.sourceUrl !== undefined) {
    throw new UsageError('--title and --source-url describe one article; ingest the files of a folder one at a time');
  }
}
