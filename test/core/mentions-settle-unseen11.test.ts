/**
 * Rules written for the failure classes of the eleventh unseen batch
 * (test/gold/mentions/unseen-batch-11.md), each on new sentences where it
 * must fire and where it must not.
 */
import { describe, expect, test } from 'vitest';
import { linkedMentions as linked } from '../helpers/registry.ts';

describe('a person whose given name is a state’s, in a sports story', () => {
  test.each([
    // The second word said alone later, set off by a relative clause only a person takes.
    [
      'Georgia Quan won the final in straight sets. Quan, who trains in Spain, said it was hers.',
      ['Georgia Quan → georgia-quan', 'Quan → georgia-quan', 'Spain → spain'],
    ],
    [
      'Jordan Obi scored twice as Leeds beat Hull. Obi, whose father is from Ghana, was called up.',
      ['Jordan Obi → jordan-obi', 'Obi → jordan-obi', 'Ghana → ghana'],
    ],
    // A second word the lexicon holds as a given name is a surname too.
    [
      'Georgia Lin won the semi-final on Friday. Lin, who is 19, plays next in Rome.',
      ['Georgia Lin → georgia-lin', 'Lin → georgia-lin'],
    ],
    // The next sentence describes the name again by origin or age and a role.
    [
      'Israel Makinde returns to the cage in Lagos next month. The Nigerian-born fighter expects a crowd.',
      ['Israel Makinde → israel-makinde', 'Nigerian → nigeria'],
    ],
    ['Jordan Pike returns on Monday. The 29-year-old striker is fit.', ['Jordan Pike → jordan-pike']],
    // A state's name said alone with an age set off after it is the person of that surname named before.
    [
      'Striker Tom Ireland scored twice. Ireland, 29, said he was happy.',
      ['Tom Ireland → tom-ireland', 'Ireland → tom-ireland'],
    ],
    // The state: a team's relative clause, a bare role in the next sentence, a number that is no age.
    ['Ireland, who beat France, play Italy next.', ['Ireland → ireland', 'France → france', 'Italy → italy']],
    ['Georgia Tech returns to the field. The coach said it would.', ['Georgia → georgia']],
    ['Ireland, 29 points clear, won the league.', ['Ireland → ireland']],
    ['Georgia May visited Tbilisi before her talks.', ['Georgia → georgia']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('an acronym after a body named in full is that body', () => {
  test.each([
    [
      'The Popular Defence Forces shelled a market. The PDF denied it.',
      ['Popular Defence Forces → popular-defence-forces', 'PDF → popular-defence-forces'],
    ],
    [
      'Roads flooded, said the State Fire Protection Agency. SFPA said crews were out.',
      ['State Fire Protection Agency → state-fire-protection-agency', 'SFPA → state-fire-protection-agency'],
    ],
    // No body spelled out before it, or one whose initials differ: the acronym is a body of its own.
    ['The NRB said the file was late.', ['NRB → nrb']],
    [
      'The State Fire Protection Agency sent crews. SFB said roads were shut.',
      ['State Fire Protection Agency → state-fire-protection-agency', 'SFB → sfb'],
    ],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a prominent person’s surname the registry marks links alone', () => {
  test.each([
    ['Guterres called for a ceasefire in Gaza on Tuesday.', ['Guterres → antonio-guterres']],
    // Someone else of that name: with a given name before it, or introduced as someone new.
    ['Police said Maria Guterres, a Lisbon baker, was hurt.', ['Maria Guterres → maria-guterres']],
    ['Police said a man named Guterres was hurt.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a state’s short name opening a body’s name that says what it is before a verb', () => {
  test.each([
    [
      'A tanker was hit off Oman, the UK Coastal Shipping Watch agency said.',
      ['Oman → oman', 'UK Coastal Shipping Watch → uk-coastal-shipping-watch'],
    ],
    ['A ship sank, the Gulf Shipping Watch agency said.', ['Gulf Shipping Watch → gulf-shipping-watch']],
    // The state: no name after it, or one name word only.
    ['The UK agency said it would act.', ['UK → united-kingdom']],
    ['Sara Lund said the UK Ports agency was slow.', ['Sara Lund → sara-lund', 'UK → united-kingdom']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a compass point and one head word is a region', () => {
  test.each([
    ['Settlers built roads in the West Bank last year.', []],
    ['Ferries crossed to the East Bank on Monday.', []],
    // A body: the name runs on or speaks.
    ['The West Bank Water Authority said wells ran dry.', ['West Bank Water Authority → west-bank-water-authority']],
    ['Rates rose, the East Bank said.', ['East Bank → east-bank']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});

describe('a player’s position opening a name is a calling noun', () => {
  test.each([
    [
      'Opener Vikram Sethi hit a century in Pune. Sethi said the pitch was slow.',
      ['Vikram Sethi → vikram-sethi', 'Sethi → vikram-sethi'],
    ],
    ['Bowler Kenya Ochieng took five wickets.', ['Kenya Ochieng → kenya-ochieng']],
    // The noun before no name: nothing.
    ['The season opener drew a crowd in Pune.', []],
    ['Kenya named a new bowler for the tour.', ['Kenya → kenya']],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });
});
