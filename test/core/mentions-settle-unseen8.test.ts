/**
 * Rules written for the failure classes of the eighth unseen batch
 * (test/gold/mentions/unseen-batch-8.md), each on new sentences where it
 * must fire and where it must not: everyday compounds written with a hyphen,
 * in title case or with an irregular plural, a demonym before a dish, the
 * seats of government that stand for their states, and a state's name that
 * opens a body's own name.
 */
import { describe, expect, test } from 'vitest';
import { buildNotes as notes, discoveredActor, linkedMentions as linked } from '../helpers/registry.ts';

describe('everyday compounds: a hyphenated noun, title case, an irregular plural, a dish', () => {
  test.each([
    ['The pay talks ended in a Mexican stand-off between the two unions.', []],
    ['Canada geese nested on the roof of the Leeds depot.', []],
    ['The Turkey Trot raised 40,000 dollars for the food bank in Ohio.', []],
    ['She ordered the Hungarian goulash and a Polish beer.', []],
    // The state itself: a hyphen, a capital or a noun that makes no compound with it.
    ['Mexican-led talks on the border ended without a deal.', ['Mexican → mexico']],
    ['Canada sent geese to the zoo in Leeds.', ['Canada → canada']],
    ['Turkey Trade Minister Omer Bolat met the delegation.', ['Turkey → turkey', 'Omer Bolat → omer-bolat']],
    ['Hungarian officials said the goulash festival would go ahead.', ['Hungarian → hungary']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the compound as written', async () => {
    expect(await notes('Talks became a Mexican stand-off.')).toContain(
      'everyday-compound: "Mexican" is part of the everyday compound "Mexican stand-off"; not linked to mexico',
    );
  });
});

describe('the seats of government stand for their states', () => {
  test.each([
    ['Macron met the envoy, and the Élysée said the talks were frank.', ['Élysée → france']],
    ['Downing Street denied that the minister had resigned.', ['Downing Street → united-kingdom']],
    ['An Elysee Palace adviser said the visit was off.', ['Elysee Palace → france']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe("a state's name opening a body's own name", () => {
  test('the whole name is one mention of the body, with the state as its affiliation', async () => {
    const markdown = 'The council in Mexico, Maine, voted, and Mexico Fire Department will move next spring.';
    expect(await linked(markdown)).toEqual(['Mexico Fire Department → mexico-fire-department']);
    expect(await discoveredActor(markdown, 'mexico-fire-department')).toMatchObject({ memberOf: ['mexico'] });
    expect(await linked('Ships were warned by the United Kingdom Hydrographic Office on Monday.')).toEqual([
      'United Kingdom Hydrographic Office → united-kingdom-hydrographic-office',
    ]);
  });

  test('named without the state elsewhere, the body is the state’s, and the state keeps its link', async () => {
    const links = await linked('Kenya Wildlife Service rangers found the herd; the Wildlife Service said it was safe.');
    expect(links).toContain('Kenya → kenya');
    expect(links.filter((link) => link.startsWith('Kenya Wildlife Service'))).toEqual([]);
  });
});
