/**
 * `npm run actors -- candidates [--json]` lists every actor discovery finds
 * in the briefings that no registry layer holds, most mentioned first.
 * `npm run actors -- promote <id>` writes `content/actors/<id>.yaml` from one
 * of them for an editor to correct.
 * Exit codes: 0 done, 1 bad content or no such candidate, 2 usage.
 */
import { parseArgs } from 'node:util';
import { contentDirectories } from '../../src/sources/files/content-directories.ts';
import { findCandidates, formatCandidates, promoteCandidate, PromoteError } from './actor-candidates.ts';

const USAGE = 'usage: npm run actors -- candidates [--json] | promote <id>';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const root = process.cwd();
  const directories = contentDirectories();
  if (command === 'candidates' && rest.length === 0) {
    const { candidates, problems } = await findCandidates(root, directories);
    if (problems.length > 0) {
      process.stderr.write(`${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write(
      parsed.values.json ? `${JSON.stringify(candidates, null, 2)}\n` : `${formatCandidates(candidates)}\n`,
    );
    return 0;
  }
  if (command === 'promote' && rest.length === 1 && rest[0] !== undefined) {
    try {
      const file = await promoteCandidate(root, directories, rest[0]);
      process.stdout.write(`Wrote ${file}: check its kind, description and memberOf, then build.\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof PromoteError)) throw error;
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
