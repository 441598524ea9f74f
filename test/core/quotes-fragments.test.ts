/**
 * Quoted fragments inside an attributed clause (issue #20): whose words a partial quote is when a verb
 * of naming or judging frames it, when a later fragment goes on with one statement, and when a word
 * that is also a cue (`remarks`, `tweet`) is a noun there. Sentences written for these shapes; no
 * registry, so speakers keep the names the text gives them.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.ts';

/** Each quote's first words, kind and speaker as `name via how`. */
function readings(text: string): string[] {
  return findQuotes(text).quotes.map(
    (quote) =>
      `${quote.text.slice(0, 20)}: ${quote.kind}${quote.speaker ? `, ${quote.speaker.name} via ${quote.speaker.via}` : ''}`,
  );
}

/** The speaker of the first quote in `text`, as `name via how`, or null. */
function firstSpeaker(text: string): string | null {
  const speaker = findQuotes(text).quotes[0]?.speaker;
  return speaker ? `${speaker.name} via ${speaker.via}` : null;
}

describe('a verb of naming or judging gives its subject’s words', () => {
  test.each([
    [
      'a name as the object, before the complement’s article',
      'Norway branded the strike an “act of war on a neutral state.”',
      'Norway via name',
    ],
    [
      'an object of several words with a possessive and a phrase of time',
      'Mayor Lena Holt called the council’s vote on Monday “a betrayal of the residents.”',
      'Lena Holt via name',
    ],
    [
      'a titled subject before the complement’s article',
      'Union leader Piet Maas called the levy a “tax on survival.”',
      'Piet Maas via name',
    ],
    [
      'a pronoun subject',
      'Chancellor Rolf Baumann met farmers in Bavaria. He called the drought a “test of the whole country.”',
      'Rolf Baumann via pronoun',
    ],
    ['rated … as, with a share as the object', 'Veritas rated 40% of the claims as “misleading.”', 'Veritas via name'],
    [
      'characterized … as',
      'Senator Ana Ruiz characterized the treaty as “a surrender of our fisheries.”',
      'Ana Ruiz via name',
    ],
    [
      'after a dateline’s dash',
      'TROMSØ, Norway, May 4 (NTB) — Former Prime Minister Eva Dahl criticized the fishing quota as a “gift to trawlers.”',
      'Eva Dahl via name',
    ],
    [
      'must not fire: a bare plural no one names gives a term in circulation',
      'Critics called the tariff a “paper tiger” and left.',
      null,
    ],
    ['must not fire: a bare plural with a modifier', 'Many economists called the scheme a “fiscal mirage.”', null],
  ])('%s', (_, text, expected) => {
    expect(firstSpeaker(text)).toBe(expected);
  });
});

describe('a naming verb whose object stands elsewhere', () => {
  test.each([
    [
      'a relative clause’s object: that or which, then the subject and the verb',
      'The fire, which Mayor Ola Dahl described as “arson by cowards,” destroyed two homes.',
      'Ola Dahl via name',
    ],
    [
      'what it calls',
      'The Nordic Transport Union has condemned what it calls “a raid on drivers’ pay.”',
      'Nordic Transport Union via pronoun',
    ],
    [
      'a verb in progress, its object after the quote',
      'Premier Sofia Lind is describing as “reckless” a proposal from the opposition.',
      'Sofia Lind via name',
    ],
    [
      'must not fire: a passive’s subject is the thing named',
      'The bridge was described as “a lifeline for farmers” by the ministry.',
      null,
    ],
    [
      'must not fire: a bare plural in the relative clause',
      'Growers feared the blight that agronomists described as “the grey rot of the valley.”',
      null,
    ],
  ])('%s', (_, text, expected) => {
    expect(firstSpeaker(text)).toBe(expected);
  });
});

describe('later fragments of one statement', () => {
  test('each fragment after a naming verb is its subject’s', () => {
    expect(
      readings(
        'Senator Karl Berg called the levy a “tax on the coast” that would “empty the harbours” and a “gift to trawlers.”',
      ),
    ).toEqual([
      'tax on the coast: speech, Karl Berg via name',
      'empty the harbours: speech, Karl Berg via name',
      'gift to trawlers.: speech, Karl Berg via name',
    ]);
  });

  test('must not fire: a clause with a subject of its own between the fragments', () => {
    expect(
      readings('Governor Ana Ruiz called the budget “a shambles” while her deputy praised its “bold reforms.”'),
    ).toEqual(['a shambles: speech, Ana Ruiz via name', 'bold reforms.: scare']);
  });
});

