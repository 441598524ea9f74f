/**
 * Rules written for the failure classes of the eighteenth unseen batch
 * (test/gold/mentions/unseen-batch-18.md), each on new sentences in other
 * shapes than the batch's, where it must fire and where it must not.
 */
import { describe, expect, test } from 'vitest';
import { linkedMentions as linked } from '../helpers/registry.ts';

describe('a person’s role set off after a name with no article, before `of` or `for`, names the person', () => {
  test.each([
    [
      'Tulegen Abishev, chairman of the chess federation in Kazakhstan, said the event would move.',
      ['Tulegen Abishev → tulegen-abishev', 'Kazakhstan → kazakhstan'],
    ],
    ['Wiremu Tane, chair of the iwi trust, opened the meeting in Rotorua.', ['Wiremu Tane → wiremu-tane']],
    ['Grete Haugland, head of the union, said nothing.', ['Grete Haugland → grete-haugland']],
    // A role that is no person's, or a place's description, names no one.
    ['The deal was signed in Lusaka, capital of Zambia, on Friday.', ['Zambia → zambia']],
    ['Torvik Shipping, operator of the ferry, said the crossing would resume.', []],
    ['Nairobi, host of the summit, said the roads would close.', ['Nairobi → kenya']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});
