/**
 * Speaker attribution on the error classes batch 20 of our own sentences
 * (`test/gold/speakers/own-sentences-20.json`) showed once it became a tuning
 * set, each on new sentences written in other shapes (other states, roles and
 * word orders), with sentences where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import { speakersOf } from '../helpers/speakers.ts';

describe('a state’s own body by its word is never a court or another kind of body named before', () => {
  test.each([
    [
      'the justice ministry after a supreme court',
      'LIMA — Peru’s Supreme Court on Monday overturned the ban on the rally.\n\n“The order had no basis in law,” the ruling said.\n\nThe justice ministry said in a statement that it “will comply within the day”.',
      ['Peru’s Supreme Court via document', 'the justice ministry via nominal'],
    ],
    [
      'the government after a provincial court, its quote before the cue',
      'A Kenyan court halted the housing levy on Friday. “We will appeal at once,” the government said.',
      ['the government via nominal'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each([
    [
      'a state named before is still what its government means',
      'Ghana rejected the report on Friday. “The figures are old,” the government said.',
      ['Ghana via nominal'],
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
