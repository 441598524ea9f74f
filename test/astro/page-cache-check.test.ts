/**
 * The pages Astro kept from the last build may be restored (and are then
 * compared with the published site, page by page, by the build: see
 * test/tools/published-page.test.ts and test/build/page-cache.test.ts) only
 * when its manifest can be checked and names no file outside them, and there
 * is a published site to compare with.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { discardUnpublishedCache, keptPagesProblem, listedPages } from '../../src/astro/page-cache-check.ts';

let root = '';
const cache = () => path.join(root, 'cache');
const kept = () => path.join(cache(), 'dist');
const manifest = () => path.join(cache(), 'incremental-build.json');
const published = () => path.join(root, 'dist');
const write = (folder: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
  writeFileSync(path.join(folder, file), text);
};
/** Astro's manifest listing `files` (its `outputFile`s) as the paths of one route. */
const writeManifest = (...files: string[]) =>
  write(
    cache(),
    'incremental-build.json',
    JSON.stringify({
      version: 1,
      routes: {
        'src/pages/x.astro': {
          dependencyHash: 'd',
          paths: Object.fromEntries(files.map((outputFile) => [`/${outputFile}`, { cacheKey: 'k', outputFile }])),
        },
      },
    }),
  );

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'briefings-page-cache-'));
  for (const folder of [kept(), published()]) {
    write(folder, 'briefings/a/index.html', '<h1>A</h1>');
    write(folder, 'actors/iran/rss.xml', '<rss/>');
  }
  write(published(), 'index.html', '<h1>Briefings</h1>');
  writeManifest('briefings/a/index.html', 'actors/iran/rss.xml');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

test('a cache whose manifest names only kept pages is reused; so is a cache with no manifest, which restores nothing', () => {
  // A kept page that differs from the published one is found as Astro restores it, not here.
  write(kept(), 'briefings/a/index.html', '<h1>A</h1><script>alert(1)</script>');
  expect(keptPagesProblem(cache(), published())).toBeNull();
  rmSync(manifest());
  expect(keptPagesProblem(cache(), published())).toBeNull();
});

test('a manifest naming a file outside the kept pages, or that is no manifest, fails the check', () => {
  for (const outside of ['../../dist/index.html', '/etc/passwd', 'file:///etc/passwd', 'https://example.org/x']) {
    writeManifest('briefings/a/index.html', outside);
    expect(keptPagesProblem(cache(), published()), outside).toBe(
      `its manifest names ${outside}, which is not among the pages it keeps`,
    );
  }
  for (const broken of ['not json', '{"routes": 3}', '{"routes": {"r": {"paths": {"/a/": {"outputFile": 1}}}}}']) {
    write(cache(), 'incremental-build.json', broken);
    expect(keptPagesProblem(cache(), published()), broken).toBe('its manifest is not one this build can check');
  }
  expect(listedPages('{"routes": {}}')).toEqual({ files: [] });
});

test('with no published site to compare with, nothing is reused', () => {
  expect(keptPagesProblem(cache(), undefined)).toBe('there is no published site to check the pages it kept against');
  expect(keptPagesProblem(cache(), path.join(root, 'not-built'))).toBe(
    'there is no published site to check the pages it kept against',
  );
});

test('a cache that fails the check is removed whole, so the next build starts a cache it can reuse', () => {
  expect(discardUnpublishedCache(cache(), published())).toBeNull();
  expect(existsSync(manifest())).toBe(true);

  writeManifest('briefings/a/index.html', '../../dist/index.html');
  expect(discardUnpublishedCache(cache(), published())).toBe(
    'its manifest names ../../dist/index.html, which is not among the pages it keeps',
  );
  expect(existsSync(manifest())).toBe(false);
  expect(existsSync(kept())).toBe(false);

  // What the build renders next is kept with a new manifest, and passes.
  write(kept(), 'briefings/a/index.html', '<h1>A</h1>');
  writeManifest('briefings/a/index.html');
  expect(discardUnpublishedCache(cache(), published())).toBeNull();
});
