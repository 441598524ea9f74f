/**
 * Rules written for the failure classes of the sixth unseen batch
 * (test/gold/mentions/unseen-batch-6.md), each on new sentences where it
 * must fire and where it must not: a one-word title in quotes after a noun
 * naming a work, everyday compounds with a capital or the name second, a
 * state's name inside a division's (`New Mexico`), and a person's name
 * holding a state's or a capital (a generational suffix, another person in
 * `and`, a given name before a capital, a sports role before it), and a
 * proper name that ends in a state's (`Brothers of Italy`, `Statistics Canada`).
 */
import { describe, expect, test } from 'vitest';
import { buildNotes as notes, linkedMentions as linked } from '../helpers/registry.ts';

describe('a one-word title in quotes after a noun that names a work', () => {
  test.each([
    ["The spy series 'Tehran' won an award, and Iran's foreign ministry called it propaganda.", ['Iran → iran']],
    ['The song "Havana" played at the rally as China held drills.', ['China → china']],
    // No noun naming a work: a name in quotes alone is a word quoted, and stays linked.
    ['Asked who fired the missiles, the general answered "Iran".', ['Iran → iran']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('everyday compounds of a capital, or with the name second', () => {
  test.each([
    ["Shoppers queued for Brussels sprouts as Belgium's prime minister opened the market.", ['Belgium → belgium']],
    ["Historians compared it with the Spanish flu, and Spain's health ministry disagreed.", ['Spain → spain']],
    ["A Great Dane won best in show, and Denmark's ambassador presented the trophy.", ['Denmark → denmark']],
    // The same words outside the compounds keep their actors.
    [
      'Brussels fined the company, and Spanish officials welcomed it.',
      ['Brussels → european-union', 'Spanish → spain'],
    ],
    ['Great Britain and Denmark signed the pact.', ['Great Britain → united-kingdom', 'Denmark → denmark']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe("a state's name inside a division's own name", () => {
  test('New Mexico at the start of a sentence is the US state; Mexico after it is the country', async () => {
    const sentence = "New Mexico lawmakers passed a water bill, and Mexico's ambassador welcomed it.";
    expect(await linked(sentence)).toEqual(['Mexico → mexico']);
    expect(await notes(sentence)).toContain(
      'in-place-name: "Mexico" is a word of the place\'s name "New Mexico"; not linked to mexico',
    );
  });

  test('another capitalised word at the start of a sentence makes no place', async () => {
    expect(await linked('Yesterday Mexico closed the border.')).toEqual(['Mexico → mexico']);
  });
});

describe("a person's name that holds a state's name or a capital", () => {
  test.each([
    [
      "Cuba Gooding Jr. did not attend, and Cuba's ambassador sent regrets.",
      ['Cuba Gooding Jr. → cuba-gooding-jr', 'Cuba → cuba'],
    ],
    [
      'America Ferrera and Tom Holland presented the award.',
      ['America Ferrera → america-ferrera', 'Tom Holland → tom-holland'],
    ],
    [
      'Denzel Washington led the jury, and Washington imposed new tariffs.',
      ['Denzel Washington → denzel-washington', 'Washington → united-states'],
    ],
    [
      'Quarterback Jordan Love of the Green Bay Packers was hurt as Jordan closed its border.',
      ['Jordan Love → jordan-love', 'Green Bay Packers → green-bay-packers', 'Jordan → jordan'],
    ],
    // `and` before another registered name is two states, not a person.
    ['Jordan and Egypt closed their borders.', ['Jordan → jordan', 'Egypt → egypt']],
    // No suffix, no second person, no role: the state stays.
    ['Cuba and Venezuela signed the pact.', ['Cuba → cuba', 'Venezuela → venezuela']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe("a proper name that ends in a state's name", () => {
  test.each([
    [
      "Italy's Brothers of Italy held steady, and Germany's Alternative for Germany gained.",
      // The names are bodies of their states, which discovery now finds (unseen-batch-7).
      [
        'Italy → italy',
        'Brothers of Italy → brothers-of-italy',
        'Germany → germany',
        'Alternative for Germany → alternative-for-germany',
      ],
    ],
    ['Tankers waited in the Gulf of Mexico as Mexico raised prices.', ['Mexico → mexico']],
    ['Statistics Canada said retail sales rose.', ['Statistics Canada → statistics-canada']],
    // A title, a person, a body's head word or a sentence's first word before `of` leave the state linked.
    ['The President of Italy met the King of Jordan.', ['Italy → italy', 'Jordan → jordan']],
    ['Residents of Syria fled north.', ['Syria → syria']],
    ['Meanwhile Canada closed the border.', ['Canada → canada']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('a person before `of` and a state owning what follows keep the state', async () => {
    expect(await linked("Carlo De Benedetti of Italy's la Repubblica spoke first.")).toContain('Italy → italy');
    expect(await linked('Judges of the Supreme Court of Kenya ruled on Friday.')).toContain('Kenya → kenya');
  });
});

test('a noun and a state opening a sentence before a title or as an acronym keep the state', async () => {
  expect(await linked('Environment Canada spokesperson Ana Ruiz said the warning would stand.')).toContain(
    'Canada → canada',
  );
  expect(await linked('UNHCR UK spokesman Tom Berry called for help.')).toContain('UK → united-kingdom');
});

describe("a body opened by a demonym: the state's own keyed by the state, any other by its name", () => {
  test.each([
    [
      'The American Civil Liberties Union sued the city.',
      ['American Civil Liberties Union → american-civil-liberties-union'],
    ],
    ['The Nigerian Press Council protested.', ['Nigerian Press Council → nigerian-press-council']],
    // The state's own bodies: `Kenyan Ministry of Health` and `Kenya's Ministry of Health` are one.
    ['The Kenyan Ministry of Health said cases fell.', ['Kenyan Ministry of Health → kenya-ministry-of-health']],
    ['The Kenyan Army deployed troops.', ['Kenyan Army → kenya-army']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capitalised foreign article opens a name, and a faith acting', () => {
  test.each([
    ['The budget failed, and Le Monde reported that the minister would resign.', ['Le Monde → le-monde']],
    ['The interview ran in Der Spiegel, the editors said.', ['Der Spiegel → der-spiegel']],
    // A faith acting in the news, from the base layer's peoples.
    ['Sikhs in Punjab marched against the farm laws.', ['Sikhs → sikhs']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('an acronym right before a reporting verb speaks for a body', () => {
  test.each([
    ['The game was moved, the NFL said.', ['NFL → nfl']],
    [
      'Researchers at the Max Planck Institute and NASA said the planet was wet.',
      ['Max Planck Institute → max-planck-institute', 'NASA → nasa'],
    ],
    // Two letters, or no reporting verb after it: no body.
    ['The PM said no.', []],
    ['Jets struck ZRF targets overnight.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('descriptors of companies and regulators, and an endowment as a body', () => {
  test.each([
    ['It bought a stake in the drugmaker Hikma last year.', ['Hikma → hikma']],
    ['The regulator Ofcom fined the channel.', ['Ofcom → ofcom']],
    [
      'The think tank Carnegie Endowment for International Peace said the sanctions had failed.',
      ['Carnegie Endowment for International Peace → carnegie-endowment-for-international-peace'],
    ],
    // A descriptor before a lower-case word introduces no name.
    ['The regulator said the airline would pay.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});
