/**
 * A question the writer asks before a quotation (`Why did she go? “…”`): the
 * quotation answers it in the words of the one it asks about, and the
 * question's opening word is never a speaker.
 */
import { describe, expect, test } from 'vitest';
import { lastSpeakerOf } from '../helpers/speakers.ts';

describe('a question before a quotation', () => {
  test.each([
    [
      'a question about her, in her paragraph',
      'Ana Ribeiro, a nurse from Porto, queued for six hours at the consulate. Why did she wait so long? “Without the stamp I lose the job.”',
      'Ana Ribeiro via previous-sentence',
    ],
    [
      'a question about him, after a man and a woman are named',
      'Lotte Brand chaired the hearing. Pieter Visser, a dairy farmer, drove two hours to speak at it. What does he want from the council? “A road that does not flood every spring.”',
      'Pieter Visser via previous-sentence',
    ],
  ])('is answered by the one it asks about: %s', (_, text, speaker) => {
    expect(lastSpeakerOf(text)).toBe(speaker);
  });

  test.each([
    [
      'a question with no subject',
      'The mayor closed the pool on Monday. Why now? “The pumps have failed twice this year.”',
    ],
    ['a question about a thing', 'The council met on Tuesday. How long will the repairs take? “Nobody can say yet.”'],
    ['a question about a body', 'The mayor closed the pool on Monday. How did the city react? “We were stunned.”'],
    [
      'a question about someone her possessive introduces',
      'Ana Ribeiro, a nurse from Porto, queued for six hours at the consulate. Why did her mother come too? “She would not let me go alone.”',
    ],
  ])('names no one when it asks about no one: %s', (_, text) => {
    expect(lastSpeakerOf(text)).toBeNull();
  });
});
