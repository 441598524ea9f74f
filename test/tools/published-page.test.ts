/**
 * A page Astro restored from its page cache is published again only when it
 * is, byte for byte, the page the site published (tools/build/main.ts builds
 * again without the cache otherwise; test/build/page-cache.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { isPublished, isPublishedPage } from '../../tools/build/published-page.ts';

let root = '';
const site = () => path.join(root, 'staging');
const published = () => path.join(root, 'dist');
const write = (folder: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  writeFileSync(path.join(folder, file), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'briefings-published-page-'));
  for (const folder of [site(), published()]) write(folder, 'briefings/a/index.html', '<h1>A</h1>');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('the same bytes are the published page', () => {
  expect(isPublishedPage(site(), published(), 'briefings/a/index.html')).toBe(true);
});

test('a page that differs by one byte, or that either site lacks, is not', () => {
  write(site(), 'briefings/a/index.html', '<h1>A</h1><script>alert(1)</script>');
  expect(isPublishedPage(site(), published(), 'briefings/a/index.html')).toBe(false);
  write(site(), 'briefings/a/index.html', '<h1>B</h1>');
  expect(isPublishedPage(site(), published(), 'briefings/a/index.html')).toBe(false);
  write(site(), 'briefings/new/index.html', '<h1>New</h1>');
  expect(isPublishedPage(site(), published(), 'briefings/new/index.html')).toBe(false);
  expect(isPublishedPage(site(), published(), 'briefings/gone/index.html')).toBe(false);
});

test('text the indexer read is the published page when its UTF-8 bytes are', () => {
  write(published(), 'briefings/b/index.html', '<h1>São Tomé’s “talks”</h1>');
  expect(isPublished(published(), 'briefings/b/index.html', '<h1>São Tomé’s “talks”</h1>')).toBe(true);
  expect(isPublished(published(), 'briefings/b/index.html', '<h1>Sao Tome’s “talks”</h1>')).toBe(false);
  expect(isPublished(published(), 'briefings/missing/index.html', '')).toBe(false);
});
