/**
 * Rules written for the failure classes of the tenth unseen batch
 * (test/gold/mentions/unseen-batch-10.md), each on new sentences where it
 * must fire and where it must not: airlines and agencies named with a state.
 */
import { describe, expect, test } from 'vitest';
import { buildNotes as notes, discoveredActor, linkedMentions as linked } from '../helpers/registry.ts';

describe('an airline or an agency named with a state', () => {
  test.each([
    ['Air Canada cancelled its morning flight to Halifax.', ['Air Canada → air-canada']],
    ['Passengers on an Air India flight waited in Delhi.', ['Air India → air-india']],
    ['Royal Jordanian added a second daily route to Rome.', ['Royal Jordanian → royal-jordanian']],
    ['Finnair and Turkish Airlines raised fares in May.', ['Turkish Airlines → turkish-airlines']],
    ['Two poachers were held, the Kenya Wildlife Service said.', ['Kenya Wildlife Service → kenya-wildlife-service']],
    // The state itself: its own air force, its name after another word, a product named like an airline.
    ['Pilots of the Royal Jordanian Air Force flew over the border.', []],
    ['Canada sent its air force to patrol the Arctic.', ['Canada → canada']],
    ['India said air traffic would resume on Friday.', ['India → india']],
    ['Crowds queued for the Air Jordan sneakers in Paris.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the airline is discovered with its state as the affiliation, and the note names it', async () => {
    const markdown = 'Air Canada said it would resume flights to Lima.';
    expect(await discoveredActor(markdown, 'air-canada')).toMatchObject({ kind: 'organisation', memberOf: ['canada'] });
    expect(await notes(markdown)).toContain(
      'organisation-name: "Canada" is a word of the airline\'s name "Air Canada"; not linked to canada',
    );
  });
});

describe('a person whose given name is a state’s, on the evidence of the text around the name', () => {
  test.each([
    // A calling noun and the name set off by commas.
    ['A Leeds florist, Chad Morrow, closed his shop on Friday.', ['Chad Morrow → chad-morrow']],
    // The surname said alone later before a verb.
    [
      'Jordan Pellew opened a bakery in Truro. Pellew hired four staff in June.',
      ['Jordan Pellew → jordan-pellew', 'Pellew → jordan-pellew'],
    ],
    // A person's pronoun later in the sentence, after the name and a verb.
    ['Kenya Odhiambo won the sprint before her coach retired.', ['Kenya Odhiambo → kenya-odhiambo']],
    // A calling noun before a capital's name that the registry leaves out as a given name.
    [
      'The designer Paris Quinlan showed a coat. Quinlan said it took a year.',
      ['Paris Quinlan → paris-quinlan', 'Quinlan → paris-quinlan'],
    ],
    // The state: no comma after the name, a word the lexicon knows, another name, a pronoun with no verb before it.
    ['The envoy, Chad Lawmakers and others, met.', ['Chad → chad']],
    ['India Today reported that her visit was off.', []],
    ["Chad's army said its troops had retaken the town.", ['Chad → chad']],
    ['Georgia Tbilisi talks ended without a deal.', ['Georgia → georgia', 'Tbilisi → georgia']],
    ['India Steel sold out before her show.', ['India → india']],
    // No person either where a street's head follows: a street named after the state.
    ['Jordan Street reopened after her visit. Street traders returned.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the person', async () => {
    expect(await notes('A Hull publican, Chad Ellery, was fined.')).toContain(
      'person-not-place: "Chad" is read as part of the person\'s name "Chad Ellery" (a given name beside it); not linked to chad',
    );
  });
});

describe('trees named after a state, and a demonym describing a thing', () => {
  test.each([
    ['Rows of Norway spruce shade the car park in Keswick.', []],
    ['The Edwardian Turkish baths in Bath will reopen in spring.', []],
    // The state: its name before a verb, a demonym before a people's noun.
    ['Norway planted spruce along the fjord.', ['Norway → norway']],
    ['Turkish officials inspected the baths.', ['Turkish → turkey']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a colloquial plural for Americans', () => {
  test.each([
    [
      'A Canadian negotiator said the Yanks would walk away from the deal.',
      ['Canadian → canada', 'Yanks → united-states'],
    ],
    ['The Yankees beat Boston on Sunday.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capital standing for its government', () => {
  test.each([
    ['The truce hinges on Moscow pulling its artillery back.', ['Moscow → russia']],
    ['Exporters fear sanctions from Beijing would hit soy sales.', ['Beijing → china']],
    // The city: a noun in `-ing` after it, travel from it.
    ['The Moscow meeting ran late.', []],
    ['Flights from Beijing were delayed by fog.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('the American state and its divisions', () => {
  test.each([
    // A word only the US state owns right after `Georgia` outweighs the country named elsewhere in the sentence.
    [
      "Ads in Georgia's Senate race attacked a donor who once lobbied for the Georgian government.",
      ['Georgian → georgia'],
    ],
    ['Georgia legislature staff met a Georgian envoy.', ['Georgian → georgia']],
    // The country: its own bodies, and a US word that is not right after the name.
    ["Georgia's parliament met as a senate of Georgian elders watched.", ['Georgia → georgia', 'Georgian → georgia']],
    // A division of two words is a place, no actor, whatever verb follows it.
    ['Farmers in eastern New Mexico say the drought is the worst in years.', []],
    ['Growers in North Dakota say prices fell.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a surname written with its article, said alone', () => {
  test.each([
    [
      'Protesters named a commander, Omar Faisal al-Rashidi, as the culprit. al-Rashidi denied it on Sunday.',
      ['Omar Faisal al-Rashidi → omar-faisal-al-rashidi', 'al-Rashidi → omar-faisal-al-rashidi'],
    ],
    // Another family name with the article is no short form of the one named.
    [
      'Protesters named a commander, Omar Faisal al-Rashidi, as the culprit. al-Masri denied it.',
      ['Omar Faisal al-Rashidi → omar-faisal-al-rashidi'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a role opening the sentence, then the name set off by commas', () => {
  test.each([
    ['The director, Nasrin Tabrizi, said the loan had been cancelled.', ['Nasrin Tabrizi → nasrin-tabrizi']],
    [
      'The museum reopened. Its director, Nasrin Tabrizi, said the loan had been cancelled.',
      ['Nasrin Tabrizi → nasrin-tabrizi'],
    ],
    // A capitalised word that is no determiner opens no role: a list of places.
    ['Curators, Nasrin Tabrizi and others, met.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe("a body's name that joins its first word to the rest with `and`", () => {
  test.each([
    [
      'Prices rose, according to the Steel and Tinplate Federation.',
      ['Steel and Tinplate Federation → steel-and-tinplate-federation'],
    ],
    // Two names: two words before `and`, a head before it, no head at the end.
    ['Air Canada and Turkish Airlines cut fares.', ['Air Canada → air-canada', 'Turkish Airlines → turkish-airlines']],
    [
      'The Rotary Club and Ceramics Federation met.',
      ['Rotary Club → rotary-club', 'Ceramics Federation → ceramics-federation'],
    ],
    ['Tom and Ann Riley said the farm was sold.', ['Ann Riley → ann-riley']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a hyphenated title opening a name', () => {
  test.each([
    ['Fly-half Dafydd Morgan kicked four penalties.', ['Dafydd Morgan → dafydd-morgan']],
    ['Co-founder Priya Raman left the firm in June.', ['Priya Raman → priya-raman']],
    // A capitalised compound that is no title still describes a romanised name.
    ['Pan-democrat Chan Ka-lok said the vote was unfair.', ['Chan Ka-lok → chan-ka-lok']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('a sports position is held for oneself: a demonym before it gives a nationality', async () => {
    expect(await discoveredActor('The Irish scrum-half Dafydd Morgan said he was fit.', 'dafydd-morgan')).toMatchObject(
      {
        origin: true,
      },
    );
  });
});

describe('a firm of two words joined by `&`, and a club named `United`', () => {
  test.each([
    ['Queues formed at Fenwick & Tate before dawn.', ['Fenwick & Tate → fenwick-tate']],
    ['Crate & Kiln said sales doubled.', ['Crate & Kiln → crate-kiln']],
    ['Ossett United won the replay.', ['Ossett United → ossett-united']],
    // A pair modifying a thing, and part of a longer name.
    ['Research & Development spending rose.', []],
    ['The Evergreen Aviation & Space Museum reopened.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('Paris, a capital that is a surname too', () => {
  test.each([
    ['Paris will now press for a vote, a French diplomat said.', ['Paris → france', 'French → france']],
    // A person named with it: the capital alone is the person wherever it stands, and after a preposition a place.
    [
      'Odette Paris grew up in Lyon. Paris says she left at nineteen. Her brother still works in Paris.',
      ['Odette Paris → odette-paris', 'Paris → odette-paris'],
    ],
    // No pronoun: the government.
    ['Odette Paris grew up in Lyon. Paris raised tariffs on steel.', ['Odette Paris → odette-paris', 'Paris → france']],
    [
      'Judges in Washington declined the appeal after Kerry Washington testified.',
      ['Kerry Washington → kerry-washington'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note says why', async () => {
    expect(await notes('Odette Paris grew up in Lyon. Paris says she left.')).toContain(
      'person-not-place: "Paris" is read as the person "Odette Paris" named earlier (a person\'s pronoun after it); not linked to france',
    );
  });
});
