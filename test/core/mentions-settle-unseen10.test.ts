/**
 * Rules written for the failure classes of the tenth unseen batch
 * (test/gold/mentions/unseen-batch-10.md), each on new sentences where it
 * must fire and where it must not: airlines and agencies named with a state.
 */
import { describe, expect, test } from 'vitest';
import { buildNotes as notes, discoveredActor, linkedMentions as linked } from '../helpers/registry.ts';

describe('an airline or an agency named with a state', () => {
  test.each([
    ['Air Canada cancelled its morning flight to Halifax.', ['Air Canada → air-canada']],
    ['Passengers on an Air India flight waited in Delhi.', ['Air India → air-india']],
    ['Royal Jordanian added a second daily route to Rome.', ['Royal Jordanian → royal-jordanian']],
    ['Finnair and Turkish Airlines raised fares in May.', ['Turkish Airlines → turkish-airlines']],
    ['Two poachers were held, the Kenya Wildlife Service said.', ['Kenya Wildlife Service → kenya-wildlife-service']],
    // The state itself: its own air force, its name after another word, a product named like an airline.
    ['Pilots of the Royal Jordanian Air Force flew over the border.', []],
    ['Canada sent its air force to patrol the Arctic.', ['Canada → canada']],
    ['India said air traffic would resume on Friday.', ['India → india']],
    ['Crowds queued for the Air Jordan sneakers in Paris.', []],
  ])('%s', async (sentence, expected) => {
    expect(await linked(sentence)).toEqual(expected);
  });

  test('the airline is discovered with its state as the affiliation, and the note names it', async () => {
    const markdown = 'Air Canada said it would resume flights to Lima.';
    expect(await discoveredActor(markdown, 'air-canada')).toMatchObject({ kind: 'organisation', memberOf: ['canada'] });
    expect(await notes(markdown)).toContain(
      'organisation-name: "Canada" is a word of the airline\'s name "Air Canada"; not linked to canada',
    );
  });
});
