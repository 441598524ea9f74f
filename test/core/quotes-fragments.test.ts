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
      'The fire, which Mayor Ola Dahl described as “a deliberate act,” destroyed two homes.',
      'Ola Dahl via name',
    ],
    [
      'what it calls',
      'The Nordic Transport Union is denouncing what it calls “the worst attack on drivers in decades.”',
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
        'Senator Karl Berg called the minister a “serial liar” who is “utterly without shame,” a “coward” and a “fraud.”',
      ),
    ).toEqual([
      'serial liar: speech, Karl Berg via name',
      'utterly without sham: speech, Karl Berg via name',
      'coward: speech, Karl Berg via name',
      'fraud.: speech, Karl Berg via name',
    ]);
  });

  test('must not fire: a clause with a subject of its own between the fragments', () => {
    expect(
      readings(
        'Governor Ana Ruiz described the bill as a “disgrace” after she met the mayors and blamed the delays on “red tape.”',
      ),
    ).toEqual(['disgrace: speech, Ana Ruiz via name', 'red tape.: scare']);
  });
});

describe('a cue word that is a noun', () => {
  test.each([
    [
      'after a possessive: the governor’s remarks',
      'With a week to go, Ines Moreau, an adviser to the campaign, called the governor’s remarks on Friday “a wake-up call” for voters.',
      'Ines Moreau via name',
    ],
    [
      'in its bare form after an article: a … tweet',
      'Premier Sofia Lind is describing as “reckless” a Karl Berg tweet attacking a former minister.',
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
