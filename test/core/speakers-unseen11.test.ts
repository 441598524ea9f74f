/**
 * Speaker attribution on the error classes batch 11 of our own sentences
 * (`test/gold/speakers/own-sentences-11.json`) showed at first look, each on
 * new sentences written in the same shape, with sentences where the rule must
 * not fire.
 */
import { describe, expect, test } from 'vitest';
import { lastSpeakerOf as speakerOf } from '../helpers/speakers.ts';

describe('a quote with no cue after a sentence about a person, in its paragraph, is that person’s', () => {
  test.each([
    [
      'a nominal subject, introduced by name in the sentence before',
      'Council spokesman Tomas Berger said the vote would go ahead. The spokesman was blunt. “Nobody will delay this.”',
      'Tomas Berger via previous-sentence',
    ],
    [
      'a pronoun subject after a man named last',
      'Judge Helen Marsh read the verdict while the defence lawyer, Paul Crane, looked on. She was brief. “The court has decided.”',
      'Helen Marsh via previous-sentence',
    ],
    [
      'a named subject with an appositive',
      'Rates fell again on Thursday. Nadia Kerr, chief economist at a Glasgow bank, was unconvinced. “They will rise by spring.”',
      'Nadia Kerr via previous-sentence',
    ],
    [
      'after a running statement in the paragraph before',
      '“We will appeal,” said Mark Oduya, the club’s lawyer.\n\nThe club’s chair, Irene Lott, was calmer. “We accept the fine.”',
      'Irene Lott via previous-sentence',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a body as the subject: no one speaks',
      'The storm closed the port on Monday. The council was silent. “Roads closed until further notice.”',
    ],
    [
      'a group of people as the subject: no one person speaks',
      'Police arrived at noon. Officers were everywhere. “Move along, please.”',
    ],
    [
      'the quote opens its paragraph, the sentence before is in another: no one speaks',
      'The mayor was late to the meeting.\n\nThe agenda ran to four pages.\n\n“Read it before you vote.”',
    ],
  ])('must not fire: %s', (_, text) => {
    expect(speakerOf(text)).toBeNull();
  });
});

describe('a document whose author is named by role is the one introduced with that role', () => {
  test.each([
    [
      'a ministry’s statement, after the ministry is named in full',
      'The Ministry of Health said on Monday that the clinics would reopen. “Every clinic will open by June,” the ministry’s statement said.',
      'Ministry of Health via document',
    ],
    [
      'a coroner’s findings, after the coroner is named with her title',
      'Coroner Philippa Marsh opened the inquest on Tuesday. “The death was accidental,” the coroner’s findings said.',
      'Philippa Marsh via document',
    ],
    [
      'a statement from the union',
      'The Transport Workers Union called a strike on Friday. “Drivers will walk out at dawn,” said a statement from the union.',
      'Transport Workers Union via document',
    ],
    [
      'the report an agency’s report was introduced as',
      'The Food Standards Agency said on Monday that it had withdrawn the product. The agency’s annual report, published in May, said recalls had doubled. “Most recalls follow a complaint,” the report said.',
      'Food Standards Agency via document',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test.each([
    [
      'a role no one was introduced with stays as written, not the body named last',
      'The Transport Workers Union called a strike on Friday. “Fares will rise,” said a statement from the council.',
      'the council via document',
    ],
    [
      'a person’s role is not a body named before',
      'The Transport Workers Union called a strike on Friday. “Fares will rise,” the mayor’s statement said.',
      'the mayor via document',
    ],
  ])('must not fire: %s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});
