/**
 * The briefings loader parses only what it must: a briefing whose annotation
 * entry and Astro store entry are both current is read but neither parsed
 * nor rendered again (src/astro/loaders.ts), while an edited one, or one
 * Astro's store lost, is parsed again.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { articlesLoader } from '../../src/astro/loaders.ts';

const parsedCounts = vi.hoisted(() => [] as number[]);
vi.mock('../../src/sources/files/articles.ts', async (original) => {
  const actual = await original<typeof import('../../src/sources/files/articles.ts')>();
  return {
    ...actual,
    parseArticles: (...args: Parameters<typeof actual.parseArticles>) => {
      parsedCounts.push(args[0].length);
      return actual.parseArticles(...args);
    },
  };
});

const repo = path.resolve(import.meta.dirname, '../..');
const BRIEFINGS = [
  '2024-12-11-syria-caretaker-prime-minister-named.md',
  '2025-03-30-syria-forms-transitional-government.md',
];
let root = '';

interface StoreEntry {
  id: string;
  data: unknown;
  filePath?: string;
  digest?: string | number;
}

/** The part of Astro's data store the loader uses, in memory. */
function memoryStore() {
  const entries = new Map<string, StoreEntry>();
  return {
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
    set: (entry: StoreEntry) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    entries,
  };
}

const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

async function load(store: ReturnType<typeof memoryStore>): Promise<number> {
  const loader = articlesLoader({
    directory: 'content/articles',
    actorsDirectory: 'content/actors',
    notActorsFile: 'content/not-actors.yaml',
  });
  parsedCounts.length = 0;
  const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/cache/`), base: '/' };
  await loader.load({ config, store, logger } as never);
  return parsedCounts.reduce((sum, count) => sum + count, 0);
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'briefings-articles-loader-'));
  // The base layer is read from the project's own files, the actors and names from its content.
  symlinkSync(path.join(repo, 'src'), path.join(root, 'src'));
  mkdirSync(path.join(root, 'content/articles'), { recursive: true });
  symlinkSync(path.join(repo, 'content/actors'), path.join(root, 'content/actors'));
  copyFileSync(path.join(repo, 'content/not-actors.yaml'), path.join(root, 'content/not-actors.yaml'));
  for (const name of BRIEFINGS) {
    copyFileSync(path.join(repo, 'content/articles', name), path.join(root, 'content/articles', name));
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('an unchanged briefing is not parsed again; an edited one, or one Astro’s store lost, is', async () => {
  const store = memoryStore();
  expect(await load(store)).toBe(2);
  expect(store.entries.size).toBe(2);
  const digests = [...store.entries.values()].map(({ digest }) => digest);

  expect(await load(store)).toBe(0);
  expect([...store.entries.values()].map(({ digest }) => digest)).toEqual(digests);

  const edited = path.join(root, 'content/articles', BRIEFINGS[1] as string);
  writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nThe talks resumed on Monday.\n`);
  expect(await load(store)).toBe(1);
  const afterEdit = [...store.entries.values()].map(({ digest }) => digest);
  expect(afterEdit[0]).toBe(digests[0]);
  expect(afterEdit[1]).not.toBe(digests[1]);

  // Astro's store gone, the annotation store kept: each briefing is parsed for its fields, not rendered.
  store.entries.clear();
  expect(await load(store)).toBe(2);
  expect([...store.entries.values()].map(({ digest }) => digest).sort()).toEqual([...afterEdit].sort());
});
