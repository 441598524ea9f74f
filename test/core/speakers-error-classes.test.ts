/**
 * The error classes of speaker attribution (issue #20), each on sentences
 * written for it: who a pronoun, nominal, document or continuation points
 * to, the addressee, titles and affiliations, headline labels, fragments,
 * and quote marks at paragraph ends. These are our own gold for
 * generalisation; PolNeAR is only tuned on.
 */
import { describe, expect, test } from 'vitest';
import type { DiscoveredActor } from '../../src/core/discovery/index.ts';
import { findQuotes, type Quote, type SpeakerDirectory } from '../../src/core/quotes/index.ts';
import { EMPTY_DIRECTORY as EMPTY } from '../../src/core/quotes/find-quotes.ts';
import { speakerDirectory, withDiscovered } from '../../src/core/quotes/speaker-directory.ts';
import { buildRegistry } from '../../src/core/registry/registry.ts';
import { actorSchema, type ActorId } from '../../src/core/schema/index.ts';
import { contentRegistry } from '../helpers/registry.ts';

const directory = speakerDirectory(await contentRegistry());

/** Each quote's words (the first 30 characters), kind and speaker as name, actor and how it was found. */
function speakers(text: string, lookup: SpeakerDirectory = directory) {
  return findQuotes(text, lookup).quotes.map((quote: Quote) => ({
    quote: quote.text.slice(0, 30),
    kind: quote.kind,
    speaker: quote.speaker && `${quote.speaker.name} (${quote.speaker.actor ?? '-'}) via ${quote.speaker.via}`,
  }));
}

/** The speaker of the last speech quote in `text`: the one the sentences before it lead up to. */
function speakerOf(text: string, lookup: SpeakerDirectory = directory): string | null {
  return (
    speakers(text, lookup)
      .filter((quote) => quote.kind === 'speech')
      .at(-1)?.speaker ?? null
  );
}

