/**
 * `npm run actors -- candidates [--json]` lists every actor discovery finds
 * in the briefings that no registry layer holds, most mentioned first.
 * `npm run actors -- promote <id>...` writes `content/actors/<id>.yaml` from
 * each of them for an editor to correct; `promote --briefing <briefing>`
 * does so for every one a briefing names.
 * Exit codes: 0 done, 1 bad content or no such candidate, 2 usage.
 */
import { parseArgs } from 'node:util';
import { contentDirectories } from '../../src/sources/files/content-directories.ts';
import { findCandidates, formatCandidates, promoteCandidates, PromoteError } from './actor-candidates.ts';

const USAGE = 'usage: npm run actors -- candidates [--json] | promote <id>... | promote --briefing <briefing>';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, briefing: { type: 'string' } },
    });
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
  const briefing = parsed.values.briefing;
  if (command === 'promote' && (briefing === undefined) !== (rest.length === 0)) {
    try {
      const files = await promoteCandidates(root, directories, briefing === undefined ? { ids: rest } : { briefing });
      const list = files.map((file) => `  ${file}`).join('\n');
      process.stdout.write(`Wrote:\n${list}\nCheck each one's kind, description and memberOf, then build.\n`);
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
