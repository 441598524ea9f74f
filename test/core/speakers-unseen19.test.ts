/**
 * Speaker attribution on the error classes batch 19 of our own sentences
 * (`test/gold/speakers/own-sentences-19.json`) showed once it became a tuning
 * set, each on new sentences written in other shapes (other states, roles and
 * word orders), with sentences where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import { speakersOf } from '../helpers/speakers.ts';

describe('a document put out at a time or place is the phrase, not the day or the place after it', () => {
  test.each([
    [
      'a council’s statement released on a weekday',
      'PERTH — Crews cleared the depot on Monday.\n\nA council statement released on Tuesday read: “The depot will reopen next week.”',
      ['a council statement via description'],
    ],
    [
      'a named body’s notice published in a month',
      'Fishing boats stayed in port at Mombasa. A Kenya Ports Authority notice published in March said: “Berths 11 to 14 are closed for dredging.”',
      ['Kenya Ports Authority via document'],
    ],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each([
    [
      'issued by its author: the author still speaks',
      'Roads flooded near Masaka. A statement issued by the Uganda Red Cross on Sunday read: “Volunteers are on the way.”',
      ['Uganda Red Cross via document'],
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
