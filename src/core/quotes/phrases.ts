/**
 * What a speaker phrase is: a pronoun (`he`), a name with the titles around
 * it (`Iranian Foreign Minister Abbas Araghchi`), a definite description that
 * points back (`the spokesperson`) or an unnamed source (`a senior army
 * officer`). Shared by attribution and by the discourse scan, so a name is
 * cut out of its titles the same way wherever it appears.
 */
import { isRomanisedName } from '../discovery/name-kind.ts';
import type { TokenRange } from './cues.ts';
import { ARABIC_ARTICLE, HONORIFICS, roleOf, roleOfNear } from '../text/lexicon.ts';
import { genderOfGivenName, isGivenName, type Gender } from '../text/given-names.ts';
import { DETERMINERS, GENDERED_WORDS, PRONOUNS, SPEAKER_NAME_PARTICLES, TITLE_ABBREVIATIONS } from './lexicon.ts';
import { endsSentence, isCapitalized, withoutPossessive, type QuoteToken, tokenAt } from './quote-tokens.ts';

type PhraseKind = 'pronoun' | 'name' | 'nominal' | 'description';

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** The whole phrase as written. */
  text: string;
  start: number;
  end: number;
  /** For a name: the name as written without titles (`Abbas Araghchi`, `Mr. Obama`). */
  name?: string;
  /** For a name: the forms to look up in the registry, longest first (`Foreign Minister Abbas Araghchi`, …, `Abbas Araghchi`). */
  lookups: string[];
  /** The words describing the speaker: titles before a name, an appositive, or the whole description. */
  description?: string;
  /** Canonical roles the phrase names (`spokesperson`), the head last, for nominals to find. */
  roles: string[];
  /** Whether the phrase names a person rather than a body, where it says so. */
  person: boolean | null;
  /** `he` or `she`, where an honorific or a gendered role word says it. */
  gender?: Gender;
  /** A group of people: `officials`, `the report's authors`. */
  plural?: boolean;
}

/** A first and a last name: what is left of `Minister of Education Stefania Giannini` after its title. */
const GIVEN_AND_FAMILY = 2;

function slice(text: string, tokens: readonly QuoteToken[], range: TokenRange): string {
  return range.to > range.from ? text.slice(tokenAt(tokens, range.from).start, tokenAt(tokens, range.to - 1).end) : '';
}

/** The longest honorific: a longer word is none, and is not lower-cased to be looked up. */
const LONGEST_HONORIFIC = Math.max(...[...HONORIFICS].map((word) => word.length));

function isHonorific(token: QuoteToken): boolean {
  return token.text.length <= LONGEST_HONORIFIC && HONORIFICS.has(token.text.toLowerCase());
}

export function isNameWord(token: QuoteToken): boolean {
  return isCapitalized(token) || isHonorific(token) || (token.kind === 'word' && ARABIC_ARTICLE.test(token.text));
}

/**
 * A title for a person (`Minister`, `spokesperson`, `Justice` for a judge); body words (`Ministry`,
 * `Department`) belong to names.
 */
function isPersonTitle(token: QuoteToken): boolean {
  return roleOf(TITLE_ABBREVIATIONS.get(token.text.toLowerCase()) ?? token.text)?.person === true;
}

/**
 * The start of the run of name words ending at `to` (exclusive), with
 * lower-case particles between capitalised words (`Church of Scientology`),
 * not starting with a determiner (`The Times` → `Times`).
 */
