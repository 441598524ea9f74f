/**
 * What `compromise` (an English tagger with a lexicon of given names,
 * honorifics and organisation words) takes a capitalised run to be, when
 * nothing around it says: a person, an organisation, or neither (a place,
 * an event, a product).
 *
 * Only the run is tagged, never the whole briefing: the runs are a small
 * part of the text and the tagger's cost grows with what it reads, and names
 * repeat across briefings, so each distinct run is tagged once per process.
 */
import nlp from 'compromise';
import { NATIONAL_OFFICES, roleOf, STATE_BODY_ROLES, words } from '../text/lexicon.ts';
import { remembered } from '../text/remembered.ts';
import { ORGANISATION_DESCRIPTORS, TITLE_MODIFIERS } from './lexicon.ts';
import { wordTagged } from './word-tags.ts';

export type NameKind = 'person' | 'organisation' | null;

export const nameKind = remembered((run): NameKind => {
  const document = nlp(run);
  // The whole run must be the name: in `Warhol Polaroids` or `Ahmed Mohamed Image` the tagger
  // finds a person, but the run names a thing. A run it places is a place: `New Mexico`.
  const whole = (found: { text(): string }) =>
    found.text().replace(/[.,;:'’s]+$/u, '') === run.replace(/[.,;:'’s]+$/u, '');
  return document.places().found
    ? null
    : whole(document.people())
      ? 'person'
      : whole(document.organizations())
        ? 'organisation'
        : null;
});

/**
 * The second part of a hyphenated given name, which English words after a
 * hyphen are not: `Kong-based`, `Chan-led` join a name to a participle, and
 * an agent noun in `-er` (`Booker Prize-winner`) ends no romanised syllable.
 */
const NOT_SYLLABLES = new Set(
  'based born led backed owned run made style era class speaking controlled held bound like wide linked'.split(' '),
);

/**
 * A romanised Chinese or Korean name, a one-word surname and then a given
 * name of two syllables joined by a hyphen (`Lau Siu-lai`, `Kim Min-woo`):
 * a person's name by its shape, which the tagger's English lexicon does not
 * know. Only that shape of two words: a name of more words or with a
 * capitalised word after the hyphen (`Rolls-Royce`) is left to the other cues.
 */
export function isRomanisedName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [surname = '', given = ''] = words;
  const syllables = /^\p{Lu}\p{Ll}{0,5}-(\p{L}\p{Ll}{0,5})$/u.exec(given);
  return (
    /^\p{Lu}\p{Ll}{1,5}$/u.test(surname) &&
    syllables !== null &&
    /^\p{Ll}/u.test(syllables[1] ?? '') === true &&
    !NOT_SYLLABLES.has(syllables[1] ?? '') &&
    !/..er$/u.test(syllables[1] ?? '')
  );
}

/** Tags of the tagger's lexicon that make a word an everyday one: a common noun or an adjective, no name. */
const EVERYDAY_TAGS = new Set(['Singular', 'Plural', 'Actor', 'Uncountable', 'Adjective', 'Noun']);
/** The tagger's word list; its typings give the model as a bare `object`, so its shape is stated here. */
interface TaggerModel {
  one: { lexicon: Record<string, string | string[] | undefined> };
}
const LEXICON = (nlp.model() as TaggerModel).one.lexicon;

/** A word the lexicon holds as a common noun or adjective, in the plural as well (`doctors`, `officials`). */
export function everydayWord(folded: string): boolean {
  return [folded, folded.replace(/s$/u, ''), folded.replace(/es$/u, '')].some((form) =>
    [LEXICON[form] ?? []].flat().some((tag) => EVERYDAY_TAGS.has(tag)),
  );
}

/** The lexicon's tags for a word of a person's name: many surnames are given names too (`Lin`, `James`). */
const PERSON_NAME_TAGS = new Set(['LastName', 'FirstName', 'MaleName', 'FemaleName']);

/**
 * A word that may be a surname: one the lexicon does not hold (`Ellery`, `Okonjo`) or holds as a surname or a
 * given name (`Smith`, `Lin`), not a word it knows as anything else (`Today`, `Power`, `Tbilisi`).
 */
export function maySurname(folded: string): boolean {
  const tags = [LEXICON[folded] ?? []].flat();
  return tags.length === 0 || tags.some((tag) => PERSON_NAME_TAGS.has(tag));
}

/** The word after a name is a verb it governs (`Ellery blamed`, `Whitcombe sells`), as the tagger reads the pair. */
export function verbAfterName(name: string, word: string): boolean {
  return /^\p{Ll}/u.test(word) && nlp(`${name} ${word}`).terms(1).has('#Verb');
}

