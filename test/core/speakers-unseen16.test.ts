/**
 * Speaker attribution on the error classes batch 16 of our own sentences
 * (`test/gold/speakers/own-sentences-16.json`) showed at first look, and the
 * ones left open from the stop before it, each on new sentences written in
 * the same shape, with sentences where the rule must not fire.
 */
import { describe, expect, test } from 'vitest';
import { lastCreditOn as creditOn } from '../helpers/speakers.ts';

describe('an office holder with no country written speaks for the home state’s government of the day', () => {
  test.each([
    [
      'a capital that stands for the government of the day places a dateline’s story in its state',
      '2024-10-02',
      'DAMASCUS, Oct. 2, 2024 — Rebels shelled a town north of Hama on Wednesday. Prime Minister Mahmoud Qassem visited the wounded. “The state will rebuild every house,” the prime minister said.',
      'Mahmoud Qassem for syrian-government',
    ],
    [
      'the same office in the same state after the government changed',
      '2025-02-10',
      'DAMASCUS, Feb. 10, 2025 — The cabinet met for the first time in the new year. Economy Minister Bassel Hamdan said prices would be freed. “Bread will no longer be rationed,” he said.',
      'Bassel Hamdan for syrian-caretaker-government',
    ],
  ])('%s', (_, date, text, expected) => {
    expect(creditOn(date, text)).toBe(expected);
  });

  test.each([
    [
      'a private person under the same dateline speaks for no one',
      '2024-10-02',
      'DAMASCUS, Oct. 2, 2024 — Rebels shelled a town north of Hama on Wednesday. Rami Saleh, a shopkeeper, swept glass from his floor. “We have nothing left,” he said.',
      'Rami Saleh for null',
    ],
    [
      'a state medium still speaks for the state, not its government',
      '2024-10-02',
      'DAMASCUS, Oct. 2, 2024 — Rebels shelled a town north of Hama on Wednesday. “The army repelled the attack,” state television said.',
      'state television for syria',
    ],
  ])('must not fire: %s', (_, date, text, expected) => {
    expect(creditOn(date, text)).toBe(expected);
  });
});
