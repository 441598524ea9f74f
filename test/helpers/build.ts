/**
 * Build the site for a test: the real `astro build` in a child process, on
 * any content tree, into its own output and cache folders.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, as a person running the build would see them. */
  output: string;
  outDir: string;
}

/**
 * The test runner's environment without what Vitest adds to it: it exports
 * its own `BASE_URL`, `MODE` and `NODE_ENV=test`, which would override the
 * build's `--base` and production mode.
 */
function inheritedEnv(): NodeJS.ProcessEnv {
  const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')),
  );
}

export interface BuildOptions {
  name: string;
  contentDir?: string;
  base?: string;
  keep?: boolean;
  /** Build into this folder instead of `test/output/<name>` (an output on another file system). */
  outDir?: string;
  /** More environment for the build (time zone, locale, a fault point). */
  env?: NodeJS.ProcessEnv;
}

function buildCommand(options: BuildOptions): { args: string[]; env: NodeJS.ProcessEnv; outDir: string } {
  const outDir = options.outDir ?? path.join(ROOT, 'test/output', options.name);
  if (!options.keep) rmSync(outDir, { recursive: true, force: true });
  return {
    outDir,
    args: ['tools/build/main.ts', '--outDir', outDir, ...(options.base ? ['--base', options.base] : [])],
    env: {
      ...inheritedEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      BRIEFINGS_CACHE_DIR: path.join(ROOT, 'test/output/.cache', options.name),
      ...(options.contentDir ? { BRIEFINGS_CONTENT_DIR: options.contentDir } : {}),
      ...options.env,
    },
  };
}

/**
 * Build with `npm run build`'s own script (tools/build/main.ts), so tests
 * see what editors get, swap of the finished site included. `keep` leaves
 * an earlier build's output in place, to check that a failed build keeps it.
 */
export function buildSite(options: BuildOptions): BuildResult {
  const { args, env, outDir } = buildCommand(options);
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** The same build, running while the test goes on (two builds at once). */
export function startBuild(options: BuildOptions): { child: ChildProcess; done: Promise<BuildResult> } {
  const { args, env, outDir } = buildCommand(options);
  const child = spawn(process.execPath, args, { cwd: ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const done = new Promise<BuildResult>((resolve) =>
    child.on('close', (status) => resolve({ status, output, outDir })),
  );
  return { child, done };
}
