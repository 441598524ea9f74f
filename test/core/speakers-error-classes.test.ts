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
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
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

  test('a paragraph ending with its cue and a comma hands the next paragraph’s quote to its speaker', () => {
    const text = 'Rathbun stated,\n\n“Daniel was picked up by an investigator in a black car.”';
    expect(speakerOf(text)).toBe('Rathbun (-) via previous-sentence');
  });
});