/** A national office's word anywhere in a description: the cheap test before reading its words. */
const NATIONAL_OFFICE_WORD = new RegExp(`\\b(?:${[...NATIONAL_OFFICES].join('|')})\\b`, 'iu');

/**
 * Whether the national office in `description` is qualified by a place's own name (`Ontario Premier`, `the
 * Cook Islands prime minister`, `Scottish First Minister`): a capitalised word before an office written in lower
 * case (past a sentence's first word that is a title's: `Prime minister X`), or, in a title, a word the tagger
 * knows as a place, a people or a proper name (`Finance Minister`, `Prime Minister` are titles alone). Where
 * that place is no state the registry holds, the office is no home state's.
 */
export function officeOfNamedPlace(description: string): boolean {
  if (!NATIONAL_OFFICE_WORD.test(description)) return false;
  const words = description.split(/\s+/u).map((word) => word.replace(/['’]s?$|[^\p{L}\p{M}'’.-]/gu, ''));
  const office = words.findLastIndex((word) => NATIONAL_OFFICES.has(word.toLowerCase()));
  if (office <= 0) return false;
  const lowerOffice = /^\p{Ll}/u.test(words[office] ?? '');
  return words.slice(0, office).some((word, index) => {
    if (!/^\p{Lu}/u.test(word)) return false;
    const folded = word.toLowerCase();
    if (lowerOffice)
      return index > 0 || !(everydayWord(folded) || TITLE_MODIFIERS.has(folded) || /^(?:the|a|an)$/u.test(folded));
    return wordTagged(word, 'Place', 'ProperNoun', 'Demonym') && roleOf(folded) === undefined;
  });
}

/**
 * Whether the national office in `description` is held in a body or at a level below the state's, said by the word
 * right before it (past `vice` or `deputy`): a level (`The regional president`, `the provincial premier`), a body's
 * word, owning it or not (`The company’s president`, `University President`, `club president`, `the union's
 * president`). Such a president heads a region, a firm, a university or a club, so no home state speaks through
 * them. A word further back names a portfolio (`Regional Development Minister` is the state's); a state's own body
 * keeps the office national (`Cabinet Minister`), and so do a bank, which may be the central one, and a federation's
 * `Union` (`Union Minister`).
 */
export function officeOfLesserBody(description: string): boolean {
  if (!NATIONAL_OFFICE_WORD.test(description)) return false;
  const words = description.split(/\s+/u).map((word) => word.replace(/['’]s?$|[^\p{L}-]/gu, ''));
  let index = words.findLastIndex((word) => NATIONAL_OFFICES.has(word.toLowerCase())) - 1;
  while (OFFICE_RANKS.has(words[index]?.toLowerCase() ?? '')) index--;
  return lesserBody(words[index] ?? '');
}

/** Whether a word names a level below the state's or a body of its own that is none of the state's (see above). */
function lesserBody(word: string): boolean {
  const folded = word.toLowerCase();
  if (LESSER_LEVELS.has(folded) || INSTITUTIONS.has(folded) || ORGANISATION_DESCRIPTORS.has(folded)) return true;
  const body = roleOf(folded);
  return body !== undefined && !body.person && !STATE_OWN_BODIES.has(body.role) && word !== 'Union';
}

/** Ranks within an office, between it and whose it is: `the company’s vice president`. */
const OFFICE_RANKS = new Set(['vice', 'deputy']);

/**
 * Whether the text before a name ends in a title right after `whose` that follows a body's word in lower case, of
 * no state's body (`The engineers’ association, whose president`): the title is held in that body. Not after a
 * state's word (`the country, whose president`).
 */
export function titledInDescribedBody(before: string): boolean {
  const body = WHOSE_TITLE.exec(before)?.[1];
  return body !== undefined && lesserBody(body);
}

/** A body's word in lower case, `, whose` and up to three words of a title, ending the text before a name. */
const WHOSE_TITLE = /(?<![\p{L}'’])(\p{Ll}+)['’]?,\s+whose\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** Levels of government below a state's: their president or premier heads a region, not the state. */
const LESSER_LEVELS = new Set(['regional', 'provincial', 'municipal', 'county', 'district', 'cantonal', 'territorial']);

/**
 * Bodies neither the role lexicon nor the organisation descriptors (`university`, `airline`) hold, whose president
 * is their own head.
 */
const INSTITUTIONS = new Set(['college', 'school', 'club', 'association', 'foundation', 'consortium']);

/** A state's own bodies, by their canonical role: an office named with one is still the state's. */
const STATE_OWN_BODIES = new Set([
  ...STATE_BODY_ROLES,
  ...words(`department agency presidency council delegation mission`),
]);
