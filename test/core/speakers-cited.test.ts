/**
 * A reporter who passes on another source's words (`According to Yonhap,
 * quoting KCNA,`, `The broadcaster, citing the border guard, said`): the
 * words are the cited source's, when the cited words name someone.
 */
import { describe, expect, test } from 'vitest';
import { lastCreditOnPage } from '../helpers/speakers.ts';

describe('a source cited by the one reporting', () => {
  test.each([
    [
      '`according to` a news agency quoting a state body',
      'According to the Kyodo news agency, quoting Japan’s coast guard, the freighter was told to prepare for “an immediate tow”.',
      'Japan’s coast guard for japan',
    ],
    [
      'a broadcaster citing a registered body',
      'The regional broadcaster, citing the Finnish Border Guard, said the crossing would stay “closed until further notice”.',
      'Finnish Border Guard for finland',
    ],
    [
      'an agency citing people by their role',
      'Reuters, citing two diplomats, reported that the talks were “close to collapse”.',
      'two diplomats for null',
    ],
  ])('speaks: %s', async (_, text, credit) => {
    expect(await lastCreditOnPage(text)).toBe(credit);
  });

  test.each([
    [
      'a reason cited',
      'The transport minister, Lena Holm, citing safety concerns, said the bridge was “not fit for lorries”.',
      'Lena Holm for null',
    ],
    [
      'a saying quoted',
      'The airline’s chief executive, quoting an old proverb, said the strike was “a storm in a teacup”.',
      'the airline’s chief executive for null',
    ],
  ])('leaves the words the reporter’s when what is cited names no one: %s', async (_, text, credit) => {
    expect(await lastCreditOnPage(text)).toBe(credit);
  });
});
