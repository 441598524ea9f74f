/**
 * The pages Astro kept from the last build are reused only when each is the
 * page the site published.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { discardUnpublishedCache, keptPagesProblem } from '../../src/astro/page-cache-check.ts';

let root = '';
const kept = () => path.join(root, 'cache/dist');
const published = () => path.join(root, 'dist');
const write = (folder: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  writeFileSync(path.join(folder, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'briefings-page-cache-'));
  for (const folder of [kept(), published()]) {
    write(folder, 'briefings/a/index.html', '<h1>A</h1>');
    write(folder, 'actors/iran/rss.xml', '<rss/>');
  }
  write(published(), 'index.html', '<h1>Briefings</h1>');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('kept pages that are the published ones are reused; so is an empty cache', () => {
  expect(keptPagesProblem(kept(), published())).toBeNull();
  expect(keptPagesProblem(path.join(root, 'nothing'), published())).toBeNull();
});

test('a kept page that differs from the published one, or that the site never published, is not', () => {
  write(kept(), 'briefings/a/index.html', '<h1>A</h1><script>alert(1)</script>');
  expect(keptPagesProblem(kept(), published())).toBe(
    `its copy of ${path.join('briefings', 'a', 'index.html')} is not the published page`,
  );
  write(kept(), 'briefings/a/index.html', '<h1>A</h1>');
  write(kept(), 'briefings/b/index.html', '<h1>B</h1>');
  expect(keptPagesProblem(kept(), published())).toBe(
    `it kept ${path.join('briefings', 'b', 'index.html')}, which the published site does not have`,
  );
});

test('with no published site to compare with, nothing is reused', () => {
  expect(keptPagesProblem(kept(), undefined)).toBe('there is no published site to check the pages it kept against');
  expect(keptPagesProblem(kept(), path.join(root, 'not-built'))).toBe(
    'there is no published site to check the pages it kept against',
  );
});

test('a cache that fails the check is removed whole, so the next build starts a cache it can reuse', () => {
  const cache = path.join(root, 'cache');
  const manifest = path.join(cache, 'incremental-build.json');
  writeFileSync(manifest, '{}');
  expect(discardUnpublishedCache(cache, published())).toBeNull();
  expect(existsSync(manifest)).toBe(true);

  // A page the site no longer has: left behind, it would fail every later check.
  write(kept(), 'actors/iran/said-by/3/index.html', '<h1>Said by Iran</h1>');
  expect(discardUnpublishedCache(cache, published())).toBe(
    `it kept ${path.join('actors', 'iran', 'said-by', '3', 'index.html')}, which the published site does not have`,
  );
  expect(existsSync(manifest)).toBe(false);
  expect(existsSync(kept())).toBe(false);

  // What the build renders next is kept with a new manifest, and passes.
  writeFileSync(manifest, '{}');
  write(kept(), 'briefings/a/index.html', '<h1>A</h1>');
  expect(discardUnpublishedCache(cache, published())).toBeNull();
});
