/**
 * Rules written for the failure classes of the seventeenth unseen batch
 * (test/gold/mentions/unseen-batch-17.md), each on new sentences in other
 * shapes than the batch's, where it must fire and where it must not.
 */
import { describe, expect, test } from 'vitest';
import { discoveredActor, linkedMentions as linked } from '../helpers/registry.ts';

describe('a role set off before a name after a person’s possessive, or after the reporting verb at the sentence’s end', () => {
  test.each([
    [
      'His daughter, Lerato Mokoena-Dube, said the family would appeal in Pretoria.',
      ['Lerato Mokoena-Dube → lerato-mokoena-dube'],
    ],
    ['Their coach, Arvo Tamm-Kask, said the squad would fly to Tallinn.', ['Arvo Tamm-Kask → arvo-tamm-kask']],
    [
      'The clinic in Suva will close in May, said its director, Mereani Tuilagi-Roko.',
      ['Mereani Tuilagi-Roko → mereani-tuilagi-roko'],
    ],
    [
      'Turnout was the lowest since 1994, said the returning officer, Siosaia Fifita-Lolo!',
      ['Siosaia Fifita-Lolo → siosaia-fifita-lolo'],
    ],
    // A possessive before no calling or kin noun names a thing, not a person.
    ['Her horse, Desert Crown-Royal, won at Epsom, and Ireland sent its congratulations.', ['Ireland → ireland']],
    ['Their new album, Harbour Lights-Blue, sold well in Norway.', ['Norway → norway']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('after the words it attributes, `its` is no registered body’s', async () => {
    const actor = await discoveredActor(
      'The co-op doubled its output after a loan from the World Bank, said its treasurer, Achieng Owino-Otieno.',
      'achieng-owino-otieno',
    );
    expect(actor?.kind).toBe('person');
    expect(actor?.memberOf).toEqual([]);
  });
});

describe('a body’s noun right after `to` is the verb of an infinitive, naming no body after it', () => {
  test.each([
    ['After a year in Lyon she went back to Quebec to study Occitan.', []],
    ['The coastguard was ordered to board Sea Falcon before it reached Malta.', ['Malta → malta']],
    ['Volunteers in Ghana learn to document Ewe songs for the archive.', ['Ghana → ghana']],
    // With a determiner or a modifier between, the noun is a noun still.
    ['Rents rose, according to the study Harbour Metrics ran in Oslo.', ['Harbour Metrics → harbour-metrics']],
    ['The mill in Tampere was sold to investment group Kestrel Holdings.', ['Kestrel Holdings → kestrel-holdings']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a name set off after `one of` a group of people is one of them', () => {
  test.each([
    [
      'Two sisters ran the stall in Apia. One of them, Tavita Leaupepe, said trade had halved.',
      ['Tavita Leaupepe → tavita-leaupepe'],
    ],
    [
      'One of the nurses, Tsering Lhamo-Dolkar, told reporters the pass above Namche was shut.',
      ['Tsering Lhamo-Dolkar → tsering-lhamo-dolkar'],
    ],
    [
      'Six climbers reached the summit, and one of them, Pemba Dorje-Sherpa, said the wind had dropped.',
      ['Pemba Dorje-Sherpa → pemba-dorje-sherpa'],
    ],
    // Not a group of people, or no one speaking after a pronoun that may stand for things.
    [
      'The group sold three brands. One of its subsidiaries, Harbour Kestrel, said profits fell in Chile.',
      ['Chile → chile'],
    ],
    ['Three ferries were built in Norway, and one of them, Ocean Kestrel, was sold.', ['Norway → norway']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('Georgia the text calls the country outright is the country, whatever American words surround it', () => {
  test.each([
    ['Peach growers near Macon hosted winemakers from Georgia, the country, on Saturday.', ['Georgia → georgia']],
    ['A senator in Atlanta welcomed dancers from the republic of Georgia.', ['Georgia → georgia']],
    // `the country` that runs on into a noun is no appositive, and `the nation's` owns something.
    ['In Atlanta, Georgia, the country music festival opened.', []],
    ["Senators in Atlanta said Georgia, the nation's peach state, would vote.", []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capital’s name after a town’s noun, and a building named with a state’s name, are places; a clause after a town is no list', () => {
  test.each([
    ['The Illinois town of Cairo sent a choir to Egypt.', ['Egypt → egypt']],
    ['Floods cut off the Indiana village of Santiago on Monday. Chile sent condolences.', ['Chile → chile']],
    ['Tenants left the Qatar Tower after the fire, and Oman sent engineers.', ['Oman → oman']],
    ['Crowds at the Nigeria Plaza cheered as Ghana scored.', ['Ghana → ghana']],
    // A comma before `and` after one town's name joins a clause; a list of three may write one.
    ['A landslide buried the village of Tacna, and Peru declared an emergency.', ['Peru → peru']],
    ["Maine's towns of Norway, Poland, and Peru flooded.", []],
    // The capital in a city's own words is the capital; a word after the building's head makes a body.
    ['Protesters marched through Lima, and Peru declared an emergency.', ['Peru → peru']],
    ['The Kenya Building Society cut its rates.', ['Kenya Building Society → kenya-building-society']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('people `in` a place before a reporting verb report from there: the place is no outlet', () => {
  test.each([
    ['Nurses in Leeds reported a rise in flu cases, and Ireland sent vaccines.', ['Ireland → ireland']],
    ['Residents in Halifax reported flooding on Sunday.', []],
    // An article, a column or a story in a name reports through it: the outlet.
    [
      'An article in Daily Maverick reported that the talks in Mali failed.',
      ['Daily Maverick → daily-maverick', 'Mali → mali'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a name of two words or more right after a form of `ride` is a horse’s', () => {
  test.each([
    ['She rode Jordan Dawn to a win at Cheltenham, and Jordan sent congratulations.', ['Jordan → jordan']],
    ['He has ridden Kenya Sunrise in four races at Ascot.', []],
    // One word after `rode` may be a place ridden through.
    ['The cyclists rode Jordan end to end in a week.', ['Jordan → jordan']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a government body’s head and `of` before two fields joined by `and` is one name', () => {
  test.each([
    [
      'The Ministry of Tourism and Antiquities in Amman reopened the site.',
      ['Ministry of Tourism and Antiquities → ministry-of-tourism-and-antiquities'],
    ],
    [
      'The Chilean Ministry of Mining and Energy said output fell.',
      ['Chilean Ministry of Mining and Energy → chile-ministry-of-mining-and-energy'],
    ],
    // A person or a body's name after `and` is a name of its own.
    [
      'Officials from the Ministry of Energy and Tom Berg met in Oslo.',
      ['Ministry of Energy → ministry-of-energy', 'Tom Berg → tom-berg'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});
