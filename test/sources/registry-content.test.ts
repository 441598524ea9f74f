/**
 * The actor registry in content/actors/ covers the actors the briefings are
 * about, with the affiliations later features rely on (a quote by Baqaei is
 * Iran's because Baqaei is a member of Iran).
 */
import { describe, expect, test } from 'vitest';
import { readContentFolder } from '../../src/sources/files/content-files.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { parseActorFile } from '../../src/sources/files/entry-files.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import type { Actor } from '../../src/core/schema/index.ts';
import { ROOT } from '../helpers/build.ts';

async function readRegistry(): Promise<Map<string, Actor>> {
  const { entries, problems } = await readContentFolder(ROOT, 'content/actors', '.yaml', parseActorFile);
  expect(problems.map(formatProblem)).toEqual([]);
  return new Map(entries.map(({ source, data }) => [source.id, data]));
}

describe('the actor registry', async () => {
  const registry = await readRegistry();

  test.each([
    ['iran', 'state'],
    ['russia', 'state'],
    ['syria', 'state'],
    ['turkey', 'state'],
    ['united-states', 'state'],
    ['israel', 'state'],
    ['syrian-government', 'government'],
    ['hayat-tahrir-al-sham', 'armed-group'],
    ['hezbollah', 'armed-group'],
    ['hamas', 'armed-group'],
    ['islamic-state', 'armed-group'],
    ['iraqi-militias', 'armed-group'],
    ['syrian-democratic-forces', 'armed-group'],
    ['kurds', 'people'],
    ['united-nations', 'organisation'],
    ['european-union', 'organisation'],
    ['white-helmets', 'organisation'],
    ['syrian-observatory-for-human-rights', 'organisation'],
  ])('has %s as a %s', (id, kind) => {
    expect(registry.get(id)?.kind).toBe(kind);
  });

  test.each([
    ['bashar-al-assad', 'syrian-government'],
    ['abbas-araghchi', 'iran'],
    ['esmaeil-baqaei', 'iran'],
    ['vladimir-putin', 'russia'],
    ['recep-tayyip-erdogan', 'turkey'],
    ['ban-ki-moon', 'united-nations'],
    ['syrian-government', 'syria'],
  ])('%s is a member of %s', (id, group) => {
    expect(registry.get(id)?.memberOf).toContain(group);
  });

  test('every string an actor goes by belongs to one actor only, unless every claimant shares it on purpose or holds it for a time', () => {
    const owners = new Map<string, { id: string; shared: boolean; timed: boolean }[]>();
    for (const [id, actor] of registry) {
      const timed = new Set((actor.periods ?? []).map(({ text }) => text));
      const forms = [
        { text: actor.name, shared: false },
        ...actor.aliases,
        ...[...actor.demonyms, ...actor.metonyms, ...(actor.titles ?? [])].map((text) => ({ text, shared: false })),
      ];
      for (const { text, shared } of forms) {
        owners.set(text, [...(owners.get(text) ?? []), { id, shared, timed: timed.has(text) }]);
      }
    }
    const claimed = [...owners].filter(([, claims]) => new Set(claims.map(({ id }) => id)).size > 1);
    const onPurpose = ({ shared, timed }: { shared: boolean; timed: boolean }) => shared || timed;
    expect(claimed.filter(([, claims]) => !claims.every(onPurpose))).toEqual([]);
    // The generic words for rebels are the only shared names, and each briefing settles them; the Syrian
    // government's names and the president's titles pass from one holder to the next, so each briefing's
    // date settles them.
    expect(claimed.map(([text]) => text).sort()).toEqual([
      'Damascus',
      'President of Syria',
      'President of the Syrian Arab Republic',
      "Syria's President",
      'Syrian President',
      'Syrian government',
      'rebel',
      'rebel forces',
      'rebels',
    ]);
  });

  test.each([
    ['syrian-government', { successor: 'syrian-caretaker-government', until: '2024-12-08' }],
    ['syrian-caretaker-government', { predecessor: 'syrian-government', successor: 'syrian-transitional-government' }],
    ['syrian-transitional-government', { predecessor: 'syrian-caretaker-government', from: '2025-03-29' }],
    ['hayat-tahrir-al-sham', { from: '2017-01-28', until: '2025-01-29' }],
  ])('%s has its place in time', (id, fields) => {
    expect(registry.get(id)).toMatchObject(fields);
  });

  test('Ahmed al-Sharaa led HTS, then the caretaker and the transitional government, one after the other', () => {
    const memberships = registry.get('ahmed-al-sharaa')?.periods?.filter(({ field }) => field === 'memberOf');
    expect(memberships).toEqual([
      { field: 'memberOf', index: 0, text: 'hayat-tahrir-al-sham', from: '2017-01-28', until: '2025-01-29' },
      { field: 'memberOf', index: 1, text: 'syrian-caretaker-government', from: '2025-01-29', until: '2025-03-29' },
      { field: 'memberOf', index: 2, text: 'syrian-transitional-government', from: '2025-03-29', until: null },
    ]);
  });

  test('the office of President of Syria passes from Bashar al-Assad to Ahmed al-Sharaa, with no holder between', () => {
    const held = (id: string) =>
      (registry.get(id)?.periods ?? [])
        .filter(({ field, text }) => field === 'titles' && text === 'President of Syria')
        .map(({ from, until }) => [from, until]);
    expect(held('bashar-al-assad')).toEqual([['2000-07-17', '2024-12-08']]);
    expect(held('ahmed-al-sharaa')).toEqual([['2025-01-29', null]]);
  });

  test('Erdoğan is stored in NFC, as the matcher will compare it', () => {
    for (const actor of registry.values()) expect(actor.name).toBe(actor.name.normalize('NFC'));
    expect(registry.get('recep-tayyip-erdogan')?.name).toBe('Recep Tayyip Erdoğan');
  });
});

test("the editors' layer alone (the bench's comparison) loads, with the base-layer actors its files name and no others", async () => {
  const { problems, entries } = await loadRegistry(ROOT, 'content/actors', { base: false });
  expect(problems.map(formatProblem)).toEqual([]);
  const ids = new Set(entries.map(({ id }) => id));
  // Volker Türk is a member of the OHCHR, which the base layer holds; the OHCHR is part of the UN.
  expect(ids).toContain('ohchr');
  expect(ids).toContain('united-nations');
  expect(ids).not.toContain('unesco');
  expect(ids).not.toContain('mauritania');
});
