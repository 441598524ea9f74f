/**
 * Time in actor files, as an editor meets it: periods on names, memberships
 * and actors, and every mistake in them reported with file, line and field.
 */
import { describe, expect, test } from 'vitest';
import { parseActorFile } from '../../src/sources/files/entry-files.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { ROOT } from '../helpers/build.ts';
import { writeContentTree } from '../helpers/fixture-site.ts';

/** The problems of a registry of these actor files alone (no base layer), as the build prints them. */
async function problemsOf(name: string, files: Record<string, string>): Promise<string[]> {
  const tree = writeContentTree(
    name,
    Object.fromEntries(Object.entries(files).map(([id, text]) => [`actors/${id}.yaml`, text])),
  );
  const { problems } = await loadRegistry(ROOT, `${tree}/actors`, { base: false });
  return problems.map(formatProblem);
}

const OLD = [
  'name: { text: Ruritanian government, until: 2024-12-08 }',
  'kind: government',
  'description: The old government.',
  'until: 2024-12-08',
  'successor: new-government',
  'metonyms:',
  '  - { text: Strelsau, until: 2024-12-08 }',
].join('\n');

const NEW = [
  'name: Ruritanian interim government',
  'kind: government',
  'description: The new government.',
  'from: 2024-12-08',
  'predecessor: old-government',
  'aliases:',
  '  - { text: Ruritanian government, from: 2024-12-08 }',
  'metonyms:',
  '  - { text: Strelsau, from: 2024-12-08 }',
].join('\n');

describe('periods in actor files', () => {
  test('one name held by two governments one after the other is no problem', async () => {
    expect(await problemsOf('time-handover', { 'old-government': OLD, 'new-government': NEW })).toEqual([]);
  });

  test('two periods of one name that overlap are an error at the line of each later claim', async () => {
    const overlapping = NEW.replace('{ text: Strelsau, from: 2024-12-08 }', '{ text: Strelsau, from: 2024-12-01 }');
    expect(await problemsOf('time-overlap', { 'old-government': OLD, 'new-government': overlapping })).toEqual([
      'test/output/content/time-overlap/actors/old-government.yaml:7: metonyms.0: metonym "Strelsau" of ' +
        'old-government (until 2024-12-08) is also the metonym "Strelsau" of new-government (from 2024-12-01) at ' +
        'test/output/content/time-overlap/actors/new-government.yaml:9; ' +
        "their periods overlap; make them meet (one's `until` is the other's `from`) or remove one",
    ]);
  });

  test('a name one actor holds for a time and another always is an overlap too', async () => {
    const always = NEW.replace('{ text: Ruritanian government, from: 2024-12-08 }', 'Ruritanian government');
    expect(await problemsOf('time-always', { 'old-government': OLD, 'new-government': always })).toEqual([
      'test/output/content/time-always/actors/old-government.yaml:1: name: name "Ruritanian government" of ' +
        'old-government (until 2024-12-08) is also the alias "Ruritanian government" of new-government at ' +
        'test/output/content/time-always/actors/new-government.yaml:7; ' +
        "their periods overlap; make them meet (one's `until` is the other's `from`) or remove one",
    ]);
  });

  test('a predecessor and a successor that disagree, or name no actor, are errors at their lines', async () => {
    const other = NEW.replace('predecessor: old-government', 'predecessor: old-govrnment');
    expect(await problemsOf('time-succession', { 'old-government': OLD, 'new-government': other })).toEqual([
      'test/output/content/time-succession/actors/new-government.yaml:5: predecessor: no actor "old-govrnment" ' +
        'in test/output/content/time-succession/actors/ (did you mean "old-government"?)',
    ]);
    const third = NEW.replace('predecessor: old-government', 'predecessor: third-government');
    const THIRD = 'name: Third\nkind: government\ndescription: Another.\n';
    expect(
      await problemsOf('time-disagree', { 'old-government': OLD, 'new-government': third, 'third-government': THIRD }),
    ).toEqual([
      'test/output/content/time-disagree/actors/old-government.yaml:5: successor: new-government names ' +
        'third-government as its predecessor, not old-government; make the two files agree',
    ]);
  });
});

describe('titles in actor files', () => {
  /** A made-up head of state holding the office of `title` for `period` (YAML flow fields). */
  const holder = (name: string, title: string, period: string) =>
    [
      `name: ${name}`,
      'kind: person',
      'description: A made-up head of state.',
      'titles:',
      `  - { text: ${title}, ${period} }`,
    ].join('\n');

  test('one office held by two people one after the other is no problem', async () => {
    expect(
      await problemsOf('title-handover', {
        'anna-first': holder('Anna First', 'Ruritanian President', 'until: 2024-12-08'),
        'boris-second': holder('Boris Second', 'President of Ruritania', 'from: 2025-01-29'),
        'carla-third': holder('Carla Third', 'Ruritanian President', 'from: 2025-01-29'),
      }),
    ).toEqual([]);
  });

  test('two periods of one title that overlap are an error naming both files and lines, whatever the letter case', async () => {
    expect(
      await problemsOf('title-overlap', {
        'anna-first': holder('Anna First', 'Ruritanian President', 'until: 2024-12-08'),
        'boris-second': holder('Boris Second', 'Ruritanian president', 'from: 2024-12-01'),
      }),
    ).toEqual([
      'test/output/content/title-overlap/actors/boris-second.yaml:5: titles.0: title "Ruritanian president" of ' +
        'boris-second (from 2024-12-01) is also the title "Ruritanian President" of anna-first (until 2024-12-08) ' +
        'at test/output/content/title-overlap/actors/anna-first.yaml:5; ' +
        "their periods overlap; make them meet (one's `until` is the other's `from`) or remove one",
    ]);
  });

  test('one person holding one title twice over the same days is an error too', async () => {
    const twice = [
      holder('Anna First', 'Ruritanian President', 'from: 2010-01-01, until: 2015-01-01'),
      '  - { text: Ruritanian President, from: 2014-06-01, until: 2019-01-01 }',
    ].join('\n');
    expect(await problemsOf('title-twice', { 'anna-first': twice })).toEqual([
      'test/output/content/title-twice/actors/anna-first.yaml:6: titles.1: title "Ruritanian President" of ' +
        'anna-first (from 2014-06-01 until 2019-01-01) is also the title "Ruritanian President" of anna-first ' +
        '(from 2010-01-01 until 2015-01-01) at test/output/content/title-twice/actors/anna-first.yaml:5; ' +
        "their periods overlap; make them meet (one's `until` is the other's `from`) or remove one",
    ]);
  });
});

