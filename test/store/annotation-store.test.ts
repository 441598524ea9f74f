/**
 * The annotation store on disk: an entry written is read back whole; one
 * changed in any way (its HTML, its header, cut short, made for another
 * key) is refused with the reason, and planted markup is refused by the
 * markup check even under a recomputed sha256; writes leave no temporary
 * file; prune keeps only the entries asked for.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { emptyRecord } from '../../src/core/record.ts';
import { annotationStore, type EntryRead } from '../../src/store/annotation-store.ts';
import { encodeEntry, type StoredBriefing } from '../../src/store/entry.ts';

const directory = path.join(import.meta.dirname, '../output/store-unit');
const keyOf = (text: string) => createHash('sha256').update(text).digest('hex');
const KEY = keyOf('2024-12-02-talks');
const MADE = keyOf('the code and registry');

const briefing: StoredBriefing = {
  record: {
    ...emptyRecord(),
    sentences: [{ id: 's1', start: 0, end: 53, text: 'Iran said the talks would resume in Vienna on Monday.' }],
  },
  notes: [{ line: 7, column: 1, reason: 'A quotation with no speaker', ruleId: 'quote-speaker', fatal: false }],
  html: '<p>Iran said the talks would resume in <a href="/actors/austria/">Vienna</a> on Monday.</p>',
};

const store = () => annotationStore(directory);
const files = () => readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((name) => name.includes('.'));
const refusal = (read: EntryRead) => ('refused' in read ? read.refused : 'entry' in read ? 'served' : 'missing');

/** Rewrites the stored entry of KEY through `edit`, as a person or a fault would. */
function tamper(edit: (text: string) => string): void {
  const file = store().fileOf(KEY);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
}

beforeEach(() => {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
});

describe('an entry written and read back', () => {
  test('holds the record, the notes and the HTML, and what made it', () => {
    store().write(KEY, MADE, briefing);
    const read = store().read(KEY);
    if (!('entry' in read)) throw new Error(`not served: ${refusal(read)}`);
    expect(read.entry.made).toBe(MADE);
    expect(read.entry.record()).toEqual(briefing.record);
    expect(read.entry.notes()).toEqual(briefing.notes);
    expect(read.entry.html()).toBe(briefing.html);
  });

  test('lives under its key in a folder named by the first two digits, with no temporary file left', () => {
    store().write(KEY, MADE, briefing);
    expect(files()).toEqual([path.join(KEY.slice(0, 2), `${KEY}.entry`)]);
  });

  test('a key never written is missing; a string that is no key names no file', () => {
    expect(store().read(keyOf('another briefing'))).toEqual({ missing: true });
    expect(store().read('../../etc/passwd')).toEqual({ missing: true });
    expect(() => store().fileOf('../x')).toThrow('Not an annotation store key: "../x"');
  });
});

describe('a changed entry is refused', () => {
  const planted = '<script>alert(1)</script><img src=x onerror=alert(1)>';
  test.each([
    [
      'markup planted in its HTML, the JSON still valid',
      (text: string) => text.replace('on Monday.', `on Monday.${planted}`),
      'changed since it was written (sha256 mismatch)',
    ],
    [
      'a word of its record edited by hand',
      (text: string) => text.replace('"text":"Iran said', '"text":"Russia said'),
      'changed since it was written (sha256 mismatch)',
    ],
    [
      'its header pointing at other code',
      (text: string) => text.replace(MADE, keyOf('other code')),
      'changed since it was written (sha256 mismatch)',
    ],
    [
      'cut short',
      (text: string) => text.slice(0, Math.floor(text.length / 2)),
      'changed since it was written (sha256 mismatch)',
    ],
    ['cut inside its header', (text: string) => text.slice(0, 20), 'unreadable (no valid header)'],
    ['of another format', (text: string) => text.replace('{"format":1', '{"format":2'), 'of another format (2)'],
    [
      'moved under another key',
      (text: string) => text.replace(`"key":"${KEY}"`, `"key":"${keyOf('x')}"`),
      'made for another version of the briefing',
    ],
  ])('%s', (_case, edit, reason) => {
    store().write(KEY, MADE, briefing);
    tamper(edit);
    expect(refusal(store().read(KEY))).toBe(reason);
  });

  test('planted markup under a recomputed sha256 passes the checksum, and not the markup check', () => {
    store().write(KEY, MADE, briefing);
    tamper(() => encodeEntry(KEY, MADE, { ...briefing, html: `${briefing.html}${planted}` }));
    expect(refusal(store().read(KEY))).toBe('served');
    expect(refusal(store().read(KEY, 'markup'))).toBe(
      'its HTML holds what the pipeline never writes: <script> is not allowed',
    );
  });

  test('the markup of HTML the site already published is not parsed again; other HTML still is', () => {
    store().write(KEY, MADE, briefing);
    tamper(() => encodeEntry(KEY, MADE, { ...briefing, html: `${briefing.html}${planted}` }));
    const asked: string[] = [];
    const publishedAs = (page: string) => ({
      markup: 'unless published' as const,
      published: (html: string) => {
        asked.push(html);
        return page.includes(html);
      },
    });
    // Published with the planted markup: whoever planted it could write the site itself.
    expect(refusal(store().read(KEY, publishedAs(`<main>${briefing.html}${planted}</main>`)))).toBe('served');
    expect(refusal(store().read(KEY, publishedAs(`<main>${briefing.html}</main>`)))).toBe(
      'its HTML holds what the pipeline never writes: <script> is not allowed',
    );
    expect(asked).toEqual([`${briefing.html}${planted}`, `${briefing.html}${planted}`]);
  });

  test('and written again whole', () => {
    store().write(KEY, MADE, briefing);
    tamper((text) => text.replace('on Monday.', `on Monday.${planted}`));
    store().write(KEY, MADE, briefing);
    const read = store().read(KEY);
    expect('entry' in read && read.entry.html()).toBe(briefing.html);
  });
});

describe('prune', () => {
  test('keeps the entries asked for and removes the others and what a killed write left', () => {
    const other = keyOf('2024-12-03-gone');
    store().write(KEY, MADE, briefing);
    store().write(other, MADE, briefing);
    const leftover = `${store().fileOf(KEY)}.4242-deadbeef.tmp`;
    writeFileSync(leftover, '{"format":1');
    writeFileSync(path.join(directory, 'stray'), '');
    store().prune(new Set([KEY]));
    expect(files()).toEqual([path.join(KEY.slice(0, 2), `${KEY}.entry`)]);
    expect('entry' in store().read(KEY)).toBe(true);
  });

  test('of a store never written does nothing', () => {
    rmSync(directory, { recursive: true, force: true });
    expect(() => store().prune(new Set())).not.toThrow();
  });
});
