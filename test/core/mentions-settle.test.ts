/**
 * Settling mentions between registry matching and discovery, on sentences
 * written for each error class of unseen text: a state's name inside a
 * person's, everyday compounds, the American Georgia, titles in quotes and
 * hashtags, names the matcher took for part of a longer one, a demonym
 * before an organisation's name, title-case variants; and what discovery
 * then finds by descriptors, with the affiliation the text gives.
 */
import { describe, expect, test } from 'vitest';
import {
  buildNotes as notes,
  discoveredActor as discovered,
  linkedMentions as linked,
  renderWithContentRegistry as render,
} from '../helpers/registry.ts';

describe('a state against a person, a compound, the American Georgia', () => {
  test.each([
    [
      'Kenya Barris, the television producer, met Kenyan officials in Nairobi.',
      ['Kenya Barris → kenya-barris', 'Kenyan → kenya'],
    ],
    [
      'Jamaica Kincaid said Jamaica should honour its writers.',
      ['Jamaica Kincaid → jamaica-kincaid', 'Jamaica → jamaica'],
    ],
    ['Gary Israel, a lawyer, said Israel had not contacted him.', ['Gary Israel → gary-israel', 'Israel → israel']],
    ['Chad Smith played drums while Chad closed its border.', ['Chad Smith → chad-smith', 'Chad → chad']],
    // A person's role right before the name says the name is a person's.
    [
      'The writer Jamaica Kincaid met Jamaica’s culture minister.',
      ['Jamaica Kincaid → jamaica-kincaid', 'Jamaica → jamaica'],
    ],
    ['Striker Chad Morris scored twice as Chad lost.', ['Chad Morris → chad-morris', 'Chad → chad']],
    // A plural role is no one person, and a head word after the state makes a body's name.
    ['The players Chad sent home were greeted in N’Djamena.', ['Chad → chad']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test.each([
    ['Diners ordered French fries in Lyon as France announced new tariffs.', ['France → france']],
    ['He sliced a Swiss roll while Switzerland hosted the talks.', ['Switzerland → switzerland']],
    ['Brazil nuts were sold at the fair as Brazil and Peru signed a trade pact.', ['Brazil → brazil', 'Peru → peru']],
    ['A Mexican wave rippled round the stadium as Mexico beat Germany.', ['Mexico → mexico', 'Germany → germany']],
  ])('an everyday compound is no state: %s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('Georgia beside Atlanta is the American state; beside Tbilisi it is the country', async () => {
    expect(await linked("Georgia's governor declared an emergency in Atlanta, and Canada offered help.")).toEqual([
      'Canada → canada',
    ]);
    expect(await linked("Georgia's president met Russian diplomats in Tbilisi.")).toEqual([
      'Georgia → georgia',
      'Russian → russia',
    ]);
  });

  test('a word only a country owns after Georgia, or `the country` after it, outweighs Atlanta', async () => {
    expect(await linked("Georgia's ambassador flew to Atlanta for a trade fair on Monday.")).toEqual([
      'Georgia → georgia',
    ]);
    expect(await linked('Atlanta braced for snow, but Georgia the country had a mild week.')).toEqual([
      'Georgia → georgia',
    ]);
    // The president is no word of Georgia's here: the American state's governor is.
    expect(await linked("Georgia's governor met the president in Atlanta.")).toEqual([]);
  });

  test('every mention settling drops is a note that says why', async () => {
    expect(
      await notes('Diners ordered French fries in Lyon.\n\nThe Georgia legislature in Atlanta passed the bill.'),
    ).toEqual([
      'everyday-compound: "French" is part of the everyday compound "French fries"; not linked to france',
      'us-state: "Georgia" is read as the US state ("legislature" in the same sentence); not linked to georgia',
    ]);
    expect(await notes('Jamaica Kincaid said nothing.')).toEqual([
      'person-not-place: "Jamaica" is read as part of the person\'s name "Jamaica Kincaid" (a given name beside it); not linked to jamaica',
    ]);
  });

  test('a given name alone is no person: a head word after the state names a body of it, a natural feature is a place', async () => {
    expect(await linked('Jordan River water levels fell as Jordan rationed supplies.')).toEqual(['Jordan → jordan']);
    expect(await linked('The Kenya Police arrested two men.')).toEqual(['Kenya Police → kenya-police']);
  });
});

describe('longer names, titles, hashtags', () => {
  test('a plain adjective or a model code beside a name is no longer name; a place that begins with one is', async () => {
    expect(await linked('Fighting resumed in Southern Lebanon as a Marked EU convoy passed.')).toEqual([
      'Lebanon → lebanon',
      'EU → european-union',
    ]);
    expect(await linked('A Russian Su-24 bomber crashed near the border.')).toEqual(['Russian → russia']);
    expect(await linked('Protests spread across Northern Ireland and New Mexico.')).toEqual([]);
    // A sentence's capitalised first word is no name word before the adjective when it is a function word.
    expect(await linked('A Marked EU convoy was stopped.')).toEqual(['EU → european-union']);
    expect(await linked('The Southern Lebanon offensive stalled.')).toEqual(['Lebanon → lebanon']);
    expect(await linked('The Free Southern Lebanon Front met.')).toEqual([
      'Free Southern Lebanon Front → free-southern-lebanon-front',
    ]);
  });

  test('nothing inside a title in quotes or a hashtag', async () => {
    expect(
      await linked("The campaign 'Operation Olive Branch for Turkey' and the #OpIsrael hashtag trended, Turkey said."),
    ).toEqual(['Turkey → turkey']);
  });

  test('a name the text introduces with "known as" is one name, whatever it holds', async () => {
    expect(await linked('The hacker collective known as Anonymous Sudan claimed the attack.')).toEqual([
      'Anonymous Sudan → anonymous-sudan',
    ]);
  });
});

describe('a demonym before an organisation, title-case variants, the state acting', () => {
  test('the whole name is one mention of the organisation, its state the affiliation', async () => {
    const text = 'Turkish Ministry of Defence officials met Iranian Foreign Ministry envoys.';
    expect(await linked(text)).toEqual([
      'Turkish Ministry of Defence → turkey-ministry-of-defence',
      'Iranian Foreign Ministry → iran-foreign-ministry',
    ]);
    expect(await discovered(text, 'turkey-ministry-of-defence')).toMatchObject({
      name: 'Turkish Ministry of Defence',
      kind: 'government',
      memberOf: ['turkey'],
    });
  });

  test('the state’s own forces and government are the state, in any letter case', async () => {
    expect(
      await linked('Russian Forces advanced as a leak of Iranian Government documents embarrassed Tehran.'),
    ).toEqual(['Russian Forces → russia', 'Iranian Government → iran', 'Tehran → iran']);
  });

  test('colloquial demonyms and the peoples and faiths that act in the news', async () => {
    expect(await linked('Brits and Aussies joined the march.')).toEqual([
      'Brits → united-kingdom',
      'Aussies → australia',
    ]);
    expect(await linked('Alawites and Druze fled the fighting as Assyrians and Copts prayed.')).toEqual([
      'Alawites → alawites',
      'Druze → druze',
      'Assyrians → assyrians',
      'Copts → copts',
    ]);
  });
});

describe('a demonym inside an organisation’s own name, or after "ancient"', () => {
  test.each([
    [
      'Lawyers from the Committee for Iranian - Jewish Heritage said Iranian courts had refused the case.',
      ['Committee for Iranian - Jewish Heritage → committee-for-iranian-jewish-heritage', 'Iranian → iran'],
    ],
    [
      'The Coalition on Turkish-Armenian Dialogue wrote to Turkey’s president.',
      ['Coalition on Turkish-Armenian Dialogue → coalition-on-turkish-armenian-dialogue', 'Turkey → turkey'],
    ],
    [
      'The Association of the Indian Diaspora met India’s consul.',
      ['Association of the Indian Diaspora → association-of-the-indian-diaspora', 'India → india'],
    ],
    ['Visitors studied ancient Persian carvings as Iran opened the site.', ['Iran → iran']],
  ])('no link to the state: %s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test.each([
    // Not after a head and its connector: the demonym names the state.
    ['The Foreign Office said Iranian-backed groups had fired.', ['Iranian → iran']],
    ['The Ministry of Defence met Turkish-Armenian envoys.', ['Turkish → turkey', 'Armenian → armenia']],
    // After the connector, but the next word is lower case or a title: the state, or its office.
    ['The Committee of Iranian officials will meet.', ['Iranian → iran']],
    ['The Office of the Iranian President issued a statement.', ['Iranian → iran']],
    // A dash between names elsewhere joins nothing.
    ['The Union met on Monday - Iranian envoys came.', ['Iranian → iran']],
  ])('the state keeps its link: %s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the note says which name the demonym belongs to', async () => {
    expect(await notes('The Coalition on Turkish-Armenian Dialogue met.')).toContain(
      'longer-name: "Turkish" is a word of the organisation\'s name "Coalition on Turkish-Armenian…"; not linked to turkey',
    );
  });

  test('a cultural compound: the Chinese zodiac', async () => {
    expect(await linked('The Chinese zodiac sign of the horse decorated China’s embassy.')).toEqual(['China → china']);
  });
});

describe('a body’s people before its name, and a body’s name right before a person’s', () => {
  test('"Members of" opening a sentence is no part of the body’s name', async () => {
    expect(await linked('Members of the Association of Syrian-Kurdish Poets met Turkish officials.')).toEqual([
      'Association of Syrian-Kurdish Poets → association-of-syrian-kurdish-poets',
      'Turkish → turkey',
    ]);
  });

  test('"Friends of" is a name’s own first words, not a body’s people', async () => {
    expect(await linked('Friends of the Earth Foundation criticised the plan.')).toContain(
      'Friends of the Earth Foundation → friends-of-the-earth-foundation',
    );
  });

  test('a person glued to a body’s name belongs to it', async () => {
    const text =
      'The treasurer of the Council on Pakistani - Canadian Affairs Nadia Qureshi said Qureshi would resign.';
    expect(await discovered(text, 'nadia-qureshi')).toMatchObject({
      memberOf: ['council-on-pakistani-canadian-affairs'],
    });
  });
});

describe('discovery by descriptors, with affiliations', () => {
  test('a descriptor gives the kind: an organisation, an outlet, a person', async () => {
    expect(await discovered('The security consultancy Mandiant said Iran was behind it.', 'mandiant')).toMatchObject({
      kind: 'organisation',
      cue: 'descriptor',
    });
    expect(await discovered('al-Sharqiya reported that the ceasefire had collapsed.', 'al-sharqiya')).toMatchObject({
      kind: 'media',
    });
    expect(await discovered('An aide named Yuri Ushakov confirmed the call.', 'yuri-ushakov')).toMatchObject({
      kind: 'person',
    });
    expect(
      await discovered('The outage was confirmed, according to Recorded Future.', 'recorded-future'),
    ).toMatchObject({ kind: 'organisation' });
  });

  test('each descriptor class on other names: a body, a collective, a source, an aide, a lower-case particle', async () => {
    const text =
      'The security consultancy Brightwater Labs said the servers were hit. ' +
      'A hacker collective known as Night Owl Syndicate claimed the breach. ' +
      'According to Meridian Analytics, the outage lasted six hours. ' +
      'An aide named Olga Petrenko confirmed the meeting. al-Wasat reported the strike. ' +
      "Lebanon's al-Manar television said the talks had failed.";
    const found = (await render(text)).record.discovered.map(({ id, kind, memberOf }) => [id, kind, memberOf]);
    expect(found).toEqual([
      ['brightwater-labs', 'organisation', []],
      ['night-owl-syndicate', 'organisation', []],
      // A plural noun ends a body's name, not a person's.
      ['meridian-analytics', 'organisation', []],
      ['olga-petrenko', 'person', []],
      ['al-wasat', 'media', []],
      // What the source is, between its name and the verb, makes it an outlet; its possessive owner is its state.
      ['al-manar', 'media', ['lebanon']],
    ]);
  });

  test('a handle that acts is an account’s actor; one before a noun is an account', async () => {
    const text =
      'The researchers @RiverTrack posted maps of the flood. @Helen_Marsh said the bridge was shut. ' +
      'The mayor wrote on his @CityHallDesk account.';
    const found = (await render(text)).record.discovered.map(({ id, kind }) => [id, kind]);
    expect(found).toEqual([
      ['rivertrack', 'organisation'],
      ['helen-marsh', 'person'],
    ]);
  });

  test('`X reported`: an outlet’s name, not a given name or a word capitalised by the sentence', async () => {
    const text =
      'Officials reported shortages in Lebanon. Leila reported the theft. Medics reported more wounded. Rudaw reported the strike.';
    expect(await linked(text)).toEqual(['Lebanon → lebanon', 'Rudaw → rudaw']);
  });

  test('a surname before a plain reporting verb, or ending in -s, is still a person’s', async () => {
    const text = 'Olga Petrenko spoke first. Petrenko said nothing, according to Gary Williams.';
    const found = (await render(text)).record.discovered.map(({ id, kind }) => [id, kind]);
    expect(found).toEqual([
      ['olga-petrenko', 'person'],
      ['gary-williams', 'person'],
    ]);
  });

  test('a title read through one typo is still a title', async () => {
    expect(await discovered('Foreign Minster Sergey Lavrov met his counterpart.', 'sergey-lavrov')).toMatchObject({
      kind: 'person',
      role: 'Foreign Minster',
    });
  });

  test('the affiliation the text gives: of an organisation, a possessive, an acronym owning the title', async () => {
    const election =
      "Fernando Cheung of the Labour Party was elected. New People Party's Michael Tien won, and DAB's Ben Chan lost.";
    expect(await discovered(election, 'fernando-cheung')).toMatchObject({ memberOf: ['labour-party'] });
    expect(await discovered(election, 'michael-tien')).toMatchObject({ memberOf: ['new-people-party'] });
    expect(await discovered(election, 'ben-chan')).toMatchObject({ memberOf: ['dab'] });
    expect(await discovered('NASA Administrator Charles Bolden spoke.', 'charles-bolden')).toMatchObject({
      memberOf: ['nasa'],
    });
    expect(
      await discovered(
        'Civil Defense Authority director General Suleiman al-Amr said the wounded were in hospital.',
        'suleiman-al-amr',
      ),
    ).toMatchObject({ memberOf: ['civil-defense-authority'] });
  });
});
