/**
 * Scraped article text or saved web pages to briefing entries:
 *
 *   npm run ingest -- <file|folder|-> [--title …] [--date YYYY-MM-DD]
 *     [--source-name …] [--source-url …] [--out <folder>] [--dry-run] [--force]
 *
 * Exit codes: 0 written (or shown, with --dry-run); 1 bad input, and then
 * nothing is written, not even the good files of a folder, so the editor can
 * fix the input and run the same command again; 2 a wrong command line.
 * The work is done in the modules beside it; this file only reads the command line,
 * prints, and turns errors into exit codes.
 */
import { existsSync } from 'node:fs';
import type { Removal } from './boilerplate.ts';
import { ingest, type IngestedEntry } from './ingest.ts';
import { checkFolderOverrides, parseIngestArgs, UsageError, USAGE } from './options.ts';
import { readInputs } from './read-input.ts';
import { writeEntry } from './write-entry.ts';
import { contentDirectories } from '../../src/sources/files/content-directories.ts';
import { formatProblem, sortProblems, type ContentProblem } from '../../src/sources/files/problems.ts';

function describeRemovals(entry: IngestedEntry): string {
  const line = ({ block, reason }: Removal) =>
    `  ${block.line === undefined ? '' : `line ${block.line}, `}${reason}: ${block.text}`;
  const counts = `${entry.kept} blocks kept, ${entry.removed.length} removed`;
  if (entry.removed.length === 0) return `${counts}.`;
  return [`${counts}; check that none of these is article text:`, ...entry.removed.map(line)].join('\n');
}

async function main(args: readonly string[]): Promise<number> {
  const request = parseIngestArgs(args, contentDirectories().articles);
  if (request.help) {
    console.log(USAGE);
    return 0;
  }
  const { inputs, isFolder, problems } = await readInputs(request.target, process.stdin);
  if (isFolder) checkFolderOverrides(request.overrides);

  const entries: IngestedEntry[] = [];
  for (const input of inputs) {
    const result = ingest(input, request.overrides, request.out);
    if (result.ok) entries.push(result.value);
    else problems.push(...result.problems);
  }
  const claimedBy = new Map<string, string>();
  for (const { file, input } of entries) {
    const refuse = (message: string) => problems.push({ file: input, line: 1, message });
    const earlier = claimedBy.get(file);
    if (earlier !== undefined) refuse(`would become ${file}, as ${earlier} does; give one another title or date`);
    else if (!request.force && existsSync(file)) refuse(`${file} already exists; pass --force to replace it`);
    claimedBy.set(file, input);
  }
  if (problems.length > 0) return fail(problems);

  for (const entry of entries) {
    const { file } = entry;
    if (request.dryRun) {
      console.log(`Would write ${file} from ${entry.input}:\n\n${entry.text}`);
    } else if (await writeEntry(file, entry.text, request)) {
      console.log(`Wrote ${file} from ${entry.input}.`);
    } else {
      // Created by someone else since the check above.
      return fail([{ file: entry.input, line: 1, message: `${file} already exists; pass --force to replace it` }]);
    }
    console.log(describeRemovals(entry));
  }
  return 0;
}

function fail(problems: readonly ContentProblem[]): number {
  for (const problem of sortProblems(problems)) console.error(formatProblem(problem));
  console.error(problems.length === 1 ? 'Nothing was written.' : `${problems.length} problems; nothing was written.`);
  return 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
