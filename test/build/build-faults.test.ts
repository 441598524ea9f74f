/**
 * The build under faults, as an operator meets them: two builds of one
 * output at once, a kill at every step (the swap's included), an output that
 * is a mount point or on another file system, a full and a read-only output,
 * and a search indexer that dies. After each, the published site is
 * complete: the old one, the new one, or (after a kill between the swap's
 * two renames) the old one put back by the next build, which says so.
 *
 * Mount points and full or read-only file systems are real ones: each case
 * runs its build inside a private mount namespace (`unshare`), where it
 * mounts a small tmpfs, so nothing outlives the case.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, startBuild, type BuildOptions } from '../helpers/build.ts';

const SITE = 'test/sites/minimal';
const options = (name: string, more: Partial<BuildOptions> = {}): BuildOptions => ({
  name,
  contentDir: SITE,
  // One content cache for every case: they build the same content.
  env: { BRIEFINGS_CACHE_DIR: path.join(ROOT, 'test/output/.cache/faults'), ...more.env },
  ...more,
});

/** The files of a complete site of the minimal tree, by the marks every complete build has. */
function expectComplete(outDir: string, pages: number): void {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
  expect(files.filter((file) => file.endsWith('.html'))).toHaveLength(pages);
  for (const file of ['index.html', '404.html', 'sitemap-index.xml', 'pagefind/pagefind.js'])
    expect(existsSync(path.join(outDir, file)), file).toBe(true);
}

/** What a build leaves beside its output and in the project: nothing, once it is over. */
function leftovers(outDir: string): string[] {
  const base = path.basename(outDir);
  const beside = readdirSync(path.dirname(outDir)).filter((name) => name.startsWith(`${base}.`));
  const staging = path.join(ROOT, '.staging');
  return [...beside, ...(existsSync(staging) ? readdirSync(staging).map((name) => `.staging/${name}`) : [])];
}

let pages = 0;
beforeAll(() => {
  const reference = buildSite(options('faults-reference'));
  expect(reference.status, reference.output).toBe(0);
  pages = readdirSync(reference.outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  ).length;
  expect(pages).toBeGreaterThan(10);
});

