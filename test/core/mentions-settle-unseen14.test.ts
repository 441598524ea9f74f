/**
 * Rules written for the failure classes of the fourteenth unseen batch
 * (test/gold/mentions/unseen-batch-14.md), each on new sentences in other
 * shapes than the batch's, where it must fire and where it must not.
 */
import { describe, expect, test } from 'vitest';
import { buildNotes, discoveredActor, linkedMentions as linked } from '../helpers/registry.ts';

describe('a title in quotes that ends with the sentence’s comma or stop inside the closing mark', () => {
  test.each([
    ['The exhibition "Letters Home to Cairo," drew crowds, and Egypt lent two papyri.', ['Egypt → egypt']],
    ['The play "Waiting for Tehran." opened in London; Iran protested.', ['Iran → iran']],
    ['Her album "Tokyo!" topped the charts in Japan.', ['Japan → japan']],
    // Speech in quotes is written in lower case: the state inside it is the state.
    ['"We will never leave Lebanon," the commander said.', ['Lebanon → lebanon']],
    ['"Russia," she answered, when asked who had fired.', ['Russia → russia']],
    // Names alone in a quotation that is attributed: speech, not a title.
    ['"China and Russia," she replied.', ['China → china', 'Russia → russia']],
    ['"Death to America," the crowd chanted.', ['America → united-states']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note says why', async () => {
    expect(await buildNotes('His history, "The Fall of Kabul," sold well.')).toContain(
      'in-title: "Kabul" is inside a title in quotes; not linked to afghanistan',
    );
  });
});

describe('a state’s name or capital that a vessel’s, an animal’s or a band’s noun introduces', () => {
  test.each([
    ['Our old mare Kenya won the novice race at Ascot.', []],
    ['A racehorse called Jordan won at Ascot, and Jordan celebrated.', ['Jordan → jordan']],
    ['The trio Cairo opened for them, and Egypt sent a minister.', ['Egypt → egypt']],
    ['The cruiser Nigeria, launched in 1939, was sold to Peru.', ['Peru → peru']],
    // A vessel's noun then one word and a verb: the state may be the clause's subject.
    ['The tanker Iran seized last week was released.', ['Iran → iran']],
    ['The cargo ship Israel boarded in May was Greek-owned.', ['Israel → israel', 'Greek → greece']],
    // A list of names after the noun: actors, not a thing.
    ['The trio Iran, Russia and China met in Tehran.', ['Iran → iran', 'Russia → russia', 'China → china']],
    // `carrier` alone is an airline's descriptor; a person's noun keeps the person's reading.
    ['The carrier Kenya Airways cut flights.', ['Kenya Airways → kenya-airways']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('discovery makes no actor of a vessel’s name, and the note says why the state is not linked', async () => {
    expect(await linked('Pirates boarded the bulk carrier Malta Dawn off Somalia.')).toEqual(['Somalia → somalia']);
    expect(await linked('The aircraft carrier Charles de Gaulle left Toulon, France said.')).toEqual([
      'France → france',
    ]);
    expect(await buildNotes('They named the puppy Havana.')).toContain(
      'thing-name: "Havana" is an animal\'s name, after "puppy"; not linked to cuba',
    );
  });
});

describe('a demonym before an animal, a game or a fabric named for where the kind comes from', () => {
  test.each([
    ['An Egyptian goose nested by the lake, and Egypt sent no one.', ['Egypt → egypt']],
    ['Turkish lace and Japanese quail eggs sold well in Leeds.', []],
    ['Children played Chinese chess while Beijing hosted the summit.', ['Beijing → china']],
    // Livestock and the state's trade stay the state's.
    ['Sudanese cattle crossed into Chad.', ['Sudanese → sudan', 'Chad → chad']],
    ['Belgian lace exports fell, and Belgium blamed tariffs.', ['Belgian → belgium', 'Belgium → belgium']],
    ['A Syrian tank shelled the village.', ['Syrian → syria']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a people’s adjective before a noun for its members, singular, through a community word or shared', () => {
  test.each([
    ['A Hazara shopkeeper and two Pashtun elders were detained in Kabul.', ['Hazara → hazaras', 'Pashtun → pashtuns']],
    ['Uyghur, Kazakh and Tatar traders crossed the border.', ['Uyghur → uyghurs', 'Kazakh → kazakhstan']],
    ['Coptic church leaders met the governor.', ['Coptic → copts']],
    ['Ismaili and Hazara families returned to the valley.', ['Ismaili → ismailis', 'Hazara → hazaras']],
    // No noun for people after it: the adjective describes a thing.
    ['An Alawite village was shelled.', []],
    ['A Tamil film director spoke at the festival.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a name after what runs a place or a business is a body’s', () => {
  test.each([
    ['The port is operated by Castlegate Logistics.', 'castlegate-logistics', 'organisation'],
    ['Soldiers seized a lithium mine owned by Tarnbrook Minerals last week.', 'tarnbrook-minerals', 'organisation'],
    // A person's name by its shape stays a person's.
    ['The bakery is run by Amina Okafor.', 'amina-okafor', 'person'],
  ])('%s', async (sentence, id, kind) => {
    expect((await discoveredActor(sentence, id))?.kind).toBe(kind);
  });

  test('not after a verb that a person does as often (built by, founded by)', async () => {
    expect(await discoveredActor('The bridge was built by Tarnbrook Minerals.', 'tarnbrook-minerals')).toBeUndefined();
  });
});

describe('a state’s name as a word of a street’s, a club’s or an airline’s name', () => {
  test.each([
    ['Protesters gathered on Cuba Street in Wellington, far from Cuba.', ['Cuba → cuba']],
    ['Qatar SC signed a striker, and Qatar paid the fee.', ['Qatar SC → qatar-sc', 'Qatar → qatar']],
    ['The Oman Air flight landed in Muscat.', []],
    ['China Eastern flight 5735 crashed, and China mourned.', ['China → china']],
    // The state's own air force, and a road to something said in lower case: the state.
    ['The Pakistan Air Force struck targets, Pakistan said.', ['Pakistan → pakistan', 'Pakistan → pakistan']],
    ['The road to a deal with Iran is long.', ['Iran → iran']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s name set off after a person’s role, before a surname-shaped word, is a person’s', () => {
  test.each([
    ['The striker, Chile Okonkwo, scored twice.', ['Chile Okonkwo → chile-okonkwo']],
    ['Its best defender, Niger Obaseki, left for Lagos.', ['Niger Obaseki → niger-obaseki']],
    // One word set off, or a body's name: the state, or the body.
    ['The winner, Kenya, took gold.', ['Kenya → kenya']],
    ['The spokesman, Iran said, was fired.', ['Iran → iran']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a thing’s name set off after its noun, and a county named after a state', () => {
  test.each([
    ['Her horse, Ireland Calling, won at Cheltenham.', []],
    ['Their dog, Cuba, sleeps all day, and Cuba is far away.', ['Cuba → cuba']],
    ['Voters in Lebanon County backed the measure, and Lebanon thanked them.', ['Lebanon → lebanon']],
    // A reporting clause after the comma, not a name set off: the state.
    ['The ship, Iran said, was seized in May.', ['Iran → iran']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('an everyday compound with a capitalised word after the state’s is no body either', () => {
  test.each([
    ['She gave him two Swiss Army knives for the trip.', []],
    // The body itself, acting: the body, with its state.
    ['The Swiss Army said it would buy jets.', ['Swiss Army → switzerland-army']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a demonym that names its language', () => {
  test.each([
    ['The verdict was read in Greek and then in English, and Greece appealed.', ['Greece → greece']],
    ['Her grandson speaks fluent Ukrainian.', []],
    ['The Japanese word for crisis was on every banner.', []],
    ['The leaflets were printed in Arabic and Turkish.', []],
    ['He wrote in Russian that the war was lost.', []],
    // A noun of its own after it, shared by a list, or the state's account: the state.
    ['The town is in Russian hands.', ['Russian → russia']],
    ['A drone strayed into Turkish airspace.', ['Turkish → turkey']],
    ['Investment in Chinese and Indian firms rose.', ['Chinese → china', 'Indian → india']],
    ['The Russian version of events was denied.', ['Russian → russia']],
    ['Arabic and French officials met in Beirut.', ['French → france']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note says which words decided', async () => {
    expect(await buildNotes('Her grandson speaks fluent Ukrainian.')).toContain(
      'language: "Ukrainian" names a language ("fluent" before it); not linked to ukraine',
    );
  });
});

describe('a capital after a place’s adjective, and an orchestra named with its state', () => {
  test.each([
    ['Cafes in Old Cairo reopened, and Egypt sent inspectors.', ['Egypt → egypt']],
    ['Greater Cairo has 22 million people.', []],
    // A capital whose own name opens with one, or no adjective: the government.
    ['New Delhi said it would respond.', ['New Delhi → india']],
    ['Talks between Washington and Moscow resumed.', ['Washington → united-states', 'Moscow → russia']],
    [
      'The Israel Philharmonic Orchestra played in Berlin.',
      ['Israel Philharmonic Orchestra → israel-philharmonic-orchestra'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s name and one more word in a sentence about a company’s business name a firm', () => {
  test.each([
    ['Shares in China Mobile fell after Beijing acted.', ['China Mobile → china-mobile', 'Beijing → china']],
    ['Profits at Ghana Cocoa rose for a third year.', ['Ghana Cocoa → ghana-cocoa']],
    // No business word, a registered name or a person's given name after it: as before.
    ['Troops in China Mobile units were moved.', ['China → china']],
    ['Investors in Russia fled.', ['Russia → russia']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s name alone after a person’s role written as a title is a surname', () => {
  test.each([
    ['Judge Jordan ruled against the city, and Jordan appealed.', ['Jordan → jordan']],
    ['Coach Israel said the team was tired.', []],
    // A role in lower case, a plural, or a given name and a surname: as before.
    ['The minister Jordan sent was recalled.', ['Jordan → jordan']],
    ['The Secretary General met Kenya.', ['Kenya → kenya']],
    ['Senator Georgia Hartley spoke.', ['Georgia Hartley → georgia-hartley']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a firm named after a state whose name is a given name too', () => {
  test('is a firm before an everyday word, a person before a surname', async () => {
    expect(await linked('Kenya Power said its profits rose.')).toEqual(['Kenya Power → kenya-power']);
    expect((await discoveredActor('Kenya Power said its profits rose.', 'kenya-power'))?.kind).toBe('organisation');
    expect(await linked('Jordan Henderson said profits matter.')).toEqual(['Jordan Henderson → jordan-henderson']);
  });
});
