/**
 * The pages Astro kept from the last build are reused only when each one its
 * manifest would restore is the page the site published.
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

test('kept pages that are the published ones are reused; so is a cache with no manifest, which restores nothing', () => {
  expect(keptPagesProblem(cache(), published())).toBeNull();
  rmSync(manifest());
  expect(keptPagesProblem(cache(), published())).toBeNull();
});

test('a kept page that differs from the published one, or that the site never published, is not', () => {
  write(kept(), 'briefings/a/index.html', '<h1>A</h1><script>alert(1)</script>');
  expect(keptPagesProblem(cache(), published())).toBe(
    `its copy of ${path.join('briefings', 'a', 'index.html')} is not the published page`,
  );
  write(kept(), 'briefings/a/index.html', '<h1>A</h1>');
  write(kept(), 'briefings/b/index.html', '<h1>B</h1>');
  writeManifest('briefings/a/index.html', 'briefings/b/index.html');
  expect(keptPagesProblem(cache(), published())).toBe(
    `it kept ${path.join('briefings', 'b', 'index.html')}, which the published site does not have`,
  );
});

test('only what the manifest lists is checked: a page it lists and the cache lacks is rendered, a page it does not list never restored', () => {
  writeManifest('briefings/a/index.html', 'briefings/gone/index.html');
  write(kept(), 'briefings/unlisted/index.html', '<h1>Never restored</h1>');
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

  write(kept(), 'briefings/a/index.html', '<h1>A, changed in the cache</h1>');
  expect(discardUnpublishedCache(cache(), published())).toBe(
    `its copy of ${path.join('briefings', 'a', 'index.html')} is not the published page`,
  );
  expect(existsSync(manifest())).toBe(false);
  expect(existsSync(kept())).toBe(false);

  // What the build renders next is kept with a new manifest, and passes.
  write(kept(), 'briefings/a/index.html', '<h1>A</h1>');
  writeManifest('briefings/a/index.html');
  expect(discardUnpublishedCache(cache(), published())).toBeNull();
});
