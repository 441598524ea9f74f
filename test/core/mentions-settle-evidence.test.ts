/**
 * Settling on evidence, more shapes of the same error classes: a town named
 * after a state, a direction before a state, the state's own troops in title
 * case, a possessive inside a quoted title, a person's name before an
 * appositive role, and demonyms before a cuisine. Each rule with sentences
 * where it must not fire.
 */
import { describe, expect, test } from 'vitest';
import { buildNotes as notes, linkedMentions as linked } from '../helpers/registry.ts';

describe('a town named after a state, written with its division', () => {
  test.each([
    ['Storms cut power in Lebanon, Pennsylvania, overnight.', []],
    ['The mayor of Peru, Indiana, asked Peru to send a band.', ['Peru → peru']],
    ['A plant in Jordan, Ontario, closed as Jordan raised tariffs.', ['Jordan → jordan']],
    ['Mexico, New York, voted for a new sheriff.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('not after a state or a region that is not a North American division', async () => {
    expect(await linked('Envoys from Jordan, Egypt and Qatar met in Cairo.')).toEqual([
      'Jordan → jordan',
      'Egypt → egypt',
      'Qatar → qatar',
    ]);
    expect(await linked('Relief reached Ireland, Scotland and Wales.')).toEqual(['Ireland → ireland']);
  });

  test('the decision is a note for the editor', async () => {
    expect(await notes('Storms cut power in Lebanon, Pennsylvania, overnight.')).toContainEqual(
      expect.stringMatching(/^town: .*Lebanon.*Pennsylvania/u),
    );
  });
});

describe('a direction before a state', () => {
  test('an -ern adjective is a direction, not part of a place’s name', async () => {
    expect(await linked('Rockets fell across Northern Syria and Eastern Ukraine.')).toEqual([
      'Syria → syria',
      'Ukraine → ukraine',
    ]);
    expect(await linked('Shelling hit Western Iraq overnight.')).toEqual(['Iraq → iraq']);
  });

  test('except the places named with one', async () => {
    expect(await linked('Talks resumed in Northern Ireland and Northern Cyprus, and in Western Australia.')).toEqual(
      [],
    );
  });
});

describe('the state’s own troops in title case', () => {
  test('a demonym before the state’s bodies alone is one mention of the state', async () => {
    expect(await linked('Turkish Troops crossed into northern Iraq.')).toEqual([
      'Turkish Troops → turkey',
      'Iraq → iraq',
    ]);
    expect(await linked('Witnesses said Iraqi Military vehicles had left.')).toEqual(['Iraqi Military → iraq']);
  });

  test('not a body with a name of its own', async () => {
    expect(await linked('Turkish Airlines resumed flights as Turkish officials watched.')).toEqual([
      'Turkish Airlines → turkish-airlines',
      'Turkish → turkey',
    ]);
  });
});

describe('a possessive inside a title in quotes', () => {
  test('the title runs through the possessive', async () => {
    expect(
      await linked('The documentary "Syria\'s Disappeared" aired as Syria\'s new authorities opened the prisons.'),
    ).toEqual(['Syria → syria']);
  });

  test('a quote that is no title still links', async () => {
    expect(await linked('"Syria\'s army has withdrawn," the minister said.')).toEqual(['Syria → syria']);
  });
});

describe('a person named like a state, before an appositive role', () => {
  test('a singular person’s role after the comma makes the name a person’s', async () => {
    expect(await linked("Jordan Bardella, president of France's largest party, spoke in Paris.")).toEqual([
      'Jordan Bardella → jordan-bardella',
      'France → france',
    ]);
    expect(await linked('Chad Okonjo, spokesman for the council, denied the report.')).toEqual([
      'Chad Okonjo → chad-okonjo',
    ]);
  });

  test('not a list of states, nor a plural role', async () => {
    expect(await linked('Jordan, Egypt and Iraq, members of the league, abstained.')).toEqual([
      'Jordan → jordan',
      'Egypt → egypt',
      'Iraq → iraq',
    ]);
    // A natural feature named with the state's name is a place, neither a person nor the state.
    expect(await linked('Jordan Valley, farmers say, is drying up.')).toEqual([]);
  });
});

describe('demonyms before a cuisine and more everyday compounds', () => {
  test.each([
    ['Syrian refugees opened a bakery selling Syrian sweets in Gaziantep.', ['Syrian → syria']],
    ['A Lebanese restaurant in Paris hosted Lebanon’s envoy.', ['Lebanon → lebanon']],
    ['The talks ended in a Mexican standoff, a Saudi diplomat said.', ['Saudi → saudi-arabia']],
    ['Guests were handed Jordan almonds as Jordan’s king arrived.', ['Jordan → jordan']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('food aid and a state’s bodies stay the state’s', async () => {
    expect(await linked('Syrian food aid was cut as the Lebanese army deployed.')).toEqual([
      'Syrian → syria',
      'Lebanese → lebanon',
    ]);
  });
});

describe('a registered name in title case', () => {
  test('its small words capitalised, as in a headline', async () => {
    expect(await linked('Shelling hit Daraa, the Syrian Observatory For Human Rights said.')).toEqual([
      'Syrian Observatory For Human Rights → syrian-observatory-for-human-rights',
    ]);
  });

  test('not a longer name that only begins with a registered one', async () => {
    expect(await linked('The Syrian Observatory For Lost Heritage opened a gallery.')).toEqual([]);
  });
});
