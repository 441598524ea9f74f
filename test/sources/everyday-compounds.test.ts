/**
 * The editors' list of everyday compounds (`content/everyday-compounds.yaml`):
 * read with every problem at its line, carried by the registry, and read by
 * the settling step, so an editor's new compound unlinks the state's word.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { settleMentions } from '../../src/core/discovery/settle.ts';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import { parseEverydayCompounds } from '../../src/sources/everyday-compounds.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { compileRegistry, loadRegistry, type LoadedRegistry } from '../../src/sources/registry/load-registry.ts';
import { ROOT } from '../helpers/build.ts';

const FILE = 'content/everyday-compounds.yaml';
let loaded: LoadedRegistry;

beforeAll(async () => {
  loaded = await loadRegistry(ROOT, 'content/actors');
});

describe('the list of everyday compounds', () => {
  test('the project’s list loads with the registry, kept as the settling step looks compounds up', () => {
    expect(loaded.problems).toEqual([]);
    for (const compound of ['french fries', 'great dane', 'mexican standoff', 'brazilian jiujitsu', 'india pale ale']) {
      expect(loaded.registry.everydayCompounds).toContain(compound);
    }
  });

  test('a content tree without the file has none', async () => {
    expect((await loadRegistry(ROOT, 'test/sites/minimal/actors')).registry.everydayCompounds.size).toBe(0);
  });

  test('every problem is reported with its line, and the well-formed compounds still load', () => {
    const { compounds, problems } = parseEverydayCompounds(
      'foods:\n  - French fries\n  - Swiss\n  - Kenyan tea leaf blend mix\nthings:\n  - french  Fries\nBreeds:\n  - Great Dane\n',
      FILE,
    );
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}:3: foods.1: "Swiss" is one word; a compound is the state's word and another`,
      `${FILE}:4: foods.2: "Kenyan tea leaf blend mix" is longer than 4 words; the settling step reads no longer compound`,
      `${FILE}:6: things.0: "french  Fries" is listed already; list a compound once`,
      `${FILE}:7: Breeds: a heading is lower-case letters, digits and hyphens`,
    ]);
    expect(compounds).toEqual(new Set(['french fries', 'great dane']));
  });

  test('a hyphen inside a later word is dropped, and one after the first word is a space', () => {
    expect(parseEverydayCompounds('things:\n  - Mexican stand-off\n  - Greek-key\n', FILE).compounds).toEqual(
      new Set(['mexican standoff', 'greek key']),
    );
  });
});

describe('an editor’s compound, read by the settling step', () => {
  const sentence = 'She wore Ghanaian kente cloth to the embassy, and Ghana thanked her.';
  const settled = (compounds: ReadonlySet<string>) => {
    const { registry } = compileRegistry(loaded.entries, loaded.files, compounds);
    return settleMentions(registry, sentence, findMentions(registry, sentence));
  };

  test('unlinks the state’s word inside it, with a note', () => {
    const { mentions, notes } = settled(new Set([...loaded.registry.everydayCompounds, 'ghanaian kente']));
    expect(mentions.map(({ text, actor }) => `${text} → ${actor}`)).toEqual(['Ghana → ghana']);
    expect(notes.map(({ ruleId, message }) => `${ruleId}: ${message}`)).toEqual([
      'everyday-compound: "Ghanaian" is part of the everyday compound "Ghanaian kente"; not linked to ghana',
    ]);
  });

  test('without it, the demonym is the state’s', () => {
    expect(settled(loaded.registry.everydayCompounds).mentions.map(({ text }) => text)).toEqual(['Ghanaian', 'Ghana']);
  });
});