describe('a name claimed by several files', () => {
  const claimant = (name: string) =>
    [`name: ${name}`, 'kind: organisation', 'description: A made-up body.', 'aliases:', '  - Strelsau Council'].join(
      '\n',
    );

  test('names every file and line that claims it', async () => {
    const problems = await problemsOf('claims-three', {
      'first-body': claimant('First Body'),
      'second-body': claimant('Second Body'),
      'third-body': claimant('Third Body'),
    });
    const at = (id: string) => `test/output/content/claims-three/actors/${id}.yaml:5`;
    const alias = (id: string) => `alias "Strelsau Council" of ${id}`;
    const remedy = 'remove one, or mark the alias `shared: true` in both entries so each briefing decides';
    expect(problems).toEqual([
      `${at('second-body')}: aliases.0: ${alias('second-body')} is also the ${alias('first-body')} at ${at('first-body')}; ${remedy}`,
      `${at('third-body')}: aliases.0: ${alias('third-body')} is also the ${alias('first-body')} at ${at('first-body')} ` +
        `and the ${alias('second-body')} at ${at('second-body')}; ${remedy}`,
    ]);
  });
});

test('an alias bomb is one problem, at the line of its key, not one at each alias', async () => {
  const bomb = [
    'name: Bomb',
    'kind: organisation',
    'description: Far too many names.',
    'aliases:',
    ...Array.from({ length: 3000 }, (_, index) => `  - B${index}`),
  ].join('\n');
  // The bomb is not compiled, so a name it shares with another file is no second problem.
  const other = ['name: Other', 'kind: organisation', 'description: A made-up body.', 'aliases: [B7]'].join('\n');
  expect(await problemsOf('alias-bomb', { bomb, other })).toEqual([
    'test/output/content/alias-bomb/actors/bomb.yaml:4: aliases: holds 3000 entries; ' +
      'an actor may have at most 100 in one list, so list fewer',
  ]);
});

test('the registry digest, which re-renders every briefing when it changes, changes with a period alone', async () => {
  const digestOf = async (name: string, until: string) => {
    const tree = writeContentTree(name, { 'actors/old-government.yaml': OLD.replaceAll('2024-12-08', until) });
    return (await loadRegistry(ROOT, `${tree}/actors`, { base: false })).digest;
  };
  expect(await digestOf('time-digest-a', '2024-12-08')).not.toBe(await digestOf('time-digest-b', '2024-12-09'));
});

describe('the schema of a period', () => {
  const actor = (lines: string[]) => {
    const result = parseActorFile(['kind: government', 'description: x.', ...lines].join('\n'), 'actors/x.yaml');
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  test.each([
    [
      ['name: { text: X, from: 2025-02-30 }'],
      'actors/x.yaml:3: name.from: "2025-02-30" is not a real calendar date (February 2025 has 28 days)',
    ],
    [
      ['name: X', 'from: 2025-01-01', 'until: 2024-01-01'],
      'actors/x.yaml:5: until: until 2024-01-01 must be after from 2025-01-01 (until is the first day it no longer holds)',
    ],
    [
      ['name: X', 'aliases:', '  - { text: Y, from: 2025-01-01, until: 2025-01-01 }'],
      'actors/x.yaml:5: aliases.0.until: until 2025-01-01 must be after from 2025-01-01 (until is the first day it no longer holds)',
    ],
    [
      ['name: X', 'memberOf:', '  - { actor: Not An Id, from: 2025-01-01 }'],
      'actors/x.yaml:5: memberOf.0.actor: an actor id is lower-case letters, digits and single hyphens (e.g. "hayat-tahrir-al-sham")',
    ],
    [
      ['name: X', 'titles:', '  - { text: President of X, from: 2025-13-01 }'],
      'actors/x.yaml:5: titles.0.from: "2025-13-01" has no month 13 (months run 01–12)',
    ],
    [
      ['name: X', 'metonyms:', '  - { text: Y, since: 2025-01-01 }'],
      'actors/x.yaml:5: metonyms.0.since: is not a known field; check its spelling against the schema in src/core/schema/actor.ts',
    ],
  ])('%j: %s', (lines, message) => {
    expect(actor(lines)).toEqual([message]);
  });
});
