/**
 * The annotation pool on the briefings of content/: workers give exactly
 * what the loader's own thread gives, in the order of the tasks, and a
 * failure in a worker names the briefing it was annotating.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotateInOrder, workerCount, type PoolOptions } from '../../src/astro/annotation-pool.ts';
import type { AnnotationResult, AnnotationTask } from '../../src/astro/briefing-annotator.ts';
import { readArticles } from '../../src/sources/files/articles.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { correctionRulesOf } from '../../src/sources/schema/correction-rules.ts';
import { ROOT } from '../helpers/build.ts';

const registry = await loadRegistry(ROOT, 'content/actors');
const articles = await readArticles(ROOT, { articles: 'content/articles', actors: 'content/actors' }, registry.ids);
const tasks: AnnotationTask[] = articles.entries.map(({ source, data, markdown, lineOf }) => ({
  markdown: markdown.padded,
  path: source.file,
  taggedActors: data.actors,
  correctionRules: correctionRulesOf(data.corrections, lineOf),
  date: data.date,
}));

function options(workers: number, configFile = path.join(ROOT, 'briefings.config.ts')): PoolOptions {
  return {
    settings: { entries: registry.entries, notActors: [], discovery: true, basePath: '/' },
    remarkPlugins: [],
    configFile,
    env: { BRIEFINGS_ANNOTATION_WORKERS: String(workers) },
  };
}

async function collect(results: AsyncGenerator<AnnotationResult>): Promise<AnnotationResult[]> {
  const all: AnnotationResult[] = [];
  for await (const result of results) all.push(result);
  return all;
}

describe('annotating in workers', () => {
  test('two workers give the same HTML, records and notes as this thread, in the order of the tasks', async () => {
    expect(tasks.length).toBeGreaterThan(30);
    const here = await collect(annotateInOrder(tasks, options(0)));
    const inWorkers = await collect(annotateInOrder(tasks, options(2)));
    expect(inWorkers).toEqual(here);
    // The order is the tasks' own: each record is its briefing's (the seed's quotes are the seed's).
    const seed = tasks.findIndex((task) => task.path.includes('2024-12-02-iranian-backed-militias'));
    const result = inWorkers[seed];
    expect(result?.rendered && result.html).toContain('Bashar Assad');
  }, 120_000);

  test('a briefing a worker cannot annotate fails the load with its file and the reason', async () => {
    const poisoned = tasks.map((task, index) =>
      index === 7 ? { ...task, markdown: `${task.markdown}\n\nPOISON\n` } : task,
    );
    const failing = options(2, path.join(ROOT, 'test/fixtures/annotation-pool/failing.config.ts'));
    await expect(collect(annotateInOrder(poisoned, failing))).rejects.toThrow(
      `${tasks[7]?.path}: this plugin refuses the word POISON`,
    );
  }, 120_000);
});

describe('how many workers', () => {
  test('none for a small load; one per core for a large one; the setting wins, and a bad one is refused', () => {
    expect(workerCount(40, {})).toBe(0);
    expect(workerCount(100_000, {})).toBeGreaterThanOrEqual(1);
    expect(workerCount(40, { BRIEFINGS_ANNOTATION_WORKERS: '3' })).toBe(3);
    expect(workerCount(2, { BRIEFINGS_ANNOTATION_WORKERS: '3' })).toBe(2);
    expect(() => workerCount(40, { BRIEFINGS_ANNOTATION_WORKERS: 'many' })).toThrow(
      'BRIEFINGS_ANNOTATION_WORKERS is "many"; give a whole number of workers (0 for none)',
    );
  });
});