describe('two builds of one output at once', () => {
  test('the second refuses, naming the first, and the first publishes a complete site', async () => {
    const first = startBuild(options('faults-overlap'));
    const lock = `${path.join(ROOT, 'test/output/faults-overlap')}.lock`;
    while (!existsSync(lock) && first.child.exitCode === null) await new Promise((done) => setTimeout(done, 50));
    const second = buildSite(options('faults-overlap', { keep: true }));
    expect(second.status).not.toBe(0);
    expect(second.output).toMatch(/another build of \S+faults-overlap is running since \d{4}-\d\d-\d\dT\S+ \(pid \d+/);
    const done = await first.done;
    expect(done.status, done.output).toBe(0);
    expectComplete(done.outDir, pages);
    expect(leftovers(done.outDir)).toEqual([]);
  });
});

describe('a build killed at each step', () => {
  const outDir = path.join(ROOT, 'test/output/faults-kill');
  const OLD = 'from-the-build-before.txt';
  beforeAll(() => {
    expect(buildSite(options('faults-kill')).status).toBe(0);
    writeFileSync(path.join(outDir, OLD), 'the published site');
  });

  test.each(['after-astro', 'after-search'])('killed %s: the published site is untouched', (point) => {
    const killed = buildSite(options('faults-kill', { keep: true, env: { BRIEFINGS_BUILD_KILL_AT: point } }));
    expect(killed.status, killed.output.slice(-2000)).toBeNull();
    expectComplete(outDir, pages);
    expect(existsSync(path.join(outDir, OLD))).toBe(true);
  });

  test('killed by the operator while Astro renders: the site is untouched, and the next build stops the orphaned Astro', async () => {
    const build = startBuild(options('faults-kill', { keep: true }));
    const staging = path.join(ROOT, '.staging', String(build.child.pid));
    while (!existsSync(path.join(staging, '_astro')) && build.child.exitCode === null)
      await new Promise((done) => setTimeout(done, 20));
    const holder = JSON.parse(readFileSync(`${outDir}.lock`, 'utf8')) as { children: number[] };
    build.child.kill('SIGKILL');
    await build.done;
    expectComplete(outDir, pages);
    expect(existsSync(path.join(outDir, OLD))).toBe(true);
    const [astro] = holder.children;
    expect(astro).toBeTypeOf('number');
    const next = buildSite(options('faults-kill', { keep: true }));
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(/held the lock; taken over/);
    expect(() => process.kill(astro ?? 0, 0)).toThrow();
    expectComplete(outDir, pages);
    writeFileSync(path.join(outDir, OLD), 'the published site');
  });

  test('a kill of the search indexer (a Pagefind panic) fails the build with one message and no staging', () => {
    const failed = buildSite(options('faults-kill', { keep: true, env: { BRIEFINGS_BUILD_KILL_AT: 'during-search' } }));
    expect(failed.status).toBe(1);
    expect(failed.output).toContain(
      'The search index was stopped by SIGKILL; test/output/faults-kill/ was left as it was.',
    );
    expect(failed.output).not.toMatch(/unsettled top-level await|\n\s+at /u);
    expect(existsSync(path.join(outDir, OLD))).toBe(true);
    expect(existsSync(path.join(ROOT, '.staging', String(process.pid)))).toBe(false);
  });

  test("killed between the swap's renames: the next build puts the old site back, says so, and publishes", () => {
    const killed = buildSite(
      options('faults-kill', { keep: true, env: { BRIEFINGS_BUILD_KILL_AT: 'between-renames' } }),
    );
    expect(killed.status).toBeNull();
    expect(existsSync(outDir)).toBe(false);
    const next = buildSite(options('faults-kill', { keep: true }));
    expect(next.status, next.output).toBe(0);
    expect(next.output).toMatch(/held the lock; taken over/);
    expect(next.output).toMatch(/Recovered: restored \S+faults-kill from \S+faults-kill\.previous-\d+/);
    expectComplete(outDir, pages);
    expect(existsSync(path.join(outDir, OLD))).toBe(false);
    expect(leftovers(outDir)).toEqual([]);
  });
});

/**
 * Runs `script` as root in a mount namespace of its own, with `$BUILD` a
 * command that builds the minimal site into its first argument.
 */
function inMountNamespace(name: string, script: string): { status: number | null; output: string } {
  const env = options(name).env ?? {};
  const build = `env BRIEFINGS_CONTENT_DIR=${SITE} BRIEFINGS_CACHE_DIR=${env['BRIEFINGS_CACHE_DIR']} NO_COLOR=1 ${process.execPath} tools/build/main.ts --outDir`;
  const root = process.getuid?.() === 0 ? [] : ['--user', '--map-root-user'];
  const result = spawnSync('unshare', [...root, '--mount', '--propagation', 'private', 'sh', '-c', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BUILD: build },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('outputs that cannot be renamed or written', () => {
  const dir = path.join(ROOT, 'test/output/faults-mounts');
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an output that is a mount point has its contents replaced, and a kill mid-way is finished by the next build', () => {
    const out = path.join(dir, 'mounted');
    const run = inMountNamespace(
      'faults-mounted',
      `set -e; mkdir -p ${out}; mount -t tmpfs -o size=64m tmpfs ${out}; echo old > ${out}/old.txt
       $BUILD ${out}; echo "first: $(ls ${out} | tr '\\n' ' ')"
       BRIEFINGS_BUILD_KILL_AT=contents-swap $BUILD ${out} || echo "killed: $?"
       $BUILD ${out}; echo "after: $(ls -A ${out} | tr '\\n' ' ')"; echo "html: $(find ${out} -name '*.html' | wc -l)"`,
    );
    expect(run.status, run.output.slice(-3000)).toBe(0);
    expect(run.output).toMatch(/first: 404\.html .*index\.html .*pagefind/);
    expect(run.output).not.toMatch(/first: .*old\.txt/);
    expect(run.output).toContain('killed: 137');
    expect(run.output).toContain(
      `Recovered: finished publishing the site a stopped build had begun to move into ${out}.`,
    );
    expect(run.output).not.toMatch(/after: .*\.(incoming|outgoing)-/);
    expect(run.output).toContain(`html: ${pages}`);
  });

  test('an output on another file system is built in the project and copied across', () => {
    const out = path.join(dir, 'other-fs');
    const run = inMountNamespace(
      'faults-other-fs',
      `set -e; mkdir -p ${out}; mount -t tmpfs -o size=64m tmpfs ${out}
       $BUILD ${out}/dist; echo "html: $(find ${out}/dist -name '*.html' | wc -l)"; echo "beside: $(ls -A ${out} | tr '\\n' ' ')"`,
    );
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain(`html: ${pages}`);
    expect(run.output).toContain('beside: dist \n');
  });

  test('a full output fails with one message naming the full disk, and leaves nothing on it', () => {
    const out = path.join(dir, 'full');
    const run = inMountNamespace(
      'faults-full',
      `mkdir -p ${out}; mount -t tmpfs -o size=2m tmpfs ${out}
       $BUILD ${out}/dist; echo "status: $?"; echo "left: $(ls -A ${out} | tr '\\n' ' ')."`,
    );
    expect(run.output).toContain('status: 1');
    expect(run.output).toMatch(
      /cannot write the new site beside \S+: the disk is full \(\w+\); \S+ was left as it was\./,
    );
    expect(run.output).toContain('left: .');
    expect(run.output).not.toMatch(/\n\s+at /u);
  });

  test('a read-only output fails at once with one message naming it', () => {
    const out = path.join(dir, 'read-only');
    const run = inMountNamespace(
      'faults-read-only',
      `mkdir -p ${out}; mount -t tmpfs -o size=2m,ro tmpfs ${out}
       $BUILD ${out}/dist; echo "status: $?"`,
    );
    expect(run.output).toContain('status: 1');
    expect(run.output).toMatch(/cannot create the build lock \S+: the folder is on a read-only file system \(EROFS\)/);
    expect(run.output).not.toContain('[build]');
  });
});