function nameRunBefore(tokens: readonly QuoteToken[], from: number, to: number): number {
  let start = to;
  while (start > from) {
    if (isNameWord(tokenAt(tokens, start - 1))) {
      start--;
      continue;
    }
    // Particles count only between name words: `CEO of the Refugee Council`.
    let before = start;
    while (
      before > from &&
      tokenAt(tokens, before - 1).kind === 'word' &&
      SPEAKER_NAME_PARTICLES.has(tokenAt(tokens, before - 1).text)
    )
      before--;
    if (before === start || start === to || before === from || !isNameWord(tokenAt(tokens, before - 1))) break;
    start = before;
  }
  while (
    start < to &&
    (DETERMINERS.has(tokenAt(tokens, start).text.toLowerCase()) ||
      SPEAKER_NAME_PARTICLES.has(tokenAt(tokens, start).text))
  ) {
    start++;
  }
  return start;
}

/** How many capitalised words may open a sentence before a given name: `Farmer Joan Reilly`, `Opposition MP Eva Blum`. */
const MAX_SENTENCE_PREFIX = 2;

/**
 * `Farmer Joan Reilly lost her herd`: at a sentence's start, a word that is no given name before one
 * that is (and a surname after it) is a description capitalised by its place, not part of the name.
 */
function afterSentenceInitialWord(tokens: readonly QuoteToken[], run: number, to: number): number {
  const before = tokenAt(tokens, run - 1);
  const opensSentence = before.block !== tokenAt(tokens, run).block || endsSentence(before);
  if (!opensSentence || isGivenName(tokenAt(tokens, run).text)) return run;
  for (let i = run + 1; i <= run + MAX_SENTENCE_PREFIX && i < to - 1; i++) {
    if (isGivenName(tokenAt(tokens, i).text)) return i;
  }
  return run;
}

/**
 * Where the name proper starts in a run of name words: after the last title
 * (`Foreign Minister Abbas Araghchi` → `Abbas Araghchi`); a title with a
 * complement (`Minister of Education Stefania Giannini`) leaves the last two
 * words, or the words from an honorific (`Undersecretary for Education Mr. Toccafondi`).
 */
function nameStartIn(tokens: readonly QuoteToken[], run: number, to: number): number {
  let start = run;
  for (let i = run; i < to - 1; i++) {
    // An honorific starts the name as written (`Democratic Sen. Claire McCaskill` → `Sen. Claire McCaskill`).
    if (isHonorific(tokenAt(tokens, i))) start = i;
    // `the Swedish-born Oskar Wennerström`: where one was born describes them, as a title does.
    else if (isPersonTitle(tokenAt(tokens, i)) || BORN.test(tokenAt(tokens, i).text)) start = i + 1;
    // `Regional Fire Cheif Aaron Tremblay`: right before a given name, a title's place, a role with a typo is one;
    // so it is after a portfolio, right before a name's two last words (`Migration Minster Thanos Plevris`).
    else if (
      (isGivenName(tokenAt(tokens, i + 1).text) || (i > run && i === to - GIVEN_AND_FAMILY - 1)) &&
      roleOfNear(tokenAt(tokens, i).text)?.person === true
    )
      start = i + 1;
  }
  if (start === run) return afterSentenceInitialWord(tokens, run, to);
  if (!SPEAKER_NAME_PARTICLES.has(tokenAt(tokens, start).text)) return start;
  for (let i = start; i < to - 1; i++) if (isHonorific(tokenAt(tokens, i))) return i;
  return Math.max(start + 1, to - GIVEN_AND_FAMILY);
}

const COMPLEMENT_WORDS = new Set(['of', 'for', 'at', 'to', 'in', 'from', 'with']);

/** A compound of where one was born: `Swedish-born`, `US-born`. */
const BORN = /\p{L}-born$/u;

/**
 * The roles in `range`; titles (`titles`) are a role's place, so read through
 * one typo (`foreign minster`); a name's own words are not. The head, a
 * role before any complement, says whether it is a person's: `a coordinator
 * of the protest movement` is a person's, though its roles end in a body's.
 */
