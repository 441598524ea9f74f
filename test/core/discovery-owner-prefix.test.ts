/**
 * A state's abbreviation written with full stops before a body's name
 * (`U.S. State Department`) is the body's first word, as `US` is in `US
 * Treasury Department`: one mention of the body, the state its affiliation,
 * and a build note saying so. Sentences written for the rule, in other
 * shapes than the open real briefings it came from.
 */
import { describe, expect, test } from 'vitest';
import { buildNotes, discoveredActor, linkedMentions as linked } from '../helpers/registry.ts';

describe('a state’s abbreviation with full stops opening a body’s name is a word of that one mention', () => {
  test.each([
    [
      'The U.S. Department of Energy said the reactor would restart.',
      ['U.S. Department of Energy → united-states-department-of-energy'],
    ],
    [
      'A spokesman for the U.K. Foreign Office declined to comment.',
      ['U.K. Foreign Office → united-kingdom-foreign-office'],
    ],
    // A military command is a body's head too.
    ['U.S. Southern Command said two boats were stopped.', ['U.S. Southern Command → united-states-southern-command']],
    // Without full stops the settling step joins them already; the two spellings are one body.
    ['The US Department of Energy said so.', ['US Department of Energy → united-states-department-of-energy']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test.each([
    // No body's name after it: the state.
    ['U.S. officials said the talks would resume.', ['U.S. → united-states']],
    ['The U.S. said it would send envoys to Oman.', ['U.S. → united-states', 'Oman → oman']],
  ])('not where no body’s name follows at once: %s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the body keeps the state as its affiliation, and the editor reads why the state has no link of its own', async () => {
    const sentence = 'The U.S. Department of Energy said the reactor would restart.';
    expect(await discoveredActor(sentence, 'united-states-department-of-energy')).toMatchObject({
      name: 'U.S. Department of Energy',
      memberOf: ['united-states'],
    });
    expect(await buildNotes(sentence)).toContain(
      'organisation-name: "U.S." begins the organisation\'s name "U.S. Department of Energy": one mention of the organisation, with united-states as its affiliation',
    );
  });
});
