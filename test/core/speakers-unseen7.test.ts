/**
 * Speaker attribution on the error classes batch 7 of our own sentences
 * (`test/gold/speakers/own-sentences-7.json`) showed at first look, each on
 * new sentences written in the same shape, with sentences where the rule must
 * not fire.
 */
import { describe, expect, test } from 'vitest';
import type { DiscoveredActor } from '../../src/core/discovery/index.ts';
import { findQuotes, type Quote, type SpeakerDirectory } from '../../src/core/quotes/index.ts';
import { speakerDirectory, withDiscovered } from '../../src/core/quotes/speaker-directory.ts';
import type { ActorId } from '../../src/core/schema/index.ts';
import { contentRegistry } from '../helpers/registry.ts';

const directory = speakerDirectory(await contentRegistry());

/** The speaker of the last speech quote in `text`, as name, credited actor and how it was found. */
function speakerOf(text: string, lookup: SpeakerDirectory = directory): string | null {
  const speech = findQuotes(text, lookup).quotes.filter((quote: Quote) => quote.kind === 'speech');
  const speaker = speech.at(-1)?.speaker;
  return speaker ? `${speaker.name} (${speaker.actor ?? '-'}) via ${speaker.via}` : null;
}

describe('a role with its post before a name set off by commas is the named one’s', () => {
  test.each([
    [
      'an ambassador to a body, found later as the ambassador',
      'Jordan’s ambassador to the UN, Omar Nasser, spoke after the vote. “The council has failed again,” the ambassador said.',
      'Omar Nasser (jordan) via nominal',
    ],
    [
      'an envoy in a capital, the subject of the sentence before',
      'Russia’s envoy in Geneva, Boris Lenkov, wrote on Monday that the talks had stalled. “Nobody is listening.”',
      'Boris Lenkov (russia) via previous-sentence',
    ],
    [
      'must not fire: a capitalised title after the possessive stays part of the name',
      'Ontario’s Minister of Health Sylvia Marsh spoke first. “We are hiring,” she said.',
      'Sylvia Marsh (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a nominal after a clause that opens its sentence is that sentence’s subject', () => {
  test.each([
    [
      'a participle clause: he is the spokesman, not the man named in passing before',
      'Iranian Foreign Ministry spokesman Ali Karimi spoke in Tehran. IAEA chief Rafael Grossi said last week he hoped to visit. Asked whether Iran would leave the treaty, the spokesman said no decision had been taken. “All options are open,” he said.',
      'Ali Karimi (iran) via pronoun',
    ],
    [
      'a clause of time',
      'Coach Dale Whitcombe spoke to reporters. Forward Ben Ortiz was injured in the second period. When the game ended, the coach said the team had been lucky. “We got away with one,” he said.',
      'Dale Whitcombe (-) via pronoun',
    ],
    [
      'must not fire: a comma inside the opening stretch, so the nominal is no subject',
      'Foreign Ministry spokesman Ali Karimi spoke in Tehran. Later, IAEA chief Rafael Grossi thanked his hosts, the spokesman among them, and said he would return. “We will be back in March,” he said.',
      'Rafael Grossi (international-atomic-energy-agency) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a registered body whose name ends in a body’s word holds that role', () => {
  test.each([
    [
      'the agency is the registered agency, not the ministry named since',
      'The International Atomic Energy Agency asked for access. Iranian Foreign Ministry spokesman Ali Karimi refused. The Foreign Ministry said on Monday it would wait. “The inspectors are ready,” the agency said.',
      'International Atomic Energy Agency (international-atomic-energy-agency) via nominal',
    ],
    [
      'the council is the registered council, not the agency named since',
      'The United Nations Security Council met on Friday. The International Atomic Energy Agency said its inspectors were ready. “This text ignores the facts,” the council said.',
      'United Nations Security Council (un-security-council) via nominal',
    ],
    [
      'must not fire: a body introduced with the same word after it is the nearer holder',
      'The International Atomic Energy Agency asked for access. The national nuclear agency said on Monday it would wait for the cabinet. “We have nothing to add,” the agency said.',
      'the national nuclear agency (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('titles and roles of Canadian and sports news', () => {
  test.each([
    [
      'Coun. is a councillor’s title, and its period ends no sentence',
      'Coun. Rita Vance moved the motion. Mayor Paul Dorsey voted against it. “We will try again,” the councillor said.',
      'Rita Vance (-) via nominal',
    ],
    [
      'Const. is a constable’s title',
      'Const. Mark Ellery spoke for the detachment. Chief Anna Brook stood by. “The road is closed,” the constable said.',
      'Mark Ellery (-) via nominal',
    ],
    [
      'Justice before a name is a judge, who also says she by that title',
      'Superior Court Justice Nadia Ferris gave her ruling. Defence lawyer Tom Reed asked for time. “This was a choice,” the judge said.',
      'Nadia Ferris (-) via nominal',
    ],
    [
      'must not fire: Justice before another role is the ministry’s, not a judge',
      'Justice Minister Paul Grant met Judge Ana Ruiz on Monday. “We will appeal,” the judge said.',
      'Ana Ruiz (-) via nominal',
    ],
    [
      'a veteran defenceman opening a sentence is its subject: he wrote',
      'The club placed veteran defenceman Luc Girard on injured reserve. Coach Dale Moss said Girard would miss six weeks. “He is our heart,” Moss said. The veteran defenceman posted a message to fans. “See you in March,” he wrote.',
      'Luc Girard (-) via pronoun',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  test('a health critic is a person for he, though discovery read the name as a body’s', () => {
    const text =
      'NDP health critic Omar Haddad said the money would not help. Liberal MPP Jenna Coutts agreed. “Nurses are leaving,” he said.';
    const haddad: DiscoveredActor = {
      id: 'omar-haddad' as ActorId,
      name: 'Omar Haddad',
      kind: 'organisation',
      memberOf: [],
      cue: 'organisation',
      start: text.indexOf('Omar'),
      end: text.indexOf('Omar') + 'Omar Haddad'.length,
      forms: [],
    };
    expect(speakerOf(text, withDiscovered(directory, [haddad]))).toBe('Omar Haddad (omar-haddad) via pronoun');
  });
});

describe('an age stands for the person the text gave that age', () => {
  test.each([
    [
      'the age set off by commas after the name, over a lawyer named since',
      'Judge Ana Ruiz found that Marco Reyes, 34, had been speeding when he struck a cyclist. His lawyer, Paul Santo, asked for five years. “I will never forgive myself,” the 34-year-old said.',
      'Marco Reyes (-) via nominal',
    ],
    [
      'the age in the description beside the name',
      'Thomas Lind, a 61-year-old retired teacher, was struck on his bicycle. Police charged Marco Reyes. “I saw the car too late,” the 61-year-old told the court.',
      'Thomas Lind (-) via nominal',
    ],
    [
      'must not fire: someone given another age is not the one meant; the person named last stands',
      'Nina Dunn, 29, was hurt in the crash. Police charged Mark Hale on Friday. “I did not see her,” the 34-year-old said.',
      'Mark Hale (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a body’s word before a noun modifies it and introduces no body', () => {
  test.each([
    [
      'it is the group that fired, not the army of an army base',
      'Hezbollah said its fighters had fired rockets at an army base near the border. “This is a response to the raids,” it said.',
      'Hezbollah (hezbollah) via pronoun',
    ],
    [
      'a police officer is the officer, not the police',
      'Rebels attacked a police station. A police officer told reporters the attack lasted an hour. “They came at night,” the officer said.',
      'a police officer (-) via nominal',
    ],
    [
      'must not fire: a body’s word before a preposition is the body',
      'Officials blamed a militia from the north for the attack. Residents fled overnight. “We will fight on,” the militia said.',
      'a militia (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a document a possessive pronoun owns speaks for whom the pronoun means', () => {
  test.each([
    [
      'his note: the analyst, a man, after a woman named first',
      'Chief executive Laura Brennan defended the cuts. Analyst Hugo Tremblay cut his price target. “The bigger question is scale,” his note to clients said.',
      'Hugo Tremblay (-) via document',
    ],
    [
      'her letter: the woman, though a man was named after her',
      'Senator Ruth Okafor wrote to the minister on Monday. Minister Tom Brandt has not replied. “The delay is unacceptable,” her letter said.',
      'Ruth Okafor (-) via document',
    ],
    [
      'must not fire: no one the pronoun can mean',
      'The committee met on Monday. “The delay is unacceptable,” her letter said.',
      'her letter (-) via description',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});

describe('a document a named subject spoke in after another verb is theirs', () => {
  test.each([
    [
      'rejected … in a post: the post is the spokesman’s',
      'Rebel spokesman Nabil Haidar rejected the charge in a post on X. “The agency has become a tool of our enemies,” the post said.',
      'Nabil Haidar (-) via document',
    ],
    [
      'criticised … in a statement, after a man named before her',
      'Minister Tom Brandt dismissed the report. Senator Ruth Okafor criticised him in a statement on Monday. “This is a disgrace,” the statement said.',
      'Senator Ruth Okafor (-) via document',
    ],
    [
      'must not fire: a lone capital opening the sentence is no author',
      'Minister Tom Brandt spoke on Monday. Reporters described the decision in a report on Tuesday. “It was rushed,” the report said.',
      'the report (-) via nominal',
    ],
  ])('%s', (_, text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });
});
