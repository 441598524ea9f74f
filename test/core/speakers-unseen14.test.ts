/**
 * Speaker attribution on the error classes batch 14 of our own sentences
 * (`test/gold/speakers/own-sentences-14.json`) showed at first look, each on
 * new sentences written in the same shape, with sentences where the rule must
 * not fire.
 */
import { describe, expect, test } from 'vitest';
import { lastSpeakerOf as speakerOf } from '../helpers/speakers.ts';

describe('people and bodies as their names show them', () => {
  test.each([
    [
      '`she` is a woman a name list knows, over the subject before her whose gender nothing says',
      'Fisheries Minister Håkon Lund announced the cuts. The study, led by the biologist Ingrid Berg of the University of Bergen, tracked 18,000 salmon. “Few survived,” she said.',
      'Ingrid Berg via pronoun',
    ],
    [
      '`who` after a name makes a person, whatever body the clause names',
      'Willem Terpstra, who chairs the water board, had warned of delays. “Dikes take years,” he said.',
      'Willem Terpstra via pronoun',
    ],
    [
      'particles in a row belong to the name after them',
      'Commission President Ursula von der Leyen spoke first. Prime Minister Viktor Orban arrived late. “The money is there,” she said.',
      'Ursula von der Leyen via pronoun',
    ],
    [
      'a name ending in a body’s word is a body, though a title word opens it',
      'Nimbrix’s lawyer, Oskar Berg, said the company would appeal to the EU’s General Court. “We compete fairly,” he said.',
      'Oskar Berg via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test.each([
    [
      '`she` after a woman named last whose gender nothing says is still her',
      'Nomvula Dube, a nurse, described the ward. Zanele Khumalo, a teacher, said the road was closed. “We ran out of bandages,” she said.',
      'Zanele Khumalo via pronoun',
    ],
    [
      '`and the` between names joins no names',
      'Talks between Qatar, Bahrain and the United Arab Emirates stalled. Minister Karim Haddad said the corridors were open. “Flights resume today,” he said.',
      'Karim Haddad via pronoun',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});
