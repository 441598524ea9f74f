/**
 * `npm run annotate -- <file.md|file.txt> [--json] [--actors <dir>] [--date YYYY-MM-DD]`
 *
 * Prints the actor mentions found in one file, human-readable or as JSON.
 * Exit codes: 0 done, 1 bad input (the file or the registry), 2 usage.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { loadNotActors } from '../../src/sources/not-actors.ts';
import { calendarDateSchema } from '../../src/sources/schema/calendar-date.ts';
import briefingsConfig from '../../briefings.config.ts';
import { annotateFile, BadInputError, formatReport } from './annotate-file.ts';

const USAGE = 'usage: npm run annotate -- <file.md|file.txt> [--json] [--actors content/actors] [--date YYYY-MM-DD]';

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        actors: { type: 'string', default: 'content/actors' },
        date: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [file, ...rest] = parsed.positionals;
  if (file === undefined || rest.length > 0) throw new UsageError('give exactly one file');
  const date = parsed.values.date === undefined ? undefined : calendarDateSchema.safeParse(parsed.values.date);
  if (date?.success === false) throw new UsageError(`--date: ${date.error.issues[0]?.message ?? 'not a date'}`);

  const { registry, problems } = await loadRegistry(process.cwd(), parsed.values.actors);
  // Beside the registry it is read with: content/actors has content/not-actors.yaml.
  const notActors = await loadNotActors(
    process.cwd(),
    path.join(path.dirname(parsed.values.actors), 'not-actors.yaml'),
  );
  if (problems.length > 0 || notActors.problems.length > 0) {
    const all = [...problems, ...notActors.problems].map(formatProblem).join('\n');
    process.stderr.write(`The actor registry has problems:\n${all}\n`);
    return 1;
  }
  const report = await annotateFile(file, registry, {
    notActors: notActors.names,
    remarkPlugins: briefingsConfig.remarkPlugins ?? [],
    ...(date?.data === undefined ? {} : { date: date.data }),
  });
  process.stdout.write(
    parsed.values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, registry)}\n`,
  );
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof BadInputError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