function rolesIn(
  tokens: readonly QuoteToken[],
  range: TokenRange,
  titles = true,
): { roles: string[]; person: boolean | null } {
  const roles: string[] = [];
  let person: boolean | null = null;
  let complemented = false;
  const read = titles ? roleOfNear : roleOf;
  for (let i = range.from; i < range.to; i++) {
    const token = tokenAt(tokens, i);
    if (roles.length > 0 && COMPLEMENT_WORDS.has(token.text)) complemented = true;
    // A title stands for its role before a name, not before another role (`Justice Minister` is no judge).
    const beforeName = () => roleOf(tokenAt(tokens, i + 1).text) === undefined;
    const abbreviated =
      titles && token.kind === 'word' && beforeName() ? TITLE_ABBREVIATIONS.get(token.text.toLowerCase()) : undefined;
    // `The U.S. embassy’s reply was short:`: the owner of what is said, its last word a possessive, says it.
    const word = i === range.to - 1 && /['’]/u.test(token.text) ? withoutPossessive(token.text) : token.text;
    const role = token.kind === 'word' ? read(abbreviated ?? word) : undefined;
    if (role === undefined) continue;
    roles.push(role.role);
    if (!complemented) person = role.person;
  }
  return { roles, person };
}

/** The range without a trailing parenthesis (`Jason Chaffetz (R-Utah)`) or punctuation at either end. */
function trimmed(tokens: readonly QuoteToken[], range: TokenRange): TokenRange {
  let { from, to } = range;
  while (from < to && tokenAt(tokens, from).kind !== 'word') from++;
  if (tokenAt(tokens, to - 1).text === ')') {
    let i = to - 1;
    while (i > from && tokenAt(tokens, i).text !== '(') i--;
    if (i > from) to = i;
  }
  while (to > from && tokenAt(tokens, to - 1).kind !== 'word') to--;
  return { from, to };
}

/** Nouns for what someone says back or says at all, whose owner says it: `The embassy’s response was brief:`. */
const UTTERANCE_NOUNS = new Set(['response', 'reply', 'answer', 'reaction', 'retort']);

/** `The British embassy’s response`: the owner before an utterance's noun, its possessive last; else `range`. */
function ownerOfUtterance(tokens: readonly QuoteToken[], range: TokenRange): TokenRange {
  if (range.to - range.from < 2) return range;
  const last = tokenAt(tokens, range.to - 1);
  const owner = tokenAt(tokens, range.to - 2);
  const owned = UTTERANCE_NOUNS.has(last.text.toLowerCase());
  return owned && /['’]s?$/u.test(owner.text) && owner.text.length > 2 ? { from: range.from, to: range.to - 1 } : range;
}

/** The words as written, with a sentence-initial article in lower case (`A spokesperson` → `a spokesperson`). */
function described(text: string, tokens: readonly QuoteToken[], range: TokenRange): string {
  const words = withoutPossessive(slice(text, tokens, range));
  const first = tokenAt(tokens, range.from).text;
  return DETERMINERS.has(first.toLowerCase()) ? first.toLowerCase() + words.slice(first.length) : words;
}

/** A description from its parts, the appositive last: `Iranian Foreign Minister, a veteran diplomat`. */
function describedBy(text: string, tokens: readonly QuoteToken[], ...parts: (TokenRange | undefined)[]): string {
  return parts
    .filter((part): part is TokenRange => part !== undefined && part.to > part.from)
    .map((part) => described(text, tokens, part))
    .join(', ');
}

const NO_ROLES = { roles: [], person: null };

/** The gender the words of `ranges` state with an honorific or a gendered role word, if any. */
function statedGender(tokens: readonly QuoteToken[], ...ranges: (TokenRange | undefined)[]): Gender | undefined {
  for (const range of ranges) {
    if (range === undefined) continue;
    for (let i = range.from; i < range.to; i++) {
      const gender = GENDERED_WORDS.get(tokenAt(tokens, i).text.toLowerCase());
      if (gender !== undefined) return gender;
    }
  }
  return undefined;
}

/**
 * Surname endings that say a gender, in the languages whose surnames change with it: Russian, Bulgarian and
 * Central Asian (`Bekova`, `Abenov`), Czech and Slovak, Polish, Lithuanian (a wife's `-ienė`, a daughter's
 * `-aitė`), Icelandic (`Sigurðardóttir`). The shortest surname read so is five letters (`Lev` is none).
 */
const SURNAME_ENDINGS: readonly [RegExp, Gender][] = [
  [/(?:ova|eva|ová|skaya|ska|cka|ská|cká|ienė|aitė|ytė|utė|dóttir|dottir)$/u, 'female'],
  [/(?:ov|ev|sky|ski|skiy)$/u, 'male'],
];
const MIN_GENDERED_SURNAME = 5;

/** The gender a surname's ending gives (`Bekova`, `Abenov`), for a given name no list holds. */
function genderOfSurname(surname: string): Gender | undefined {
  const lower = surname.toLowerCase();
  if (lower.length < MIN_GENDERED_SURNAME) return undefined;
  return SURNAME_ENDINGS.find(([ending]) => ending.test(lower))?.[1];
}

/**
 * The gender a person's name as written suggests: its first word, when the
 * name has a given name before the surname (`Sujata Raisinghani`, not `Baird`),
 * or for a given name no list holds, the surname's ending (`Aigerim Bekova`).
 * The lists hold title words as men's names (`Justice`, `Chief`): when the
 * second of three or more words is a given name of the other gender
 * (`Justice Elaine Moreau`), the name says nothing; nor does a romanised Chinese
 * or Korean name, surname first (`Chen Mei-ling`).
 */
export function genderOfName(name: string): Gender | undefined {
  const words = name.split(' ');
  const [first, second, ...rest] = words;
  // `Chen Mei-ling`, `Park Sung-ho`: the surname comes first, and the lists know no such given name.
  if (first === undefined || second === undefined || isRomanisedName(words)) return undefined;
  const gender = genderOfGivenName(first);
  if (gender === undefined) return genderOfSurname(rest.at(-1) ?? second);
  if (rest.length === 0) return gender;
  const other = genderOfGivenName(second);
  return other !== undefined && other !== gender ? undefined : gender;
}

/** Possessive pronouns of a person that own a title before a name: `His colleague X`, `her deputy X`. */
const OWNING_PRONOUNS = new Set(['his', 'her']);

/** The name phrase over `range`, whose words as written are `whole`. */
function readName(
  text: string,
  tokens: readonly QuoteToken[],
  range: TokenRange,
  appositive: TokenRange | undefined,
  whole: Pick<SpeakerPhrase, 'text' | 'start' | 'end'>,
): SpeakerPhrase {
  const run = nameRunBefore(tokens, range.from, range.to);
  const nameStart = nameStartIn(tokens, run, range.to);
  const lookups: string[] = [];
  const lookup = (from: number) => lookups.push(withoutPossessive(slice(text, tokens, { from, to: range.to })));
  for (let i = run; i <= nameStart; i++) lookup(i);
  const honorific = isHonorific(tokenAt(tokens, nameStart));
  if (honorific && nameStart + 1 < range.to) lookup(nameStart + 1);
  let titlesFrom = range.from;
  while (titlesFrom < nameStart && DETERMINERS.has(tokenAt(tokens, titlesFrom).text.toLowerCase())) titlesFrom++;
  // `Chicago Police Supt. Dolores Whitfield`: an abbreviated title that starts the name as written is a title still.
  const titles = rolesIn(tokens, { from: titlesFrom, to: honorific ? nameStart + 1 : nameStart });
  const own = rolesIn(tokens, { from: nameStart, to: range.to }, false);
  const described = appositive ? rolesIn(tokens, appositive) : NO_ROLES;
  const extra = appositive !== undefined && holdsWho(tokens, appositive) ? { ...described, person: true } : described;
  // `His colleague Samah Hadid`: a title owned by `his` or `her` keeps its owner, as one set off by commas does
  // (`His deputy, X,`), so the role is read as held beside the one the pronoun means.
  const owned = titlesFrom > range.from && OWNING_PRONOUNS.has(tokenAt(tokens, titlesFrom - 1).text.toLowerCase());
  const description = describedBy(
    text,
    tokens,
    { from: owned ? titlesFrom - 1 : titlesFrom, to: nameStart },
    appositive,
  );
  // `The company, Northwind Energy,`: a body's role beside a name makes it a body's name.
  // `the EU's General Court`: a name ending in a body's word is a body's, whatever title its first word reads as.
  const bodyName = !honorific && roleOf(tokenAt(tokens, range.to - 1).text)?.person === false;
  const person =
    (honorific || titles.person === true || extra.person === true) && !bodyName
      ? true
      : own.roles.length > 0 || extra.person === false || bodyName
        ? false
        : null;
  const nameFrom = honorific ? nameStart + 1 : nameStart;
  // `Mrs. Helen Park` is Helen Park; only a bare surname keeps its honorific (`Mr. Toccafondi`).
  const shown = honorific && range.to - nameFrom >= GIVEN_AND_FAMILY ? nameFrom : nameStart;
  const name = withoutPossessive(slice(text, tokens, { from: shown, to: range.to }));
  // A title or an honorific before the name says `he` or `she`; the given name is read only when a pronoun asks.
  const gender = statedGender(tokens, { from: range.from, to: nameFrom }, appositive);
  const phrase: SpeakerPhrase = {
    text: whole.text,
    start: whole.start,
    end: whole.end,
    kind: 'name',
    name,
    lookups,
    // The titles' own array when the appositive adds no role, as most names have none.
    roles: extra.roles.length === 0 ? titles.roles : [...titles.roles, ...extra.roles],
    person,
  };
  // Set apart rather than spread into the object: a name is read for every capitalised run of a text.
  if (gender) phrase.gender = gender;
  if (description) phrase.description = description;
  return phrase;
}

/**
 * `X, who chairs the water board,`, `X, an Ethiopian who heads the Red Cross office,`: a relative clause of
 * `who`, opening the appositive or after its noun, describes a person, whatever body it names.
 */
function holdsWho(tokens: readonly QuoteToken[], appositive: TokenRange): boolean {
  for (let i = appositive.from; i < appositive.to; i++)
    if (tokenAt(tokens, i).text.toLowerCase() === 'who') return true;
  return false;
}

/** Every word of `range` belongs to a name: `Pedro Sánchez`, `Ali al-Rahim`, not `launched Wednesday`. */
function isNameRange(tokens: readonly QuoteToken[], range: TokenRange): boolean {
  for (let i = range.from; i < range.to; i++) {
    const token = tokenAt(tokens, i);
    if (token.kind === 'word' && !isNameWord(token) && !SPEAKER_NAME_PARTICLES.has(token.text)) return false;
  }
  return range.to > range.from;
}

/**
 * `the foreign minster of Belgium`, `a spokesman for Hamas`, `Yemen’s ambassador to the UN`: a role of a
 * place or body, after a determiner or a capitalised possessive in its place, describes a person; the name
 * at its end is their affiliation or post, not who speaks.
 */
function isRoleOfName(tokens: readonly QuoteToken[], range: TokenRange): boolean {
  const opener = tokenAt(tokens, range.from);
  const possessive = isCapitalized(opener) && /['’]s$/u.test(opener.text);
  if (!DETERMINERS.has(opener.text.toLowerCase()) && !possessive) return false;
  for (let i = range.from + 2; i < range.to; i++) {
    if (!COMPLEMENT_WORDS.has(tokenAt(tokens, i).text)) continue;
    // `the foreign minster of Belgium`, `the Presdent of Ukraine`: after `the`, a capitalised title is a role too.
    const word = tokenAt(tokens, i - 1).text;
    const role = roleOfNear(word);
    const lower = word === word.toLowerCase() || /^the$/iu.test(tokenAt(tokens, range.from).text);
    return role?.person === true && lower;
  }
  return false;
}

/**
 * `Japan’s Chief Cabinet Secretary`, `the Deputy Prime Minister`: capitalised words ending in a person's
 * title, the word before it no given name (`Stephen King`, `Julie Bishop` are names), are a title, not a
 * name; the one who holds it is named apart (`…, Hiroshi Tanaka,`) or not at all.
 */
function endsInTitle(tokens: readonly QuoteToken[], range: TokenRange): boolean {
  if (range.to - range.from < 2) return false;
  const last = tokenAt(tokens, range.to - 1);
  const before = tokenAt(tokens, range.to - 2);
  // `India’s Civil Aviation Minster`: after a state's or a body's possessive a title is expected, so it is read
  // through one typo, as a title before a name is.
  const opener = tokenAt(tokens, range.from);
  const owned = isCapitalized(opener) && /['’]s$/u.test(opener.text);
  const role = (owned ? roleOfNear : roleOf)(last.text);
  if (role?.person !== true || !isCapitalized(before) || isHonorific(before)) return false;
  return !isGivenName(withoutPossessive(before.text));
}

/**
 * Reads a speaker phrase. `appositive` describes a named speaker
 * (`Fawzi Barhoum, a Hamas spokesman`).
 */
export function readPhrase(
  text: string,
  tokens: readonly QuoteToken[],
  phrase: TokenRange,
  appositive?: TokenRange,
): SpeakerPhrase | null {
  const range = ownerOfUtterance(tokens, trimmed(tokens, phrase));
  if (range.to <= range.from) return null;
  const first = tokenAt(tokens, range.from);
  const last = tokenAt(tokens, range.to - 1);
  const whole = { text: slice(text, tokens, range), start: first.start, end: last.end };
  const single = range.to - range.from === 1;

  const pronoun = single ? PRONOUNS.get(first.text.toLowerCase()) : undefined;
  if (pronoun !== undefined) {
    const person = pronoun === 'none' ? null : pronoun === 'person';
    return { kind: 'pronoun', ...whole, lookups: [], roles: [], person };
  }
  // A lone role word is no name, even capitalised at the start of a sentence: `Officials tell BBC News`.
  const loneRole = single && roleOf(last.text.toLowerCase()) !== undefined;
  if (isNameWord(last) && !loneRole && !isRoleOfName(tokens, range) && !endsInTitle(tokens, range)) {
    return readName(text, tokens, range, appositive, whole);
  }
  // `Spain’s prime minister, Pedro Sánchez`: a role and then a name set off by a comma; the named one speaks.
  if (appositive !== undefined && isNameRange(tokens, appositive)) {
    const named = readPhrase(text, tokens, appositive, range);
    if (named?.kind === 'name' && named.person === true && named.roles.length > 0) return named;
  }
  const own = rolesIn(tokens, range);
  const described = appositive ? rolesIn(tokens, appositive) : NO_ROLES;
  const extra = appositive !== undefined && holdsWho(tokens, appositive) ? { ...described, person: true } : described;
  // `the rebels`, `the authors`: a plural stands for a group of its own, not for someone introduced before.
  const definite = /^(?:the|this|that)$/iu.test(first.text) && roleOf(last.text)?.plural !== true;
  const description = describedBy(text, tokens, range, appositive);
  const gender = statedGender(tokens, range, appositive);
  return {
    kind: definite ? 'nominal' : 'description',
    ...whole,
    lookups: [],
    description,
    roles: [...extra.roles, ...own.roles],
    person: own.person ?? extra.person,
    ...(gender && { gender }),
    ...(roleOf(last.text.toLowerCase())?.plural === true && { plural: true }),
  };
}
