/**
 * Speaker attribution on the error classes batch 12 of our own sentences
 * (`test/gold/speakers/own-sentences-12.json`) showed, each on new sentences
 * written in the same shape, with sentences where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import { lastSpeakerOf as speakerOf } from '../helpers/speakers.ts';

describe('people named again by an honorific and surname, a leader’s role, an age', () => {
  test.each([
    [
      'an honorific before the surname of one named in full',
      'Premier Jacinta Moore opened the bridge on Monday. “It took ten years,” Ms Moore said.',
      'Jacinta Moore via name',
    ],
    [
      '`the union leader` after a union’s president',
      'Union president Thabo Nkosi addressed the strikers. Minister Lerato Mokoena urged talks. The union leader was defiant. “They pay their bosses too much.”',
      'Thabo Nkosi via previous-sentence',
    ],
    [
      'an age set off after a name no list knows makes a person, whom `the 41-year-old` finds',
      'Themba Dube, 41, a winch operator, said he had joined the strike. Minister Lerato Mokoena urged talks. “I have three children,” the 41-year-old said.',
      'Themba Dube via nominal',
    ],
    [
      '`the federation` after a federation named in full',
      'The Kenya Rugby Federation suspended two players on Monday. “Discipline is not optional,” the federation said.',
      'Kenya Rugby Federation via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'an honorific before a surname no one was named with',
      'Premier Jacinta Moore opened the bridge on Monday. “It took ten years,” Ms Hale said.',
      'Ms Hale via name',
    ],
    [
      '`the union leader` with no one introduced leading stays as written, not the minister',
      'Minister Lerato Mokoena urged talks on Monday. The union leader was defiant. “They pay their bosses too much.”',
      'the union leader via previous-sentence',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});
