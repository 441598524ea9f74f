/**
 * Run one build in a child process and measure its wall time and peak
 * memory.
 *
 * Peak memory is the largest peak resident set size of any single process
 * of the build (the `astro build` process, whose worker threads share its
 * memory, dominates; the `build-site.ts` wrapper is far smaller). With GNU
 * time it covers every descendant, native programs included; without it, a
 * preloaded module reports each Node process's own peak. Processes of one
 * build run one after another (the wrapper waits for Astro), so the largest
 * single peak is also about the most the build holds at once.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';

export type MemoryProbe = 'gnu-time' | 'node-preload';

export interface Measurement {
  wallMs: number;
  /** Peak resident set size of the largest process, in megabytes (10^6 bytes). */
  peakRssMb: number;
}

/** GNU time's `-f %M` (peak RSS in kilobytes); BSD and macOS `time` lack it. */
export function detectMemoryProbe(): MemoryProbe {
  if (!existsSync(GNU_TIME)) return 'node-preload';
  const probe = spawnSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', 'true'], { stdio: 'ignore' });
  return probe.status === 0 ? 'gnu-time' : 'node-preload';
}

/**
 * A build that exited non-zero, with how long it ran and how much memory it
 * reached: at the largest sizes a build that runs out of memory is a result
 * to record, not a reason to lose the sizes measured before it.
 */
export class BuildFailed extends Error {
  readonly label: string;
  readonly wallMs: number;
  readonly peakRssMb: number | null;
  /** The log's line that says why: an out-of-memory or error line where there is one, else its last. */
  readonly reason: string;

  constructor(message: string, failed: { label: string; wallMs: number; peakRssMb: number | null; reason: string }) {
    super(message);
    ({ label: this.label, wallMs: this.wallMs, peakRssMb: this.peakRssMb, reason: this.reason } = failed);
  }
}

/** The line of a failed build's log that names the cause. */
export function causeIn(log: string): string {
  const lines = log
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const telling = lines.find((line) =>
    /heap out of memory|Invalid string length|\bERR_|^(Range|Type)?Error\b/.test(line),
  );
  return telling ?? lines.at(-1) ?? 'no output';
}

/** Peak memory from the probe's file, in megabytes, or null when the build recorded none. */
function peakRssOf(rssFile: string): number | null {
  if (!existsSync(rssFile)) return null;
  // GNU time puts a note before the figure when the command fails; the preload writes one line per process.
  const kilobytes = readFileSync(rssFile, 'utf8')
    .split('\n')
    .filter((line) => /^\d+$/.test(line))
    .map(Number);
  return kilobytes.length > 0 ? (Math.max(...kilobytes) * 1024) / 1e6 : null;
}

/** The last lines of a log, for an error message that shows why a build failed. */
function tail(file: string, lines = 25): string {
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Run `node <args>` in `cwd` with `env`, its output going to `logFile`.
 * Throws BuildFailed, with the log's tail, when the build fails.
 */
export function runMeasured(options: {
  label: string;
  args: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  probe: MemoryProbe;
}): Measurement {
  const { label, args, cwd, logFile, probe } = options;
  mkdirSync(path.dirname(logFile), { recursive: true });
  const rssFile = `${logFile}.rss`;
  rmSync(rssFile, { force: true });
  const log = openSync(logFile, 'w');
  const env =
    probe === 'node-preload'
      ? {
          ...options.env,
          BENCH_RSS_FILE: rssFile,
          NODE_OPTIONS: `${options.env['NODE_OPTIONS'] ?? ''} --import=${pathToFileURL(path.join(import.meta.dirname, 'peak-rss-preload.ts')).href}`,
        }
      : options.env;
  const [command, commandArgs] =
    probe === 'gnu-time'
      ? [GNU_TIME, ['-f', '%M', '-o', rssFile, process.execPath, ...args]]
      : [process.execPath, [...args]];
  const start = performance.now();
  const run = spawnSync(command, commandArgs, { cwd, env, stdio: ['ignore', log, log] });
  const wallMs = performance.now() - start;
  closeSync(log);
  if (run.error) throw new Error(`Could not start the ${label} build: ${run.error.message}`);
  if (run.status !== 0) {
    throw new BuildFailed(
      `The ${label} build failed (exit ${run.status ?? run.signal}). Its log, ${logFile}, ends:\n${tail(logFile)}`,
      { label, wallMs, peakRssMb: peakRssOf(rssFile), reason: causeIn(readFileSync(logFile, 'utf8')) },
    );
  }
  const peakRssMb = peakRssOf(rssFile);
  if (peakRssMb === null) throw new Error(`No peak memory was recorded for the ${label} build (${rssFile} is empty).`);
  return { wallMs, peakRssMb };
}
