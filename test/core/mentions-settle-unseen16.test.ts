/**
 * Rules written for the failure classes of the sixteenth unseen batch
 * (test/gold/mentions/unseen-batch-16.md), each on new sentences in other
 * shapes than the batch's, where it must fire and where it must not.
 */
import { describe, expect, test } from 'vitest';
import { buildNotes, discoveredActor, linkedMentions as linked } from '../helpers/registry.ts';

describe('everyday compounds from the editors’ list: exercises, crafts, birds, bags, and a noun of a state', () => {
  test.each([
    ['The physio prescribed Romanian deadlifts before the Poland match.', ['Poland → poland']],
    ['A Bulgarian split squat works each leg alone, the Serbian coach said.', ['Serbian → serbia']],
    ['She teaches Tunisian crochet to refugees from Syria.', ['Syria → syria']],
    ['An Indian myna nested in the eaves of the Kenyan embassy.', ['Kenyan → kenya']],
    ['A deli near Harrisburg sells Lebanon bologna to visitors from Canada.', ['Canada → canada']],
    ['Families in Accra still pack for the holidays in Ghana Must Go bags.', []],
    ['The boys played French cricket on the beach while Portugal won the final.', ['Portugal → portugal']],
    // `of` and a noun before the state's name.
    ['The cast was set in plaster of Paris, and France paid the clinic.', ['France → france']],
    ['Two cedars of Lebanon shade the embassy garden in Ottawa.', []],
    ['Farmers of Lebanon exported apples to Cyprus.', ['Lebanon → lebanon', 'Cyprus → cyprus']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the compound', async () => {
    expect((await buildNotes('A cedar of Lebanon fell in the storm.')).join('\n')).toMatch(/cedar of Lebanon/u);
  });
});

describe('a place named with a state’s name: a Nigerian state, a city, a hotel, a station, a region, a town', () => {
  test.each([
    ['The governor of Niger State met herders from Chad.', ['Chad → chad']],
    ['Traders drove from Benin City to the border with Cameroon.', ['Cameroon → cameroon']],
    ['The Peru Restaurant on Queen Street closed, and Chile bought the lease.', ['Chile → chile']],
    ['Guests left the Jordan Hotel after the fire, Egypt said.', ['Egypt → egypt']],
    // A capitalised word after the head makes it a word of a longer name: a body's, not a place's.
    [
      'The US State Department said the talks would resume in Kenya.',
      ['US State Department → united-states-state-department', 'Kenya → kenya'],
    ],
    ['Kenya City Council said the market would reopen.', ['Kenya City Council → kenya-city-council']],
    // A lower-case noun after the state's name leaves the state: a hotel in it.
    ['Kenya hotel bookings fell, and Tanzania gained.', ['Kenya → kenya', 'Tanzania → tanzania']],
    ['Police closed Brazil Quay station after a fire, and Portugal sent condolences.', ['Portugal → portugal']],
    ['Crowds filled Qatar Central station as Oman closed its border.', ['Oman → oman']],
    ['South Australia’s premier met the ambassador of Japan.', ['Japan → japan']],
    ['Indiana’s towns of Brazil and Peru flooded, and Canada sent help.', ['Canada → canada']],
    ['Ice closed the road to a village called Jordan in Ontario.', []],
    // Towns of a state, with no place owning them, are towns in it.
    ['Aid reached the towns of Ukraine and Moldova.', ['Ukraine → ukraine', 'Moldova → moldova']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s government in title case, its name before or after `Government of`, is one mention of the state', () => {
  test.each([
    ['The Ghana Government denied the report.', ['Ghana Government → ghana']],
    ["Ministers of the Kenya Government met Somalia's envoy.", ['Kenya Government → kenya', 'Somalia → somalia']],
    ['The Government of Chile said the mine would reopen.', ['Government of Chile → chile']],
    ['He advised the Government of Saudi Arabia for years.', ['Government of Saudi Arabia → saudi-arabia']],
    // In lower case the state alone is linked, as before; a government's own name keeps its words.
    ['The government of Chile said the mine would reopen.', ['Chile → chile']],
    [
      'The Government of National Unity in Libya fell.',
      ['Government of National Unity → government-of-national-unity', 'Libya → libya'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a people’s adjective before its members: more nouns, a trade before them, a faith’s words, the community', () => {
  test.each([
    ['Yazidi volunteers rebuilt the school.', ['Yazidi → yazidis']],
    ['Assyrian mourners gathered at the church.', ['Assyrian → assyrians']],
    ['Hundreds of Tamil bus drivers went on strike.', ['Tamil → tamils']],
    ['Maronite Christians marched to the cathedral.', ['Maronite → maronites']],
    ['The Ismaili Muslim community opened a clinic.', ['Ismaili → ismailis']],
    ['The Sikh community fears more attacks.', ['Sikh → sikhs']],
    // The adjective describing a thing, or a community's building, is no one.
    ['A Yazidi shrine was restored.', []],
    ['Sikh temple bells rang at dawn.', []],
    ['The Ismaili community centre opened.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a person named with a state’s word: a demonym as a surname after a given name, a sports or science calling before', () => {
  test.each([
    ['Inspector Mary French said the van was stolen in Spain.', ['Mary French → mary-french', 'Spain → spain']],
    ['Constable Anna German told the court she saw no one.', ['Anna German → anna-german']],
    // A demonym before what it describes stays the state's, a given name before it or not.
    ['Mary met French officials in Lyon.', ['French → france']],
    ['On Sunday Turkish troops left the border.', ['Turkish → turkey']],
    ['Netballer Chad Tuilagi has been named vice-captain.', ['Chad Tuilagi → chad-tuilagi']],
    ['The cyclist Jordan Mbeki won the stage, and Kenya celebrated.', ['Jordan Mbeki → jordan-mbeki', 'Kenya → kenya']],
    ['Ecologist Chad Otieno counted the birds.', ['Chad Otieno → chad-otieno']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a club’s name of a state’s name, one more word and a plural, in a sentence about a game, is the club', () => {
  test.each([
    [
      'The Kenya Savannah Lions beat the Uganda Cranes 3-1 in Kampala.',
      ['Kenya Savannah Lions → kenya-savannah-lions', 'Uganda Cranes → uganda-cranes'],
    ],
    ['The Chile Copper Miners won the final on penalties.', ['Chile Copper Miners → chile-copper-miners']],
    // The states themselves playing stay the states; a title in quotes is a work's.
    ['Kenya beat Uganda 3-1 in Kampala.', ['Kenya → kenya', 'Uganda → uganda']],
    ["The film 'Peru Night Riders' won the prize, beating entries from Chile.", ['Chile → chile']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('Georgia as the US state: the federal level above it in the sentence', () => {
  test.each([
    ['Georgia’s pecan farmers asked federal regulators for help.', []],
    ['Federal agents raided two clinics in Georgia on Friday.', []],
    ['Georgia’s president asked the EU for help.', ['Georgia → georgia', 'EU → european-union']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a capital before an adverb and its verb is the government acting', () => {
  test.each([
    ['Ankara warned that Oslo still owes it an answer.', ['Ankara → turkey', 'Oslo → norway']],
    ['Rome quietly dropped the plan.', ['Rome → italy']],
    // An adverb with no verb after it leaves the capital a place.
    ['Crowds filled Oslo early on Sunday.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('an animal’s or a vessel’s name that an appositive after it says is one', () => {
  test.each([
    ['Irish Mist, a five-year-old mare, won at Leopardstown.', []],
    ['Kenya Star, a bulk tanker, sank off Somalia.', ['Somalia → somalia']],
    ['Sea Breeze, the ferry, docked in Tunisia.', ['Tunisia → tunisia']],
    // An appositive of another kind leaves the state.
    ['Aid reached Kenya, a country of 50 million.', ['Kenya → kenya']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a role held for oneself and whom it serves, set off before a name, names a person', () => {
  test.each([
    ['A lawyer for the families, Mbali Zulu, said 200 people had signed.', ['Mbali Zulu → mbali-zulu']],
    ['A doctor for the team, Kofi Mensah, said the striker would recover.', ['Kofi Mensah → kofi-mensah']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the person has no body for an affiliation', async () => {
    const actor = await discoveredActor(
      'A lawyer for the miners, Thabo Nkosi, said the case would go ahead.',
      'thabo-nkosi',
    );
    expect(actor?.kind).toBe('person');
    expect(actor?.memberOf).toEqual([]);
  });
});
