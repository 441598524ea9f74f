/**
 * Rules written for the failure classes of the nineteenth unseen batch
 * (test/gold/mentions/unseen-batch-19.md), each on new sentences in other
 * shapes than the batch's, where it must fire and where it must not.
 */
import { describe, expect, test } from 'vitest';
import { discoveredActor, linkedMentions as linked } from '../helpers/registry.ts';

describe('premises and parks named after a state are places, not the state', () => {
  test.each([
    ['Diners queued outside the Chile Bakery on Calle Ocho before dawn.', []],
    ['The parade ended in Peru Park, where a brass band played.', []],
    // One more capitalised word may stand before the premises' head.
    ['The reunion was held at the Ghana Palms Hotel near the airport.', []],
    // The state beside such a name stays linked, and a capitalised word after the head makes a body's name.
    ['Officials in Ghana said the Accra Palms Hotel would reopen.', ['Ghana → ghana']],
    [
      'The Kenya Hotel Keepers Association said bookings fell.',
      ['Kenya Hotel Keepers Association → kenya-hotel-keepers-association'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capital after a demand’s `that` and before a bare verb is the government asked to act', () => {
  test.each([
    [
      'Brussels urged that Budapest restore the funding within a month.',
      ['Brussels → european-union', 'Budapest → hungary'],
    ],
    ['Canberra asked that Jakarta extradite the two men.', ['Canberra → australia', 'Jakarta → indonesia']],
    // A noun after the capital makes it a place's adjective, the subject a noun phrase.
    ['He insisted that Nairobi traffic be cut.', []],
    ['Lawyers demanded that Cairo airport staff testify.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a vessel’s name of two words after its noun is the vessel’s, whatever verb follows', () => {
  test.each([
    ['The ferry Jamaica Queen docked at Kingston.', []],
    ['The frigate Peru Valiant escorted the convoy.', []],
    // One word before a verb may be the state acting on the vessel.
    ['The tanker Iran seized last week was released.', ['Iran → iran']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a trade’s noun before `chain`, `house`, `club` or `label` introduces a body’s name', () => {
  test.each([
    ['The football club Chile Rovers signed two players.', ['Chile Rovers → chile-rovers']],
    ['The fashion house Ghana Moda showed its collection in Italy.', ['Ghana Moda → ghana-moda', 'Italy → italy']],
    ['The hotel chain Peru Suites opened a branch in Cusco.', ['Peru Suites → peru-suites']],
    // Without a trade's noun before it, `house` is a building; the state after a trade's descriptor alone stays.
    ['The house Kenya Airways owns burned.', ['Kenya Airways → kenya-airways']],
    ['Sales at the restaurant chain fell in Chile.', ['Chile → chile']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a possessive inside a body’s name that opens with a state’s runs the name on', () => {
  test.each([
    ["The Ghana Teachers' Union said schools would stay shut.", ["Ghana Teachers' Union → ghana-teachers-union"]],
    ["The Peru Women's League marched in Cusco.", ["Peru Women's League → peru-womens-league"]],
    // The state's own possessive is the state's, and a possessive after the body's head ends its name.
    ["Kenya's army said the road was open.", ['Kenya → kenya']],
    ["The Kenya Airways' fleet was grounded, Kenya said.", ['Kenya Airways → kenya-airways', 'Kenya → kenya']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a central bank after a state’s demonym is keyed by the state, as its army is', () => {
  test.each([
    ['The Paraguayan Central Bank cut its key rate.', ['Paraguayan Central Bank → paraguay-central-bank']],
    ["Paraguay's Central Bank cut its key rate.", ['Paraguay → paraguay', 'Central Bank → paraguay-central-bank']],
    // A name that runs on past the bank is a body of its own.
    [
      'The Kenyan Central Bank of Commerce said.',
      ['Kenyan Central Bank of Commerce → kenyan-central-bank-of-commerce'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a given name and a surname after what only a person does and `by` name the person', () => {
  test.each([
    ['The gelding Desert Moon won by a neck, ridden by Chad Merrow.', ['Chad Merrow → chad-merrow']],
    ['The documentary, directed by India Halloran, opened in Toronto.', ['India Halloran → india-halloran']],
    ['A mural painted by Kenya Osei was unveiled in Leeds.', ['Kenya Osei → kenya-osei']],
    // What a body does as well leaves the name to the other readings.
    ['The talks were led by China Merchants Group.', ['China Merchants Group → china-merchants-group']],
    ['The film was banned by Iran in May.', ['Iran → iran']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a club’s plural nickname after a state’s name in a sentence about its players or squad', () => {
  test.each([
    ['The Peru Red Hawks squad flew to Cusco on Monday.', ['Peru Red Hawks → peru-red-hawks']],
    ['The Chile Pumas players trained in Valparaíso.', ['Chile Pumas → chile-pumas']],
    // Players of a state's own side are the state's, and a plural of a thing with no players stays a thing.
    ['Players from Kenya and Uganda met in Kampala.', ['Kenya → kenya', 'Uganda → uganda']],
    ['Museum visitors queued to see the Benin Bronzes.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capital set against its surroundings by `itself` and a place’s condition is the place', () => {
  test.each([
    ['The suburbs flooded, though Lima itself was calm by nightfall.', []],
    ['Drones struck the outskirts, but Kyiv itself remained largely untouched.', []],
    // What a government does or answers for keeps the government.
    ['Moscow itself said it had no part in the attack.', ['Moscow → russia']],
    ['Beijing itself is responsible, Taipei said.', ['Beijing → china', 'Taipei → taiwan']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('discovery: the doer after what only a person does and `by` is a person', () => {
  test.each([
    ['The winner, ridden by Oisin Murphy, led from the start.', ['Oisin Murphy → oisin-murphy']],
    ['The short film, directed by Ngozi Adeyemi, opened the festival in Lagos.', ['Ngozi Adeyemi → ngozi-adeyemi']],
    // A body's doing is no person's.
    ['The album was produced by Sony Music Group.', ['Sony Music Group → sony-music-group']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the person is discovered as a person', async () => {
    const actor = await discoveredActor('The winner, ridden by Oisin Murphy, led from the start.', 'oisin-murphy');
    expect(actor?.kind).toBe('person');
  });
});

describe('discovery: a name where a person’s appositive role is held is the body they work at', () => {
  test.each([
    [
      'Ines Varga, a logistics manager at Norvik Cargo, said the trucks were late.',
      ['Ines Varga → ines-varga', 'Norvik Cargo → norvik-cargo'],
    ],
    // A place's name, or a person's, is no employer.
    ["Anna Berg, a nurse at St Luke's Hospital, said the ward was full.", ['Anna Berg → anna-berg']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a navy or a coastguard after a state’s demonym or name is the state’s armed body', () => {
  test.each([
    ['The South African Navy arrested 14 fishermen.', ['South African Navy → south-africa-navy']],
    ['The Kenya Navy intercepted the dhow off Lamu.', ['Kenya Navy → kenya-navy']],
    // With no owner, the head names a different body in every country.
    ['The Navy said the ship sank.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});
