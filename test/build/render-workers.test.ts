/**
 * Briefings rendered in worker threads give the site and the review file of
 * briefings rendered on the main thread alone, byte for byte: `content/`
 * built with no worker, then with two (forced: on its own, a tree this small
 * renders on the main thread).
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';

const cacheOf = (name: string) => path.join(ROOT, 'test/output/.cache', name);
const files = (outDir: string) => readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort();

let alone: BuildResult;
let workers: BuildResult;
beforeAll(() => {
  for (const name of ['workers-none', 'workers-two']) rmSync(cacheOf(name), { recursive: true, force: true });
  alone = buildSite({ name: 'workers-none', env: { BRIEFINGS_RENDER_WORKERS: '0' } });
  workers = buildSite({ name: 'workers-two', env: { BRIEFINGS_RENDER_WORKERS: '2' } });
});

test('both build, the second in two worker threads besides the main one', () => {
  expect(alone.status, alone.output).toBe(0);
  expect(workers.status, workers.output).toBe(0);
  expect(alone.output).not.toContain('worker threads');
  expect(workers.output).toMatch(/Rendering \d+ briefings here and in 2 worker threads/);
});

test('every file of the site is the same', () => {
  const names = files(alone.outDir);
  expect(files(workers.outDir)).toEqual(names);
  const differing = names.filter((name) => {
    const file = path.join(alone.outDir, name);
    if (!name.includes('.')) return false;
    return !readFileSync(file).equals(readFileSync(path.join(workers.outDir, name)));
  });
  expect(differing).toEqual([]);
});

test('the notes are printed and kept in the same order', () => {
  const notes = (output: string) =>
    [...output.matchAll(/(content\/articles\/\S+\.md:\d+:\d+: .+ \[[\w-]+\])$/gm)].flatMap((match) => match[1] ?? []);
  expect(notes(workers.output).length).toBeGreaterThan(10);
  expect(notes(workers.output)).toEqual(notes(alone.output));
  const review = (name: string) => readFileSync(path.join(cacheOf(name), 'annotation-review.json'), 'utf8');
  expect(review('workers-two')).toBe(review('workers-none'));
});