describe('a cue word that is a noun', () => {
  test.each([
    [
      'after a possessive: the minister’s claims are no cue, and name no one',
      'Mayor Eva Lund rejected the minister’s claims of “a cover-up at the port.”',
      null,
    ],
    [
      'in its bare form after an article: a … tweet',
      'Premier Sofia Lind is describing as “reckless” a Karl Berg tweet about the fishing quota.',
      'Sofia Lind via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(firstSpeaker(text)).toBe(expected);
  });
});

test('must not fire: a pronoun’s ’s is a verb’s, no possessive, so the cue after it stands', () => {
  const [quote] = findQuotes(
    'Karl Berg toured the north. He’s claiming that the vote is “a sham from start to finish.”',
  ).quotes;
  expect(quote?.cue).toBe('claiming');
});

describe('the cue and the speaker of a fragment inside a reported clause', () => {
  test.each([
    [
      'a cue word inside a naming verb’s object is a noun',
      'Veritas rated 15% of Labour claims as “baseless.”',
      'Veritas via name',
    ],
    [
      'a cue word right before a copula is a noun, and names no one',
      'Vote counts in Bergen were disputed on Monday. Labour claims were “false from start to finish.”',
      null,
    ],
    [
      'an adverb alone set off before the subject sets the scene',
      'Conversely, Veritas rated 9 in 10 Green claims as “sound.”',
      'Veritas via name',
    ],
    [
      'an adverb in -ly before the cue is no speaker',
      'Pia Holm, the head of the Nordic Farmers League, bluntly told reporters in Bergen that “nobody farms for free.”',
      'Pia Holm via name',
    ],
    [
      'a subject pronoun is the whole phrase',
      'Oskar Lind has slowed down, yet at 92 he still tells visitors, “Work never killed anyone.”',
      'Oskar Lind via pronoun',
    ],
    [
      'the quote’s clause goes on after it with a verb, and the speaker follows the comma',
      'A farmer who “misses one form” is fined, Holm said.',
      'Holm via name',
    ],
    [
      'a cue past `, and` is another clause’s; the verb of saying before the quote reports it',
      'Minister Lars Eide said Norway would answer with “firm measures” soon, and he asked for calm.',
      'Lars Eide via name',
    ],
    [
      'a cue inside what an earlier verb of saying reports is part of the report',
      'Senator Jan Olsen said the recent rise in prices demands that families get “more support.”',
      'Jan Olsen via name',
    ],
    [
      '`--` written for a dash ends the phrase read back from the cue',
      'Senator Ola Berg urged the cabinet to act against the cartel -- the Oslo senator said it is meant to “squeeze farmers” and raise prices.',
      'Ola Berg via nominal',
    ],
    [
      'must not fire: `but` between two verbs of saying ends the first report',
      'Olsen said the plan would fail, but Mayor Eva Lund said the vote “was fair.”',
      'Eva Lund via name',
    ],
    [
      'must not fire: a cue in the past inside the report keeps its own subject',
      'The council said Mayor Eva Lund warned that “strikes will follow.”',
      'Eva Lund via name',
    ],
  ])('%s', (_, text, expected) => {
    expect(firstSpeaker(text)).toBe(expected);
  });
});

describe('who the sentence before a quote is about', () => {
  test.each([
    [
      'a description ending in its complement, then the name set off after it',
      'His former coach at Molde, Peter Haldane, praised his patience on the ball. “He never rushed a pass in ten years.”',
      'Peter Haldane via previous-sentence',
    ],
    [
      'a title with its comma inside the marks sets the scene',
      'In “The Harbour Hour,” Senator Ana Ruiz thanked the fishermen for their patience. “Nobody on this coast has been asked to wait longer.”',
      'Ana Ruiz via previous-sentence',
    ],
  ])('%s', (_, text, expected) => {
    const quotes = findQuotes(text).quotes.filter((quote) => quote.kind === 'speech');
    const speaker = quotes.at(-1)?.speaker;
    expect(speaker ? `${speaker.name} via ${speaker.via}` : null).toBe(expected);
  });
});

describe('a relative `who` set off after a name', () => {
  test.each([
    [
      'who said',
      'The fishermen’s union backed Mayor Tor Aas, who said the quota was “written for trawlers.”',
      'Tor Aas via name',
    ],
    [
      'who, a phrase of time, said',
      'Premier Sofia Lind has often clashed with Mayor Tor Aas, who in 2019 said her budget would be “a disaster for the north.”',
      'Tor Aas via name',
    ],
    [
      'must not fire: `who` with no comma restricts a plural, no one in particular',
      'Voters who said the plan would be “a total failure” stayed home.',
      null,
    ],
  ])('%s', (_, text, expected) => {
    expect(firstSpeaker(text)).toBe(expected);
  });
});

describe('a verb of urging: called on', () => {
  test.each([
    [
      'called on X to “…”',
      'Senator Ola Berg called on the cabinet to “stand up to the cartel at last” and act.',
      'Ola Berg via name',
    ],
    [
      'calls on X to …, the quote later in the clause',
      'Fishermen’s leader Ola Berg calls on Oslo to scrap the quota “before the season starts.”',
      'Ola Berg via name',
    ],
    ['must not fire: a passive is no cue', 'Berg was called on to explain the “missing millions” to the board.', null],
  ])('%s', (_, text, expected) => {
    expect(firstSpeaker(text)).toBe(expected);
  });
});