describe('a pronoun agrees with its antecedent', () => {
  test.each([
    [
      'she, after a man named last and a woman analyst before him',
      'Analyst Maria Lopez said the deal was weak. Then Minister John Smith spoke. “It is a bad deal,” she said.',
      'Maria Lopez (-) via pronoun',
    ],
    [
      'he, after a woman named last and a man before her',
      'Colonel Ahmed Khalil met the press in Tripoli. His deputy, Leila Haddad, stood beside him. “We will hold the city,” he said.',
      'Ahmed Khalil (-) via pronoun',
    ],
    [
      'she, by a gendered role word',
      'Environment Canada spokeswoman Sujata Raisinghani was asked about it, as was Minister John Baird. “We take it seriously,” she said.',
      'Sujata Raisinghani (canada) via pronoun',
    ],
    [
      'he, by an honorific',
      'Mr. Toccafondi spoke after Senator Anna Rossi. “Schools will close,” he said.',
      'Mr. Toccafondi (-) via pronoun',
    ],
    [
      'he, the person named again by the given name alone, over a speaker quoted since',
      'Thomas Sam, a homeopath, treated his daughter himself. “She suffered,” prosecutor Mark Tedeschi said. Thomas’ sister pleaded with him, but he replied, “I am not able to do that.”',
      'Thomas Sam (-) via pronoun',
    ],
    [
      'it, the nearest body',
      'Hamas rejected the plan on Monday. “The occupation must end,” it said.',
      'Hamas (hamas) via pronoun',
    ],
    [
      'they, a group of people introduced as a speaker',
      'The report’s authors say the results are clear. “Salt must be iodised,” they said.',
      'the report’s authors (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a continuation belongs to the speaker of the running statement', () => {
  test('a paragraph that is all quotation, and a second quote with no cue', () => {
    const text = [
      '“The rebels may have risen too early,” said Oliver Miles, a former British ambassador.',
      'Rebels reached the outskirts of Tripoli on Sunday. “The regime may collapse,” he said. “It has lost the east.”',
      '“The city may fall within days.”',
    ].join('\n\n');
    expect(speakers(text).map(({ speaker }) => speaker)).toEqual([
      'Oliver Miles (united-kingdom) via name',
      'Oliver Miles (united-kingdom) via pronoun',
      'Oliver Miles (united-kingdom) via continuation',
    ]);
  });

  test('the continuation records where its speaker was named', () => {
    const text = '“We will win,” said Fawzi Barhoum.\n\n“Nothing will stop us.”';
    const [, second] = findQuotes(text, directory).quotes;
    const named = text.indexOf('Fawzi Barhoum');
    expect(second?.speaker?.via).toBe('continuation');
    expect(second?.speaker?.antecedent).toEqual({ start: named, end: named + 'Fawzi Barhoum'.length });
  });
});

describe('a nominal is the person introduced with that role', () => {
  test('the veteran goalkeeper, resolved to the player introduced with the role', () => {
    const text = 'The veteran goalkeeper Iker Casillas spoke after the match. “We played well,” the goalkeeper said.';
    expect(speakerOf(text)).toBe('Iker Casillas (-) via nominal');
  });

  test('a body’s word falls back to the body named last only alone, not as the complement of a person’s role', () => {
    const group = 'Hezbollah said the talks had failed. “Our weapons stay,” the group said.';
    expect(speakerOf(group)).toBe('Hezbollah (hezbollah) via nominal');
    const spokesperson =
      'An analyst in London doubted it. “Talks will go on,” the spokesperson for the Iranian foreign ministry said.';
    expect(speakerOf(spokesperson)).toBe('the spokesperson for the Iranian foreign ministry (iran) via nominal');
  });

  test('an earlier quote’s nominal does not leak into a later named quote', () => {
    const text = [
      'A spokesperson for the Russian government spoke in Moscow. “We support Damascus,” the spokesperson said.',
      '“We entered Syria at its invitation,” Baqaei said.',
    ].join('\n\n');
    expect(speakers(text).map(({ speaker }) => speaker)).toEqual([
      'a spokesperson for the Russian government (russia) via nominal',
      'Esmaeil Baqaei (iran) via name',
    ]);
  });
});

describe('the addressee is never the speaker', () => {
  test('after X told Reuters, “it” is X, not the outlet', () => {
    const text = 'Hamas told Reuters that the talks had stalled. “We are ready for a deal,” it said.';
    expect(speakerOf(text)).toBe('Hamas (hamas) via pronoun');
  });

  test('after X told The Guardian, “she” is X', () => {
    const text =
      'Opposition leader Evgenia Chirikova told The Guardian the protests would go on. “We will be back,” she said.';
    expect(speakerOf(text)).toBe('Evgenia Chirikova (-) via pronoun');
  });
});

describe('documents and accounts speak for their authors', () => {
  test.each([
    [
      'says the memo, after the body issued it',
      'The ministry issued a memo on Monday. “All staff must return,” says the memo.',
      'the ministry (-) via document',
    ],
    [
      'the report said, after a report by a registered body',
      'The 2010 Global Trends report by UNHCR was released on Monday. “Poor countries carry the burden,” the report said.',
      'UNHCR (unhcr) via document',
    ],
    [
      'a possessive author, resolved to the full name',
      'Senator John Cornyn issued a statement. “Houston was slighted,” Cornyn’s statement added.',
      'John Cornyn (-) via document',
    ],
    [
      'the same account posted, after an account with its owner',
      'Hezbollah’s official account posted a video on Sunday. “We will respond,” the same account posted on Monday.',
      'Hezbollah (hezbollah) via document',
    ],
    [
      'a body named before the document noun',
      'Sunak spoke on Wednesday. “We may extend the questionnaire,” the Home Office letter reads.',
      'Home Office (-) via document',
    ],
    [
      'a body named before the document noun, after the sentence’s capitalised article',
      'Sunak spoke on Wednesday. The Home Office letter reads “we may extend the use of the questionnaire”.',
      'Home Office (-) via document',
    ],
    [
      'the statement said, after a body with a modifier issued it',
      'The interior ministry issued a statement on Monday. “The border remains closed,” the statement said.',
      'the interior ministry (-) via document',
    ],
    [
      'the guidelines read, after a body that is issuing them',
      'The health ministry is issuing new guidelines this week. “Masks are no longer required,” the guidelines read.',
      'the health ministry (-) via document',
    ],
    [
      'the statement said, after a statement released by a named body',
      'The statement was released by the Harbour Trust on Friday. “Supplies are running low,” the statement said.',
      'Harbour Trust (-) via document',
    ],
    [
      'a body that only received the statement is not its author',
      'The interior ministry received a statement on Monday. “The border must reopen,” the statement said.',
      'the statement (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('titles, names and affiliation', () => {
  test.each([
    [
      'a named person with a title of a country is the speaker, for that country',
      '“We will not give up,” said Annalena Baerbock, the Foreign Minister of Germany.',
      'Annalena Baerbock (germany) via name',
    ],
    [
      'a demonym and a title before the name',
      'Lebanese Prime Minister Najib Mikati visited Paris. “We need help,” Mikati said.',
      'Najib Mikati (lebanon) via name',
    ],
    [
      'a title with the country first, then a comma and the name',
      'Malaysia’s Prime Minister, Najib Razak said, “We are in contact with all parties.”',
      'Najib Razak (malaysia) via name',
    ],
    [
      'a typo in the role (one edit) still reads as the role of a country, not the country speaking',
      '“The talks failed,” the foreign minster of Belgium said.',
      'the foreign minster of Belgium (belgium) via nominal',
    ],
    [
      'an appositive with a possessive country',
      '“It is over,” Karim Haddad, Iran’s ambassador, said.',
      'Karim Haddad (iran) via name',
    ],
    [
      'an inverted cue, then a possessive country with a modifier before the role',
      '“We are ready,” said Hadja Lahbib, Belgium’s foreign minister.',
      'Hadja Lahbib (belgium) via name',
    ],
    [
      'the same with a typo in the role',
      '“We are ready,” said Hadja Lahbib, Belgium’s foreign minster.',
      'Hadja Lahbib (belgium) via name',
    ],
    [
      'a possessive country before a misspelt title and the name, then a pronoun',
      'Belgium’s foreign minster Hadja Lahbib spoke on Monday. “We are ready,” she said.',
      'Hadja Lahbib (belgium) via pronoun',
    ],
    [
      'a possessive country before words that hold no role is no affiliation',
      '“We are ready,” said Hadja Lahbib, Belgium’s best known novelist.',
      'Hadja Lahbib (-) via name',
    ],
    [
      'a widow set off beside her name is who the widow means',
      'The widow of the slain journalist, Maria Cruz, spoke to reporters. “We want justice,” the widow said.',
      'Maria Cruz (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test('an office with no country is the home state’s only where the briefing names one state most', () => {
    const balanced =
      'Lebanon and Syria signed a border deal in Beirut and Damascus. Prime Minister Karim Nassar said it was fair. “It is a good day,” Nassar said.';
    expect(speakerOf(balanced)).toBe('Karim Nassar (-) via name');
    const foreign =
      'Lebanon’s cabinet met in Beirut on Monday. French President Louis Marchand arrived later. “We will help,” Marchand said.';
    expect(speakerOf(foreign)).toBe('Louis Marchand (france) via name');
  });

  test('an undersecretary holds a national office; a union secretary does not', () => {
    const italy = 'Italy’s schools reopen in Rome on Monday, and Italy’s unions are wary.';
    expect(speakerOf(`${italy} Undersecretary for Education Mr. Bellini says “fees will rise”.`)).toBe(
      'Mr. Bellini (italy) via name',
    );
    expect(speakerOf(`${italy} Union secretary Mr. Bellini says “fees will rise”.`)).toBe('Mr. Bellini (-) via name');
  });

  test('a discovered person with a national office and no country speaks for the home state', () => {
    const text =
      'Flooding closed roads across Portugal on Monday. Interior Minister Rui Tavares visited Porto. “The army will help,” Tavares said.';
    const tavares: DiscoveredActor = {
      id: 'rui-tavares' as ActorId,
      name: 'Rui Tavares',
      kind: 'person',
      memberOf: [],
      cue: 'title',
      role: 'minister',
      start: text.indexOf('Rui'),
      end: text.indexOf('Rui') + 'Rui Tavares'.length,
      forms: [{ text: 'Tavares', probable: false }],
    };
    expect(speakerOf(text, withDiscovered(directory, [tavares]))).toBe('Rui Tavares (portugal) via name');
  });

  test('a discovered person carries the affiliation discovery found to the quote', () => {
    const haddad: DiscoveredActor = {
      id: 'karim-haddad' as ActorId,
      name: 'Karim Haddad',
      kind: 'person',
      memberOf: ['iran' as ActorId],
      cue: 'title',
      role: 'ambassador',
      start: 0,
      end: 12,
      forms: [{ text: 'Haddad', probable: false }],
    };
    const text = 'Karim Haddad arrived in Beirut on Monday. “We came to help,” Haddad said.';
    expect(speakerOf(text, withDiscovered(directory, [haddad]))).toBe('Karim Haddad (iran) via name');
  });

  describe('a government agency only discovery knows speaks for its state', () => {
    const discovered = (id: string, name: string, kind: DiscoveredActor['kind'], memberOf: string[]) =>
      ({
        id: id as ActorId,
        name,
        kind,
        memberOf: memberOf as ActorId[],
        cue: 'organisation',
        start: 0,
        end: name.length,
        forms: [],
      }) satisfies DiscoveredActor;
    const ports = discovered('portugal-harbour-board', 'Portuguese Harbour Board', 'government', ['portugal']);
    const lisbon = discovered('lisbon-port-club', 'Lisbon Port Club', 'organisation', ['portugal']);
    const marta = discovered('marta-lobo', 'Marta Lobo', 'person', ['portugal-harbour-board']);
    const rui = discovered('rui-sa', 'Rui Sa', 'person', ['lisbon-port-club']);
    test.each([
      [
        'the agency itself',
        '“Ships must wait,” the Portuguese Harbour Board said.',
        'Portuguese Harbour Board (portugal) via name',
      ],
      [
        'its spokesperson',
        '“Ships must wait,” said Marta Lobo, a spokesperson for the board.',
        'Marta Lobo (portugal) via name',
      ],
      [
        'not an organisation that is no government',
        '“Ships must wait,” said Rui Sa.',
        'Rui Sa (lisbon-port-club) via name',
      ],
    ])('%s', (_, text, expected) => {
      expect(speakerOf(text, withDiscovered(directory, [ports, lisbon, marta, rui]))).toBe(expected);
    });
  });

  test('a titled person stays a person of their state when discovery reads the name as a body', () => {
    const mohib: DiscoveredActor = {
      id: 'hamdullah-mohib' as ActorId,
      name: 'Hamdullah Mohib',
      kind: 'organisation',
      memberOf: ['afghanistan' as ActorId],
      cue: 'speaker',
      start: 17,
      end: 32,
      forms: [],
    };
    const text = [
      'Afghan Ambassador Hamdullah Mohib says there were concerns about the visas.',
      '“Seventeen years ago, this would not have been possible,” said Ambassador Mohib.',
    ].join('\n\n');
    expect(speakerOf(text, withDiscovered(directory, [mohib]))).toBe('Hamdullah Mohib (afghanistan) via name');
  });

  test('officials are credited to the authorities, not the people, when the registry has both', () => {
    const actor = (fields: Record<string, unknown>) => actorSchema.parse({ description: 'x', ...fields });
    const { registry, problems } = buildRegistry([
      { id: 'kurds' as ActorId, data: actor({ name: 'Kurds', kind: 'people', demonyms: ['Kurdish'] }) },
      {
        id: 'kurdish-authorities' as ActorId,
        data: actor({ name: 'Kurdistan Regional Government', kind: 'government', memberOf: ['kurds'] }),
      },
    ]);
    expect(problems).toEqual([]);
    const text = 'Kurdish officials said the road to Erbil was “open again after the floods”.';
    expect(speakerOf(text, speakerDirectory(registry))).toBe('Kurdish officials (kurdish-authorities) via description');
    const people = 'Kurdish residents said the road to Erbil was “open again after the floods”.';
    expect(speakerOf(people, speakerDirectory(registry))).toBe('Kurdish residents (kurds) via description');
  });
});

describe('quote kinds', () => {
  test('after a title’s noun, words that open in lower case are said of it; a capitalised name is its title', () => {
    const text =
      'The minister said the programme “has always been peaceful and will remain so”. ' +
      'The government launched the programme “Bread for Every Home” in March.';
    expect(speakers(text).map(({ quote, kind }) => [quote, kind])).toEqual([
      ['has always been peaceful and w', 'speech'],
      ['Bread for Every Home', 'title'],
    ]);
  });

  test('a line-initial label before a quoted headline is not speech', () => {
    const text = 'READ MORE: ‘Iran warns Israel over strikes’\n\nRelated: “Talks resume in Doha”\n\nThe talks went on.';
    expect(speakers(text)).toEqual([
      { quote: 'Iran warns Israel over strikes', kind: 'title', speaker: null },
      { quote: 'Talks resume in Doha', kind: 'title', speaker: null },
    ]);
  });

  test('fragments of one attributed statement are its speaker’s speech', () => {
    const text = 'Officials reported “steady gains” despite “stiff opposition” in the north.';
    expect(speakers(text)).toEqual([
      { quote: 'steady gains', kind: 'speech', speaker: 'Officials (-) via description' },
      { quote: 'stiff opposition', kind: 'speech', speaker: 'Officials (-) via description' },
    ]);
  });
});

describe('quote marks at the edges', () => {
  test('a closing mark after a space closes the quote; it does not open one', () => {
    const text = '“We will support the government. ”Then the minister left the hall.';
    expect(findQuotes(text, directory).quotes.map((quote) => quote.text)).toEqual(['We will support the government.']);
  });

  test('a stray closing mark after a space opens nothing', () => {
    const result = findQuotes('The ministry criticised the government. ”Text of the decree follows below.', directory);
    expect(result.quotes).toEqual([]);
    expect(result.diagnostics.map(({ ruleId }) => ruleId)).toEqual(['quote-unopened']);
  });

  test('an unclosed quote runs to its paragraph’s end, and a closing mark in the next paragraph ends it', () => {
    const text = [
      'After the match, Hernan Dario Gomez, Panama coach, said, “I think we have learned a lot from today’s game.',
      'It was a very emotional day. The team was able to focus better.”',
      'Harry Kane won the award.',
    ].join('\n\n');
    const [quote] = findQuotes(text, directory).quotes;
    expect([quote?.text, ...(quote?.parts ?? []).map((part) => part.text)]).toEqual([
      'I think we have learned a lot from today’s game.',
      'It was a very emotional day. The team was able to focus better.',
    ]);
    expect(quote?.speaker?.name).toBe('Hernan Dario Gomez');
  });
});

describe('the attribution in the sentence before', () => {
  test('a quote with no cue after a sentence reporting its speaker', () => {
    const text =
      'Wilkins also said Warhol was both an artist and a businessperson. “It was a very practical salesman approach to his work.”';
    expect(speakerOf(text)).toBe('Wilkins (-) via previous-sentence');
  });

  test('a paragraph of quotation goes on with the person the paragraph before is about, never a thing', () => {
    const person = 'Dr. Amal Nasser, who runs the clinic, spent the night in the ward.\n\n“We had no light.”';
    expect(speakerOf(person)).toBe('Amal Nasser (-) via previous-sentence');
    const thing = 'The storm destroyed the harbour overnight.\n\n“Nothing is left.”';
    expect(speakers(thing)).toEqual([{ quote: 'Nothing is left.', kind: 'speech', speaker: null }]);
  });

  test('a paragraph ending with its cue and a comma hands the next paragraph’s quote to its speaker', () => {
    const text = 'Rathbun stated,\n\n“Daniel was picked up by an investigator in a black car.”';
    expect(speakerOf(text)).toBe('Rathbun (-) via previous-sentence');
  });
});

/**
 * Sentences written for each error class before the speaker code was changed for them (5 December 2026),
 * held out in the sense: none was looked at while the rules were written. 18 of the 37 were
 * answered as written before the change, 35 after (the other two below, in another form). Letter case of a
 * description (`Residents` at a sentence's start) is not what these test, so names compare without it.
 */
describe('unseen sentences for every error class', () => {
  test.each([
    [
      'pronoun: she, past a man named last, to the woman economist before him',
      'Economist Sarah Whitfield warned of a slowdown. Finance Minister Peter Adams disagreed. “Growth will return next year,” she said.',
      'Sarah Whitfield (-) via pronoun',
    ],
    [
      'pronoun: he, the deputy named in an appositive after a woman',
      'Mayor Linda Okafor opened the bridge with her deputy, Tom Reyes, at her side. “This took ten years,” he said.',
      'Tom Reyes (-) via pronoun',
    ],
    [
      'pronoun: she, by an honorific, past a man with a title',
      'Mrs. Helen Park, the school principal, met Governor Mark Ellis on Friday. “We need more teachers,” she told reporters.',
      'Helen Park (-) via pronoun',
    ],
    [
      'pronoun: it is the company, not the person named after it',
      'The company, Northwind Energy, fired its chief executive, David Brooks, on Tuesday. “We had lost confidence,” it said.',
      'Northwind Energy (-) via pronoun',
    ],
    [
      'pronoun: they are the residents, past a named governor',
      'Residents of the village said the water had risen overnight. The governor, Paul Mendes, visited on Sunday. “We lost everything,” they said.',
      'residents of the village (-) via pronoun',
    ],
    [
      'pronoun: she, by a given name, past a president',
      'President Omar Hassan named a new envoy, Amira Saleh, on Monday. “I accept with humility,” she said.',
      'Amira Saleh (-) via pronoun',
    ],
    [
      'pronoun: he, past a woman quoted before',
      '“Prices are too high,” said Karen Mills, a shopper. Store manager James Ortiz said supply was short. “We are waiting for trucks,” he added.',
      'James Ortiz (-) via pronoun',
    ],
    [
      'continuation: a paragraph of quotation after a named doctor',
      '“We have no fuel,” said Dr. Nabil Aziz, director of the Al-Amal hospital.\n\n“The generators stopped at dawn. Patients on ventilators are at risk.”',
      'Nabil Aziz (-) via continuation',
    ],
    [
      'continuation: a paragraph of quotation after a pronoun quote',
      'Minister Ruth Bauer spoke in the capital. “The border stays open,” she said.\n\n“We will not build walls.”',
      'Ruth Bauer (-) via continuation',
    ],
    [
      'continuation: the running speaker is the one quoted last, not the first',
      '“We are ready,” said coach Luis Ortega.\n\nHis rival, Hans Weber, was less sure. “My players are tired,” Weber said.\n\n“We need a week of rest.”',
      'Hans Weber (-) via continuation',
    ],
    [
      'continuation: two paragraphs of quotation in a row',
      'Farmer Joan Reilly lost her herd in the flood. “It took thirty years to build,” she said.\n\n“Now it is gone.”\n\n“I do not know what comes next.”',
      'Joan Reilly (-) via continuation',
    ],
    [
      'nominal: the striker, introduced as a veteran striker',
      'Veteran striker Paolo Conti scored twice. “I feel young again,” the striker said.',
      'Paolo Conti (-) via nominal',
    ],
    [
      'nominal: the minister, introduced in an appositive, past an MP',
      'The interior minister, Karl Brenner, announced new checks. Opposition MP Eva Blum criticised them. “The checks will stay,” the minister said.',
      'Karl Brenner (-) via nominal',
    ],
    [
      'nominal: the police chief',
      'Police chief Daniel Moore said officers were searching the woods. “We have no suspect yet,” the police chief added.',
      'Daniel Moore (-) via nominal',
    ],
    [
      'nominal: the spokesman resolves to the colonel introduced with the role',
      'A spokesman for the army, Colonel Ali Rahim, said the road was closed. “No one may pass,” the spokesman said.',
      'Ali Rahim (-) via nominal',
    ],
    [
      'nominal: the earlier quote’s nominal does not leak into the named quote after it',
      'A spokesman for the army, Colonel Ali Rahim, said the road was closed. “No one may pass,” the spokesman said.\n\n“We welcome the decision,” said Maria Costa, a local councillor.',
      'Maria Costa (-) via name',
    ],
    [
      'nominal: an age for a person introduced with it',
      'The goalkeeper, Jan Novak, saved a penalty in the last minute. “I guessed right,” the 34-year-old said.',
      'Jan Novak (-) via nominal',
    ],
    [
      'addressee: she after told the BBC is the minister',
      'Health Minister Olga Petrova told the BBC that hospitals were full. “We need doctors,” she said.',
      'Olga Petrova (-) via pronoun',
    ],
    [
      'addressee: the official who told Reuters',
      'A senior official told Reuters the talks would resume. “There is goodwill on both sides,” the official said.',
      'a senior official (-) via nominal',
    ],
    [
      'addressee: the group that told Al Jazeera',
      'Hezbollah told Al Jazeera it would not disarm. “Our weapons stay,” the group said.',
      'Hezbollah (hezbollah) via nominal',
    ],
    [
      'addressee: speaking to CNN, the senator',
      'Speaking to CNN, Senator Mark Hale said the bill would pass. “We have the votes,” he said.',
      'Mark Hale (-) via pronoun',
    ],
    [
      'document: a letter seen by Sky News speaks for the ministry that wrote it',
      'A letter from Germany’s foreign ministry, seen by Sky News, warned of delays. “Visas will take longer,” the letter said.',
      'Germany’s foreign ministry (germany) via document',
    ],
    [
      'document: a firm’s statement',
      'Acme Shipping issued a statement after the collision. “Our crew acted correctly,” the statement said.',
      'Acme Shipping (-) via document',
    ],
    [
      'document: the same account, the army’s',
      'The army’s official account posted a map of the front. “The enemy retreated,” the same account posted.',
      'the army (-) via document',
    ],
    [
      'document: according to a body’s statement',
      'According to a Hamas statement, “the ceasefire is over.”',
      'Hamas (hamas) via document',
    ],
    [
      'in the words of: a registered minister',
      'In the words of Iran’s foreign minister, Abbas Araghchi, “the door to diplomacy is not closed.”',
      'Abbas Araghchi (iran) via name',
    ],
    [
      'in the words of: an unnamed diplomat',
      'The plan was, in the words of one diplomat, “dead on arrival.”',
      'one diplomat (-) via description',
    ],
    [
      'in the words of: a title and a name with a country before',
      'In the words of Australian Foreign Minister Penny Wong, “we will not be coerced.”',
      'Penny Wong (australia) via name',
    ],
    [
      'affiliation: name, then the title of a country',
      '“We will reopen the embassy,” said Hakan Fidan, the Foreign Minister of Turkey.',
      'Hakan Fidan (turkey) via name',
    ],
    [
      'affiliation: name, then the title of a country, then a time',
      '“Europe must act,” said Kaja Kallas, the Prime Minister of Estonia, on Friday.',
      'Kaja Kallas (estonia) via name',
    ],
    [
      'affiliation: a national title in a briefing about one state',
      'Lebanon’s cabinet met in Beirut on Monday. Prime Minister Najib Mikati said the army would deploy in the south. “We are committed to the resolution,” Mikati said.',
      'Najib Mikati (lebanon) via name',
    ],
    [
      'affiliation: a typo in the role after a possessive country',
      '“We are ready to talk,” said Spain’s prime minster, Pedro Sánchez.',
      'Pedro Sánchez (spain) via name',
    ],
    [
      'affiliation: a typo in the role of a country, unnamed',
      '“The ports are closed,” the foreign secretery of Greece said.',
      'the foreign secretery of Greece (greece) via nominal',
    ],
    [
      'affiliation: a possessive country and a title in an appositive before the cue',
      'Sergio Mattarella, Italy’s president, said: “We stand with Kyiv.”',
      'Sergio Mattarella (italy) via name',
    ],
    [
      'previous sentence: told reporters, then the quote alone',
      'Colonel Hamid Karimi told reporters what he had seen. “They came at night from the hills.”',
      'Hamid Karimi (-) via previous-sentence',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)?.toLowerCase()).toBe(expected.toLowerCase());
  });
});

describe('a pronoun finds the most salient person who agrees with it', () => {
  test.each([
    [
      'the subject of the sentence, not a name in its object',
      'Senator Tom Baker said praise from President Ivan Petrov would not change his vote. “He is not my friend,” he said.',
      'Tom Baker (-) via pronoun',
    ],
    [
      'the subject of the sentence before, not a possessive in the last one',
      'Coach Ray Hill met the press on Monday. He criticised Peter Lund’s tactics. “It was a mess,” he said.',
      'Ray Hill (-) via pronoun',
    ],
    [
      'the speaker of the quote before, though their name is read again in that sentence',
      'Governor Mark Hale stayed away from the capital. A spokesman for Hale, Omar Reyes, told reporters on a call: “The roads are closed.”\n\n“We ask everyone to stay home,” he added.',
      'Omar Reyes (-) via pronoun',
    ],
    [
      'never a man whom a title makes one: no one, rather than the wrong one',
      'Mr. Victor Hale opened the hearing. “We will begin,” she said.',
      'she (-) via pronoun',
    ],
    [
      'a given name’s gender gives way when no one else agrees',
      'Terry Walsh, a nurse, worked through the night. “We had no beds left,” she said.',
      'Terry Walsh (-) via pronoun',
    ],
    [
      'a person introduced by a bare role after a comma',
      'Candidate Paul Rice refused to debate. Ndidi Okafor, political science professor at Lagos University, described the strategy. “If he is asked, he deflects,” she said.',
      'Ndidi Okafor (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)?.toLowerCase()).toBe(expected.toLowerCase());
  });
});

describe('places, dates and pairs of names are no one a pronoun can mean', () => {
  test.each([
    [
      'a place after a preposition, named last',
      'Dan Cole spoke at a rally in Colorado Springs. The crowd cheered. “We will win,” he said.',
      'Dan Cole (-) via pronoun',
    ],
    [
      'a weekday before the reporting verb',
      'Lawyer Sara Quist read the ruling. Judge Ann Marsh on Tuesday said the case was closed. “There is nothing left to appeal,” she said.',
      'Ann Marsh (-) via pronoun',
    ],
    [
      'two names joined by and, named last',
      'Mark Stone spoke first. The crowd cheered. Later the host thanked Carl Berg and Tom Wade for coming. “I have good judgment,” he said.',
      'Mark Stone (-) via pronoun',
    ],
    [
      'a place opening the sentence is not the name of the role after it',
      'Mayor Bill Dunn spoke after the blast. At a news conference in Chelsea, the mayor said there was “no evidence” of a plot.',
      'Bill Dunn (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)?.toLowerCase()).toBe(expected.toLowerCase());
  });
});

describe('a surname with a typo points back to the person named in full', () => {
  test.each([
    [
      'one letter dropped',
      'Kathryn Mellors, director of the gallery, opened the show. “Come back soon,” Mellor said.',
      'Kathryn Mellors (-) via name',
    ],
    [
      'a short name is not read with a typo',
      'Wei Lu, director of the gallery, opened the show. “Come back soon,” Li said.',
      'Li (-) via name',
    ],
    [
      'two people that close to it: neither',
      'Anna Harts and her colleague Paul Hart spoke. “Come back soon,” Harte said.',
      'Harte (-) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

describe('a quote with no cue goes on with the running statement', () => {
  test.each([
    [
      'someone else named as the subject in between takes it over',
      '“We will carry the county,” said organiser Ann Pryce. Her fellow organiser Tom Ekwall disagreed. “The numbers say otherwise.”',
      'Tom Ekwall (-) via previous-sentence',
    ],
    [
      'a name in passing in between does not',
      '“We will carry the county,” said organiser Ann Pryce. Polls show Tom Ekwall ahead. “Polls have been wrong before.”',
      'Ann Pryce (-) via continuation',
    ],
    [
      'the same speaker named again in between goes on',
      '“We will carry the county,” said organiser Ann Pryce. Pryce thanked the volunteers. “You made this possible.”',
      'Ann Pryce (-) via continuation',
    ],
    [
      'a name after a preposition opening the sentence between is in passing',
      '“We will not back down,” said union leader Maria Santos. Like Governor Tom Reyes, she grew up in the valley. “The strike goes on.”',
      'Maria Santos (-) via continuation',
    ],
    [
      'a subject in between that the quote speaks of is not its speaker',
      '“We will not back down,” said union leader Maria Santos. President Joe Biden visited the plant in May. “He promised us raises.”',
      'Maria Santos (-) via continuation',
    ],
    [
      'a subject in between the quote names by surname is not its speaker',
      '“We will not back down,” said union leader Maria Santos. Governor Tom Reyes toured the site. “Reyes knows what we earn.”',
      'Maria Santos (-) via continuation',
    ],
    [
      'a paragraph between about no one new leaves the statement running',
      '“The river has never been this high,” said Jana Novak, who runs the shelter.\n\nThe shelter took in 40 families overnight.\n\n“We are running out of blankets.”',
      'Jana Novak (-) via continuation',
    ],
    [
      'a paragraph between naming someone only in passing leaves it running too',
      '“Prices will fall,” said economist Mark Feld.\n\nThe forecast contradicts one by the central bank’s governor, Eva Lind.\n\n“Our model has been right for ten years.”',
      'Mark Feld (-) via continuation',
    ],
    [
      'a paragraph between with someone else as its subject does not',
      '“The river has never been this high,” said Jana Novak.\n\nFire chief Peter Horvat ordered the evacuation of the lower town.\n\n“We cannot wait for the rain to stop.”',
      'Peter Horvat (-) via previous-sentence',
    ],
    [
      'two paragraphs between do not',
      '“The river has never been this high,” said Jana Novak.\n\nThe shelter took in 40 families.\n\nThe rain is forecast to stop on Sunday.\n\n“We are running out of blankets.”',
      null,
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

describe('who has a document is not who wrote it', () => {
  test('a letter seen by an outlet, with no author given, speaks for no one known and names the outlet', () => {
    const [quote] = findQuotes(
      'A leaked internal letter seen by the Daily Courier says “failure to reply may end the claim”.',
      EMPTY,
    ).quotes;
    expect(quote?.speaker).toMatchObject({ name: 'A leaked internal letter', actor: null, via: 'document' });
    expect(quote?.speaker?.outlet).toBe('the Daily Courier');
  });

  test('a memo obtained by an outlet is the memo a body was said to release', () => {
    const text =
      'The agency released a memo on Friday. The memo obtained by City Wire warns that “staff must not speak to the press.”';
    expect(speakerOf(text, EMPTY)).toBe('the agency (-) via document');
  });
});

describe('they and it: a group or body that opens its sentence', () => {
  test.each([
    [
      'a plural role as the subject of any verb',
      'The rebels seized the airport on Sunday. “We control the city,” they said.',
      'the rebels (-) via pronoun',
    ],
    [
      'officials opening their sentence',
      'Officials met the press on Monday. “We will not reopen,” they said.',
      'Officials (-) via pronoun',
    ],
    [
      'a plural role in passing is no group they can mean',
      'The Electoral Commission extended the deadline for the rebels on Sunday. “We are ready,” they said.',
      'Electoral Commission (-) via pronoun',
    ],
    [
      'a body the text describes, opening its sentence',
      'The interior ministry said the border would stay shut. “We have no choice,” they said.',
      'the interior ministry (-) via pronoun',
    ],
    [
      'it for a body the text describes',
      'The Electoral Commission met on Monday. The regional office closed two polling stations. “We had no staff,” it said.',
      'the regional office (-) via pronoun',
    ],
    [
      'a body’s word not opening its sentence is no body they can mean',
      'The Electoral Commission met on Monday. Turnout fell after the office closed polling stations. “We are reviewing it,” it said.',
      'Electoral Commission (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

describe('a body no registry knows is a body', () => {
  test.each([
    [
      'its role word is what a nominal finds',
      'The Electoral Commission said the count was fair. Voters queued for hours. “No fraud was found,” the commission said.',
      'Electoral Commission (-) via nominal',
    ],
    [
      'a name ending in a body’s word speaking is not a woman a pronoun can mean',
      'Later, Mary Dunn of the Kansas Farm Bureau said prices fell. “We are hurting,” she said.',
      'Mary Dunn (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

describe('the words between a quote and its cue', () => {
  test('a phrase that goes on with the quote’s sentence is not who speaks', () => {
    const text =
      'Senator Ann Webb spoke on Monday. “Executives should face jail time” for criminal behavior, she said.';
    expect(speakerOf(text, EMPTY)).toBe('Ann Webb (-) via pronoun');
  });

  test('two people joined by and are no one a pronoun means', () => {
    const text =
      'Ray Hill spoke first. The crowd cheered. Later Senators Carl Berg and Tom Wade arrived. “I have good judgment,” he said.';
    expect(speakerOf(text, EMPTY)).toBe('Ray Hill (-) via pronoun');
  });

  test('a cue word after a verb in the past is its object, not a cue', () => {
    const restricted = '“The plan is fair,” the ministry restricted comments to one line.';
    expect(speakers(restricted, EMPTY)[0]?.speaker).toBeNull();
    expect(speakerOf('“We will act,” Clinton comments on her website.', EMPTY)).toBe('Clinton (-) via name');
  });
});

describe('a nominal of two roles joined by and', () => {
  test('is one person, the one introduced with either role', () => {
    const text =
      'The forum was tense. Ruth Calder, the former secretary of state, spoke first. Mark Ode answered her. On the radio, the former secretary of state and current party nominee said it was “a mistake” to skip the vote.';
    expect(speakerOf(text, EMPTY)).toBe('Ruth Calder (-) via nominal');
  });
  test('a role and its body’s complement are not two roles', () => {
    const text =
      '“We are ready,” said Ana Lind, a spokesperson for the harbour authority. The spokesperson for the foreign ministry stated that “talks will continue.”';
    expect(speakerOf(text, EMPTY)).toBe('the spokesperson for the foreign ministry (-) via nominal');
  });
});

describe('an age with a gendered role', () => {
  test('is the person of that gender, not the one named last', () => {
    const text =
      'Ivy Trent, the campaign chief, spoke to Tom Rusk on Monday. He asked about leave for fathers. When pressed, the 34-year-old mother of three replied, “It is meant for mothers.”';
    expect(speakerOf(text, EMPTY)).toBe('Ivy Trent (-) via nominal');
  });
});

describe('an abbreviated title is the role a nominal finds', () => {
  test.each([
    ['Sen.', 'Sen. Ada Brooks wants a vote. The senator said she would “introduce a bill next week.”', 'Ada Brooks'],
    ['Gov.', 'Gov. Luis Pardo visited the dam. “The water is falling,” the governor said.', 'Luis Pardo'],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(`${expected} (-) via nominal`);
  });
});

/**
 * The unseen sentences still answered otherwise, with the answer written before the change. Both
 * speakers are the right ones; what differs is the form: `“…,” X said on Sunday. “…”` is one quotation
 * in two parts (the design links a quote after its attribution's sentence), and a publisher's name
 * drops the sentence's article (`Ministry of Health`). `test.fails` keeps them in sight: it reports
 * when the answer changes.
 */
describe('unseen sentences answered in another form', () => {
  test.fails.each([
    [
      'continuation: a second quote with no cue in the same paragraph',
      '“The vote was rigged,” opposition leader Kemal Aydin said on Sunday. “We will go to court.”',
      'Kemal Aydin (-) via continuation',
    ],
    [
      'document: the report of a ministry',
      'The Ministry of Health published a report on Tuesday. “Vaccination rates have fallen,” the report said.',
      'the Ministry of Health (-) via document',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)?.toLowerCase()).toBe(expected.toLowerCase());
  });
});

/**
 * A second batch of unseen sentences, written after the first batch's fixes and before any change for
 * these (5 December 2026), for the classes the held-out sets score lowest: pronouns, continuations,
 * nominals, organisations and documents, and the attribution in the sentence before. 16 of the 24 were
 * answered as written before the change, 22 after; the other two are below.
 */
describe('unseen sentences, second batch', () => {
  test.each([
    [
      'pronoun: she, the nearest woman, past a man named in her own sentence',
      'Nurse Grace Mensah said the ward had been full for weeks. Her colleague, Samuel Boateng, agreed. “We are exhausted,” she said.',
      'Grace Mensah (-) via pronoun',
    ],
    [
      'pronoun: he, the subject of the sentence before, not the man he met',
      'Coach Marco Silva met the club’s owner on Friday. He later addressed the players. “We start again,” he said.',
      'Marco Silva (-) via pronoun',
    ],
    [
      'pronoun: she, named by a title and given name only',
      'Senator Maria Cantwell questioned the chief executive for an hour. “Your answers are not good enough,” she said.',
      'Maria Cantwell (-) via pronoun',
    ],
    [
      'pronoun: it, a registered body after a person was named',
      'Hamas leader Ismail Haniyeh left Doha on Monday, and Hamas issued no comment until Tuesday. “The occupation bears responsibility,” it said.',
      'Hamas (hamas) via pronoun',
    ],
    [
      'pronoun: he, after a quote of his and a sentence about a woman',
      '“The vote is fair,” said election chief Ahmed Farouk. Observer Lina Haddad disagreed in a statement. “We found no fraud,” he added.',
      'Ahmed Farouk (-) via pronoun',
    ],
    [
      'continuation: a paragraph of quotation after a nominal',
      'Police chief Anna Kowalski said the search would go on. “We will not stop,” the police chief said.\n\n“Every lead is being followed.”',
      'Anna Kowalski (-) via continuation',
    ],
    [
      'continuation: a second paragraph after a pronoun, past a new name in passing',
      '“The harvest failed,” said farmer Okello James.\n\n“The rains came late. My neighbour, Peter, lost everything too.”',
      'Okello James (-) via continuation',
    ],
    [
      'continuation: the quote after an organisation’s statement',
      '“The plant is safe,” the company said in a statement.\n\n“No radiation has leaked.”',
      'the company (-) via continuation',
    ],
    [
      'nominal: the mayor, introduced by a title before the name',
      'Mayor Olivia Chow toured the flooded streets on Tuesday. “We will rebuild,” the mayor said.',
      'Olivia Chow (-) via nominal',
    ],
    [
      'nominal: the prosecutor, past a judge',
      'Prosecutor Mark Tedeschi told the court the parents had failed their child. Judge Peter Johnson listened. “This was neglect,” the prosecutor said.',
      'Mark Tedeschi (-) via nominal',
    ],
    [
      'nominal: the coach, introduced after the name with a team',
      'Gareth Lewis, coach of the national team, named his squad. “These are the best players we have,” the coach said.',
      'Gareth Lewis (-) via nominal',
    ],
    [
      'nominal: the former president, a registered person',
      'Former president Barack Obama spoke in Chicago. “Democracy is fragile,” the former president said.',
      'Barack Obama (united-states) via nominal',
    ],
    [
      'organisation: a registered body speaks for itself',
      '“Civilians must be protected,” the International Committee of the Red Cross said.',
      'International Committee of the Red Cross (international-committee-of-the-red-cross) via name',
    ],
    [
      'organisation: a ministry of a country, not registered',
      '“The border is closed,” Turkey’s interior ministry said on Sunday.',
      'Turkey’s interior ministry (turkey) via description',
    ],
    [
      'document: the statement of a registered body, said later',
      'Hezbollah released a statement after the strike. “The enemy will pay,” the statement said.',
      'Hezbollah (hezbollah) via document',
    ],
    [
      'document: the statement a body said something in, read later',
      'Norway’s army said in a statement that the base was safe. “No soldier was hurt,” the statement read.',
      'Norway’s army (norway) via document',
    ],
    [
      'document: a statement a person’s office said something in',
      'Prime Minister Tomas Berg’s office said in a statement that talks would go on. “The door is open,” the statement said.',
      'Prime Minister Tomas Berg’s office (-) via document',
    ],
    [
      'document: must not take the one who talked about a statement as its author',
      'Hezbollah released a statement after the strike. Reporters asked in a briefing about it. “The enemy will pay,” the statement said.',
      'Hezbollah (hezbollah) via document',
    ],
    [
      'document: a report by a body, cited with according to',
      'According to a report by the Syrian Observatory for Human Rights, “at least 40 people were killed.”',
      'Syrian Observatory for Human Rights (syrian-observatory-for-human-rights) via document',
    ],
    [
      'addressee: the outlet after told is not the speaker of the next quote',
      'Finance Minister Omar Barakat told Al Arabiya the budget was ready. “We cut spending by a tenth,” Barakat said.',
      'Omar Barakat (-) via name',
    ],
    [
      'previous sentence: a sentence reporting the speaker, then the quote alone',
      'Dr. Sarah Levine, who leads the clinic, described the night of the attack.\n\n“We treated forty people in two hours.”',
      'Sarah Levine (-) via previous-sentence',
    ],
    [
      'previous sentence: a colon at the end of the sentence before',
      'The minister, Yusuf Demir, gave his answer: the plan stands.\n\n“We will not change course.”',
      'Yusuf Demir (-) via previous-sentence',
    ],
    [
      'affiliation: the ambassador of a country in an appositive',
      '“We ask for calm,” said Li Wei, China’s ambassador to the United Nations.',
      'Li Wei (china) via name',
    ],
    [
      'affiliation: a demonym title and a name, the quote after',
      'Egyptian Foreign Minister Sameh Shoukry said: “Gaza needs aid now.”',
      'Sameh Shoukry (egypt) via name',
    ],
    [
      'affiliation: a title of a country with a typo, named after',
      '“We are ready,” said the Presdent of Ukraine, Volodymyr Zelensky.',
      'Volodymyr Zelensky (ukraine) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)?.toLowerCase()).toBe(expected.toLowerCase());
  });
});

/**
 * The second batch's sentences still answered otherwise, with the answer written before the change:
 * a body described with `the` and no name (`The nurses’ union rejected …`) is no antecedent, so `they`
 * finds none (a wider rule cost a right answer on PolNeAR); `the post said` after `X posted` finds X
 * as the body named last (right speaker), not as a document.
 */
describe('unseen sentences of the second batch still answered otherwise', () => {
  test.fails.each([
    [
      'pronoun: they, the union named as a body',
      'The nurses’ union rejected the offer on Thursday. “This is an insult,” they said.',
      'the nurses’ union (-) via pronoun',
    ],
    [
      'document: a post by an account with its owner before',
      'The Israel Defense Forces posted a video on X. “Our forces struck a launch site,” the post said.',
      'Israel Defense Forces (israel-defense-forces) via document',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)?.toLowerCase()).toBe(expected.toLowerCase());
  });
});

/**
 * A third batch, written before any change for it (5 December 2026): pronouns and continuations in
 * longer news paragraphs, where other people are named and quoted between a speaker and their pronoun.
 * All 10 named the speaker as written; one expectation guessed the registry wrong (Amnesty International
 * is registered, so it is credited to itself) and was corrected after the run.
 */
describe('unseen sentences, third batch: pronouns and continuations in longer paragraphs', () => {
  test.each([
    [
      'she, the quoted councillor, past a man named inside her quote’s sentence',
      'Councillor Diane Webb said the plan ignored tenants. “This was written for developers,” Webb said of the proposal by Mayor Tom Hanley. “It will not pass,” she added.',
      'Diane Webb (-) via pronoun',
    ],
    [
      'he, the speaker of the paragraph, after a woman named in his quote’s attribution clause',
      '“The ceasefire is holding,” said Colonel Idris Mahmoud, speaking after talks with envoy Sara Lind. “We expect the road to open,” he said.',
      'Idris Mahmoud (-) via pronoun',
    ],
    [
      'she, with a male given name earlier only as a possessive',
      'Professor Ruth Adeyemi studied Paul Kagame’s reforms for a decade. “Rwanda changed fast,” she said.',
      'Ruth Adeyemi (-) via pronoun',
    ],
    [
      'he, two paragraphs on, the man last named by surname',
      'Interior minister Jonas Berg visited the camp on Monday.\n\nOfficials said 300 people had arrived overnight. Berg promised more tents.\n\n“Nobody will sleep outside,” he said.',
      'Jonas Berg (-) via pronoun',
    ],
    [
      'continuation: three paragraphs of one statement, the last ending the quote',
      'Amnesty International said the trial was unfair. “The defendants had no lawyers,” the group said.\n\n“They were not allowed to see the evidence.\n\n“The verdict must be annulled.”',
      'Amnesty International (amnesty-international) via continuation',
    ],
    [
      'continuation: a quote paragraph after a pronoun quote, with a date in it',
      'Jane Okoro, a teacher in Lagos, lost her home in the fire. “Everything burned,” she said.\n\n“On Tuesday I went back and found nothing.”',
      'Jane Okoro (-) via continuation',
    ],
    [
      'continuation: not over an intervening named speaker’s quote paragraph',
      '“We need water,” said resident Musa Bello.\n\n“Trucks will arrive tomorrow,” said aid worker Helen Ford.\n\n“We have heard that before.”',
      'Helen Ford (-) via continuation',
    ],
    [
      'pronoun: they, officials after a named man in between',
      'Health officials said the outbreak was under control. Dr. Karl Weiss disagreed. “We are testing everyone who was exposed,” they said.',
      'health officials (-) via pronoun',
    ],
    [
      'pronoun: he, with a woman mentioned as the object of the sentence before',
      'Governor Ray Patel thanked Senator Alice Moore for her support. “We could not have done it alone,” he said.',
      'Ray Patel (-) via pronoun',
    ],
    [
      'pronoun: she, a woman identified by a role word only',
      'A spokeswoman for the hospital, Ana Ruiz, confirmed two deaths. The director, Miguel Soto, was not available. “The families have been told,” she said.',
      'Ana Ruiz (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)?.toLowerCase()).toBe(expected.toLowerCase());
  });
});

describe('a paragraph between a running statement and a quote with no cue', () => {
  test.each([
    [
      'a group that acts in between leaves the statement running',
      '“The port is open,” said harbour master Ruth Calder.\n\nDockers unloaded six ships on Monday.\n\n“We expect twelve more this week.”',
      'Ruth Calder (-) via continuation',
    ],
    [
      'a body that promises something in between leaves it running',
      '“Our wells are dry,” said Yusuf Adan, a herder near Garissa.\n\nThe county government has promised water trucks.\n\n“The trucks came once in May.”',
      'Yusuf Adan (-) via continuation',
    ],
    [
      'people who ask someone for something in between leave it running',
      '“The bridge is sound,” inspector Carl Moss told reporters.\n\nParents at the school have asked Mayor Dee Grant for a second opinion.\n\n“We measured every cable.”',
      'Carl Moss (-) via continuation',
    ],
    [
      'a woman named as the subject in between whom the quote speaks of by pronoun leaves it running',
      '“She earned every vote,” said campaign manager Liam Foster.\n\nSara Holm, 44, won the seat by 300 votes.\n\n“Her door-to-door work made the difference.”',
      'Liam Foster (-) via continuation',
    ],
    [
      'must not fire: a person named in full as the subject in between takes over',
      '“The port is open,” said harbour master Ruth Calder.\n\nUnion organiser Dev Mistry disputed the figures on Tuesday.\n\n“Half the cranes are broken.”',
      'Dev Mistry (-) via previous-sentence',
    ],
    [
      'must not fire: a body reported as saying something in between takes over',
      '“The port is open,” said harbour master Ruth Calder.\n\nThe shipping ministry said on Tuesday that two berths were closed.\n\n“Repairs will take a month.”',
      'the shipping ministry (-) via previous-sentence',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

describe('a nominal’s qualifier picks among those holding its role', () => {
  test('the prime minister is the one introduced as prime minister, not the minister named after', () => {
    const text =
      'Prime Minister Olga Varga met Interior Minister Pavel Horak in Brno. “The border stays open,” the prime minister said. “Patrols will double,” the interior minister said.';
    expect(speakers(text, EMPTY).map(({ speaker }) => speaker)).toEqual([
      'Olga Varga (-) via nominal',
      'Pavel Horak (-) via nominal',
    ]);
  });

  test('must not fire: a qualifier no one was introduced with leaves the latest holder of the role', () => {
    const text = 'Interior Minister Pavel Horak toured the camp. “We need more tents,” the former minister said.';
    expect(speakerOf(text, EMPTY)).toBe('Pavel Horak (-) via nominal');
  });

  test('must not fire: a nominal without a qualifier is the latest holder of its role', () => {
    const text =
      'Prime Minister Olga Varga met Interior Minister Pavel Horak in Brno. “Patrols will double,” the minister said.';
    expect(speakerOf(text, EMPTY)).toBe('Pavel Horak (-) via nominal');
  });
});

describe('two titled people joined by and', () => {
  test('are two people, each found by their own role', () => {
    const text =
      'Fire Chief Nora Quist and Mayor Ben Adler visited the site. Adler promised new engines. “The crews did everything right,” the fire chief said.';
    expect(speakerOf(text, EMPTY)).toBe('Nora Quist (-) via nominal');
  });

  test('must not fire: two names under one plural title stay no one a nominal or pronoun means', () => {
    const text = 'Senators Bernie Sanders and Elizabeth Warren wrote to the bank. “It must answer,” the senator said.';
    expect(speakerOf(text, EMPTY)).toBe('the senator (-) via nominal');
  });
});

describe('a name nothing shows to be a person’s is the body it and the company mean when no body is known', () => {
  test.each([
    [
      'it, a firm named as the subject, with its chief executive named after',
      'Brightwater Logistics said on Friday it would close two depots. Its founder, Anil Mehta, blamed fuel prices. “Demand has fallen by a third,” it said.',
      'Brightwater Logistics (-) via pronoun',
    ],
    [
      'the company, a firm opening its sentence, with an analyst named after',
      'Tarnwick Mining halted work at the pit on Monday. Analyst Joan Whitby expects a long closure. “The slope is unstable,” the company said.',
      'Tarnwick Mining (-) via nominal',
    ],
    [
      'it, a name ending in Airlines',
      'Coral Airlines grounded its fleet after pilot Ruth Ames reported a fault. “We will not fly until every plane is checked,” it said.',
      'Coral Airlines (-) via pronoun',
    ],
    [
      'must not fire: a body the text names wins over a name of no known kind',
      'Kestrel Mining halted work at the pit. The Mining Commission opened an inquiry. “We will publish our findings,” it said.',
      'Mining Commission (-) via pronoun',
    ],
    [
      'must not fire: a name of no known kind in passing is no one it means',
      'Shares in Oakhurst Vale fell on Monday after a landslide. “The slope is unstable,” it said.',
      'it (-) via pronoun',
    ],
    [
      'must not fire: a person with a given name is no body',
      'Helen Ward resigned from the board on Monday. “The decision was taken too quickly,” it said.',
      'it (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

test('a firm whose name ends in an industry word is a body, whatever its first word', () => {
  const text =
    'Kestrel Mining halted work at the pit on Monday. Analyst Joan Whitby expects a long closure. “The slope is unstable,” the company said.';
  expect(speakerOf(text, EMPTY)).toBe('Kestrel Mining (-) via nominal');
});

/**
 * A known limit: the given-name lists hold many everyday words (`Kestrel`, `Coral`, `Meridian`), so a
 * firm named with one and no industry word reads as a person's name, and `the company` finds no one.
 */
test.fails('a firm whose first word is also a given name, with no industry word, is not yet the company', () => {
  const text =
    'Kestrel Vantage halted work at the pit on Monday. Analyst Joan Whitby expects a long closure. “The slope is unstable,” the company said.';
  expect(speakerOf(text, EMPTY)).toBe('Kestrel Vantage (-) via nominal');
});

describe('bodies named with a complement or a demonym, and accounts a pronoun owns', () => {
  test.each([
    [
      'it, a ministry named with of, after a man',
      'The Ministry of Health banned the sale of the drug on Friday. Pharmacist Leo Brandt called the ban late. “Three deaths were reported,” it said.',
      'Ministry of Health (-) via pronoun',
    ],
    [
      'must not fire: a person named with of is no body',
      'Duke Henry of Avon opened the fair on Friday. “It is the best in years,” he said.',
      'Duke Henry of Avon (-) via pronoun',
    ],
    [
      'the same account, one its owner’s pronoun introduced, speaks for the body',
      'The Ukrainian navy said on its Telegram account that a ship had been hit. Analyst Mark Ross doubted it. “The ship is still burning,” the same account posted.',
      'the Ukrainian navy (-) via document',
    ],
    [
      'the same account, never introduced, is where the latest document was put out: its author’s',
      'The Interior Ministry posted a statement on X about the raid. Lawyer Ana Ruiz called it vague. “Eleven suspects were held,” the same account posted.',
      'Interior Ministry (-) via document',
    ],
    [
      'the account after a post its publisher put out on Telegram, with a person named between',
      'The port authority published a notice on Telegram. Captain Ivo Marsh disputed it. “The berth is closed,” the account added.',
      'the port authority (-) via document',
    ],
    [
      'must not fire: an account with no document before it is no one’s',
      'Captain Ivo Marsh spoke at the berth. “The berth is closed,” the account added.',
      'the account (-) via nominal',
    ],
    [
      'a person’s account, owned by his pronoun',
      'Former president Luis Vega wrote on his Facebook page that he would run again. “The country needs me,” the page said.',
      'Luis Vega (-) via document',
    ],
    [
      'the foreign minister, the first of two ministers joined by and with a modifier before the second title',
      'Foreign Minister Pia Lund and Trade Minister Olaf Berg met the delegation. “We share one goal,” the foreign minister said.',
      'Pia Lund (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

describe('groups, and the body they are not', () => {
  test.each([
    [
      'they, farmers opening their sentence, after a man named last',
      'Thousands of farmers marched to the town hall on Sunday. Mayor Piet Bos met a delegation. “We want fair prices,” they said.',
      'Thousands of farmers (-) via pronoun',
    ],
    [
      'they, the group that is the subject, not a body named after a preposition',
      'Nurses at two clinics run by the Halden Foundation said they had not been paid. “We cannot work for free,” they said.',
      'Nurses (-) via pronoun',
    ],
    [
      'must not fire: they, a body that is the subject of the sentence after the group’s',
      'Nurses at the clinic stopped work on Monday. The Halden Foundation said it would pay them. “Wages will be paid on Friday,” they said.',
      'Halden Foundation (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

describe('a paragraph between that reports a thing, not someone', () => {
  test('a count reported to a body leaves the running statement going on', () => {
    const text =
      '“The river is still rising,” said hydrologist Anna Berg.\n\nThe number of homes reported flooded to the county rose to 400.\n\n“The peak is two days away.”';
    expect(speakerOf(text, EMPTY)).toBe('Anna Berg (-) via continuation');
  });

  test('must not fire: a person reported as saying takes over', () => {
    const text =
      '“The river is still rising,” said hydrologist Anna Berg.\n\nCounty engineer Tom Lutz said the levees would hold.\n\n“The peak is two days away.”';
    expect(speakerOf(text, EMPTY)).toBe('Tom Lutz (-) via previous-sentence');
  });
});

describe('the statement a speaker spoke in is theirs', () => {
  test.each([
    [
      'In a statement, X said: the statement is X’s',
      'In a statement, Arden Water said the supply was safe. “No contamination was found,” the statement said.',
      'Arden Water (-) via document',
    ],
    [
      'X said in a statement: the statement is X’s',
      'Arden Water said in a statement on Monday that the supply was safe. “No contamination was found,” the statement said.',
      'Arden Water (-) via document',
    ],
    [
      'must not fire: a statement read out in court has no speaker by this rule',
      'The judge read a statement in court on Monday. “I am sorry,” the statement said.',
      'the statement (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

describe('the sentence before reports through its governing verb', () => {
  test.each([
    [
      'the subject of the first reporting verb, not of one inside what it reports',
      'Council leader Dora Finch said residents had asked for the crossing for years. “Two children were hit there last winter.”',
      'Dora Finch (-) via previous-sentence',
    ],
    [
      'must not fire: with one reporting verb, its subject',
      'The crossing was built after residents asked for it. “Two children were hit there last winter.”',
      'residents (-) via previous-sentence',
    ],
    [
      'must not fire: a paragraph ending with its cue and a colon still hands the quote to that cue’s speaker',
      'The minister said the vote was close. Then the opposition leader, Ivo Marsh, stated:\n\n“We will challenge every ballot.”',
      'Ivo Marsh (-) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text, EMPTY)).toBe(expected);
  });
});

describe('a title the given-name lists read as a man’s name', () => {
  test('she is the judge whose second name is a woman’s, over a man named after her', () => {
    const text =
      'Justice Elaine Moreau said Trevor Dunn, 29, had driven at twice the limit. “You made a choice that night,” she told him.';
    expect(speakerOf(text, EMPTY)).toBe('Elaine Moreau (-) via pronoun');
  });

  test('must not fire: names that agree keep their gender', () => {
    const text =
      'Justice Paul Moreau said Nina Dunn, 29, had driven at twice the limit. “You made a choice that night,” he told her.';
    expect(speakerOf(text, EMPTY)).toBe('Paul Moreau (-) via pronoun');
  });
});

describe('a group or a company is no state', () => {
  test('the group passes over a state named after it, for the body before', () => {
    const text =
      'The Coastal Fishers Association opened an office in Kabul on Monday. “We will defend our members,” the group said.';
    expect(speakerOf(text)).toBe('Coastal Fishers Association (-) via nominal');
  });

  test('the group is no one rather than a state when no other body is named', () => {
    const text = 'Fighters stormed a hotel in Kabul on Monday. “Our men reached the top floor,” the group said.';
    expect(speakerOf(text)).toBe('the group (-) via nominal');
  });

  test('must not fire: the government may be the state named before', () => {
    const text = 'Afghanistan closed the border on Monday. “Trade will resume soon,” the government said.';
    expect(speakerOf(text)).toBe('Afghanistan (afghanistan) via nominal');
  });
});

describe('a possessive before a role set off by commas names the role holder’s body', () => {
  test('a state’s ambassador, named after the role, speaks for the state', () => {
    const text =
      'Pakistan’s deputy ambassador, Omar Siddiqui, asked for a vote. “The draft ignores the refugees,” he said.';
    expect(speakerOf(text)).toBe('Omar Siddiqui (pakistan) via pronoun');
  });

  test('a state’s minister quoted by surname keeps the state', () => {
    const text =
      'Turkey’s interior minister, Selin Aydin, visited the camp on Sunday. “Nobody will be sent back by force,” Aydin said.';
    expect(speakerOf(text)).toBe('Selin Aydin (turkey) via name');
  });

  test('must not fire: a possessive that is a subject, then a verb, is no appositive', () => {
    const text =
      'Kenya’s talks stalled, Peter Otieno said on Friday. “We are still waiting,” Otieno said, adding he worked for a bank.';
    expect(speakerOf(text)).toBe('Peter Otieno (-) via name');
  });

  test('must not fire: a possessive name with no role before the comma gives no affiliation', () => {
    const text = 'After Iran’s vote, Maria Lindqvist spoke to reporters. “It was expected,” she said.';
    expect(speakerOf(text)).toBe('Maria Lindqvist (-) via pronoun');
  });
});

describe('a nominal that names a body goes to the role holder introduced for it', () => {
  test('the Russian ambassador, with the American ambassador named last', () => {
    const text =
      'Russia’s ambassador, Ivan Petrov, spoke first. The U.S. ambassador, Karen Doyle, answered him.\n\n“This is a one-sided text,” the Russian ambassador said.';
    expect(speakerOf(text)).toBe('Ivan Petrov (russia) via nominal');
  });

  test('must not fire: the ambassador with no body goes to the latest', () => {
    const text =
      'Russia’s ambassador, Ivan Petrov, spoke first. The U.S. ambassador, Karen Doyle, answered him.\n\n“We will not accept this,” the ambassador said.';
    expect(speakerOf(text)).toBe('Karen Doyle (united-states) via nominal');
  });

  test('must not fire: a body no holder speaks for leaves the latest holder', () => {
    const text =
      'The U.S. ambassador, Karen Doyle, spoke first.\n\n“We will not accept this,” the French ambassador said.';
    expect(speakerOf(text)).toBe('Karen Doyle (united-states) via nominal');
  });
});

describe('a surname whose particle is capitalised at a sentence’s start is the one named before', () => {
  test('Al-Rawi at the start of a sentence is Nadia al-Rawi', () => {
    const text =
      'Iraq’s trade minister, Nadia al-Rawi, opened the fair in Basra.\n\nAl-Rawi said exports had doubled.\n\n“This is only the beginning.”';
    expect(speakerOf(text)).toBe('Nadia al-Rawi (iraq) via previous-sentence');
  });

  test('El-Masri as the cue is Omar el-Masri', () => {
    const text = 'Omar el-Masri, a farmer, lost his crop. “The river simply rose,” El-Masri said.';
    expect(speakerOf(text)).toBe('Omar el-Masri (-) via name');
  });

  test('must not fire: another surname after the particle’s owner is its own person', () => {
    const text =
      'Omar el-Masri, a farmer, lost his crop. His neighbour Nadia Haddad lost hers. “The river simply rose,” Haddad said.';
    expect(speakerOf(text)).toBe('Nadia Haddad (-) via name');
  });
});

describe('a possessive appositive after a name gives the named one the body', () => {
  test('X, a UN agency’s representative, speaks for the agency', () => {
    const text =
      'Leyla Karimi, UNHCR’s representative in Ankara, visited the border. “Families are sleeping in the open,” she said.';
    expect(speakerOf(text)).toBe('Leyla Karimi (unhcr) via pronoun');
  });

  test('X, a state’s envoy, speaks for the state', () => {
    const text = 'Pierre Lemaire, France’s envoy to the talks, left early. “Nothing was agreed,” Lemaire said.';
    expect(speakerOf(text)).toBe('Pierre Lemaire (france) via name');
  });

  test('must not fire: a possessive that holds no role gives no body', () => {
    const text = 'Tom Reyes, Britain’s Got Talent winner, sang on Friday. “It was great,” he said.';
    expect(speakerOf(text)).toBe('Tom Reyes (-) via pronoun');
  });
});

describe('a role that belongs to `its` or to a body’s word speaks for the body named last', () => {
  test('its spokeswoman, after a UN agency', () => {
    const text =
      'UNHCR opened a reception centre in Gaziantep on Monday. Its spokeswoman, Anna Berg, said it would hold 500 people. “It is full already,” Berg said.';
    expect(speakerOf(text)).toBe('Anna Berg (unhcr) via name');
  });

  test('the group’s deputy leader, after an armed group', () => {
    const text =
      'Hezbollah buried three fighters on Friday. The group’s deputy leader, Karim Nasser, spoke at the funeral. “We will answer,” he said.';
    expect(speakerOf(text)).toBe('Karim Nasser (hezbollah) via pronoun');
  });

  test('must not fire: the man’s lawyer speaks for no body named before', () => {
    const text =
      'Hezbollah denied any link to the suspect. The man’s lawyer, Rami Aoun, spoke to reporters. “My client is innocent,” Aoun said.';
    expect(speakerOf(text)).toBe('Rami Aoun (-) via name');
  });

  test('must not fire: his deputy speaks for no body named before', () => {
    const text =
      'UNHCR praised the mayor, Omar Celik. His deputy, Ayse Demir, thanked the agency. “We did what we could,” Demir said.';
    expect(speakerOf(text)).toBe('Ayse Demir (-) via name');
  });
});

describe('the one quoted speaks, not the agency or outlet quoting them', () => {
  test.each([
    [
      'passive, after the quote',
      '“We will not negotiate under threat,” Defence Minister Arjun Rao was quoted by the Press Trust of India as saying.',
      'Arjun Rao (-) via name',
    ],
    [
      'passive, before the quote, with a title and country',
      'Iranian Foreign Minister Abbas Araghchi was quoted by state news agency IRNA as saying: “The talks are over.”',
      'Abbas Araghchi (iran) via name',
    ],
    [
      'active, the outlet first',
      'The state broadcaster quoted Colonel Mira Sandoval as saying the border was “calm and under control”.',
      'Mira Sandoval (-) via name',
    ],
    [
      'cited as saying',
      '“There will be no second round,” Senator Paul Okoro was cited by local radio as saying.',
      'Paul Okoro (-) via name',
    ],
    [
      'must not fire: a quoting verb with no `as saying` leaves the cue as it was',
      'The article quoted a speech from 2019. “We will rebuild,” Mayor Tom Hale said.',
      'Tom Hale (-) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test('the one quoting is kept as the outlet', () => {
    const [quote] = findQuotes('“Our deterrent is ready,” Kim Jong Un was quoted by KCNA as saying.', directory).quotes;
    expect([quote?.speaker?.name, quote?.speaker?.outlet]).toEqual(['Kim Jong Un', 'KCNA']);
  });
});

describe('capitalised words ending in a title are a title, not a name', () => {
  test.each([
    [
      'a country’s title set off before the name: the pronoun finds the person, who speaks for the country',
      'Japan’s Chief Cabinet Secretary, Hiroshi Tanaka, told reporters that a protest had been lodged. “We condemn these launches,” he said.',
      'Hiroshi Tanaka (japan) via pronoun',
    ],
    [
      'a body’s title before the name',
      'The Vice President, Carla Mendes, met the strikers on Monday. Her chief of staff, Rui Costa, stayed behind. “We heard them out,” she said.',
      'Carla Mendes (-) via pronoun',
    ],
    [
      'a title with no name after the cue',
      '“The launches must stop,” said Germany’s Deputy Foreign Minister.',
      'Germany’s Deputy Foreign Minister (germany) via description',
    ],
    [
      'must not fire: a surname that is a role word after a given name',
      'Julie Bishop spoke after the vote. “We will keep going,” Julie Bishop said.',
      'Julie Bishop (-) via name',
    ],
    [
      'must not fire: a title before a name still leaves the name',
      '“We are ready,” Deputy Prime Minister Ivan Petrov said.',
      'Ivan Petrov (-) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('`state` before a title, a name or a medium is no reporting verb', () => {
  test.each([
    [
      'a party before `state Senator` is no speaker a pronoun can find',
      'Republican state Senator Tom Brandt voted against the bill. His colleague, Senator Ruth Okafor, called it a first step. “We will be back,” she said.',
      'Ruth Okafor (-) via pronoun',
    ],
    [
      'state media before a name: the agency speaks, not the words before `state`',
      'North Korean state news agency KCNA said the test was “a complete success”.',
      // KCNA is registered (the base layer's state news agencies): it goes by its registered name.
      'Korean Central News Agency (north-korea) via name',
    ],
    [
      'must not fire: `state` as a verb before a lower-case object',
      'The rules state that “no vote may be taken” without a quorum, lawyer Ana Ruiz said.',
      'Ana Ruiz (-) via name',
    ],
    [
      'must not fire: `states` before `that` is still a cue',
      'Opposition leader Kemal Aydin states that the vote was “rigged from the start”.',
      'Kemal Aydin (-) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a nickname in quote marks inside a name', () => {
  test('is read across, so the cue after the name is found', () => {
    expect(speakerOf('“This is our year,” Marcia “Cia” Price shouted to the crowd.')).toBe('Price (-) via name');
  });

  test('must not fire: a quoted word between a name and a lower-case word is a quote of its own', () => {
    const quotes = speakers('Ana Lopes called the plan “Utopia” and left.');
    expect(quotes.map((quote) => quote.speaker)).toEqual([null]);
  });
});

describe('a local office is not credited to the government its capital stands for', () => {
  test.each([
    [
      'the Governor of Washington is no speaker for the United States',
      'The Governor of Washington, Maria Delgado, signed the bill on Thursday. “Nobody should choose between rent and food,” Delgado said.',
      'Maria Delgado (-) via name',
    ],
    [
      'a capital’s mayor, and the nominal that finds her',
      'Kyiv Mayor Olena Danyliuk visited the site. Asked about funding, the mayor shrugged. “We will rebuild anyway,” the mayor said.',
      'Olena Danyliuk (-) via nominal',
    ],
    [
      'must not fire: an envoy of a capital serves its government',
      'Washington’s envoy, Mark Ellison, arrived on Saturday. “I am hopeful,” Ellison said.',
      'Mark Ellison (united-states) via name',
    ],
    [
      'must not fire: a governor of a province the text places in a state by its name',
      'The governor of Iraq’s Anbar province, Ali Farhan, toured the market. “Security is good,” Farhan said.',
      'Ali Farhan (iraq) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a definite description opening its sentence makes the one who holds the role its subject', () => {
  test.each([
    [
      'he after the Egyptian minister, though an Israeli spokesman was named and quoted since',
      'Egypt’s foreign minister, Sameh Abdelaziz, offered to host talks. An Israeli spokesman, David Mendel, objected. “We know where the cement went,” Mendel said. The Egyptian minister dismissed the concern. “Every sack will be inspected,” he said.',
      'Sameh Abdelaziz (egypt) via pronoun',
    ],
    [
      'she after the coach, though another woman was named and quoted since',
      'Hartley Town coach Emma Sinclair watched from the stand. “We were poor,” said her captain, Lucy Brandt. The coach praised the defence. “They never gave up,” she said.',
      'Emma Sinclair (-) via pronoun',
    ],
    [
      'must not fire: a role no one holds changes nothing',
      'Senator Ruth Okafor met the farmers. Her aide, Tom Hale, took notes. The minister did not attend. “We were ignored,” she said.',
      'Ruth Okafor (-) via pronoun',
    ],
    [
      'must not fire: the role in passing, not opening its sentence, is no subject',
      'Coach Emma Sinclair left early. Lucy Brandt, her captain, thanked the coach for her patience. “She kept us together,” Brandt said. “We owe her,” she said.',
      'Lucy Brandt (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('an owner written with a possessive is whom the role speaks for, not where it is held', () => {
  test.each([
    [
      'a state’s envoy to an organisation',
      '“The resolution is unbalanced,” said Li Wei, China’s envoy to the United Nations.',
      'Li Wei (china) via name',
    ],
    [
      'an organisation’s chief for a state',
      '“The authorities have made progress,” the IMF’s mission chief for Zambia, Helena Sorensen, said in a statement.',
      'Helena Sorensen (international-monetary-fund) via name',
    ],
    [
      'must not fire: a state’s representative at an organisation stays the state’s',
      '“We asked for more time,” said Grace Banda, Zambia’s representative at the IMF.',
      'Grace Banda (zambia) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('an acronym is the body named before in full with those initials', () => {
  test.each([
    [
      'a state’s body named in full, then by its initials: credited to its owner, shown as written',
      'South Korea’s Joint Chiefs of Staff said it had tracked both missiles. “This is a clear provocation,” the JCS said.',
      'JCS (south-korea) via name',
    ],
    [
      'a state news agency, and `it` after it',
      'Myanmar’s Myawaddy News Agency carried the order. “The enemy will pay,” MNA said. “The army is ready,” it added.',
      'MNA (myanmar) via pronoun',
    ],
    [
      'must not fire: a person’s initials are no body’s',
      'John Carl Smith spoke first. “We are ready,” JCS said.',
      'JCS (-) via name',
    ],
    [
      'must not fire: an acronym no name before spells',
      'Ukraine’s Security Service said two agents were held. “They were caught in Odesa,” the SBU said.',
      'SBU (-) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a body’s word opening its sentence is the body named before', () => {
  test.each([
    [
      'the company, after a carmaker named only in passing, and `it` after it',
      'Shares in Norvik Motors fell 12 percent on Tuesday. The company said it would cut 3,000 jobs in Germany. “These decisions are painful,” it said.',
      'Norvik Motors (-) via pronoun',
    ],
    [
      'the company as the cue, a person named since',
      'Tarnwick Mining halted work at the pit. Its chief executive, Lars Holm, flew in. The company said the shaft was unsafe. “Nobody goes down until it is checked,” the company said.',
      'Tarnwick Mining (-) via nominal',
    ],
    [
      'must not fire: a state’s body is no state named before',
      'Libya said the border was closed. The ministry said it would reopen on Monday. “We are ready,” it said.',
      'the ministry (libya) via pronoun',
    ],
    [
      'must not fire: with no body named, the company is a body of its own',
      'Workers gathered at the gates before dawn. The company said the plant would close. “We had no choice,” it said.',
      'the company (-) via pronoun',
    ],
    [
      'must not fire: a body named since as the subject of its sentence takes `it`',
      'Shares in Norvik Motors fell on Tuesday. The company said it would sell its plant. Germany said it would block the sale. “We will not allow it,” it said.',
      'Germany (germany) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a naming verb with an object gives the subject’s own words', () => {
  test.each([
    [
      'called it, the subject set off after a description',
      'Senator Karen Liu praised the deal. Her Republican counterpart, Senator Wade Harmon, called it “the least bad option on the table”.',
      'Wade Harmon (-) via name',
    ],
    [
      'described the plan as, with a pronoun subject',
      'Finance Minister Grace Banda met the lenders on Friday. She described the offer as “a vote of confidence”.',
      'Grace Banda (-) via pronoun',
    ],
    [
      'a title set off before the name is the name’s, who speaks for its body',
      'Deputy Secretary-General of the UN, Rita Olsen, called the attack “shocking” on Sunday.',
      'Rita Olsen (united-nations) via name',
    ],
    [
      'must not fire: a verb of naming with no object before the quote names a title',
      'The group launched a campaign called “Green Future” on Monday.',
      null,
    ],
    [
      'must not fire: a term after an article in the complement is held at arm’s length',
      'Critics called the plan a “peace dividend” and walked out.',
      null,
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a document by a body with an owner in lower case speaks for that body', () => {
  test.each([
    [
      'a report by the city’s department',
      'The council voted after a report by the city’s finance department warned of a shortfall. “Without new revenue, roads will suffer,” the report said.',
      'city’s finance department (-) via document',
    ],
    [
      'a statement from the company’s board',
      'Workers read a statement from the company’s board. “The plant will stay open,” the statement said.',
      'company’s board (-) via document',
    ],
    [
      'must not fire: a person’s role after the owner is no body',
      'Reporters saw a letter from the family’s lawyer. “We will sue,” the letter said.',
      'the letter (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a sentence opening on a place: the preposition and the place are no name', () => {
  test.each([
    [
      'a pronoun after `In <capital>, a role, Name, said`',
      'In Islamabad, a foreign office spokeswoman, Amna Qureshi, said the rules were clear. “Pakistan has hosted Afghans for forty years,” she said.',
      'Amna Qureshi (-) via pronoun',
    ],
    [
      'a place of two words',
      'In New Delhi, a ministry spokesman, Arjun Mehta, said talks would go on. “We remain hopeful,” he said.',
      'Arjun Mehta (india) via pronoun',
    ],
    [
      'must not fire: a name that begins with a word spelt like a preposition, with no comma after it',
      'To Lam met the delegation on Monday. “We are ready,” he said.',
      'To Lam (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a state’s medium named by what it is speaks for the home state', () => {
  test.each([
    [
      'state television in a briefing about one state',
      'Libya said the rebels were traitors. Fighting went on across Libya overnight. State television said: “Agents are trying to destabilize the city.”',
      'State television (libya) via description',
    ],
    [
      'a state-run news agency',
      'Libya said the rebels were traitors. Fighting went on across Libya overnight. The state-run news agency said: “The capital is calm.”',
      'the state-run news agency (libya) via nominal',
    ],
    [
      'must not fire: no home state',
      'Libya and Egypt traded blame overnight. State television said: “Agents are trying to destabilize the city.”',
      'State television (-) via description',
    ],
    [
      'must not fire: a state’s affairs are no medium',
      'Libya said the rebels were traitors. Fighting went on across Libya overnight. A state official said: “Agents are trying to destabilize the city.”',
      'a state official (-) via description',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a paragraph that ends on a capital and a full stop', () => {
  test('the platform X ends its sentence: the next paragraph’s subject is a new antecedent', () => {
    const text =
      '“The strikes will go on,” military spokesman Tal Ronen wrote on X.\n\n' +
      'Karl Westin, the head of UNRWA, said trucks must be let in. “Every day counts,” he wrote on X.';
    expect(speakers(text).map(({ speaker }) => speaker)).toEqual([
      'Tal Ronen (-) via name',
      'Karl Westin (unrwa) via pronoun',
    ]);
  });

  test('a man’s initial within a sentence still joins his name', () => {
    const text = 'Officials met John Q. Public on Monday. “We listened,” he said.';
    expect(speakers(text).map(({ speaker }) => speaker)).toEqual(['John Q. Public (-) via pronoun']);
  });
});

describe('a name set off by commas after its role, before the verb, is the subject', () => {
  test.each([
    [
      'the role opens the sentence: the name is its subject',
      'Prime Minister Tomas Berg opened the talks. Norway’s new envoy, Karl Westin, said they were hard. “It was tense,” he said.',
      'Karl Westin (norway) via pronoun',
    ],
    [
      'must not: a clause with its own verb before the commas makes the name an object’s appositive',
      'Prime Minister Tomas Berg opened the talks. Officials who met the envoy, Karl Westin, said they were hard. “It was tense,” he said.',
      'Tomas Berg (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('words reported inside the words of one quoted are theirs', () => {
  test('quoted X as saying Y stressed “…”: X speaks, not Y', () => {
    const text =
      'The state news agency quoted Oman’s foreign ministry as saying the sultanate stressed “the need to end the fighting”.';
    expect(speakerOf(text)).toBe('Oman’s foreign ministry (oman) via description');
  });

  test('quoted X, an appositive, as saying: X is named without the appositive', () => {
    const text =
      'The state news agency quoted Karl Westin, a member of the ruling council, as saying that “the port will reopen”.';
    expect(speakerOf(text)).toBe('Karl Westin (-) via name');
  });

  test('must not: with no one quoted, the verb nearest the words keeps its subject', () => {
    const text = 'The agency said the kingdom stressed “the need to end the fighting”.';
    expect(speakerOf(text)).toBe('the kingdom (-) via nominal');
  });
});

describe('a person is not found by the body in their title', () => {
  test('the ministry after a ministry’s spokesman named earlier is a body, not him', () => {
    const text =
      '“The talks are over,” foreign ministry spokesman Omar Salem told reporters.\n\n' +
      'Norway welcomed the deal. The foreign ministry said it hoped for “a lasting peace”.';
    expect(speakerOf(text)).not.toMatch(/Omar Salem/u);
  });

  test('the spokesman after him is still him', () => {
    const text =
      '“The talks are over,” foreign ministry spokesman Omar Salem told reporters. “We will not return,” the spokesman said.';
    expect(speakerOf(text)).toBe('Omar Salem (-) via nominal');
  });
});

describe('an update speaks for its author as a report does', () => {
  test('the update said, after the body that issued it', () => {
    const text =
      'OCHA said in its latest update that fuel had run out. “Hospitals are operating on generators,” the update said.';
    expect(speakerOf(text)).toBe(
      'United Nations Office for the Coordination of Humanitarian Affairs (ocha) via document',
    );
  });
});

describe('a body whose owner its own words name is the body they describe', () => {
  test.each([
    [
      'the Lebanese army after Lebanon was named',
      'Lebanon’s prime minister met the envoy. The Lebanese army said Israeli forces had crossed “several times”.',
      'the Lebanese army (lebanon) via nominal',
    ],
    [
      'must not: the army alone is the state named before',
      'Lebanon said the truce held. “Our units are in place,” the army said.',
      'Lebanon (lebanon) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a role that reports is someone a pronoun can mean, named or not', () => {
  test.each([
    [
      'a spokeswoman who told an outlet, after a woman named before her',
      '“The camp is full,” Anna Berg, the agency’s director, said in a statement.\n\nA Red Cross spokeswoman told Al Jazeera that the search would take years. “Every family is waiting,” she said.',
      'a Red Cross spokeswoman (red-cross-and-red-crescent-movement) via pronoun',
    ],
    [
      'must not: a role in passing that reports nothing',
      'Tomas Berg visited the clinic, where a doctor treated the wounded. “We need more beds,” he said.',
      'Tomas Berg (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a post held for a place: its state is where the post is, not whom the holder serves', () => {
  test.each([
    [
      'the body before the post, the state after `for`',
      '“The border must reopen now,” said Ingrid Dahl, the U.N. special envoy for Sudan.',
      'Ingrid Dahl (united-nations) via name',
    ],
    [
      'a post with no body before it speaks for no one named',
      'The special envoy for Libya, Tomas Brandt, met the factions. “Both sides want a deal,” Brandt said.',
      'Tomas Brandt (-) via name',
    ],
    [
      'an ambassador `to` a state: the state sent to is not the ambassador’s',
      '“We are not leaving,” said Pieter Claes, the ambassador to Iran.',
      'Pieter Claes (-) via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a spokesman for a state speaks for it',
      '“The crossing is closed,” said Omar Saleh, a spokesman for Jordan.',
      'Omar Saleh (jordan) via name',
    ],
    [
      'the owner written with a possessive still owns the post',
      '“We will stay,” said Karim Nasser, Egypt’s ambassador to Sudan.',
      'Karim Nasser (egypt) via name',
    ],
    [
      'a state after another word than a post (`minister for`) is still read as before',
      '“Trade will grow,” said Ana Costa, Portugal’s minister for trade with Brazil.',
      'Ana Costa (portugal) via name',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

const registry = await contentRegistry();

describe('a shared alias in a description is the actor the briefing names for it', () => {
  const text = '“We will hold the town,” a rebel commander told reporters.';
  test('one of the alias’s actors named in the briefing', () => {
    expect(speakerOf(text, speakerDirectory(registry, ['syrian-rebels' as ActorId]))).toBe(
      'a rebel commander (syrian-rebels) via description',
    );
  });

  test.each([
    ['none of them named', []],
    ['both named', ['syrian-rebels', 'libyan-rebels']],
  ])('must not fire: %s', (_, named) => {
    expect(speakerOf(text, speakerDirectory(registry, named as ActorId[]))).toBe(
      'a rebel commander (-) via description',
    );
  });
});
