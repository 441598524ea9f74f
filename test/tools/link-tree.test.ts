/**
 * A published folder brought into a new site: as links where the two share
 * a file system, as copies where they cannot (/dev/shm is a memory file
 * system of its own on Linux, so a link from there to the temporary folder
 * fails with EXDEV).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { linkTree } from '../../tools/build/link-tree.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A published folder under `parent`: two files, one in a subfolder, and a folder to leave out. */
function publishedFolder(parent: string): string {
  const folder = mkdtempSync(path.join(parent, 'briefings-published-'));
  folders.push(folder);
  mkdirSync(path.join(folder, 'fragment'));
  mkdirSync(path.join(folder, 'briefings-01-of-16'));
  writeFileSync(path.join(folder, 'pagefind-entry.json'), '{"version":"1"}');
  writeFileSync(path.join(folder, 'fragment', 'en_1.pf_fragment'), 'fragment');
  writeFileSync(path.join(folder, 'briefings-01-of-16', 'pagefind-entry.json'), '{}');
  return folder;
}

function newSite(): string {
  const site = mkdtempSync(path.join(tmpdir(), 'briefings-linked-'));
  folders.push(site);
  return path.join(site, 'pagefind');
}

const leaveOutBundles = (source: string) => path.basename(source).startsWith('briefings-');

test('on one file system each file is linked, shared with the published folder, and what `skip` names is left out', () => {
  const published = publishedFolder(tmpdir());
  const target = newSite();
  linkTree(published, target, leaveOutBundles);
  for (const file of ['pagefind-entry.json', 'fragment/en_1.pf_fragment']) {
    expect(readFileSync(path.join(target, file), 'utf8')).toBe(readFileSync(path.join(published, file), 'utf8'));
    expect(statSync(path.join(target, file)).ino, file).toBe(statSync(path.join(published, file)).ino);
  }
  expect(() => statSync(path.join(target, 'briefings-01-of-16'))).toThrow(/ENOENT/);
});

test('across file systems, where no link can be made, each file is copied', () => {
  const published = publishedFolder('/dev/shm');
  const target = newSite();
  linkTree(published, target);
  for (const file of ['pagefind-entry.json', 'fragment/en_1.pf_fragment', 'briefings-01-of-16/pagefind-entry.json']) {
    expect(readFileSync(path.join(target, file), 'utf8')).toBe(readFileSync(path.join(published, file), 'utf8'));
    expect(statSync(path.join(target, file)).dev, file).not.toBe(statSync(path.join(published, file)).dev);
  }
});
