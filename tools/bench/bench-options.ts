/**
 * The command line of `npm run bench`, as data: what each option means and
 * its default, parsed apart from the benchmark itself.
 */
import { parseArgs } from 'node:util';

export const USAGE = `usage: npm run bench [-- --sizes 1000,5000] [--runs 3] [--seed 1] [--quick]

  --sizes  corpus sizes in briefings, comma-separated (default 1000,5000); a size whose build
           fails (20000 out of memory) is recorded as failed, and the other sizes still run
  --runs   cold builds per site and size; the median is reported (default 3)
  --seed   the corpus seed; the same seed gives the same corpus (default 1)
  --quick  a smoke run: 50 briefings, one cold run, results under tools/bench/.work/
           instead of tools/bench/results.json and tools/bench/results.md`;

export interface BenchOptions {
  sizes: number[];
  runs: number;
  seed: number;
  /** A smoke run whose results do not replace the recorded ones. */
  quick: boolean;
}

/** A command line the benchmark cannot run with; the message says what to change. */
export class UsageError extends Error {}

function positiveInteger(option: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`--${option} takes whole numbers of at least 1, not "${text}"`);
  }
  return value;
}

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        sizes: { type: 'string' },
        runs: { type: 'string' },
        seed: { type: 'string', default: '1' },
        quick: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { quick } = values;
  const sizes = (values.sizes ?? (quick ? '50' : '1000,5000')).split(',').map((size) => positiveInteger('sizes', size));
  return {
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: positiveInteger('runs', values.runs ?? (quick ? '1' : '3')),
    seed: positiveInteger('seed', values.seed),
    quick,
  };
}
