/**
 * A pronoun speaker does not mean a person the quoted words name: a speaker
 * does not name themselves in the third person.
 */
import { describe, expect, test } from 'vitest';
import { lastSpeakerOf } from '../helpers/speakers.ts';

describe('a pronoun speaker and a person the quotation names', () => {
  test('a person the quotation names is not the one its pronoun means', () => {
    expect(
      lastSpeakerOf(
        'The gallery hung the pool paintings of the painter David Hockney on Friday. For Tom Baker, a lecturer in art at the college, Hockney was also a hero. He said, “David Hockney made the swimming pool a subject for painters.”',
      ),
    ).toBe('Tom Baker via pronoun');
  });

  test('a person the quotation does not name is still the one the pronoun means', () => {
    expect(
      lastSpeakerOf('Knut Berg met Ole Lie at the ministry on Monday. He said, “Lie listened, and that is a start.”'),
    ).toBe('Knut Berg via pronoun');
  });
});
