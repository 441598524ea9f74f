/**
 * Speaker rules written from the errors on real news (issue #20): the shapes US political reporting and
 * the tuning briefings put quotes in, on sentences written for them (other names, places and words). No
 * registry, so speakers keep the names the text gives them.
 */
import { describe, expect, test } from 'vitest';
import { findQuotes } from '../../src/core/quotes/index.ts';

/** Each quote's speaker, in order, as `name via how`, or `none`. */
function speakers(text: string): string[] {
  return findQuotes(text).quotes.map(({ speaker }) => (speaker ? `${speaker.name} via ${speaker.via}` : 'none'));
}

describe('a naming verb with its own subject pronoun', () => {
  test.each([
    [
      'inside a relative clause after a cue word that is a noun there',
      'Mayor Ines Varga took questions for an hour. She did not address the late-night tweets in which she called the harbour board “a cartel of insiders.”',
      ['Ines Varga via pronoun'],
    ],
    [
      'must not fire: a cue with its own subject nearer the quote still speaks',
      'Mayor Ines Varga called the harbour board a disgrace. Her deputy, Tomas Berg, told reporters the board was “a cartel of insiders.”',
      ['Tomas Berg via name'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a later fragment goes on with the subject who named the earlier one', () => {
  test.each([
    [
      'joined by `or` after a verb of judging, past a cue word that is a noun',
      'Faktisk rated 30% of Green claims as “misleading” or “baseless,” twice the rate of its rivals.',
      ['Faktisk via name', 'Faktisk via name'],
    ],
    [
      'joined by `and` to a clause of the same subject, past a cue word that is a noun',
      'Mayor Ines Varga ignored her series of late-night tweets in which she called the port “a swamp” and mocked its “golden ledger.”',
      ['Ines Varga via pronoun', 'Ines Varga via pronoun'],
    ],
    [
      'must not fire: a clause with a subject of its own between the fragments',
      'Mayor Ines Varga called the port “a swamp” but her deputy praised its “new cranes.”',
      ['Ines Varga via name', 'none'],
    ],
    [
      'must not fire: the later fragment has a cue of its own',
      'Olsen called the plan “reckless” and the finance minister said it was “sound.”',
      ['Olsen via name', 'the finance minister via nominal'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('after a full stop inside the marks, a cue reporting a clause of its own', () => {
  test.each([
    [
      'leaves a quote to the naming verb before it',
      'Lisbon voted first. Portugal branded the tariff an “act of hostility.” Spain insisted that Madrid would keep talking.',
      ['Portugal via name'],
    ],
    [
      'must not fire: a bare cue after the quote still attributes it',
      'The border reopened at dawn. “No one will be turned back.” Minister Ana Costa said on Monday.',
      ['Ana Costa via name'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a recording that shows someone speaking', () => {
  test.each([
    [
      'footage of a named person asking',
      'The campaign released a new advert on Tuesday. The advert uses footage of Senator Maria Olsen asking, “Why are we still waiting?”',
      ['Maria Olsen via name'],
    ],
    [
      'a clip that shows someone described, past a clause about them',
      'A clip shared online shows a boy who escaped the flood, shouting “We are here, we are here.”',
      ['a boy via description'],
    ],
    [
      'must not fire: what is shown is a clause of its own, and the subject speaks',
      'Finance Minister Jonas Berg released figures showing the deficit had doubled, adding that the budget was “beyond repair.”',
      ['Jonas Berg via name'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a participle of speaking after a clause', () => {
  test.each([
    [
      'a whole clause ending in a phrase of time: its subject speaks',
      'Mayor Tove Karlsson unleashed a series of posts early Friday saying her rival had shown “bad judgment.”',
      ['Tove Karlsson via name'],
    ],
    [
      'the object of a preposition: the sentence’s subject speaks',
      'Hundreds of dairy farmers marched on the capital Tuesday chanting “No farms, no food.”',
      ['Hundreds of dairy farmers via description'],
    ],
    [
      'must not fire: after `with` the phrase is the participle’s own subject',
      'The paper quoted two campaigners, with Nilsen stating: “These rules are cruel.”',
      ['Nilsen via name'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('calling for something in quotation marks', () => {
  test.each([
    [
      'a pronoun subject of `call for`',
      'The researchers tested 300 village wells in Bihar. They call for “a ban on arsenic pesticides.”',
      ['the researchers via pronoun'],
    ],
    ['must not fire: calls for as a noun after a copula', 'There were calls for “an end to the strike.”', ['none']],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a participle of speaking in a clause of time opening the sentence', () => {
  test.each([
    [
      'the main clause’s subject, after the comma inside the marks',
      'In her memoir, Kari Olsen described the night. After saying her knee was “so swollen I could not walk,” she was taken to the clinic.',
      ['Kari Olsen via pronoun'],
    ],
    [
      'must not fire: the conjunction is no name the pronoun could mean, when no one named agrees',
      'In the memoir Olsen described the night. After saying the road was “closed to everyone,” she turned back.',
      ['she via pronoun'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
