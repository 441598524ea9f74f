/**
 * Rules written for the failure classes of the seventh unseen batch
 * (test/gold/mentions/unseen-batch-7.md), each on new sentences where it
 * must fire and where it must not: a courtesy title before a state's name,
 * a calling or a kin noun before a person named like a state, a person
 * named like a state said alone later, a town named after a capital written
 * with its US state, and a US senator or attorney general beside `Georgia`.
 */
import { describe, expect, test } from 'vitest';
import { buildNotes as notes, discoveredActor, linkedMentions as linked } from '../helpers/registry.ts';

describe("a courtesy title before a state's name", () => {
  test.each([
    ['The head teacher, Ms. Jordan, said the pool would close in June.', []],
    ['Mr Chad runs the shop on the corner, and Chad has closed its border.', ['Chad → chad']],
    ["Dr. India Okafor said India's hospitals were full.", ['India Okafor → india-okafor', 'India → india']],
    // No courtesy title: a role or a plain word before the name says nothing of a person.
    ['The minister said Jordan would reopen the crossing.', ['Jordan → jordan']],
    ['Mrs. Thatcher met the envoy, and Cuba sent a note.', ['Cuba → cuba']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the title', async () => {
    expect(await notes('Ms. Georgia Flores said the rent had doubled.')).toContain(
      'person-not-place: "Georgia" is read as part of the person\'s name "Ms. Georgia Flores" ("Ms." before it); not linked to georgia',
    );
  });
});

describe('a calling or a kin noun before a person named like a state', () => {
  test.each([
    ['My nephew Chad Ellery fixed the roof, while Chad held elections.', ['Chad Ellery → chad-ellery', 'Chad → chad']],
    [
      "The singer Kenya Ortiz opened the show, and Kenya's minister clapped.",
      ['Kenya Ortiz → kenya-ortiz', 'Kenya → kenya'],
    ],
    // A plural says nothing of one person; a word that is no calling or kin neither.
    ['The musicians Chad hosted played in Niamey.', ['Chad → chad']],
    ['The new Chad railway plan was signed.', ['Chad → chad']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a person named like a state, said alone later', () => {
  test.each([
    [
      'Referee Tom Jordan sent two players off. Jordan, a former striker, said the tackles were reckless.',
      ['Tom Jordan → tom-jordan', 'Jordan → tom-jordan'],
    ],
    ['Ms. Jordan was late. Dr. Alan Jordan said so.', ['Alan Jordan → alan-jordan']],
    // A given name alone with a pronoun of a thing after it may be the state.
    [
      'My neighbour Chad Ellery mended the fence. Chad says it will hold the border.',
      ['Chad Ellery → chad-ellery', 'Chad → chad'],
    ],
    // A person of the same name later in the text does not hide the one named first.
    [
      'The drummer Ann Chad played. Chad said it went well. Later Norman Chad called.',
      ['Ann Chad → ann-chad', 'Chad → ann-chad', 'Norman Chad → norman-chad'],
    ],
    // Not speaking and not described: the state, even after the person.
    [
      'Drummer Chad Ellery played in Paris. Chad closed its border with Sudan.',
      ['Chad Ellery → chad-ellery', 'Chad → chad', 'Sudan → sudan'],
    ],
    // No person named earlier: the state speaks.
    ['Chad said it would close the border.', ['Chad → chad']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the person', async () => {
    expect(await notes('Broadcaster Norman Chad called the game. Chad, a former sportswriter, liked it.')).toContain(
      'person-not-place: "Chad" is read as the person "Norman Chad" named earlier (a reporting verb or an appositive after it); not linked to chad',
    );
  });
});

describe("a town named after a state's capital, written with its US state", () => {
  test.each([
    ['Storms hit Cairo, Illinois, and Athens, Ohio, overnight.', []],
    // Alone, the capital stays the state's.
    ['Cairo and Washington agreed on the aid.', ['Cairo → egypt', 'Washington → united-states']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the division', async () => {
    expect(await notes('The river flooded Cairo, Illinois, on Monday.')).toContain(
      'town: "Cairo" is a town in Illinois, written with its division; not linked to egypt',
    );
  });
});

describe("a US senator or attorney general beside 'Georgia'", () => {
  test.each([
    ["Georgia's attorney general sued the company.", []],
    ['Senator Raphael Warnock of Georgia asked for the money.', ['Raphael Warnock → raphael-warnock']],
    // A country cue outweighs them.
    ["Georgia's attorney general met Russian envoys in Tbilisi.", ['Georgia → georgia', 'Russian → russia']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe("a name a descriptor introduces, a state's name opening it", () => {
  test.each([
    [
      'The opposition alliance Kenya Unity won the seat, and Kenya held the vote.',
      ['Kenya Unity → kenya-unity', 'Kenya → kenya'],
    ],
    [
      'The rapper Sudan Blaze gave the money to families leaving Sudan.',
      ['Sudan Blaze → sudan-blaze', 'Sudan → sudan'],
    ],
    // One capitalised word after the descriptor, a lower-case word, or a plural descriptor: the state stays.
    ['The militia Hezbollah fought beside the army Syria rebuilt.', ['Hezbollah → hezbollah', 'Syria → syria']],
    ['The alliances Kenya Unity and Tanzania First met.', ['Kenya → kenya', 'Tanzania → tanzania']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the whole name', async () => {
    expect(await notes('The singer Sudan Vale Quartet played.')).toContain(
      'longer-name: "Sudan" is a word of the name "Sudan Vale Quartet" a descriptor introduces; not linked to sudan',
    );
  });
});

describe('everyday compounds with the name second in any case, and cuisine drinks', () => {
  test.each([
    ["The menu offered chicken Kiev the day Kiev's mayor visited.", ['Kiev → ukraine']],
    ['We went Dutch on lunch before Dutch ministers arrived.', ['Dutch → netherlands']],
    ["Guinea pigs escaped while Guinea's army patrolled.", ['Guinea → guinea']],
    ['A Belgian beer was poured for Belgian diplomats.', ['Belgian → belgium']],
    // The same words apart keep the state: a chicken farm in Kiev's suburbs is Kiev's.
    ['Kiev banned the import of chicken from Dutch farms.', ['Kiev → ukraine', 'Dutch → netherlands']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe("a place named with a state's name: Lake …, Mount …, … Delta, … Valley", () => {
  test.each([
    ['Herders on Lake Chad say the water is back, and Chad reopened the market.', ['Chad → chad']],
    ['Gunmen in the Niger Delta seized a barge, and Nigeria sent troops.', ['Nigeria → nigeria']],
    ['Jordan Valley farmers protested as Jordan closed the crossing.', ['Jordan → jordan']],
    // A body of the place keeps its name; a capitalised word that is no feature keeps the state.
    [
      'The Lake Chad Basin Commission met in Niger.',
      ['Lake Chad Basin Commission → lake-chad-basin-commission', 'Niger → niger'],
    ],
    ['Niger Airlines said Niger had closed its airspace.', ['Niger Airlines → niger-airlines', 'Niger → niger']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the place', async () => {
    expect(await notes('Floods hit the Niger Delta.')).toContain(
      'in-place-name: "Niger" is a word of the place\'s name "Niger Delta"; not linked to niger',
    );
  });
});

describe("a state's name that is a noun too, opening a list of things", () => {
  test.each([
    ['Turkey, ham and gravy were served to the volunteers.', []],
    ['China and silverware from the estate sold quickly.', []],
    // A function word, an adjective or a name after it, or a comma with no list: the state.
    ['China and its allies blocked the vote.', ['China → china']],
    ['Turkey, home to four million refugees, objected.', ['Turkey → turkey']],
    ['Turkey and Iran signed the deal.', ['Turkey → turkey', 'Iran → iran']],
    ['Turkey, however, agreed.', ['Turkey → turkey']],
    // Not at a sentence's start: the state.
    ['Talks between Russia, Turkey and allies stalled.', ['Russia → russia', 'Turkey → turkey']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note says why', async () => {
    expect(await notes('Turkey and stuffing were served.')).toContain(
      'everyday-compound: "Turkey" opens a list of things, "Turkey and stuffing…", as the noun it also is; not linked to turkey',
    );
  });
});

describe("discovery: a proper name ending in a state's name after 'of' or 'for' is a body of that state", () => {
  test.each([
    ['Leaders of Alternative for Germany met in Berlin.', 'alternative-for-germany', ['germany']],
    ['Polls showed Friends of Bolivia gaining, and Bolivia voted.', 'friends-of-bolivia', ['bolivia']],
  ])('%s', async (sentence, id, memberOf) => {
    expect(await discoveredActor(sentence, id)).toMatchObject({ kind: 'organisation', memberOf });
  });

  test.each([
    // A place, a title with its state, a body's head whose owner the state is: no such body.
    ['Ships waited in the Gulf of Mexico.', 'gulf-of-mexico'],
    ['King Abdullah of Jordan met the envoy.', 'king-abdullah-of-jordan'],
    ['The Supreme Court of Kenya ruled on Monday.', 'supreme-court-of-kenya'],
  ])('not in: %s', async (sentence, id) => {
    expect(await discoveredActor(sentence, id)).toBeUndefined();
  });
});

describe("'Bank of' and a state's name is one name; a longer head names the state's own body", () => {
  test.each([
    ['Bank of Brazil cut its forecast for Argentina.', ['Bank of Brazil → bank-of-brazil', 'Argentina → argentina']],
    ['The Bank of Mexico held rates, and Mexico grew.', ['Bank of Mexico → bank-of-mexico', 'Mexico → mexico']],
    // A longer name before `of` is the state's own body, the state linked beside it.
    ['The Central Bank of Iraq held rates.', ['Central Bank → iraq-central-bank', 'Iraq → iraq']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note names the whole name', async () => {
    expect(await notes('The Bank of Chile raised rates.')).toContain(
      'longer-name: "Chile" ends the name "Bank of Chile"; not linked to chile',
    );
  });
});

describe("a state's name that is no given name, before a surname and an appositive that names a person's role", () => {
  test.each([
    [
      'Niger Larue, a campaign adviser, said the candidate would visit Niger.',
      ['Niger Larue → niger-larue', 'Niger → niger'],
    ],
    // The appositive names no person, or the word after is a natural feature: no person.
    ['Niger Delta, a region of Nigeria, flooded.', ['Nigeria → nigeria']],
    ["Chad Basin, the lake's floodplain, dried as Chad rationed water.", ['Chad → chad']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note says why', async () => {
    expect(await notes('Sudan Okoye, a retired teacher, wrote the letter.')).toContain(
      'person-not-place: "Sudan" is read as part of the person\'s name "Sudan Okoye" (a person\'s role in the appositive after it); not linked to sudan',
    );
  });
});

describe('discovery: a calling or kin noun opening a run is a title before the name', () => {
  test('the name after it is the person, the calling no part of it', async () => {
    expect(await linked('Saxophonist Leila Cuba played in Miami as Cuba freed prisoners.')).toEqual([
      'Leila Cuba → leila-cuba',
      'Cuba → cuba',
    ]);
  });

  test("before a body's head word it opens the body's name", async () => {
    expect(await discoveredActor('Chef Association officials said prices rose.', 'chef-association')).toMatchObject({
      kind: 'organisation',
    });
  });
});

test('a plural calling opening a run is no title: Friends of … is a name', async () => {
  expect(await linked('Friends of the Sahel Foundation criticised the plan.')).toContain(
    'Friends of the Sahel Foundation → friends-of-the-sahel-foundation',
  );
});
