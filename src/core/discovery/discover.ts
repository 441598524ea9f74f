/**
 * Discovery: people and organisations a briefing names that no registry
 * layer holds, read from the cues news text gives and, where the text gives
 * none, from the `compromise` tagger.
 *
 * - A title before a name: `Foreign Minister Abbas Araghchi`, `Lebanese
 *   Prime Minister Fouad Siniora` (the mention before the title is the
 *   person's affiliation), `Hezbollah's Secretary-General Hassan Nasrallah`.
 * - A reporting verb beside a name: `Jaafari said`, `said Fawzi Barhoum`.
 * - An organisation's head word: `Lebanese Army` (memberOf Lebanon),
 *   `Church of Scientology`.
 * - An appositive: `Fouad Siniora, Lebanon's prime minister,`.
 *
 * What it never does: link part of a registered mention (runs stop at
 * them), a name the registry holds but the matcher declined (a surname before
 * the full name, a capital as a place), a word that is never a name
 * (`Monday`), a title alone (`President`), or a single word that is not the
 * short form of a full name found earlier in the same briefing.
 *
 * Framework-free and linear in the text: one pass over the name runs, the
 * tagger only on runs no cue decided, cached per distinct run.
 */
import { datelineState, homeStateOf } from '../registry/home-state.ts';
import { distance } from 'fastest-levenshtein';
import { slugify } from '../text/slug.ts';
import type { ActorId, ActorKind } from '../schema/index.ts';
import type { Mention } from '../mentions/matcher.ts';
import type { Registry } from '../registry/registry.ts';
import {
  ARABIC_ARTICLE,
  BARE_HONORIFICS,
  CUE_VERBS,
  endsInPostFor,
  HONORIFICS,
  IRREGULAR_PAST_ACTS,
  NAME_PARTICLES,
  heldForOneself,
  holdsLocalOffice,
  NATIONAL_OFFICES,
  roleOf,
  roleOfNear,
} from '../text/lexicon.ts';
import { isGivenName } from '../text/given-names.ts';
import { surnameFromName } from '../text/names.ts';
import { SENTENCE_END_MARKS, tokenize, type Token } from '../text/tokens.ts';
import {
  AIRLINE_FIRST_WORDS,
  AIRLINE_NOUNS,
  COMPASS_POINTS,
  DESCRIPTOR_LINKS,
  EVENT_FIRST_WORDS,
  EXTRA_PERSON_TITLES,
  GENERATIONAL_SUFFIXES,
  GENERIC_ORGANISATION_WORDS,
  KIN_NOUNS,
  MEDIA_DESCRIPTORS,
  MEMBER_NOUNS,
  NOT_NAMES,
  OPENING_POSITIONS,
  ORGANISATION_DESCRIPTORS,
  ORGANISATION_HEADS,
  PAPER_HEADS,
  PEOPLE_OF_A_BODY,
  PERSON_NOUNS,
  PLACE_FIRST_WORDS,
  PLACE_HEADS,
  RANKS_BEFORE_GIVEN_NAMES,
  REPORTING_VERBS,
  OPERATOR_PARTICIPLES,
  PERSON_ACT_PARTICIPLES,
  SOURCE_PARTICIPLES,
  TITLE_MODIFIERS,
} from './lexicon.ts';
import { MAX_COMPOUND_WORDS, singulars } from './look-alikes.ts';
import {
  businessWordNear,
  secondWordOfFirm,
  SET_OFF_CLOSERS,
  thingNounAfter,
  thingNounBefore,
  tradeDescriptorAt,
} from './named-things.ts';
import { findHandles, type Handle } from './handles.ts';
import { aboutGame, clubName, nameEndingIn, personReadingAt, setOffAsPerson, startsSentence } from './settle.ts';
import {
  everydayWord,
  isRomanisedName,
  nameKind,
  officeOfLesserBody,
  officeOfNamedPlace,
  titledInDescribedBody,
  verbAfterName,
} from './name-kind.ts';
import { nameRuns, nameWord, type NameWord } from './name-runs.ts';
import { wordTagged } from './word-tags.ts';
import { Places } from './location.ts';

/**
 * What told discovery that a name is an actor's: `given-name` a person
 * whose name holds a state's (`Kenya Barris`), `descriptor` a noun that
 * introduces the name (`the security consultancy Mandiant`, `an aide named
 * Yuri Ushakov`).
 */
export type DiscoveryCue = 'title' | 'speaker' | 'organisation' | 'appositive' | 'tagger' | 'given-name' | 'descriptor';

export interface DiscoveredActor {
  /** From the name (`fouad-siniora`); an organisation of a country is prefixed by it (`lebanon-army`). */
  id: ActorId;
  /** As first written, without titles. */
  name: string;
  kind: ActorKind;
  /** The actor the text says it belongs to (`Lebanese Prime Minister` → lebanon). */
  memberOf: ActorId[];
  /**
   * Set when `memberOf` says only where the actor is from (a nationality, `American academic X`; a place the
   * text puts it in, `Governor of Washington X`, `an Ottawa MP`), not a body it belongs to: it does not speak
   * for that actor, so its words are credited to no one.
   */
  origin?: true;
  cue: DiscoveryCue;
  /** The title or role as written (`Prime Minister`), if the text gave one. */
  role?: string;
  /** The first mention: the evidence. */
  start: number;
  end: number;
  /** Shorter forms linked later in the briefing; `probable` for a spelling that differs (`Siniori`). */
  forms: { text: string; probable: boolean }[];
}

export interface DiscoveryNote {
  start: number;
  end: number;
  text: string;
  message: string;
  ruleId: 'probable-variant' | 'organisation-name';
}

export interface Discovery {
  actors: DiscoveredActor[];
  /** Mentions of the discovered actors, in text order. */
  mentions: Mention[];
  /**
   * Registered mentions a discovered one takes in (`U.S.` in `U.S. State Department`): they are words of
   * the body's name, not mentions of their own (`mentionsWithDiscovered` leaves them out).
   */
  absorbed: Mention[];
  notes: DiscoveryNote[];
}

/** The registered mentions and the discovered ones, in text order, without those discovery took in. */
export function mentionsWithDiscovered(registered: readonly Mention[], discovery: Discovery): Mention[] {
  const absorbed = new Set(discovery.absorbed.map(({ start }) => start));
  return [...registered.filter(({ start }) => !absorbed.has(start)), ...discovery.mentions].sort(
    (a, b) => a.start - b.start,
  );
}

/** A name of a person discovered is at most this many words (`Mohamed El-Hassan Mohamed`). */
const MAX_PERSON_WORDS = 4;
/** A spelling variant differs from the surname in this many letters, and the surname is at least this long. */
const VARIANT_DISTANCE = 1;
const VARIANT_MIN_LENGTH = 5;
/** An acronym stands for a body discovered in the briefing when it has at least this many letters (`USI`). */
const MIN_INITIALS = 3;
/** Words looked back over for a lower-case title before a name (`Lebanon's prime minister Fouad Siniora`). */
const TITLE_LOOKBACK = 4;
/** Words that put an office's holder outside the government: `Shadow Home Secretary`, `former minister`. */
const NOT_IN_OFFICE = new Set(['shadow', 'opposition', 'former', 'ex', 'late', 'rebel', 'exiled']);
/** Sentences before a role's own that may name the body or state it belongs to. */
const CONTEXT_SENTENCES = 2;
/** Canonical roles (`roleOf`) of a government's own bodies. */
const GOVERNMENT_BODIES = new Set(['ministry', 'government', 'office', 'department', 'embassy', 'administration']);
/** Tokens an appositive after a name may take: `, the Iranian foreign minister,`. */
const APPOSITIVE_TOKENS = 8;
const ACRONYM = /^\p{Lu}{2,}$/u;

const isHonorific = (word: NameWord) => HONORIFICS.has(word.lower) || BARE_HONORIFICS.has(word.lower);
/** A title for one person as written (`Minister`, `spokesman`); `Members` or `Ministry` is not. */
function isPersonRole(written: string): boolean {
  if (EXTRA_PERSON_TITLES.has(written.toLowerCase())) return true;
  const role = roleOf(written);
  return role?.person === true && !role.plural;
}
const isHead = (word: NameWord | undefined) => word !== undefined && ORGANISATION_HEADS.has(word.lower);
/** A title word at the head of a name, read through one typo (`Foreign Minster Sergey Lavrov`). */
function isTitleNear(written: string): boolean {
  if (isPersonRole(written)) return true;
  const role = roleOfNear(written);
  return role?.person === true && !role.plural;
}
/** Lower-case words between an owner and its descriptor: `the Iranian security firm X`. */
const DESCRIPTOR_MODIFIERS = 2;
/** Lower-case words an appositive that names a body may take before its head: `the armed forces`. */
const APPOSITIVE_HEAD_WORDS = 3;
const ARTICLES = new Set(['the', 'a', 'an']);
/** Pieces of writing, which are `in` a publication (`an article in Le Monde reported`), not in a place. */
const WRITTEN_PIECES = new Set([
  'article',
  'articles',
  'report',
  'reports',
  'story',
  'stories',
  'interview',
  'column',
  'editorial',
  'piece',
  'op-ed',
  'investigation',
  'survey',
  'poll',
  'study',
  'paper',
  'post',
  'letter',
]);
/** Lower-case words that may qualify a role written with no article: `chief executive of`, `former deputy chair of`. */
const BARE_ROLE_MODIFIERS = 2;
/** The words that join a role written with no article to what it is held in: `president of`, `spokesman for`. */
const BARE_ROLE_JOINERS = new Set(['of', 'for']);
/** The possessives that stand for people, not a body (`its` may stand for either). */
const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'their', 'my', 'our', 'your']);
/** The pronouns that stand for a group of people after `one of`. */
const PEOPLE_PRONOUNS = new Set(['them', 'us', 'you']);
/** Words that end an appositive's noun phrase: `the armed forces of …`, `a rights group based in …`. */
const PHRASE_ENDS = new Set(['of', 'for', 'in', 'at', 'from', 'based', 'that', 'which', 'whose', 'and', 'with', 'on']);
/** Words between a descriptor and the name: `the hacker collective known as X`, `an aide named X`. */
const LINK_WORDS = 2;
/** Tokens an owner's name before `'s` may take: `Texas A&M`. */
const OWNER_TOKENS = 6;
/** Tokens looked back over from `under` for the state or government a title is of. */
const UNDER_LOOKBACK = 10;
/** Capitalised words a body's name takes in an appositive before a role: `Northfield Institute of Oceanography`. */
const BODY_WORDS = 5;
/** Prepositions before a firm's name that say where it stands or what it does: `at Marks & Spencer`. */
const FIRM_PREPOSITIONS = new Set(['at', 'from', 'by', 'with', 'for', 'of']);
/** A role for a person, or a noun that makes one a body's member or student (`a USI instructor`, `an art major`). */
const isRoleNoun = (written: string) => isPersonRole(written) || MEMBER_NOUNS.has(written.toLowerCase());
/** Lower-case words between a demonym and a person's name: `American academic and professor X`. */
const DEMONYM_GAP = 4;
/** Words after a name that an affiliation follows: `of the Labour Party`, `at Duke University`. */
const AFFILIATION_LINKS = new Set(['of', 'at', 'for', 'from', 'with']);
/** Verbs of heading a body in a relative clause after a name: `X, who heads the …,` is its member. */
const HEADING_VERBS = new Set(['heads', 'leads', 'runs', 'directs', 'chairs']);
/** Words a relative clause may put between its verb and the body's name: `the Britain-based rights group`. */
const HEADED_BODY_MODIFIERS = 3;
/**
 * A body's word that stands for a body named before, with the kinds of body it fits: `the group's project
 * coordinator` after Médecins Sans Frontières. A state's own bodies (`the ministry's`) are not here: the
 * nearest body named before is too often another's.
 */
const BODY_WORD_KINDS: ReadonlyMap<string, readonly ActorKind[]> = new Map([
  ['group', ['organisation', 'armed-group']],
  ['organisation', ['organisation']],
  ['organization', ['organisation']],
  ['charity', ['organisation']],
  ['agency', ['organisation', 'government', 'media']],
  ['militia', ['armed-group']],
  ['movement', ['armed-group', 'organisation']],
]);
/** Nouns after a division's name that say what it is: `the Lombardy region`. */
const DIVISION_NOUNS = new Set(['region', 'province', 'state', 'county']);

/**
 * `Fernando Cheung of the Labour Party` is a person and an organisation:
 * a run is cut at `of` when an organisation's name follows it and none
 * comes before, or when a person's name by its shape comes before
 * (`Wong Kwok-kin of the FTU`, `Quarterback Jordan Love of the Green Bay
 * Packers`, whatever the body's name ends with).
 * A body's people before `of` and its name (`Members of`) are no part of it.
 */
function splitAtOf(words: readonly NameWord[]): NameWord[][] {
  // `Members of the Union of …` opening a sentence: a plural noun before a body's name is its people, no name.
  const [opening, link] = words;
  if (opening && link?.lower === 'of' && PEOPLE_OF_A_BODY.has(opening.lower)) {
    const rest = words.slice(words[2]?.lower === 'the' ? 3 : 2);
    if (rest.some(isHead)) return [rest];
  }
  const at = words.findIndex((word, index) => (word.lower === 'of' || word.lower === 'for') && index >= 2);
  // A title before the person's name is no part of its shape.
  const before = words.slice(0, at);
  const titled = before.length === 3 && isPersonRole(before[0]?.text ?? '');
  const personBefore = at >= 0 && isPersonShaped(titled ? before.slice(1) : before);
  if (at < 0 || !(isHead(words.at(-1)) || personBefore) || words.slice(0, at).some(isHead)) return [[...words]];
  const after = words.slice(at + 1);
  return [words.slice(0, at), after[0]?.lower === 'the' ? after.slice(1) : after];
}

/**
 * Two words that are a person's name by their shape alone: a romanised
 * name (`Wong Kwok-kin`), or a given name and a surname that is no
 * organisation's head word (`Elizabeth Quat`, not `Victoria Bank`).
 */
function isPersonShaped(words: readonly NameWord[]): boolean {
  const [given, surname] = words;
  if (words.length !== 2 || !given || !surname) return false;
  if (isRomanisedName([given.text, surname.text])) return true;
  return given.capitalised && surname.capitalised && isGivenName(given.text) && !isHead(surname) && !isHead(given);
}

/** Where a found name sits among the tokens, with what the words around it say. */
interface Candidate {
  kind: 'person' | 'organisation';
  words: NameWord[];
  cue: DiscoveryCue;
  role?: string;
  affiliation: Mention | null;
  head?: string;
  /** Leading words that name the owner, not the body (`Turkish` in `Turkish Ministry of Defence`). */
  ownerWords?: number;
  /**
   * How the owner stands to the name. `own-name`: the name is the body's own whoever owns it, so the name
   * and id keep it as written (`Comic Corps of Canada`, where the matcher took the state for part of the
   * name; `the US team Cloud9`). `after`: a mention of its own right after `of` (`Supreme Court` of
   * `Kenya`: the body is the state's, as `Kenyan Supreme Court` would be).
   */
  ownerOf?: 'own-name' | 'after';
  /** Where an affiliation named after the name may start (`of the Labour Party`, `, curator at Duke University`). */
  after: number[];
  /** Where a possessive before the name ends (`Civic Party's Jeremy Tam`): the token index of the owner's last word. */
  possessor?: number | undefined;
  /**
   * A body's name the text gives a person in an appositive before a role
   * (`X, a USI instructor`, `X, the State Department spokesperson`) or as an
   * acronym owning a title (`USI professor X`): matched against the bodies
   * discovered in the briefing by name, name without its owner, or initials.
   */
  namedOwner?: string | undefined;
  /** Only a modifier of a noun (`the Annie Oakley screen print`): linked, but not evidence of an actor. */
  modifier?: boolean;
  /** The state the text places it in (`University of Texas`, `a boy from Irving, Texas`): the last resort. */
  place?: ActorId | undefined;
  /** The affiliation is only a nationality or people (`American academic X`, `One Rohingya, X`), not a body. */
  nationality?: true;
}

/** An actor of this kind can be an affiliation: anything but a person. */
const belongingKind = (kind: ActorKind | undefined) => kind !== undefined && kind !== 'person';

/** A mention of a registered, non-person actor: what a title or an organisation can belong to. */
function belonging(mention: Mention | undefined, registry: Registry): Mention | null {
  if (!mention) return null;
  const actor = registry.actors.get(mention.actor);
  return actor && actor.kind !== 'person' ? mention : null;
}

export interface DiscoveryOptions {
  /** Names that are no actor (fiction, products), as `nameKey` gives them: the editors' `content/not-actors.yaml`. */
  notActors?: ReadonlySet<string>;
}

/** A name as the list of names that are no actor compares it: NFC, lower case, single spaces. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase().trim().replace(/\s+/gu, ' ');
}

/**
 * The state a place's name stands for: a state's own, its capital's, or the state a capital's government of
 * the day governs (`Damascus` in 2025); else null.
 */
function stateNamedBy(registry: Registry, place: string): string | null {
  const forms = registry.trie.wholeName(place);
  if (forms === null) return null;
  const actors = new Set(forms.filter((form) => form.form !== 'demonym').map((form) => form.actor));
  const [id] = actors;
  const actor = actors.size === 1 && id !== undefined ? registry.actors.get(id) : undefined;
  if (actor?.kind === 'state') return actor.id;
  return actor?.kind === 'government' ? (actor.memberOf[0] ?? null) : null;
}

export function discoverActors(
  registry: Registry,
  text: string,
  registered: readonly Mention[],
  options: DiscoveryOptions = {},
): Discovery {
  const tokens = tokenize(text);
  const tokenStarting = new Map(tokens.map((token, index) => [token.start, index]));
  const taken: boolean[] = Array.from({ length: tokens.length }, () => false);
  /** Registered mentions by the index of their last token. */
  const mentionEndingAt = new Map<number, Mention>();
  for (const mention of registered) {
    let index = tokenStarting.get(mention.start);
    if (index === undefined) continue;
    for (; index < tokens.length && (tokens[index]?.end ?? Infinity) <= mention.end; index++) taken[index] = true;
    mentionEndingAt.set(index - 1, mention);
  }
  const wordAt = (index: number): Token | undefined => tokens[index];

  /** The registered mention just before token `index`, through a possessive (`Hezbollah's`). */
  const mentionBefore = (index: number): Mention | undefined => {
    const direct = mentionEndingAt.get(index - 1);
    if (direct) return direct;
    if (wordAt(index - 1)?.folded === 's' && wordAt(index - 2)?.exact === "'") return mentionEndingAt.get(index - 3);
    return undefined;
  };

  /**
   * The body `its` at token `index` stands for: the nearest registered
   * non-person named before it, in its sentence or the one before (`The
   * Red Cross said ... Its head of delegation, X, said`).
   */
  const ownerOfIts = (index: number): Mention | null =>
    wordAt(index)?.folded === 'its' ? namedBefore(index, () => true, 1) : null;

  /**
   * The registered body or state before token `index`, within its sentence and
   * the `sentences` before, that `accepts`; nearest first.
   */
  function namedBefore(
    index: number,
    accepts: (mention: Mention) => boolean,
    sentences = CONTEXT_SENTENCES,
  ): Mention | null {
    let crossed = 0;
    for (let at = index - 1; at >= 0; at--) {
      const mention = mentionEndingAt.get(at);
      if (mention && belonging(mention, registry) && accepts(mention)) return mention;
      if (startsSentence({ text, tokens }, at) && ++crossed > sentences) return null;
    }
    return null;
  }

  /**
   * The owner of a role named by its body's noun alone, before the name
   * (`military spokesman Lt. Col. X`, `Foreign ministry spokesman X`): the
   * body of that noun named just before (`the Israeli military said`), or for
   * a government's body, the state the passage reports (`Iran said on
   * Monday ...`), a state that opens its sentence first.
   */
  const ownerOfBodyRole = (from: number): Mention | null => {
    const bodyRole = (folded: string) => {
      const role = roleOf(folded);
      return role === undefined || role.person || role.plural ? undefined : role;
    };
    let index = from;
    while (from - index < TITLE_LOOKBACK) {
      const token = wordAt(index - 1);
      if (!token?.word || taken[index - 1] || !/^\p{Ll}/u.test(token.exact)) break;
      // The body's noun ends the role, though it may modify a title too (`military spokesman`).
      if (bodyRole(token.folded) || (!isPersonRole(token.exact) && !TITLE_MODIFIERS.has(token.folded))) break;
      index--;
    }
    const noun = wordAt(index - 1);
    const role = noun?.word && !taken[index - 1] && index < from ? bodyRole(noun.folded) : undefined;
    if (!noun || role === undefined) return null;
    const body = namedBefore(index - 1, (mention) => mention.text.toLowerCase().split(/\s+/u).includes(noun.folded));
    if (body || !GOVERNMENT_BODIES.has(role.role)) return body;
    const isState = (mention: Mention) => registry.actors.get(mention.actor)?.kind === 'state';
    const opensSentence = (mention: Mention) =>
      isState(mention) && startsSentence({ text, tokens }, tokenStarting.get(mention.start) ?? 0);
    return namedBefore(index - 1, opensSentence) ?? homeStateOfBody(index - 1) ?? namedBefore(index - 1, isState);
  };

  /**
   * The home state, for a government's body noun at token `noun` whose phrase names no owner (`foreign
   * ministry spokesman X` in a briefing about Qatar): a state's own ministry is the state's, as its minister
   * is (`homeStateFor`). Not where a name or a registered word owns the body (`Gaza health ministry`) or the
   * holder is out of office (`former foreign ministry spokesman`).
   */
  const homeStateOfBody = (noun: number): Mention | null => {
    let index = noun;
    for (let words = 0; words < DESCRIPTOR_MODIFIERS; words++) {
      const token = wordAt(index - 1);
      // `Interior ministry spokesman X` opening a sentence: a title's word is capitalised only by its place.
      const lowerAtStart = token?.word === true && (everydayWord(token.folded) || TITLE_MODIFIERS.has(token.folded));
      const opening = lowerAtStart && startsSentence({ text, tokens }, index - 1);
      if (!token?.word || taken[index - 1] || !(/^\p{Ll}/u.test(token.exact) || opening)) break;
      if (NOT_IN_OFFICE.has(token.folded)) return null;
      index--;
    }
    // `Hamas-run health ministry`: a compound's first word names an owner too.
    const before = wordAt(index - 1);
    const owned = before?.word === true ? taken[index - 1] || /^\p{Lu}/u.test(before.exact) : before?.exact === '-';
    return owned ? null : homeState;
  };

  /** The briefing's home state (`homeStateOf`, read as the quote core reads it), by its first mention. */
  const homeState = ((): Mention | null => {
    const states = registered.filter((mention) => registry.actors.get(mention.actor)?.kind === 'state');
    const home = homeStateOf(
      states.map(({ actor }) => actor),
      datelineState(text, (place) => stateNamedBy(registry, place)),
    );
    return states.find(({ actor }) => actor === home) ?? null;
  })();

  /**
   * The home state, for a role at token `from` that is a national government's office held now, and names no
   * body or owner of its own: not `Labour's Shadow Home Secretary`, a `former minister` or a `club president`.
   */
  const homeStateFor = (role: string | undefined, from: number): Mention | null => {
    const words = role?.toLowerCase().split(/\s+/u) ?? [];
    const office = roleOf(words.at(-1) ?? '')?.role ?? '';
    // A secretary too (`Home Secretary X`): a union's or a party's says so with its body's noun, ruled out here.
    const national = NATIONAL_OFFICES.has(office) || office === 'secretary';
    if (!national || words.some((word) => roleOf(word)?.person === false)) return null;
    if (words.some((word) => NOT_IN_OFFICE.has(word))) return null;
    if (role !== undefined && (officeOfNamedPlace(role) || officeOfLesserBody(role))) return null;
    const owned = wordAt(from - 1)?.folded === 's' && wordAt(from - 2)?.exact === "'";
    return owned || titledInDescribedBody(text.slice(0, wordAt(from)?.start ?? 0)) ? null : homeState;
  };

  /**
   * A capital after a local office (`The Governor of Washington, X`, `Kyiv's
   * mayor`), or with one as the role: the office serves the place, not the
   * government the capital stands for.
   */
  const servesPlace = (owner: Mention, role: string | undefined): boolean => {
    if (owner.form !== 'metonym') return false;
    if (holdsLocalOffice(role ?? '')) return true;
    // The three words before the capital: `Governor of Washington`, `the mayor of Kyiv`.
    const at = tokenStarting.get(owner.start) ?? 0;
    return holdsLocalOffice(text.slice(wordAt(Math.max(0, at - 3))?.start ?? owner.start, owner.start));
  };

  /**
   * The registered mention right before a name that owns it (`Lebanese
   * Fouad Siniora`, `Hezbollah's Hassan Nasrallah`). After `to` and a title
   * it is where the title holder is sent, not whose (`Afghan Ambassador to
   * the United States Hamdullah Mohib`): the owner is the mention before
   * the title, if any (`spoke to Lebanese Fouad Siniora` keeps Lebanon).
   */
  const ownerBefore = (from: number): Mention | undefined => {
    const mention = mentionBefore(from);
    const start = mention ? tokenStarting.get(mention.start) : undefined;
    if (!mention || start === undefined) return mention;
    let index = start - 1;
    if (wordAt(index)?.folded === 'the') index--;
    if (wordAt(index)?.folded !== 'to') return mention;
    let title = index;
    while (title > 0 && wordAt(title - 1)?.word && isTitleNear(wordAt(title - 1)?.exact ?? '')) title--;
    return title < index ? mentionBefore(title) : mention;
  };

  /**
   * A state's demonym before a person's name, over the lower-case nouns that
   * say what the person is (`Canadian singer-songwriter X`, `American
   * academic and professor X`): the person's nationality. Never over a verb
   * or a function word (`Canadian officials said X`, `the Syrian and X`).
   */
  const demonymBefore = (from: number): Mention | null => {
    let index = from;
    for (let gap = 0; gap < DEMONYM_GAP; gap++) {
      const token = wordAt(index - 1);
      if (token?.exact === '-' && !token.spaceBefore) {
        index--;
        continue;
      }
      if (!token?.word || taken[index - 1] || !/^\p{Ll}/u.test(token.exact)) break;
      if (token.folded !== 'and' && (NOT_NAMES.has(token.folded) || CUE_VERBS.has(token.folded))) return null;
      index--;
    }
    const mention = mentionEndingAt.get(index - 1);
    if (index === from || wordAt(index)?.folded === 'and' || mention?.form !== 'demonym') return null;
    return registry.actors.get(mention.actor)?.kind === 'state' ? mention : null;
  };

  /**
   * A person named in apposition to one member of a people or a state's
   * nationals (`One Rohingya, Muhammad Amin, was …`, `an Iranian, Reza
   * Karimi, said …`): the people or state. Only after `one`, `a` or `an`
   * and with the name set off by commas on both sides, so a list (`Iran,
   * Ali Reza and …`) or a clause (`in Syria, Ali Reza said`) is not read so.
   */
  const memberNounBefore = (from: number, to: number): Mention | null => {
    if (wordAt(from - 1)?.exact !== ',' || wordAt(to)?.exact !== ',') return null;
    const mention = mentionEndingAt.get(from - 2);
    const start = mention ? tokenStarting.get(mention.start) : undefined;
    if (!mention || start === undefined || !['one', 'a', 'an'].includes(wordAt(start - 1)?.folded ?? '')) return null;
    const kind = registry.actors.get(mention.actor)?.kind;
    return kind === 'people' || (kind === 'state' && mention.form === 'demonym') ? mention : null;
  };

  /**
   * The capitalised name in an appositive right before a person's role:
   * `, a USI instructor in English`, `, the State Department Spokesperson,`,
   * `, a second year USI art major`, `, an Ottawa New Democrat MP`: its tokens.
   */
  const bodyBeforeRole = (to: number): { from: number; to: number } | undefined => {
    if (wordAt(to)?.exact !== ',') return undefined;
    let index = to + 1;
    if (ARTICLES.has(wordAt(index)?.folded ?? '')) index++;
    // The person's lower-case modifiers first: `a second year …`.
    for (let words = 0; words < DESCRIPTOR_MODIFIERS && isLowerWord(index); words++) index++;
    const nameFrom = index;
    // Capitalised words, with the particles of a body's name between them: `Institute of Oceanography`.
    for (let words = 0; words < BODY_WORDS && capitalisedAt(index); words++) {
      index++;
      while (['of', 'for', 'the'].includes(wordAt(index)?.folded ?? '') && capitalisedAt(index + 1)) index++;
    }
    let nameTo = index;
    // A capitalised role ends the name: `State Department Spokesperson`.
    if (nameTo - nameFrom >= 2 && isRoleNoun(wordAt(nameTo - 1)?.exact ?? '')) nameTo--;
    else {
      let roled = false;
      for (let words = 0; words < DESCRIPTOR_MODIFIERS + 1 && isLowerWord(index); words++, index++) {
        if (isRoleNoun(wordAt(index)?.exact ?? '')) roled = true;
      }
      if (!roled) return undefined;
    }
    return nameTo > nameFrom ? { from: nameFrom, to: nameTo } : undefined;
  };
  const isLowerWord = (index: number) =>
    wordAt(index)?.word === true && /^[\p{Ll}\p{N}]/u.test(wordAt(index)?.exact ?? '');

  /**
   * A titled person that a state or body acts `under`, earlier in the same
   * sentence (`The Syrian government, a caretaker cabinet under Prime
   * Minister X`, `Iran under President X`): the state or body is the one
   * the title is of. Only before a title: `under X` alone may be anyone.
   */
  const governedBy = (titleStart: number): Mention | null => {
    if (wordAt(titleStart - 1)?.folded !== 'under') return null;
    for (let index = titleStart - 2; index >= Math.max(0, titleStart - 2 - UNDER_LOOKBACK); index--) {
      const token = wordAt(index);
      if (!token || token.exact === '.' || token.exact === ';') return null;
      const mention = mentionEndingAt.get(index);
      const kind = mention ? registry.actors.get(mention.actor)?.kind : undefined;
      if (mention && (kind === 'state' || kind === 'government')) return mention;
    }
    return null;
  };

  /** Lower-case title words right before a run, and the mention before them. */
  const titleBefore = (from: number): { role: string; affiliation: Mention | null } | null => {
    let index = from;
    let words = 0;
    while (words < TITLE_LOOKBACK) {
      const token = wordAt(index - 1);
      if (!token?.word || taken[index - 1]) break;
      if (!isPersonRole(token.exact) && !TITLE_MODIFIERS.has(token.folded)) break;
      index--;
      words++;
    }
    if (words === 0) return null;
    const first = wordAt(index);
    const last = wordAt(from - 1);
    if (!first || !last || !isPersonRole(last.exact)) return null;
    return {
      role: text.slice(first.start, last.end),
      affiliation: belonging(mentionBefore(index), registry) ?? ownerOfIts(index - 1),
    };
  };

  /**
   * An owner's title set off by a comma before the name: `Malaysia's Prime
   * Minister, Najib Razak`. Only with the owner named (`'s` after a
   * registered body or state): `the prime minister, Najib Razak` says whose
   * title it is no more than a title without the comma would.
   */
  const ownerTitleBeforeComma = (from: number): { role: string; affiliation: Mention } | null => {
    if (wordAt(from - 1)?.exact !== ',' || !isPersonRole(wordAt(from - 2)?.exact ?? '')) return null;
    let index = from - 1;
    for (let words = 0; words < TITLE_LOOKBACK; words++) {
      const token = wordAt(index - 1);
      if (!token?.word || taken[index - 1] || (!isPersonRole(token.exact) && !TITLE_MODIFIERS.has(token.folded))) break;
      index--;
    }
    // The owner's `'s` right before the title.
    if (wordAt(index - 1)?.folded !== 's' || wordAt(index - 2)?.exact !== "'") return null;
    const affiliation = belonging(mentionBefore(index), registry);
    const first = wordAt(index);
    const last = wordAt(from - 2);
    if (!affiliation || !first || !last) return null;
    return { role: text.slice(first.start, last.end), affiliation };
  };

  /**
   * A role set off by a comma before the name, opening its clause: `A
   * spokeswoman for the Syrian foreign ministry, Lina Haddad, said`, `In
   * Kabul, the representative of UNHCR, Zahra Amiri, said`, `In Islamabad, a
   * foreign office spokeswoman, Amna Qureshi, said`. The body (or its state's
   * demonym) between `for`, `of` or `at` and the comma, or a registered name
   * in the role itself, is the affiliation. Only where the name closes the
   * appositive (a comma or a reporting verb after it), so `the president of
   * Iran, Ahmad Vahidi and others` lists people rather than naming one.
   */
  const roleBeforeComma = (from: number, to: number): { role: string; affiliation: Mention | null } | null => {
    if (wordAt(from - 1)?.exact !== ',') return null;
    const after = wordAt(to);
    // The name closing its sentence after a role that follows the reporting verb: the attribution written
    // after the words it attributes (`…, said its chairwoman, Amina Odhiambo.`).
    const closesSentence = after === undefined || SENTENCE_END_MARKS.has(after.exact);
    if (after?.exact !== ',' && !(after?.word && CUE_VERBS.has(after.folded)) && !closesSentence) return null;
    const opensClause = (index: number) => {
      const before = wordAt(index - 1);
      if (closesSentence) return before?.word === true && CUE_VERBS.has(before.folded);
      return before === undefined || before.exact === ',' || startsSentence({ text, tokens }, index);
    };
    // What opens the role: `a`, `the`, `its` standing for a body named before, or a person's possessive
    // (`His cousin, X, said`, `Her trainer, X,`): a kin noun or a role held beside someone, no body's.
    const determines = (word: string) => ARTICLES.has(word) || word === 'its' || PERSONAL_POSSESSIVES.has(word);
    const last = wordAt(from - 2);
    let affiliation: Mention | null = null;
    for (let index = from - 2; index >= Math.max(0, from - 2 - APPOSITIVE_TOKENS); index--) {
      const token = wordAt(index);
      // An owner's `'s` inside the role's phrase: `The group's spokesman, X,`, `Nigeria's culture minister, X,`.
      if (token?.folded === 's' && wordAt(index - 1)?.exact === "'" && index < from - 2) {
        index--;
        continue;
      }
      if (!token?.word) return null;
      const mention = mentionEndingAt.get(index);
      if (mention) {
        affiliation ??= belonging(mention, registry);
        index = tokenStarting.get(mention.start) ?? index;
        // The owner opening the clause: `Nigeria's culture minister, X, called`.
        const owned = wordAt(index + 1)?.exact === "'" && last && isPersonRole(last.exact);
        if (owned && opensClause(index) && !heldForOneself(last.folded)) {
          return { role: text.slice(wordAt(index + 3)?.start, last.end), affiliation };
        }
        continue;
      }
      // A determiner opening the sentence is written with a capital: `The director, X, said`, `Its director, X,`.
      const opening = determines(token.folded) && startsSentence({ text, tokens }, index);
      if (!/^\p{Ll}/u.test(token.exact) && !opening) return null;
      // `a foreign office spokeswoman,`: the role ends the phrase, after a determiner that opens the clause.
      // (An article inside a body's name, `for the Syrian foreign ministry`, is read past.) A role held for
      // oneself names the person still, with no body (`The chef, Rami Haddad, said`).
      const calling = last !== undefined && (isPersonRole(last.exact) || PERSON_NOUNS.has(last.folded));
      if (determines(token.folded) && last && calling && index < from - 2) {
        if (!opensClause(index)) return null;
        const role = text.slice(wordAt(index + 1)?.start, last.end);
        // After the words it attributes, `its` stands for what they were about, often a body no layer
        // registers (`The cooperative's harvest doubled after a World Bank grant, said its chairwoman, X.`).
        const owner = closesSentence ? null : ownerOfIts(index);
        return { role, affiliation: heldForOneself(last.folded) ? null : (affiliation ?? owner) };
      }
      if (!['for', 'of', 'at'].includes(token.folded)) continue;
      const roleWord = wordAt(index - 1);
      if (!roleWord?.word || !isPersonRole(roleWord.exact)) return null;
      if (!determines(wordAt(index - 2)?.folded ?? '') || !opensClause(index - 2)) return null;
      // `A lawyer for the families, X, said`: a role held for oneself names the person, for no body.
      if (heldForOneself(roleWord.folded)) return { role: roleWord.exact, affiliation: null };
      // `Its head of delegation, X,`: the body `its` stands for, where the role names none.
      const owner = affiliation ?? ownerOfIts(index - 2);
      return owner ? { role: roleWord.exact, affiliation: owner } : null;
    }
    return null;
  };

  /**
   * An office held with no owner named, in a sentence that opens on a place
   * (`In Paris, Foreign Minister X said`, `In Islamabad, a foreign office
   * spokeswoman, X, said`): the state whose capital or name that place is.
   * Only offices a state's own government holds at home: an ambassador or an
   * envoy in Paris is more often a foreign one.
   */
  const stateOfOpeningPlace = (from: number, role: string | undefined): Mention | null => {
    const last = role?.split(/\s+/u).at(-1) ?? '';
    const office = roleOf(last)?.role ?? '';
    // A government's spokesperson speaks where the government sits, as its offices do.
    if (!(NATIONAL_OFFICES.has(office) || office === 'spokesperson') || heldForOneself(role ?? '')) return null;
    let index = from - 1;
    while (index > 0 && !startsSentence({ text, tokens }, index)) index--;
    if (wordAt(index)?.folded !== 'in') return null;
    const match = registry.trie.longestAt(tokens, index + 1);
    if (!match || wordAt(match.end)?.exact !== ',') return null;
    const form = match.forms.find(
      ({ actor, form: kind }) =>
        (kind === 'name' || kind === 'metonym') && registry.actors.get(actor)?.kind === 'state',
    );
    const start = wordAt(index + 1);
    const end = wordAt(match.end - 1);
    if (!form || !start || !end) return null;
    return {
      actor: form.actor,
      start: start.start,
      end: end.end,
      text: text.slice(start.start, end.end),
      form: form.form,
    };
  };

  /**
   * A registered state or body ending an organisation's name after `of`: its
   * owner (`Supreme Court of Canada`, `Comic Corps of Canada`), the
   * organisation's affiliation; the name keeps its words.
   */
  const ownerAtEnd = (words: readonly NameWord[]): Mention | null => {
    const at = words.findLastIndex((word) => word.lower === 'of');
    const last = words.at(-1);
    let from = words[at + 1];
    if (from?.lower === 'the') from = words[at + 2];
    if (at < 1 || !from || !last) return null;
    const match = registry.trie.longestAt(tokens, from.from);
    const form = match?.forms.find(
      ({ actor, form: kind }) =>
        (kind === 'name' || kind === 'alias') && belongingKind(registry.actors.get(actor)?.kind),
    );
    if (!match || !form || match.end !== last.to) return null;
    return {
      actor: form.actor,
      start: from.start,
      end: last.end,
      text: text.slice(from.start, last.end),
      form: form.form,
    };
  };

  /**
   * The state an airline's name holds after its first word (`Air Canada`, `Royal Jordanian`): a state's name
   * or demonym ending a run of two words that opens with `Air` or `Royal`, and no noun after it but one an
   * airline's name modifies (`an Air India flight`; `Air Jordan trainers` name a product).
   */
  const airlineState = (words: readonly NameWord[]): Mention | null => {
    const [opening, named] = words;
    if (words.length !== 2 || !opening || !named || !AIRLINE_FIRST_WORDS.has(opening.lower)) return null;
    const next = wordAt(named.to);
    // A bare verb after a singular name is no verb of its clause but a noun it modifies (`the new Air Jordan
    // release`), unless it is an irregular past (`Air India cut its fares`).
    const bareForm = (word: Token) =>
      wordTagged(word.exact, 'Infinitive') && !IRREGULAR_PAST_ACTS.has(word.folded) && !CUE_VERBS.has(word.folded);
    const noun =
      next?.word === true && /^\p{Ll}/u.test(next.exact) && (wordTagged(next.exact, 'Noun') || bareForm(next));
    if (noun && !AIRLINE_NOUNS.has(next.folded)) return null;
    const match = registry.trie.longestAt(tokens, named.from);
    const form = match?.forms.find(
      ({ actor, form: kind }) =>
        ['name', 'alias', 'demonym'].includes(kind) && registry.actors.get(actor)?.kind === 'state',
    );
    if (!match || !form || match.end !== named.to) return null;
    return { actor: form.actor, start: named.start, end: named.end, text: named.text, form: form.form };
  };

  /** A registered state or body named by its name right after `of` (or `of the`) at token `to`. */
  const ownerAfterName = (to: number): Mention | null => {
    if (wordAt(to)?.folded !== 'of') return null;
    const mention = mentionStartingAt.get(wordAt(to + 1)?.folded === 'the' ? to + 2 : to + 1);
    return mention && (mention.form === 'name' || mention.form === 'alias') ? belonging(mention, registry) : null;
  };

  /**
   * A registered body or office named inside a title, which the matcher left
   * as part of a longer name (`UN Secretary-General Dag Hammarskjöld`).
   */
  const registeredIn = (titleWords: readonly NameWord[]): Mention | null => {
    for (const word of titleWords) {
      const match = registry.trie.longestAt(tokens, word.from);
      const form = match?.forms[0];
      const end = match ? tokens[match.end - 1] : undefined;
      if (!match || !form || !end) continue;
      const start = tokens[word.from] as Token;
      const mention = {
        actor: form.actor,
        start: start.start,
        end: end.end,
        text: text.slice(start.start, end.end),
        form: form.form,
      };
      return belonging(mention, registry);
    }
    return null;
  };

  /** A registered office right before a name (`UN Secretary-General Dag Hammarskjöld`): a title and an affiliation. */
  const officeBefore = (from: number): { role: string; affiliation: Mention | null } | null => {
    const mention = mentionEndingAt.get(from - 1);
    if (!mention || !isOffice(mention)) return null;
    return { role: mention.text, affiliation: belonging(mention, registry) };
  };

  /**
   * `, the Iranian foreign minister,` or `, a security analyst at the University of Sulaimani,` after a name:
   * the role in it, and the registered body or state it names, if any.
   */
  const appositiveRole = (to: number): { role: string; affiliation: Mention | null } | null => {
    if (wordAt(to)?.exact !== ',') return null;
    let affiliation: Mention | null = null;
    let role: string | null = null;
    // An abbreviation's stops and a place before `-based` take tokens but say nothing of whose the role is.
    let end = to + 1 + APPOSITIVE_TOKENS;
    for (let index = to + 1; index < Math.min(tokens.length, end); index++) {
      const token = wordAt(index) as Token;
      if (abbreviationDot(index)) end++;
      else if (!token.word && token.exact !== "'" && token.exact !== '-') break;
      if (token.exact === '-' && wordAt(index + 1)?.folded === 'based') end += 3;
      const mention = mentionEndingAt.get(index);
      if (mention && !placeOfPost(mention, index, to)) {
        const body = belonging(mention, registry);
        // `, a Kuwaiti researcher at Human Rights Watch,`: the body a role is held at outranks the holder's demonym.
        const atBody = body !== null && registry.actors.get(body.actor)?.kind !== 'state';
        if (affiliation === null || (affiliation.form === 'demonym' && atBody)) affiliation = body ?? affiliation;
      }
      // `, the group's project coordinator in Gaza`: the body the possessive stands for owns the role.
      if (token.folded === 'the' && isPossessive(index + 3)) affiliation ??= ownerOfBodyWord(index, wordAt(index + 1));
      if (token.word && !taken[index] && isPersonRole(token.exact)) role = token.exact;
    }
    return role ? { role, affiliation } : null;
  };

  /**
   * `, president of the World Chess Federation,` after a name: a person's role written with no article before
   * `of` or `for`, after up to two words that qualify it (`, chief executive of`), is news English's short
   * appositive, the office of whoever the name is.
   */
  const bareRoleOf = (to: number): boolean => {
    if (wordAt(to)?.exact !== ',') return false;
    // Up to two lower-case words may qualify the role: `chief executive of`, `former deputy chair of`.
    for (let at = to + 1; at <= to + 1 + BARE_ROLE_MODIFIERS; at++) {
      const word = wordAt(at);
      if (!word?.word || !/^\p{Ll}/u.test(word.exact) || ARTICLES.has(word.folded)) return false;
      if (isPersonRole(word.exact) && BARE_ROLE_JOINERS.has(wordAt(at + 1)?.folded ?? '')) return true;
    }
    return false;
  };

  /** The stop of an initial in an abbreviation (`U.N.`, `U.S.`), which ends no phrase. */
  const abbreviationDot = (index: number): boolean =>
    wordAt(index)?.exact === '.' && !wordAt(index)?.spaceBefore && /^\p{Lu}$/u.test(wordAt(index - 1)?.exact ?? '');

  /**
   * A mention ending at token `end`, in an appositive opening after token `to`, that says where, not whose: a
   * place before `-based` (`the Britain-based observatory`), or a state after a post held for a place (`the
   * U.N. special envoy for Yemen`, `text/lexicon.ts` `endsInPostFor`).
   */
  const placeOfPost = (mention: Mention, end: number, to: number): boolean => {
    if (wordAt(end + 1)?.exact === '-' && wordAt(end + 2)?.folded === 'based') return true;
    const before = text.slice(wordAt(to + 1)?.start ?? mention.start, mention.start);
    return registry.actors.get(mention.actor)?.kind === 'state' && endsInPostFor(before);
  };

  /**
   * The body `the group's` or `the agency's` at token `at` stands for: the nearest registered body of a kind
   * its noun fits, named in its sentence or the one before (a quotation mark ends no sentence here).
   */
  const ownerOfBodyWord = (at: number, noun: Token | undefined): Mention | null => {
    const kinds = BODY_WORD_KINDS.get(noun?.folded ?? '');
    if (!kinds) return null;
    let crossed = 0;
    for (let index = at - 1; index >= 0; index--) {
      const mention = mentionEndingAt.get(index);
      const kind = mention ? registry.actors.get(mention.actor)?.kind : undefined;
      if (mention && kind !== undefined && kinds.includes(kind)) return mention;
      const previous = wordAt(index - 1);
      const ends = previous === undefined || SENTENCE_END_MARKS.has(previous.exact);
      if ((ends || text.slice(previous?.end, wordAt(index)?.start).includes('\n')) && ++crossed > 1) return null;
    }
    return null;
  };

  /**
   * `, who heads the Britain-based Syrian Observatory for Human Rights,` after a name: heading a body is
   * membership of it, as `, head of …` is. Where the body's name starts, past an article and its modifiers.
   */
  const headedBodyStart = (to: number): number | null => {
    if (wordAt(to)?.exact !== ',' || wordAt(to + 1)?.folded !== 'who') return null;
    if (!HEADING_VERBS.has(wordAt(to + 2)?.folded ?? '')) return null;
    let index = to + 3;
    if (ARTICLES.has(wordAt(index)?.folded ?? '')) index++;
    // Modifiers are words of the body's description, not a preposition (`who heads to Geneva`).
    for (let words = 0; words < HEADED_BODY_MODIFIERS; words++) {
      if (isLowerWord(index) && !PHRASE_ENDS.has(wordAt(index)?.folded ?? '') && wordAt(index)?.folded !== 'to')
        index++;
      else if (wordAt(index + 1)?.exact === '-' && wordAt(index + 2)?.folded === 'based') index += 3;
      else break;
    }
    return capitalisedAt(index) ? index : null;
  };

  /** A registered body named in full from token `index`: its name or alias, not a demonym (`the Iranian delegation`). */
  const namedAt = (index: number): Mention | undefined => {
    const mention = mentionStartingAt.get(index);
    return mention?.form === 'name' || mention?.form === 'alias' ? mention : undefined;
  };

  /** `, the Iranian foreign minister,` or `, Iran's ambassador,` after a name: the mention and the role in it. */
  const appositiveAfter = (to: number): { role: string; affiliation: Mention } | null => {
    const found = appositiveRole(to);
    return found?.affiliation ? { role: found.role, affiliation: found.affiliation } : null;
  };

  /** A reporting verb right after the run (`Jaafari said`) or right before it (`said Jaafari`, `according to Jaafari`). */
  const speechBeside = (from: number, to: number): boolean => {
    const after = wordAt(to);
    const before = wordAt(from - 1);
    return (
      (after?.word === true && CUE_VERBS.has(after.folded)) ||
      (before?.word === true && CUE_VERBS.has(before.folded)) ||
      (before?.folded === 'to' && wordAt(from - 2)?.folded === 'according')
    );
  };

  /**
   * A name set off after `one of` and a group of people opening its clause or joined on by `and` or `but`
   * (`One of the nurses, X,`, `and one of them, X, said`): one person of them, named. Only people: a plural role, or a pronoun with the name
   * speaking after it (`one of them, X, was sold` may be a thing), so `one of its subsidiaries, X,` names no
   * one; and only a name closed by a comma or a reporting verb, as an appositive is.
   */
  const partitiveBefore = (from: number, to: number): boolean => {
    const after = wordAt(to);
    const speaks = (index: number) => wordAt(index)?.word === true && CUE_VERBS.has(wordAt(index)?.folded ?? '');
    if (wordAt(from - 1)?.exact !== ',' || (after?.exact !== ',' && !speaks(to))) return false;
    let index = from - 2;
    const group = wordAt(index);
    if (!group?.word) return false;
    if (PEOPLE_PRONOUNS.has(group.folded)) {
      if (!speaks(to) && !speaks(to + 1)) return false;
    } else {
      const role = roleOf(group.exact);
      if (role?.person !== true || !role.plural) return false;
      index--;
      const determiner = wordAt(index)?.folded ?? '';
      if (determiner !== 'the' && !PERSONAL_POSSESSIVES.has(determiner)) return false;
    }
    const one = index - 2;
    if (wordAt(index - 1)?.folded !== 'of' || wordAt(one)?.folded !== 'one') return false;
    const before = wordAt(one - 1);
    return (
      before?.exact === ',' || ['and', 'but'].includes(before?.folded ?? '') || startsSentence({ text, tokens }, one)
    );
  };

  /** A name the registry holds as written, which the matcher chose not to link: discovery leaves it too. */
  const registeredForm = (words: readonly NameWord[]): boolean => {
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last) return false;
    const match = registry.trie.longestAt(tokens, first.from);
    return match !== null && match.end >= last.to;
  };

  /**
   * A capital the registry holds, alone before a verb or a possessive and after no preposition that makes it a
   * place: `Paris claims`, `Paris's father` (not `the court in Washington declined`).
   */
  const capitalActing = (word: NameWord): boolean => {
    const before = wordAt(word.from - 1);
    if (before?.word && /^\p{Ll}/u.test(before.exact) && wordTagged(before.exact, 'Preposition')) return false;
    const capital = registry.trie
      .longestAt(tokens, word.from)
      ?.forms.some(({ actor, form }) => form === 'metonym' && registry.actors.get(actor)?.kind === 'state');
    const next = wordAt(word.to);
    const possessive = next?.exact === "'" && wordAt(word.to + 1)?.folded === 's';
    return capital === true && (possessive || (next?.word === true && verbAfterName(word.text, next.exact)));
  };

  /** Registered mentions by the index of their first token. */
  const mentionStartingAt = new Map<number, Mention>();
  for (const [end, mention] of mentionEndingAt) {
    let index = end;
    while (index > 0 && (wordAt(index - 1)?.start ?? -1) >= mention.start) index--;
    mentionStartingAt.set(index, mention);
  }

  /**
   * Where an affiliation named after a name may start: after `of`, `at`,
   * `for`, `from` or `with` (and `the`). A body's is right after its name
   * (`Supreme Council of the Arab League`). A person's is in the name's own
   * clause or an appositive, right after the name or after a title
   * (`Fernando Cheung of the Labour Party`, `Kathryn Waters, director of the
   * gallery at Duke University,`): after any other noun the place or body is
   * the noun's (`an Andy Warhol exhibit at the University of …`), and after
   * another name it is that name's (`Alvin Yeung from the Civic Party,
   * Fernando Cheung of the Labour Party`).
   */
  const affiliationStarts = (to: number, kind: 'person' | 'organisation'): number[] => {
    const starts: number[] = [];
    const startAfter = (index: number) => (wordAt(index + 1)?.folded === 'the' ? index + 2 : index + 1);
    if (kind === 'organisation') return AFFILIATION_LINKS.has(wordAt(to)?.folded ?? '') ? [startAfter(to)] : [];
    const paired = respectiveStart(to);
    if (paired !== null) return [paired];
    let commas = 0;
    let titled = false;
    let inAffiliation = false;
    for (let index = to; index < Math.min(tokens.length, to + APPOSITIVE_TOKENS + 4); index++) {
      const token = wordAt(index) as Token;
      if (token.exact === ',') {
        if (++commas > 1 || index > to) break;
        continue;
      }
      if (!token.word && token.exact !== "'" && token.exact !== '-') break;
      if (AFFILIATION_LINKS.has(token.folded)) {
        if (index > to + commas && !titled) break;
        // `the special envoy for Yemen`: a state after a post held for a place is where it is held.
        const state = registry.actors.get(mentionStartingAt.get(startAfter(index))?.actor as ActorId)?.kind === 'state';
        if (state && endsInPostFor(text.slice(wordAt(index - 1)?.start, token.end + 1))) continue;
        starts.push(startAfter(index));
        inAffiliation = true;
      } else if (/^\p{Lu}/u.test(token.exact)) {
        // A capitalised word is the affiliation's own name, or another name: nothing after it is this one's.
        if (!inAffiliation) break;
      } else if (token.folded !== 'the') {
        inAffiliation = false;
        if (isPersonRole(token.exact)) titled = true;
      }
    }
    return starts;
  };

  /**
   * A title and its body set off by a comma before a name (`Co-founder of
   * Google, Sergey Brin`, `the president of Texas Instruments, Joan
   * Whitfield`): where the body's name starts. A place there places the
   * person by the place rules instead (`The governor of Ohio, X`).
   */
  const bodyOfTitleBefore = (from: number): number | null => {
    if (wordAt(from - 1)?.exact !== ',') return null;
    let start = from - 1;
    while (start > from - 1 - BODY_WORDS && capitalisedAt(start - 1)) start--;
    if (start === from - 1) return null;
    const of = wordAt(start - 1)?.folded === 'the' ? start - 2 : start - 1;
    return wordAt(of)?.folded === 'of' && isPersonRole(wordAt(of - 1)?.exact ?? '') ? start : null;
  };

  /**
   * Two names and their two bodies paired by `respectively` (`Kwok Ka-ki and
   * Andrew Wan of respectively Civic Party and the Democratic Party`): where
   * the body of the name ending at `to` starts, the first for the first name
   * and the second for the second; null where the text pairs nothing.
   */
  const respectiveStart = (to: number): number | null => {
    const skipThe = (index: number) => (wordAt(index)?.folded === 'the' ? index + 1 : index);
    const capitalisedFrom = (index: number) => {
      let end = index;
      while (end < index + BODY_WORDS && (capitalisedAt(end) || wordAt(end)?.exact === '-' || nameEndsAt(end))) end++;
      return end;
    };
    const respectively = (of: number) =>
      wordAt(of)?.folded === 'of' && wordAt(of + 1)?.folded === 'respectively' ? skipThe(of + 2) : null;
    // The second name: `of respectively` right after it, the second body after the first body's `and`.
    const second = respectively(to);
    if (second !== null) {
      const firstEnd = capitalisedFrom(second);
      return firstEnd > second && wordAt(firstEnd)?.folded === 'and' ? skipThe(firstEnd + 1) : null;
    }
    // The first name: `and`, the second name, then `of respectively` and the first body.
    if (wordAt(to)?.folded !== 'and') return null;
    const nameEnd = capitalisedFrom(to + 1);
    return nameEnd > to + 1 ? respectively(nameEnd) : null;
  };

  /**
   * The token index where an owner's name ends before a name: through `'s`
   * (`Civic Party's Jeremy Tam`) or right before a lower-case title (`Civil
   * Defense Authority director General Suleiman al-Amr`).
   */
  const possessorBefore = (from: number): number | undefined => {
    let index = from;
    while (index > 0 && wordAt(index - 1)?.word && /^\p{Ll}/u.test(wordAt(index - 1)?.exact ?? '')) {
      const word = wordAt(index - 1) as Token;
      if (!isPersonRole(word.exact) && !TITLE_MODIFIERS.has(word.folded)) break;
      index--;
      // A prefix joined by a hyphen is part of the title: `co-founder`, `vice-chairman`.
      const prefix = wordAt(index - 2);
      if (wordAt(index - 1)?.exact === '-' && !word.spaceBefore && prefix?.word && /^\p{Ll}/u.test(prefix.exact)) {
        index -= 2;
      }
    }
    if (wordAt(index - 1)?.folded === 's' && wordAt(index - 2)?.exact === "'") return index - 3;
    return index < from && wordAt(index - 1)?.word ? index - 1 : undefined;
  };

  /**
   * `DAB's Ben Chan and Leung Che-cheung`: a possessive before two names
   * joined by `and` owns both. Where the name at `from` is the second of such
   * a pair, the token index of the owner's last word; the first name is
   * capitalised words only, joined by hyphens at most (`Kwok Wai-keung`).
   */
  const possessorOfPair = (from: number): number | undefined => {
    if (wordAt(from - 1)?.folded !== 'and') return undefined;
    let at = from - 2;
    for (let words = 0; words < MAX_PERSON_WORDS * 3 && !isPossessive(at); words++) {
      const token = wordAt(at);
      const joined = token?.exact === '-' || (token?.spaceBefore === false && wordAt(at - 1)?.exact === '-');
      if (!token || !(capitalisedAt(at) || joined)) return undefined;
      at--;
    }
    return at < from - 2 && isPossessive(at) ? at - 2 : undefined;
  };
  /** The `s` of a possessive `'s` is at token `index`. */
  const isPossessive = (index: number) => wordAt(index)?.folded === 's' && wordAt(index - 1)?.exact === "'";

  /** An acronym just before `'s` or just after `of` beside a name (`DAB's Ben Chan`, `Frederick Fung of ADPL`): an owner. */
  const acronymOwner = (word: NameWord): boolean =>
    ACRONYM.test(word.text) &&
    ((wordAt(word.to)?.exact === "'" && wordAt(word.to + 1)?.folded === 's' && capitalisedAt(word.to + 2)) ||
      (wordAt(word.from - 1)?.folded === 'of' && nameEndsAt(word.from - 2)) ||
      acronymSpeaking(word) ||
      acronymJoinedToBody(word));
  /**
   * An acronym of three letters or more joined by `and` to a body's name before it is a body's too (`a
   * partnership between the state company Codelco and SQM`, `the World Bank and IFAD`): a pair of bodies.
   */
  const acronymJoinedToBody = (word: NameWord): boolean => {
    if (word.text.length < MIN_INITIALS || wordAt(word.from - 1)?.folded !== 'and') return false;
    const registered = mentionEndingAt.get(word.from - 2);
    if (registered) return registry.actors.get(registered.actor)?.kind === 'organisation';
    return candidates.some(
      (candidate) => candidate.kind === 'organisation' && candidate.words.at(-1)?.to === word.from - 1,
    );
  };
  /**
   * An acronym right before a reporting verb speaks for a body (`the NFL said`, `NASA announced`): initials
   * are how news names a body, seldom a person. Three letters or more, so a state's or a unit's short form
   * the registry lacks (`PM said`) is not read as one.
   */
  const acronymSpeaking = (word: NameWord): boolean => {
    const verb = wordAt(word.to);
    return word.text.length >= MIN_INITIALS && verb?.word === true && verb.spaceBefore && CUE_VERBS.has(verb.folded);
  };
  /** A name's last word ends at token `index`: a capitalised word, or one joined by a hyphen (`Kwok-hung`). */
  const nameEndsAt = (index: number): boolean =>
    capitalisedAt(index) ||
    (wordAt(index)?.spaceBefore === false &&
      wordAt(index - 1)?.exact === '-' &&
      wordAt(index - 1)?.spaceBefore === false &&
      capitalisedAt(index - 2));
  const capitalisedAt = (index: number) => /^\p{Lu}/u.test(wordAt(index)?.exact ?? '') && wordAt(index)?.word === true;

  /**
   * A noun that introduces the name right before it, through `known as`,
   * `called` or `named`: the kind it gives (`the security consultancy
   * Mandiant`, `an aide named Yuri Ushakov`).
   */
  const descriptorBefore = (
    from: number,
  ): { kind: 'person' | 'organisation'; media: boolean; noun: string; at: number } | null => {
    let index = from - 1;
    for (let linked = 0; linked < LINK_WORDS && DESCRIPTOR_LINKS.has(wordAt(index)?.folded ?? ''); linked++) index--;
    const noun = wordAt(index);
    if (!noun?.word || !/^\p{Ll}/u.test(noun.exact) || taken[index]) return null;
    // `directed by Wanjiru Kamau`, `ridden by Chad Merrow`: the doer of what only a person does.
    const participle = wordAt(index - 1);
    if (noun.folded === 'by' && participle && PERSON_ACT_PARTICIPLES.has(participle.folded)) {
      return { kind: 'person', media: false, noun: `${participle.exact} by`, at: index - 1 };
    }
    const role = roleOf(noun.exact);
    // A calling or kin noun says a person is named as well: `the chef Paris Okonjo`, `my cousin Chad Morrow`.
    if ((role?.person === true && !role.plural) || (role === undefined && PERSON_NOUNS.has(noun.folded))) {
      return { kind: 'person', media: false, noun: noun.exact, at: index };
    }
    if (MEDIA_DESCRIPTORS.has(noun.folded)) return { kind: 'organisation', media: true, noun: noun.exact, at: index };
    // `think tank` written as two words (`think-tank` is one of the descriptors).
    if (noun.folded === 'tank' && wordAt(index - 1)?.folded === 'think' && !taken[index - 1]) {
      return { kind: 'organisation', media: false, noun: 'think tank', at: index - 1 };
    }
    // A body's noun names what follows only with a determiner or a modifier before it; right after `to` it is
    // the verb of an infinitive (`wanting to study Arabic`, `voted to board Ocean Pearl`).
    if (wordAt(index - 1)?.folded === 'to') return null;
    if ((role && !role.person && !role.plural) || ORGANISATION_DESCRIPTORS.has(noun.folded)) {
      return { kind: 'organisation', media: false, noun: noun.exact, at: index };
    }
    // `the restaurant chain X`, `the brandy house X`: a trade's noun before the descriptor.
    if (tradeDescriptorAt(tokens, index)) {
      return { kind: 'organisation', media: false, noun: `${wordAt(index - 1)?.exact} ${noun.exact}`, at: index - 1 };
    }
    return null;
  };

  /**
   * A body's descriptor opening its sentence, set off by commas before the name (`A Danish toy maker, Brikkon,
   * said`, `The state broadcaster, RTK, reported`): the apposition names what the noun phrase describes. Only
   * a body's noun (a person's is `roleBeforeComma`'s), after an article and up to {@link DESCRIPTOR_MODIFIERS}
   * words (`A Belgian waffle maker`), the name closed by a comma.
   */
  const setOffDescriptorBefore = (
    from: number,
    to: number,
  ): { kind: 'organisation'; media: boolean; noun: string; at: number } | null => {
    if (wordAt(from - 1)?.exact !== ',' || wordAt(to)?.exact !== ',') return null;
    const at = from - 2;
    const noun = wordAt(at);
    if (!noun?.word || !/^\p{Ll}/u.test(noun.exact) || taken[at]) return null;
    const media = MEDIA_DESCRIPTORS.has(noun.folded);
    if (!media && !ORGANISATION_DESCRIPTORS.has(noun.folded)) {
      const role = roleOf(noun.exact);
      if (!role || role.person || role.plural) return null;
    }
    let index = at - 1;
    for (let words = 0; words < DESCRIPTOR_MODIFIERS && !ARTICLES.has(wordAt(index)?.folded ?? ''); words++) {
      if (!wordAt(index)?.word) return null;
      index--;
    }
    if (!ARTICLES.has(wordAt(index)?.folded ?? '')) return null;
    const before = wordAt(index - 1);
    const opens =
      before === undefined ||
      SENTENCE_END_MARKS.has(before.exact) ||
      text.slice(before.end, wordAt(index)?.start).includes('\n');
    return opens ? { kind: 'organisation', media, noun: noun.exact, at } : null;
  };

  /**
   * A registered state or body before a descriptor, through its modifiers:
   * the owner of what it introduces (`the US team Cloud9`, `the Iranian
   * security firm X`, `Israel's cyber agency X`).
   */
  const ownerBeforeDescriptor = (at: number): Mention | null => {
    let index = at;
    for (let words = 0; words < DESCRIPTOR_MODIFIERS; words++) {
      const token = wordAt(index - 1);
      if (!token?.word || taken[index - 1] || !/^\p{Ll}/u.test(token.exact) || NOT_NAMES.has(token.folded)) break;
      index--;
    }
    return belonging(mentionBefore(index), registry);
  };

  /**
   * A registered state or body whose name starts an organisation's name: its
   * owner (`Turkish Ministry of Defence`, `BBC News`), the organisation's affiliation.
   */
  const ownerAtStart = (words: readonly NameWord[]): { mention: Mention; words: number } | null => {
    const first = words[0];
    if (!first) return null;
    const match = registry.trie.longestAt(tokens, first.from);
    const form = match?.forms.find(
      ({ actor, form: kind }) => kind !== 'surname' && belongingKind(registry.actors.get(actor)?.kind),
    );
    const count = match ? words.findIndex((word) => word.to === match.end) + 1 : 0;
    const end = match ? wordAt(match.end - 1) : undefined;
    if (!form || !end || count <= 0 || count >= words.length) return null;
    return {
      mention: {
        actor: form.actor,
        start: first.start,
        end: end.end,
        text: text.slice(first.start, end.end),
        form: form.form,
      },
      words: count,
    };
  };

  /** Tokens `from` to `to` (exclusive) as one word of a name, read as a name whatever their case (`@netblocks`). */
  const nameWordOf = (from: number, to: number): NameWord => nameWord(text, tokens, from, to, true);

  /** Capitalised words said alone, right before a reporting verb (`Jafari said`): people's surnames. */
  const spokenAlone = new Set(
    tokens.flatMap((token, index) =>
      token.word &&
      /^\p{Lu}/u.test(token.exact) &&
      CUE_VERBS.has(wordAt(index + 1)?.folded ?? '') &&
      !capitalisedAt(index - 1)
        ? [token.exact]
        : [],
    ),
  );
  const candidates: Candidate[] = [];
  const singles: NameWord[] = [];
  const places = new Places(registry, tokens);
  for (const handle of findHandles(text, tokens, taken)) {
    for (let index = handle.from; index < handle.to; index++) taken[index] = true;
    classifyHandle(handle);
  }
  for (const run of nameRuns(text, tokens, taken)) {
    for (const part of splitAtOf(run.words)) classify(part, part[0] === run.words[0]);
  }

  /** One run (or part of one): a candidate, a single word to resolve later, or nothing. */
  function classify(runWords: readonly NameWord[], startsRun: boolean): void {
    let words = [...runWords];
    const edge = (word: NameWord | undefined) =>
      word !== undefined && (NOT_NAMES.has(word.lower) || NAME_PARTICLES.has(word.lower));
    // A foreign article or particle written with a capital opens the name it belongs to (`Le Monde`, `Der
    // Spiegel`, `De Gaulle`); the English connectors do not (`Of the …` opening a sentence).
    const opening = (word: NameWord | undefined) =>
      word !== undefined &&
      (NOT_NAMES.has(word.lower) ||
        (NAME_PARTICLES.has(word.lower) &&
          !(words.length > 1 && /^\p{Lu}/u.test(word.text) && !['of', 'for'].includes(word.lower))));
    while (opening(words[0])) words = words.slice(1);
    while (edge(words.at(-1))) words = words.slice(0, -1);
    // `Pan-democrat Lam Cheuk-ting`: a capitalised compound before a romanised name describes the person; one
    // that is a title (`Scrum-half Rhys Wales`, `Co-founder X`) is read as a title below.
    const compound = words[0]?.text ?? '';
    if (
      words.length === 3 &&
      /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(compound) &&
      !isTitleNear(compound) &&
      isPersonShaped(words.slice(1))
    ) {
      words = words.slice(1);
    }
    // A body's name and then a person's title: `State Department Spokesperson`. The title names no body.
    if (words.length >= 2 && isPersonRole(words.at(-1)?.text ?? '') && words.slice(0, -1).some(isHead)) {
      words = words.slice(0, -1);
    }
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last || words.some((word) => word.capitalised && NOT_NAMES.has(word.lower))) return;
    if (registeredForm(words)) {
      // A registered name the settling step left unlinked as a person's surname (`Ms. Jordan`) may be a short form,
      // and so may a capital before a verb or a possessive (`Paris claims`, `Paris's father` after `Valeska Paris`).
      const [only] = words;
      if (words.length === 1 && only && (surnameAlone(tokens, only) || capitalActing(only))) singles.push(only);
      return;
    }
    // `Marks & Spencer`, `Harbour & Vine`: one word on each side of `&` and nothing capitalised around them.
    const joined = words.length === 1 && startsRun ? firmJoinedAfter(last) : null;
    if (joined) {
      candidates.push({ kind: 'organisation', words: [joined], cue: 'organisation', affiliation: null, after: [] });
      return;
    }
    // `Evergreen Aviation & Space Museum`: a name joined by `&` runs on past what the run holds.
    if (wordAt(last.to)?.exact === '&' || wordAt(first.from - 1)?.exact === '&') return;
    // `Operation Olive Branch`: a military or police operation, an event and no actor.
    if (EVENT_FIRST_WORDS.has(first.lower)) return;
    // `a Swiss Army knife`: the run opens an everyday compound, a thing.
    if (startsRun && first === runWords[0] && opensEverydayCompound(words)) return;
    // `the bulk carrier Ghana Pride`, `the band Radiohead`: a vessel's, an animal's or a band's name, no actor.
    const thing = startsRun && first === runWords[0] ? thingNounBefore(tokens, first.from) : null;
    if (thing && (!thing.setOff || SET_OFF_CLOSERS.has(wordAt(last.to)?.exact ?? '.'))) return;
    // `Irish Rover, a six-year-old gelding,`: an appositive says the name is an animal's or a vessel's.
    if (thingNounAfter(tokens, last.to)) return;
    // `Lake Chad`, `Mount Kenya`: a place, unless a body's head ends it (`Lake Chad Basin Commission`).
    if (PLACE_FIRST_WORDS.has(first.lower) && !isHead(last)) return;
    // `the West Bank`: a compass point and one head word is a region, not a body, unless the name runs on
    // (`West Bank Water Authority`, `East Bank of Ghana`) or speaks (`East Bank said`).
    const after = wordAt(last.to);
    if (
      words.length === 2 &&
      COMPASS_POINTS.has(first.lower) &&
      isHead(last) &&
      !['of', 'for'].includes(after?.folded ?? '') &&
      !CUE_VERBS.has(after?.folded ?? '')
    ) {
      return;
    }
    // `Sudan's White Nile state`, `Hasakah province`: a name before a division's noun in lower case is a place's,
    // unless a noun runs on from it (`Borno state governor`, `Rossiya state television`).
    const following = wordAt(last.to + 1);
    if (
      after?.word &&
      DIVISION_NOUNS.has(after.exact) &&
      !(following?.word && /^\p{Ll}/u.test(following.exact) && wordTagged(following.exact, 'Noun'))
    ) {
      return;
    }
    // `in southern New Mexico`: a division's name of two words or more is a place, whatever verb follows it (one
    // word may be a surname: `England said`).
    if (words.length >= 2 && places.isDivision(first.from, last.to)) return;
    // `the State and Homeland Security Departments`: a plural head names several bodies, none of them in full.
    const singular = last.lower.endsWith('ies') ? `${last.lower.slice(0, -3)}y` : last.lower.replace(/s$/u, '');
    if (singular !== last.lower && isHead({ ...last, lower: singular }) && !isHead(last)) return;
    const atRunStart = startsRun && first === runWords[0];

    // Titles at the head of the run end at its last title word: `Prime Minister`, `Gen.`, `Environment Minister`.
    let titleEnd = 0;
    for (let index = 0; index < words.length - 1; index++) {
      const word = words[index] as NameWord;
      // `Major` spelled out is a rank before a given name (`Major Mike Jordan`), a word elsewhere (`Major League`).
      const rank = RANKS_BEFORE_GIVEN_NAMES.has(word.lower) && isGivenName(words[index + 1]?.text ?? '');
      // A title word before an organisation's head names the body, not a person: `Muslim Student Association`.
      // A calling or kin noun opening the run is a title too: `Saxophonist Omar Cuba`, `Cousin Chad Morrow`.
      const calling =
        index === 0 &&
        roleOf(word.lower)?.plural !== true &&
        (PERSON_NOUNS.has(word.lower) ||
          heldForOneself(word.text) ||
          (OPENING_POSITIONS.has(word.lower) && startsSentence({ text, tokens }, word.from)));
      if ((isTitleNear(word.text) || isHonorific(word) || rank || calling) && !isHead(words[index + 1])) {
        titleEnd = index + 1;
      }
    }
    const headIndex = words.findIndex(
      (word, index) =>
        isHead(word) && (index === words.length - 1 || ['of', 'for', 'on'].includes(words[index + 1]?.lower ?? '')),
    );
    const gluedPerson = titleEnd === 0 ? personEndingName(words) : null;
    if (gluedPerson) {
      const body = words.slice(0, -gluedPerson.length);
      classify(body, startsRun);
      const found = candidates.length;
      classify(gluedPerson, false);
      // A body's name right before a person's (`…Islamic Relations Alia Salem said`) owns the person,
      // as `University of Texas Arlington Amneh Jafari` does.
      const person = candidates[found];
      if (person?.kind === 'person' && person.possessor === undefined && body.some(isHead)) {
        person.possessor = (body.at(-1) as NameWord).to - 1;
      }
      return;
    }
    if (titleEnd === 0 && headIndex >= 0) {
      const person = personEndingOrganisation(words, headIndex);
      if (person) {
        classify(words.slice(0, -person.length), startsRun);
        const owner = words.at(-person.length - 1) as NameWord;
        candidates.push({
          kind: 'person',
          words: person,
          cue: 'speaker',
          affiliation: null,
          after: [],
          possessor: owner.to - 1,
        });
        return;
      }
      // An owner named before a descriptor wins over a demonym in the name, which may be the name's own word:
      // `North Korea's main news agency Korean Central News Agency`.
      const descriptorAt = atRunStart ? descriptorBefore(first.from)?.at : undefined;
      const describedOwner = descriptorAt === undefined ? null : ownerBeforeDescriptor(descriptorAt);
      const startOwner = ownerAtStart(words);
      const owner = describedOwner && describedOwner.actor !== startOwner?.mention.actor ? null : startOwner;
      const inName = owner ? null : (describedOwner ?? ownerAtEnd(words));
      const ownerAfter = owner || inName ? null : ownerAfterName(last.to);
      const endOwner = inName ?? ownerAfter;
      const affiliation =
        owner?.mention ?? endOwner ?? (atRunStart ? belonging(mentionBefore(first.from), registry) : null);
      // `Party` or `Church` alone is no one's name; `Lebanese Army` is.
      if (words.length < 2 && !affiliation) return;
      // `told The Huffington Post`: a paper's name carries its article where a capital says so, inside a sentence
      // (opening one, `The` is capitalised anyway and the name is read without it).
      const opener = runWords[0];
      const article =
        startsRun &&
        PAPER_HEADS.has(last.lower) &&
        opener?.text === 'The' &&
        runWords[1] === first &&
        !startsSentence({ text, tokens }, opener.from)
          ? opener
          : null;
      candidates.push({
        kind: 'organisation',
        ...(quotedModifier(first.from, last.to) ? { modifier: true } : {}),
        words: article ? [article, ...words] : words,
        cue: 'organisation',
        affiliation,
        head: words[headIndex]?.lower ?? '',
        ...(owner ? { ownerWords: owner.words + (article ? 1 : 0) } : {}),
        ...(inName ? { ownerOf: 'own-name' as const } : ownerAfter ? { ownerOf: 'after' as const } : {}),
        after: affiliationStarts(last.to, 'organisation'),
        ...(atRunStart ? { possessor: possessorBefore(first.from) } : {}),
      });
      return;
    }
    // `Air Canada`, `Royal Jordanian`: an airline named with its state, as the settling step reads it.
    const airlineOf = titleEnd === 0 ? airlineState(words) : null;
    if (airlineOf) {
      candidates.push({
        kind: 'organisation',
        words,
        cue: 'organisation',
        affiliation: airlineOf,
        ownerOf: 'own-name',
        after: [],
      });
      return;
    }
    // `The Victorian Turkish baths`: a run ending in a demonym before a noun describes a thing.
    if (isDemonymWord(last) && nounAfter(last.to)) return;
    const descriptor =
      atRunStart && titleEnd === 0
        ? (descriptorBefore(first.from) ?? setOffDescriptorBefore(first.from, last.to))
        : null;
    const described = titleEnd === 0 ? organisationAppositive(last.to) : null;
    const reported =
      titleEnd === 0 &&
      (words.length === 1
        ? reportsAfter(first.from, last.to)
        : whatItIsBeforeVerb(last.to) && reportsAfter(first.from, last.to));
    const source = reported || (words.length === 1 && titleEnd === 0 && citedSource(first));
    const operator = atRunStart && titleEnd === 0 && (operatorAfter(first.from, words) || employerAfterRole(words));
    const firm = titleEnd === 0 && (firmAfterState(words) || clubAfterState(words) || clubInGame(words));
    if (descriptor?.kind === 'organisation' || described || source || operator || firm) {
      if (words.some((word) => !word.capitalised) && words.length > MAX_PERSON_WORDS) return;
      // A name beside `reported` is an outlet; one cited (`according to Kpler`) may be any body.
      const head = descriptor
        ? descriptor.media
          ? 'news'
          : undefined
        : (described ?? (reported ? 'news' : undefined));
      const owner =
        (descriptor ? ownerBeforeDescriptor(descriptor.at) : null) ??
        ownerAtStart(words)?.mention ??
        // The owner's word in the appositive that says what the body is: `Ambrey, a British … firm`.
        (described ? belonging(mentionEndingAt.get(last.to + 2), registry) : null) ??
        // A possessive owner before a source: `Lebanon's al-Manar television said`.
        (atRunStart && !descriptor ? belonging(mentionBefore(first.from), registry) : null);
      candidates.push({
        kind: 'organisation',
        words,
        cue: descriptor || described ? 'descriptor' : operator || firm ? 'organisation' : 'speaker',
        affiliation: owner,
        ...(owner ? { ownerOf: 'own-name' as const } : {}),
        ...(head ? { head } : {}),
        after: affiliationStarts(last.to, 'organisation'),
      });
      return;
    }
    let nameWords = words.slice(titleEnd);
    // `Minister of Education Stefania Giannini`: the title's complement is not the name.
    const complement = titleEnd > 0 && nameWords[0] !== undefined && NAME_PARTICLES.has(nameWords[0].lower);
    if (complement) nameWords = nameWords.slice(-2);
    const nameFirst = nameWords[0];
    if (!nameFirst) return;
    if (nameWords.length === 1) {
      if (titleEnd === 0 && acronymOwner(nameFirst)) {
        candidates.push({ kind: 'organisation', words: nameWords, cue: 'organisation', affiliation: null, after: [] });
      } else if (nameFirst.capitalised && !ACRONYM.test(nameFirst.text)) {
        singles.push(nameFirst);
      }
      return;
    }
    // `Alternative for Germany`, `Brothers of Italy`: a proper name ending in a state's after `of` or `for`, as the
    // settling step reads it, names a body (a party, a movement) of that state, whatever its head.
    const owned = nameEndingInState(words);
    if (owned) {
      candidates.push({
        kind: 'organisation',
        words: owned.words,
        cue: 'organisation',
        affiliation: owned.state,
        ownerOf: 'own-name',
        after: [],
      });
      return;
    }
    if (nameWords.length > MAX_PERSON_WORDS) return;
    if (nameWords.some((word) => ACRONYM.test(word.text) || !word.capitalised)) return;
    if (registeredForm(nameWords)) return;
    const nameText = text.slice(nameFirst.start, last.end);
    if (complement && nameKind(nameText) !== 'person') return;
    const titleWords = words.slice(0, titleEnd);
    const titleRole = titleWords.length > 0 ? text.slice(first.start, titleWords.at(-1)?.end) : undefined;
    const lowerTitle =
      titleEnd === 0 && atRunStart
        ? (titleBefore(first.from) ??
          officeBefore(first.from) ??
          ownerTitleBeforeComma(first.from) ??
          roleBeforeComma(first.from, last.to))
        : null;
    const ownAffiliation =
      titleEnd > 0
        ? // The title with its complement: `Governor of Washington Chris Gregoire`.
          (registeredIn(words.slice(0, words.length - nameWords.length)) ??
          (atRunStart ? (belonging(mentionBefore(first.from), registry) ?? governedBy(first.from)) : null))
        : null;
    const appositive = appositiveAfter(last.to);
    const headed = titleEnd === 0 ? headedBodyStart(last.to) : null;
    // A role in an appositive naming no registered body (`, a security analyst at the University of X,`) is
    // still the person's role, though no affiliation or cue.
    const role =
      titleRole ??
      lowerTitle?.role ??
      appositive?.role ??
      (ARTICLES.has(wordAt(last.to + 1)?.folded ?? '') ? appositiveRole(last.to)?.role : undefined);
    const affiliation =
      ownAffiliation ??
      lowerTitle?.affiliation ??
      appositive?.affiliation ??
      (headed === null ? null : belonging(namedAt(headed), registry));
    const speech = speechBeside(first.from, last.to);
    // `Faruk Hossain, a spokesman for the city police,`: a person's role set off after a name says whose it is.
    // So does a name set off after one of a group of people (`One of the nurses, X, said`).
    const roleAppositive =
      (role !== undefined && ARTICLES.has(wordAt(last.to + 1)?.folded ?? '')) ||
      bareRoleOf(last.to) ||
      (atRunStart && titleEnd === 0 && partitiveBefore(first.from, last.to));
    const cue: DiscoveryCue | null =
      titleRole || lowerTitle
        ? 'title'
        : appositive || headed !== null || roleAppositive
          ? 'appositive'
          : descriptor
            ? 'descriptor'
            : givenNameReading(nameWords) || isRomanisedName(nameWords.map(({ text: word }) => word))
              ? 'given-name'
              : speech
                ? 'speaker'
                : null;
    // A memorial, an airport or a district is a place, whoever it is named after.
    if (PLACE_HEADS.has(last.lower)) return;
    const tagged = cue ?? nameKind(nameText);
    if (tagged === null) return;
    // An acronym that owns the title (`NASA Administrator Charles Bolden`) is an organisation of its own.
    const titleOwner = titleEnd > 0 && ACRONYM.test(first.text) && !registeredForm([first]) ? first : null;
    if (titleOwner) {
      candidates.push({ kind: 'organisation', words: [titleOwner], cue: 'title', affiliation: null, after: [] });
    }
    const possessor = atRunStart ? (possessorBefore(first.from) ?? possessorOfPair(first.from)) : undefined;
    if (possessor !== undefined) organisationOwningTitle(possessor);
    const acronymPossessor = possessor !== undefined && ACRONYM.test(wordAt(possessor)?.exact ?? '');
    const appositiveBody = bodyBeforeRole(last.to);
    const namedOwner = appositiveBody
      ? text.slice(wordAt(appositiveBody.from)?.start, wordAt(appositiveBody.to - 1)?.end)
      : acronymPossessor
        ? wordAt(possessor)?.exact
        : undefined;
    const titledBody = atRunStart ? bodyOfTitleBefore(first.from) : null;
    if (titledBody !== null && wordAt(titledBody + 1)?.exact === ',') organisationOwningTitle(titledBody);
    const links = {
      after: [
        ...(titleOwner ? [titleOwner.from] : []),
        ...(titledBody !== null ? [titledBody] : []),
        ...(headed !== null ? [headed] : []),
        ...affiliationStarts(last.to, 'person'),
      ],
      ...(possessor !== undefined ? { possessor } : {}),
      ...(namedOwner !== undefined ? { namedOwner } : {}),
    };
    // A source beside a reporting verb whose name is no person's: everyday words (`according to Recorded
    // Future`) or a plural noun at its end (`according to Meridian Analytics`; a surname such as `Williams`
    // is a person's), not unknown ones (`according to Hamdullah Mohib`).
    const everyday = (word: NameWord) => wordTagged(word.text, 'Adjective', 'Verb') && !wordTagged(word.text, 'Person');
    const pluralNoun = (word: NameWord) => wordTagged(word.text, 'Plural') && !wordTagged(word.text, 'Person');
    // Nor is a name ending in a state's that no given name opens (`Statistics Canada said`; `Gary Israel said`
    // is a person's).
    const agencyOfState = isStateWord(last) && !isGivenName(nameFirst.text);
    const notPerson =
      tagged === 'speaker' &&
      !role &&
      nameKind(nameText) !== 'person' &&
      (nameWords.some(everyday) || pluralNoun(last) || agencyOfState);
    if (tagged === 'organisation' || notPerson) {
      const startOwner = ownerAtStart(nameWords)?.mention ?? null;
      candidates.push({
        kind: 'organisation',
        words: nameWords,
        cue: notPerson ? 'speaker' : 'tagger',
        // A state's demonym or name that opens the name is its owner, and the name's own word (`Italian Episcopal
        // Conference`): the name keeps it.
        affiliation: startOwner,
        ...(startOwner ? { ownerOf: 'own-name' as const } : {}),
        ...(possessor !== undefined ? { possessor } : {}),
        after: [...(titleOwner ? [titleOwner.from] : []), ...affiliationStarts(last.to, 'organisation')],
      });
      return;
    }
    // `the Annie Oakley screen print`, `an Andy Warhol exhibit`: a name after an article and before a noun names
    // a thing after the person and says nothing of the person acting, so it is no evidence of an actor; it is
    // linked when the person is discovered elsewhere in the briefing.
    const modifier =
      tagged === 'person' && atRunStart && ARTICLES.has(wordAt(first.from - 1)?.folded ?? '') && nounAfter(last.to);
    const bare = atRunStart && titleEnd === 0;
    // A state's demonym before a role held for oneself (`American economist X`, `X, a British observer with a
    // monitoring mission,`) gives a nationality, not an office; so does a state's name before a coach's, a
    // player's or a judge's role (`Georgia coach X`, `U.S. District Judge X`): a team or a court is no state's voice.
    const roleGiver =
      ownAffiliation !== null && titleRole !== undefined
        ? { role: titleRole, affiliation: ownAffiliation }
        : (lowerTitle ?? appositive);
    const giver = roleGiver?.affiliation;
    const ofState = giver != null && (giver.form === 'demonym' || registry.actors.get(giver.actor)?.kind === 'state');
    const privateTitle = ofState && heldForOneself(roleGiver?.role ?? '');
    const found = privateTitle
      ? null
      : (affiliation ??
        (bare ? belonging(ownerBefore(first.from), registry) : null) ??
        (atRunStart ? (stateOfOpeningPlace(first.from, role) ?? ownerOfBodyRole(first.from)) : null) ??
        homeStateFor(titleRole ?? lowerTitle?.role, first.from));
    const owner = found && servesPlace(found, role) ? null : found;
    const nationality =
      (privateTitle ? (roleGiver?.affiliation ?? null) : null) ??
      (owner === null && bare ? (demonymBefore(first.from) ?? memberNounBefore(first.from, last.to)) : null);
    candidates.push({
      kind: 'person',
      ...(modifier ? { modifier } : {}),
      words: nameWords,
      cue: tagged === 'person' ? 'tagger' : tagged,
      ...(role ? { role } : {}),
      affiliation: owner ?? nationality,
      ...(nationality ? { nationality: true as const } : {}),
      ...links,
    });
  }

  /**
   * An account handle is discovered when something says whose it is: a
   * descriptor before it (`the monitoring group @GeoConfirmed`), else the
   * tagger on its words (`@JoeBiden` read as `Joe Biden`). A bare handle the
   * tagger cannot place (`@netblocks`) is left: it may be a product or a feed.
   */
  /**
   * A handle that does something (`@AuroraWatch mapped the convoy`,
   * `@kyiv_desk said`) is an account acting, so an actor: a person's where
   * its words open with a given name, else an organisation's. A handle
   * before a noun names an account, not who runs it (`his @POTUS account`).
   */
  function handleActing(to: number, spelled: string): 'person' | 'organisation' | null {
    const next = wordAt(to);
    if (!next?.word || !next.spaceBefore || !/^\p{Ll}/u.test(next.exact)) return null;
    const acts = CUE_VERBS.has(next.folded) || wordTagged(next.exact, 'PastTense');
    if (!acts) return null;
    return isGivenName(spelled.split(' ')[0] ?? '') && spelled.includes(' ') ? 'person' : 'organisation';
  }

  function classifyHandle(handle: Handle): void {
    const descriptor = descriptorBefore(handle.at);
    const spelled = handle.text.replace(/(?<=\p{Ll})(?=\p{Lu})|_/gu, ' ').trim();
    // `the researchers @RiverTrack`: people in the plural before one account make it a group's.
    const role = wordAt(handle.at - 1)?.word ? roleOf(wordAt(handle.at - 1)?.exact ?? '') : undefined;
    const group = role?.person === true && role.plural ? 'organisation' : null;
    const kind = descriptor?.kind ?? group ?? nameKind(spelled) ?? handleActing(handle.to, spelled);
    if (kind === null) return;
    candidates.push({
      kind,
      words: [nameWordOf(handle.from, handle.to)],
      cue: descriptor ? 'descriptor' : 'tagger',
      affiliation: null,
      ...(descriptor?.media ? { head: 'news' } : {}),
      after: affiliationStarts(handle.to, kind),
    });
  }

  /**
   * The run alone, or with up to `MAX_COMPOUND_WORDS` lower-case words after
   * it, makes one of the registry's everyday compounds (`Fiji Water` written
   * in title case, `Swiss Army knife`, `Chinese New Year`), as the settling
   * step reads them: a thing, whatever follows it (`bottles Fiji Water said`), but a firm in a sentence
   * about its business.
   */
  function opensEverydayCompound(words: readonly NameWord[]): boolean {
    let compound = words.map((word) => word.lower).join(' ');
    const last = words.at(-1)?.lower ?? '';
    const opening = words
      .slice(0, -1)
      .map((word) => `${word.lower} `)
      .join('');
    // A firm named like one, in a sentence about its business, is the firm (`Shares in Canada Goose fell`).
    const firm = () => businessWordNear(tokens, words[0]?.from ?? 0, words.at(-1)?.to ?? 0) !== null;
    if (
      words.length > 1 &&
      singulars(last).some((singular) => registry.everydayCompounds.has(opening + singular)) &&
      !firm()
    ) {
      return true;
    }
    let index = words.at(-1)?.to ?? 0;
    for (let count = 0; count < MAX_COMPOUND_WORDS; count++) {
      const next = wordAt(index);
      if (!next?.word || !next.spaceBefore || !/^\p{Ll}/u.test(next.exact)) break;
      const leading = compound;
      const noun = next.folded.replace(/-/gu, '');
      if (singulars(noun).some((singular) => registry.everydayCompounds.has(`${leading} ${singular}`))) return true;
      compound = `${leading} ${noun}`;
      index++;
    }
    return false;
  }

  /**
   * A state's name and one more word in a sentence about a company's
   * business (`Shares in China Mobile fell`), as the settling step reads it:
   * a firm named after the state.
   */
  function firmAfterState(words: readonly NameWord[]): boolean {
    const [opening, second] = words;
    if (words.length !== 2 || !opening || !second || !secondWordOfFirm(registry, tokens, second.from)) return false;
    const match = registry.trie.longestAt(tokens, opening.from);
    const state = match?.forms.some(
      ({ actor, form }) => (form === 'name' || form === 'alias') && registry.actors.get(actor)?.kind === 'state',
    );
    return state === true && match?.end === opening.to && businessWordNear(tokens, opening.from, second.to) !== null;
  }

  /**
   * A club's name that opens with a state's, in a sentence about a game (`the Jamaica Tallawahs beat`, `the
   * Guyana Amazon Warriors won`), as the settling step reads it: a body named after the state.
   */
  /**
   * `Argentinos Juniors drew 1-1 with Boca Juniors`: a name of two or three words ending in the plural of an
   * everyday word that is no body's or place's head (a club's nickname: `Juniors`, `Warriors`, `Rovers`), opening
   * with no given name, in a sentence about a game, names a club, as a state's name before such a plural does.
   * A surname in `-s` is no everyday plural (`Hayley Matthews scored`).
   */
  function clubInGame(words: readonly NameWord[]): boolean {
    const [opening, last] = [words[0], words.at(-1)];
    if (!opening || !last || words.length < 2 || words.length > 3 || isGivenName(opening.text)) return false;
    if (!/\p{Ll}s$/u.test(last.text) || last.lower.endsWith('ss') || !everydayWord(last.lower)) return false;
    if ([ORGANISATION_HEADS, PLACE_HEADS, GENERIC_ORGANISATION_WORDS].some((set) => set.has(last.lower))) return false;
    if (/^['‘"“]$/u.test(wordAt(opening.from - 1)?.exact ?? '')) return false;
    return aboutGame({ text, tokens }, opening.from);
  }

  function clubAfterState(words: readonly NameWord[]): boolean {
    const [opening, last] = [words[0], words.at(-1)];
    if (!opening || !last || words.length < 2) return false;
    const match = registry.trie.longestAt(tokens, opening.from);
    const state = match?.forms.some(
      ({ actor, form }) => (form === 'name' || form === 'alias') && registry.actors.get(actor)?.kind === 'state',
    );
    if (state !== true || match?.end !== opening.to) return false;
    // `The film 'Cuba Libre Nights' won`: a title in quotes is a work's, not a club's.
    if (/^['‘"“]$/u.test(wordAt(opening.from - 1)?.exact ?? '')) return false;
    return clubName({ text, tokens }, opening.from, opening.to)?.name === text.slice(opening.start, last.end);
  }

  /**
   * A name of two words or more after what runs a place or a business (`a
   * mine run by Barrick Gold`, `the port operated by Castlegate Logistics`):
   * a body, unless it opens with a given name or the tagger finds a person
   * (`a bakery run by Amina Okafor`).
   */
  function operatorAfter(from: number, words: readonly NameWord[]): boolean {
    if (wordAt(from - 1)?.folded !== 'by' || !OPERATOR_PARTICIPLES.has(wordAt(from - 2)?.folded ?? '')) return false;
    const [opening, last] = [words[0], words.at(-1)];
    if (!opening || !last) return false;
    // `a pipeline run by Shell`: one word is a body's name as a cited source's is.
    if (words.length === 1) return singleBodyName(opening);
    if (isGivenName(opening.text)) return false;
    return nameKind(text.slice(opening.start, last.end)) !== 'person';
  }

  /**
   * A name of two words or more where a person's appositive role is held (`X, a logistics manager at Norvik
   * Cargo, said`): the body the person works at, closed by the appositive's comma or the sentence's end. Not a
   * name that opens with a given name or that the tagger finds a person's, nor a place's (`a nurse at St
   * Luke's Hospital`).
   */
  function employerAfterRole(words: readonly NameWord[]): boolean {
    const [opening, last] = [words[0], words.at(-1)];
    if (!opening || !last || words.length < 2 || wordAt(opening.from - 1)?.folded !== 'at') return false;
    const role = wordAt(opening.from - 2);
    if (!role?.word || !isPersonRole(role.exact)) return false;
    // Up to two lower-case words qualify the role after its article, which a comma sets off from the name.
    let index = opening.from - 3;
    for (
      let count = 0;
      count < BARE_ROLE_MODIFIERS && isLowerWord(index) && !ARTICLES.has(wordAt(index)?.folded ?? '');
      count++
    ) {
      index--;
    }
    if (!ARTICLES.has(wordAt(index)?.folded ?? '') || wordAt(index - 1)?.exact !== ',') return false;
    if (!SET_OFF_CLOSERS.has(wordAt(last.to)?.exact ?? '.')) return false;
    if (isGivenName(opening.text) || PLACE_HEADS.has(last.lower)) return false;
    return nameKind(text.slice(opening.start, last.end)) !== 'person';
  }

  /**
   * A single word cited as a source (`according to Kentik`, `confirmed by
   * NetBlocks`): an outlet or a firm, unless it is the surname of a person
   * named before it (`according to Barhoum`) or a given name (`according to Ahmed`).
   */
  function citedSource(word: NameWord): boolean {
    const before = wordAt(word.from - 1)?.folded;
    const cue = wordAt(word.from - 2)?.folded ?? '';
    if (!((before === 'to' && cue === 'according') || (before === 'by' && SOURCE_PARTICIPLES.has(cue)))) return false;
    return singleBodyName(word);
  }

  /**
   * A single word after a cue for a body (a source's, an operator's) is the body's name: not a word before a
   * noun that describes the body, the surname of a person named before it, or a given name.
   */
  function singleBodyName(word: NameWord): boolean {
    // `according to Western diplomats`: a word before a noun describes the source, it is not its name
    // (`confirmed by Kpler on Monday` is, and so is a name before what it is: `Yonhap news agency`).
    const next = wordAt(word.to);
    const isBodyNoun = (token: Token | undefined) =>
      token !== undefined && (MEDIA_DESCRIPTORS.has(token.folded) || isOrganisationNoun(token.folded));
    if (
      next?.word &&
      /^\p{Ll}/u.test(next.exact) &&
      !NOT_NAMES.has(next.folded) &&
      !isBodyNoun(next) &&
      !(next.folded === 'news' && isBodyNoun(wordAt(word.to + 1)))
    ) {
      return false;
    }
    const bare = word.text.replace(/['’]s$/u, '');
    const surnameOfEarlier = candidates.some(
      (candidate) =>
        candidate.kind === 'person' &&
        surnameOf(text.slice(candidate.words[0]?.start, candidate.words.at(-1)?.end)) === bare,
    );
    return !surnameOfEarlier && !isGivenName(bare);
  }

  /** A noun that says a name is a body's: `firm`, `agency`, `group`, `army`. */
  function isOrganisationNoun(folded: string): boolean {
    const role = roleOf(folded);
    return (
      ORGANISATION_HEADS.has(folded) ||
      ORGANISATION_DESCRIPTORS.has(folded) ||
      (role !== undefined && !role.person && !role.plural)
    );
  }

  /**
   * An appositive after a name that says it is a body: `The Peshmerga, the
   * armed forces of the Kurdistan Region,`, `Hengaw, a rights group based in
   * Norway`, `Ambrey, a British maritime security firm`. Its head noun (the
   * last of up to {@link APPOSITIVE_HEAD_WORDS} lower-case words after `the`
   * or `a` and a registered owner's word) must end the phrase, so `the agency's
   * head` or `the party leader` (a person) is no body. Returns the head noun.
   */
  function organisationAppositive(to: number): string | null {
    if (wordAt(to)?.exact !== ',' || !ARTICLES.has(wordAt(to + 1)?.folded ?? '')) return null;
    let index = to + 2;
    // A registered owner's word before the noun phrase, such as a demonym: `a British maritime security firm`.
    if (taken[index] && capitalisedAt(index) && !taken[index - 1]) index++;
    const from = index;
    // A relative clause may open with no `that`: `the group the UK government banned`.
    const phraseEnd = (word: Token) => PHRASE_ENDS.has(word.folded) || word.folded === 'the';
    let head: Token | undefined;
    while (index < from + APPOSITIVE_HEAD_WORDS) {
      const token = wordAt(index);
      if (!token?.word || !/^\p{Ll}/u.test(token.exact) || phraseEnd(token)) break;
      head = token;
      index++;
    }
    const next = wordAt(index);
    if (!head || (next !== undefined && next.word && !phraseEnd(next))) return null;
    if (next !== undefined && !next.word && next.exact !== ',' && next.exact !== '.' && next.exact !== ';') return null;
    if (!isOrganisationNoun(head.folded) && !MEDIA_DESCRIPTORS.has(head.folded)) return null;
    return MEDIA_DESCRIPTORS.has(head.folded) && !ORGANISATION_HEADS.has(head.folded) ? 'news' : head.folded;
  }

  /**
   * A single unregistered word owning a title before a name, that the tagger
   * knows for an organisation's (`Google co-founder Sergey Brin`, `Facebook's
   * spokesman X`): an organisation of its own, so the person's affiliation.
   * Only a word the tagger knows: `Texas senator X` names a place.
   */
  function organisationOwningTitle(index: number): void {
    const token = wordAt(index);
    if (!token?.word || taken[index] || !/^\p{Lu}/u.test(token.exact) || NOT_NAMES.has(token.folded)) return;
    // One word standing alone: `Civic Party's` is a name of its own, found by its head word.
    if (capitalisedAt(index - 1) && wordAt(index)?.spaceBefore) return;
    const word = nameWordOf(index, index + 1);
    if (registeredForm([word]) || candidates.some(({ words }) => words[0]?.from === index)) return;
    if (nameKind(token.exact) !== 'organisation') return;
    candidates.push({ kind: 'organisation', words: [word], cue: 'title', affiliation: null, after: [] });
  }

  /**
   * Two names in one run, an organisation's and then a person's
   * (`University of Texas Arlington Amneh Jafari`), told apart by the
   * person's surname said alone elsewhere in the briefing with a reporting
   * verb (`Jafari said`): the person's two words after the organisation's.
   */
  function personEndingOrganisation(words: readonly NameWord[], headIndex: number): NameWord[] | null {
    const person = words.slice(-2);
    const [given, surname] = person;
    // The organisation keeps its head and at least one word after `of`: `University of Texas`.
    if (!given || !surname || words.length - 2 < headIndex + 3 || words[headIndex + 1]?.lower !== 'of') return null;
    if (!given.capitalised || isHead(given) || isHead(surname) || NAME_PARTICLES.has(given.lower)) return null;
    return spokenAlone.has(surname.text) ? person : null;
  }

  /**
   * A name that fills a quotation and modifies the noun after it (`known as
   * "Super District Council" seats`): it names a thing, seats or a prize,
   * and is no evidence of a body; linked only where the body acts elsewhere.
   */
  function quotedModifier(from: number, to: number): boolean {
    const open = wordAt(from - 1)?.exact ?? '';
    const close = wordAt(to)?.exact ?? '';
    const quoted = (open === '"' && close === '"') || (open === '“' && close === '”');
    return quoted && nounAfter(to + 1);
  }

  /** A lower-case word at `index` that is no reporting verb, function word or title: the noun a name modifies. */
  function nounAfter(index: number): boolean {
    const token = wordAt(index);
    if (!token?.word || !/^\p{Ll}/u.test(token.exact) || NOT_NAMES.has(token.folded)) return false;
    // No tagger here: alone, it reads `screen` or `exhibit` as a verb. A person's name after an article is
    // rare enough that the reporting verbs, the function words and the titles are the exceptions to rule out.
    return !CUE_VERBS.has(token.folded) && !isRoleNoun(token.exact) && !isOrganisationNoun(token.folded);
  }

  /**
   * A person's name glued to the end of another name, where the run lost the
   * punctuation or the registered word between them (`Council on
   * American-Islamic Relations Alia Salem said`): a given name and one more
   * word after two or more words of which none is a given name. The person's
   * two words.
   */
  function personEndingName(words: readonly NameWord[]): NameWord[] | null {
    if (words.length < 4) return null;
    const person = words.slice(-2);
    const before = words.slice(0, -2);
    const [given, surname] = person;
    if (!given || !surname || !isGivenName(given.text) || !surname.capitalised || isHead(surname)) return null;
    return before.some((word) => isGivenName(word.text) || NAME_PARTICLES.has(word.lower)) ? null : person;
  }

  /**
   * What a body is, lower case, between its name and a verb at token `index`: `the UK Maritime Trade
   * Operations agency said`. A longer name needs it, as a name of two words before `said` may be a person's.
   */
  function whatItIsBeforeVerb(index: number): boolean {
    const noun = wordAt(index);
    return noun?.word === true && /^\p{Ll}/u.test(noun.exact) && MEDIA_DESCRIPTORS.has(noun.folded);
  }

  /** A reporting verb right after a single word (`al-Arabiya reported`), or after what it is (`al-Manar television said`). */
  function reportsAfter(from: number, to: number): boolean {
    // What the source is may stand between (`al-Manar television said`, `Yonhap news agency reported`): then
    // any reporting verb says the name is an outlet's, where `X said` alone may be a surname's.
    let index = to;
    if (wordAt(index)?.folded === 'news' && MEDIA_DESCRIPTORS.has(wordAt(index + 1)?.folded ?? '')) index += 2;
    else if (MEDIA_DESCRIPTORS.has(wordAt(index)?.folded ?? '')) index += 1;
    const after = wordAt(index);
    const word = wordAt(to - 1);
    const verb =
      after?.word === true && (REPORTING_VERBS.has(after.folded) || (index > to && CUE_VERBS.has(after.folded)));
    // `Recent reports`: an adjective that opens a sentence is no source.
    if (!verb || wordTagged(word?.exact ?? '', 'Adjective')) return false;
    // `Doctors in Leeds reported`, `A poultry farm in Devon reported`: people or a place of work before `in`
    // report from where they are; the name is the place, not the source (`an article in Le Monde reported`
    // keeps the outlet: a piece of writing is in a publication, not a place).
    const reporter = wordAt(from - 2);
    const inPlace =
      wordAt(from - 1)?.folded === 'in' &&
      reporter?.word === true &&
      (/^\p{Ll}/u.test(reporter.exact) || startsSentence({ text, tokens }, from - 2)) &&
      !WRITTEN_PIECES.has(reporter.folded);
    if (index === to && inPlace) return false;
    // `Fatima reported the theft`, `Doctors reported shortages`: with no media noun between, a given name
    // is a person's, and an everyday word opening a sentence is capitalised for that alone.
    return (
      index > to ||
      !(isGivenName(word?.exact ?? '') || (startsSentence({ text, tokens }, from) && everydayWord(word?.folded ?? '')))
    );
  }

  /**
   * The words of a run from where a proper name ending in a state's name
   * after `of` or `for` opens (`Leaders of Alternative for Germany` →
   * `Alternative for Germany`), and the state as a mention; null for a place
   * (`the Gulf of Mexico`) or any other run.
   */
  function nameEndingInState(words: readonly NameWord[]): { words: NameWord[]; state: Mention } | null {
    const last = words.at(-1);
    if (!last || words.length < 3 || !isStateWord(last)) return null;
    const span = nameEndingIn({ text, tokens }, last.from);
    const from = span ? words.findIndex((word) => word.start === span.start) : -1;
    const opening = words[from];
    if (!span || from < 0 || !opening || PLACE_HEADS.has(opening.lower) || EVENT_FIRST_WORDS.has(opening.lower))
      return null;
    const form = registry.trie
      .longestAt(tokens, last.from)
      ?.forms.find(({ actor }) => registry.actors.get(actor)?.kind === 'state');
    if (!form) return null;
    return {
      words: words.slice(from),
      state: { actor: form.actor, start: last.start, end: last.end, text: last.text, form: form.form },
    };
  }

  /**
   * A firm's name of two words joined by `&` (`Marks & Spencer`, `Harbour & Vine`), from its first word: the
   * whole name as one word, where the word after `&` is the last capitalised one and no registered name's;
   * null otherwise. Initials (`M & S`) are left out.
   */
  function firmJoinedAfter(word: NameWord): NameWord | null {
    const ampersand = wordAt(word.to);
    const second = wordAt(word.to + 1);
    const after = wordAt(word.to + 2);
    if (ampersand?.exact !== '&' || !ampersand.spaceBefore || !second?.word || !second.spaceBefore) return null;
    if (taken[word.to + 1] || !/^\p{Lu}\p{Ll}/u.test(second.exact) || !/^\p{Lu}\p{Ll}/u.test(word.text)) return null;
    if (after?.word && after.spaceBefore && /^\p{Lu}/u.test(after.exact)) return null;
    // Said where a firm stands (`at Marks & Spencer`, `from Harbour & Vine`) or speaking (`Marks & Spencer said`),
    // not as a modifier of a thing (`Research & Development spending`).
    const before = wordAt(word.from - 1);
    const placed = before?.word === true && FIRM_PREPOSITIONS.has(before.folded);
    if (!placed && !(after?.word && CUE_VERBS.has(after.folded))) return null;
    return nameWordOf(word.from, word.to + 2);
  }

  /** A word of a name that is a state's demonym alone (`Turkish`, `Kenyan`). */
  function isDemonymWord(word: NameWord): boolean {
    const match = registry.trie.longestAt(tokens, word.from);
    return (
      match?.end === word.to &&
      match.forms.some(({ actor, form }) => form === 'demonym' && registry.actors.get(actor)?.kind === 'state')
    );
  }

  /** A word of a name that is a state's registered form alone (`Canada`, `Kenya`). */
  function isStateWord(word: NameWord): boolean {
    const match = registry.trie.longestAt(tokens, word.from);
    return match?.end === word.to && match.forms.some(({ actor }) => registry.actors.get(actor)?.kind === 'state');
  }

  /**
   * A two-word name one of whose words is a state's, read as a person's by the settling step (`Kenya
   * Barris`), with or without a generational suffix after it (`Cuba Gooding Jr.`).
   */
  function givenNameReading(nameWords: readonly NameWord[]): boolean {
    const [given, surname, suffix] = nameWords;
    const suffixed = nameWords.length === 3 && GENERATIONAL_SUFFIXES.has(suffix?.lower.replace(/\.$/u, '') ?? '');
    if ((nameWords.length !== 2 && !suffixed) || !given || !surname) return false;
    const view = { text, tokens };
    return (
      (isStateWord(given) && personReadingAt(registry, view, given.from, given.to) !== null) ||
      (isStateWord(surname) && personReadingAt(registry, view, surname.from, surname.to) !== null)
    );
  }

  /**
   * A title's place right before a person's name: `Governor of Texas Greg
   * Abbott`, or set off by a comma, the division's noun after the place
   * (`the president of the Lombardy region, Roberto Maroni`).
   */
  function officePlaceBefore(from: number): ActorId | null {
    let end = from;
    if (wordAt(end - 1)?.exact === ',') {
      end--;
      if (DIVISION_NOUNS.has(wordAt(end - 1)?.folded ?? '')) end--;
    }
    for (let start = end - 1; start >= Math.max(0, end - 3); start--) {
      const place = places.at(start);
      if (place?.to !== end) continue;
      const of = wordAt(start - 1)?.folded === 'the' && end < from ? start - 2 : start - 1;
      return wordAt(of)?.folded === 'of' && isTitleNear(wordAt(of - 1)?.exact ?? '') ? place.state : null;
    }
    return null;
  }

  /** A place among the capitalised words of an appositive before a role: `, an Ottawa New Democrat MP`. */
  function appositivePlace(to: number): ActorId | null {
    const span = bodyBeforeRole(to);
    return span ? places.within(span.from, span.to) : null;
  }

  /**
   * A place in the name of a body's owner before `'s` (`Texas A&M's
   * Aerospace Engineering Department`): the owner's name runs back from
   * its last token over capitalised words and the marks inside a name.
   */
  function ownerPlace(possessor: number | undefined): ActorId | null {
    if (possessor === undefined || wordAt(possessor + 1)?.exact !== "'") return null;
    let from = possessor;
    while (from > possessor - OWNER_TOKENS) {
      const token = wordAt(from - 1);
      const inside = token?.word ? /^\p{Lu}/u.test(token.exact) : ['&', '-', '.'].includes(token?.exact ?? '');
      if (!token || !inside) break;
      from--;
    }
    return places.within(from, possessor + 1);
  }

  /** Where the text places a candidate: a place in a body's name or after it, `from` after a person, `X-based` before either. */
  function placeOf({ kind, words, possessor }: Candidate): ActorId | null {
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last) return null;
    const after =
      kind === 'organisation'
        ? (places.within(first.from, last.to) ?? places.after(last.to, 'in') ?? ownerPlace(possessor))
        : (places.after(last.to, 'from') ?? officePlaceBefore(first.from) ?? appositivePlace(last.to));
    return after ?? places.basedBefore(first.from);
  }
  for (const candidate of candidates) candidate.place = placeOf(candidate) ?? undefined;

  const notActors = options.notActors ?? new Set<string>();
  const kept = candidates.filter(({ words }) => {
    const first = words[0];
    const last = words.at(-1);
    return !first || !last || !notActors.has(nameKey(text.slice(first.start, last.end).replace(/['’]s$/u, '')));
  });
  return resolve(registry, text, tokens, kept, singles, mentionStartingAt, mentionEndingAt);
}

interface NamedCandidate {
  candidate: Candidate;
  id: ActorId;
  kind: ActorKind;
  name: string;
  written: string;
  memberOf: ActorId[];
  /** A body named by generic words only (`Army`): its words without the owner are no name of its own. */
  generic: boolean;
  /** The name's first word, where the text first names it. */
  first: NameWord;
}

/**
 * A body named by the first words of a longer name the same briefing gives,
 * up to `for` or `of` (`the Andy Warhol Foundation` after `The Andy Warhol
 * Foundation for the Visual Arts`), is that body: it takes its id, name and
 * affiliation. Two longer names that begin alike leave it as it is.
 */
function sameBodyAsLonger(named: NamedCandidate[]): void {
  const organisations = named.filter(({ candidate }) => candidate.kind === 'organisation');
  for (const entry of organisations) {
    const longer = new Set(
      organisations
        .filter(
          ({ written }) => written.startsWith(`${entry.written} for `) || written.startsWith(`${entry.written} of `),
        )
        .map(({ id }) => id),
    );
    const body = organisations.find(({ id }) => longer.size === 1 && longer.has(id));
    if (!body) continue;
    Object.assign(entry, { id: body.id, kind: body.kind, name: body.name, memberOf: body.memberOf });
  }
}

/**
 * A body's name with the possessive of the people it serves (`Harbour
 * People's Party`) and the same words without it (`Harbour People Party`)
 * are one body, spelled two ways: the one named first keys it.
 */
function sameBodyAsUnpossessed(named: NamedCandidate[]): void {
  const organisations = named.filter(({ candidate }) => candidate.kind === 'organisation');
  const plain = (written: string) => written.replace(/['’]s(?= )/gu, '');
  for (const entry of organisations) {
    if (plain(entry.written) === entry.written) continue;
    const body = organisations.find(
      (other) => other !== entry && other.written === plain(entry.written) && other.first.start < entry.first.start,
    );
    if (body) Object.assign(entry, { id: body.id, kind: body.kind, name: body.name, memberOf: body.memberOf });
  }
}

/**
 * An acronym after a body named in full (`the Rapid Support Forces. The RSF
 * denied …`, `National Emergency Management Agency. NEMA said`) is that body:
 * it takes its id, name and affiliation. The body must come first, as news
 * spells a name out before it abbreviates it.
 */
function sameBodyAsSpelledOut(named: NamedCandidate[]): void {
  const organisations = named.filter(({ candidate }) => candidate.kind === 'organisation');
  const initialsOf = (written: string) =>
    written
      .split(/[\s-]+/u)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word.charAt(0))
      .join('');
  for (const entry of organisations) {
    if (!ACRONYM.test(entry.written) || entry.written.length < MIN_INITIALS) continue;
    const body = organisations.find(
      ({ candidate, written }) =>
        (candidate.words[0] as NameWord).start < (entry.candidate.words[0] as NameWord).start &&
        written !== entry.written &&
        initialsOf(written) === entry.written,
    );
    if (!body) continue;
    Object.assign(entry, { id: body.id, kind: body.kind, name: body.name, memberOf: body.memberOf });
  }
}

/**
 * A body named without its owner where the same briefing names it with one
 * (`the Home Office` beside `the UK Home Office`, `Civil Defense Authority`
 * after `Saudi Arabia's Civil Defense Authority`) is that owned body: it
 * takes its id, name and affiliation. Two owners of one body's name (Iran's
 * and Russia's Foreign Ministry) leave it as it is.
 */
function sameBodyAsOwned(named: NamedCandidate[]): void {
  const bodyKey = ({ candidate, written }: NamedCandidate) =>
    slugify(
      written
        .split(/\s+/u)
        .slice(candidate.ownerWords ?? 0)
        .join(' '),
    );
  const owned = new Map<string, NamedCandidate | null>();
  for (const entry of named) {
    if (
      entry.candidate.kind !== 'organisation' ||
      entry.memberOf.length === 0 ||
      entry.candidate.ownerOf === 'own-name'
    )
      continue;
    const key = bodyKey(entry);
    const known = owned.get(key);
    owned.set(key, known === undefined || known?.id === entry.id ? entry : null);
  }
  for (const entry of named) {
    if (entry.candidate.kind !== 'organisation' || entry.memberOf.length > 0) continue;
    const body = owned.get(slugify(entry.written));
    if (!body) continue;
    Object.assign(entry, { id: body.id, kind: body.kind, name: body.name, memberOf: body.memberOf });
  }
}

/** The registry's view of an affiliation: a mention of an office (`UN Secretary-General`) is membership of its body. */
function memberOfFor(registry: Registry, affiliation: Mention | null): ActorId[] {
  if (!affiliation) return [];
  const actor = registry.actors.get(affiliation.actor);
  return [isOffice(affiliation) ? (actor?.memberOf[0] ?? affiliation.actor) : affiliation.actor];
}

/** A mention that names an office, not a body: its last word is a title (`UN Secretary-General`). */
function isOffice(mention: Mention): boolean {
  const lastWord = mention.text.split(/[\s-]+/u).at(-1) ?? '';
  return isPersonRole(lastWord) || lastWord.toLowerCase() === 'general';
}

/** A discovered person's name always has two words or more; the name itself stands in otherwise. */
/**
 * A single word the text treats as a person's surname: after a courtesy
 * title (`Ms. Jordan`), or before a reporting verb, an appositive, a
 * person's relative clause or an age (`Chad said`, `Chad, a former
 * sportswriter,`, `Chad, 34,`), as the settling step reads
 * a state's name there after a person of that name.
 */
function surnameAlone(tokens: readonly Token[], word: NameWord): boolean {
  const before = tokens[word.from - 1]?.exact === '.' ? tokens[word.from - 2] : tokens[word.from - 1];
  if (before?.word && BARE_HONORIFICS.has(before.folded) && /^\p{Lu}/u.test(before.exact)) return true;
  const next = tokens[word.to];
  if (next?.word && CUE_VERBS.has(next.folded)) return true;
  if (setOffAsPerson(tokens, word.to)) return true;
  return next?.exact === ',' && ['a', 'an', 'the'].includes(tokens[word.to + 1]?.folded ?? '');
}

/** A person the text introduced by kin (`His father X`, `her sister, X,`). */
function isRelative(person: DiscoveredActor): boolean {
  return KIN_NOUNS.has(person.role?.toLowerCase().split(/\s+/u).at(-1) ?? '');
}

function surnameOf(name: string): string {
  return surnameFromName(name) ?? name;
}

/**
 * Turn candidates into actors and mentions: one actor per id, the first
 * candidate its evidence, its affiliation what the text gives (a title, a
 * possessive, `of the Labour Party`), registered or discovered here; then the
 * single words that are the short forms of a person named before them.
 */
function resolve(
  registry: Registry,
  text: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  singles: readonly NameWord[],
  registeredStartingAt: ReadonlyMap<number, Mention>,
  registeredEndingAt: ReadonlyMap<number, Mention>,
) {
  const actors = new Map<ActorId, DiscoveredActor>();
  const mentions: Mention[] = [];
  const absorbed: Mention[] = [];
  const notes: DiscoveryNote[] = [];

  let named = candidates.flatMap((candidate) => {
    const first = candidate.words[0] as NameWord;
    const last = candidate.words.at(-1) as NameWord;
    const written = text.slice(first.start, last.end).replace(/['’]s$/u, '');
    const memberOf = memberOfFor(registry, candidate.affiliation);
    let id: string;
    let kind: ActorKind = 'person';
    let name = written;
    let generic = false;
    if (candidate.kind === 'organisation') {
      kind = ORGANISATION_HEADS.get(candidate.head ?? '') ?? 'organisation';
      // The body's own words, without the owner's demonym: `Ministry of Defence` in `Turkish Ministry of Defence`.
      const body = candidate.words.slice(candidate.ownerWords ?? 0);
      const bodyText = text.slice((body[0] as NameWord).start, last.end).replace(/['’]s$/u, '');
      generic = body.every((word) => GENERIC_ORGANISATION_WORDS.has(word.lower));
      const [owner] = memberOf;
      if (generic && owner === undefined) return [];
      // `Lebanese Army` and `Lebanon's Army` are one body: the owner's id, not its adjective, keys it, and so
      // for a national party (`French Socialist Party`, `France's Socialist Party`) and a central bank. Not a
      // body other than those (`Syrian Network for Human Rights`, `American Civil Liberties Union`, `Saudi
      // Gazette`): no text writes it `the United States' Civil Liberties Union`, so the demonym is a word of its
      // name and the id is the name's, as it is for any body whose name runs on after its head.
      const headAt = body.findIndex((word) => word.lower === candidate.head);
      const runsOn = headAt >= 0 && ['for', 'of', 'on'].includes(body[headAt + 1]?.lower ?? '');
      // A name two states share (`Korean People's Army`) cannot say which state's body it is: the name keys it.
      const shared =
        candidate.affiliation !== null &&
        candidate.affiliation !== undefined &&
        (registry.trie.wholeName(candidate.affiliation.text)?.some((form) => form.shared) ?? false);
      // A state's name opening the name, not its demonym, is the owner however it is written (`US Forest
      // Service`, `United States Forest Service`): the owner's id keys the body, so both spellings are one.
      const stateNamed =
        !shared &&
        (candidate.affiliation?.form === 'name' || candidate.affiliation?.form === 'alias') &&
        registry.actors.get(candidate.affiliation.actor)?.kind === 'state';
      // A state's central bank is its own, as its army is (`Uruguayan Central Bank`, `Uruguay's Central Bank`).
      const centralBank = candidate.head === 'bank' && body[headAt - 1]?.lower === 'central' && !runsOn;
      const ownName =
        candidate.ownerWords !== undefined &&
        !stateNamed &&
        (shared ||
          (kind !== 'government' && kind !== 'armed-group' && !centralBank && (runsOn || candidate.head !== 'party')));
      id =
        owner === undefined || candidate.ownerOf === 'own-name'
          ? slugify(bodyText)
          : ownName
            ? slugify(written)
            : `${owner}-${slugify(bodyText)}`;
      if (candidate.affiliation && candidate.ownerOf === 'after') {
        name = `${written} of ${candidate.affiliation.text}`;
      } else if (candidate.affiliation && !candidate.ownerWords && !candidate.ownerOf) {
        name = `${candidate.affiliation.text} ${written}`.replace(/['’]s /u, "'s ");
      }
    } else {
      id = slugify(written);
    }
    if (id === '' || registry.actors.has(id as ActorId)) return [];
    return [{ candidate, id: id as ActorId, kind, name, written, memberOf, generic, first }];
  });
  const evidenced = new Set(named.filter(({ candidate }) => !candidate.modifier).map(({ id }) => id));
  named = named.filter(({ id }) => evidenced.has(id));
  sameBodyAsOwned(named);
  sameBodyAsLonger(named);
  sameBodyAsUnpossessed(named);
  sameBodyAsSpelledOut(named);

  // Organisations discovered here, by where their names start and end: what a person's affiliation may name.
  const organisationStartingAt = new Map<number, ActorId>();
  const organisationEndingAt = new Map<number, ActorId>();
  for (const { candidate, id } of named) {
    if (candidate.kind !== 'organisation') continue;
    organisationStartingAt.set((candidate.words[0] as NameWord).from, id);
    organisationEndingAt.set((candidate.words.at(-1) as NameWord).to - 1, id);
  }
  // Organisations discovered here by name, by name without their owner, and by initials (`USI`).
  const organisationNamed = new Map<string, ActorId>();
  for (const { candidate, id, written } of named) {
    if (candidate.kind !== 'organisation') continue;
    const words = written.split(/\s+/u);
    const initials = words
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word.charAt(0))
      .join('');
    for (const key of [written, words.slice(candidate.ownerWords ?? 0).join(' ')]) {
      if (!organisationNamed.has(slugify(key))) organisationNamed.set(slugify(key), id);
    }
    if (initials.length >= MIN_INITIALS && !organisationNamed.has(slugify(initials))) {
      organisationNamed.set(slugify(initials), id);
    }
  }
  const registeredBody = (mention: Mention | undefined) => {
    const body = belonging(mention, registry);
    return body ? memberOfFor(registry, body)[0] : undefined;
  };
  /**
   * A body discovered elsewhere in the briefing, named here by the same
   * words without a cue of its own (`Youngspiration's Yau Wai-ching` after
   * `the localist group Youngspiration`, `Wong Kwok-hing of FTU`): the
   * capitalised words from token `from` (the longest name that matches;
   * `New People's Party` for `New People Party`), or
   * the capitalised words of a possessive ending at token `last`.
   */
  const capitalisedAt = (index: number) => tokens[index]?.word === true && /^\p{Lu}/u.test(tokens[index]?.exact ?? '');
  const organisationNamedFrom = (from: number): ActorId | undefined => {
    // The name's words; a possessive inside it is a spelling of the same name (`New People's Party`).
    const words: string[] = [];
    for (let index = from; words.length < BODY_WORDS && capitalisedAt(index); index++) {
      words.push(tokens[index]?.exact ?? '');
      if (tokens[index + 1]?.exact === "'" && tokens[index + 2]?.folded === 's' && capitalisedAt(index + 3)) index += 2;
    }
    for (let count = words.length; count > 0; count--) {
      const found = organisationNamed.get(slugify(words.slice(0, count).join(' ')));
      if (found) return found;
    }
    return undefined;
  };
  const organisationNamedEndingAt = (last: number): ActorId | undefined => {
    let from = last;
    while (from > last - BODY_WORDS + 1 && capitalisedAt(from - 1)) from--;
    // The whole name before the possessive, not its last words: `Harbour Voice's`, never `Voice's` alone.
    return capitalisedAt(from) ? organisationNamed.get(slugify(keyOfTokens(from, last + 1))) : undefined;
  };
  const keyOfTokens = (from: number, to: number) =>
    tokens
      .slice(from, to)
      .map(({ exact }) => exact)
      .join(' ');
  // A local office's holder (`The Governor of Washington, X`) serves the place a capital names, not its government.
  const namedAffiliation = (candidate: Candidate, id: ActorId): ActorId | undefined => {
    const registeredAt = (start: number) => {
      const mention = registeredStartingAt.get(start);
      return mention?.form === 'metonym' && holdsLocalOffice(candidate.role ?? '') ? undefined : mention;
    };
    const found = [
      ...candidate.after.flatMap((start) => [
        registeredBody(registeredAt(start)),
        organisationStartingAt.get(start) ?? organisationNamedFrom(start),
      ]),
      ...(candidate.possessor === undefined
        ? []
        : [
            registeredBody(registeredEndingAt.get(candidate.possessor)),
            organisationEndingAt.get(candidate.possessor) ?? organisationNamedEndingAt(candidate.possessor),
          ]),
      candidate.namedOwner === undefined ? undefined : organisationNamed.get(slugify(candidate.namedOwner)),
    ];
    return found.find((actor) => actor !== undefined && actor !== id);
  };

  for (const { candidate, id, kind, name, written, first, generic, memberOf: owner } of named) {
    const body = owner.length > 0 ? undefined : namedAffiliation(candidate, id);
    const affiliation = body ?? (owner.length > 0 ? undefined : candidate.place);
    const memberOf = affiliation === undefined ? owner : [affiliation];
    const origin = owner.length > 0 ? candidate.nationality === true : body === undefined && affiliation !== undefined;
    // A state's abbreviation with full stops before a body's name (`U.S. State Department`) stands outside the
    // name's words, as discovery's names hold no full stop, but is the body's owner written as its first word:
    // the body's one mention takes it in, as settling takes in `US` in `US Treasury Department`.
    const prefix = candidate.affiliation;
    const takesIn =
      prefix !== null &&
      prefix.text.includes('.') &&
      name === `${prefix.text} ${written}` &&
      text.slice(prefix.end, first.start) === ' ' &&
      registry.actors.get(prefix.actor)?.kind === 'state';
    const start = takesIn ? prefix.start : first.start;
    const mention: Mention = {
      actor: id,
      start,
      end: first.start + written.length,
      text: text.slice(start, first.start + written.length),
      form: 'name',
    };
    mentions.push(mention);
    if (takesIn) {
      absorbed.push(prefix);
      notes.push({
        start: prefix.start,
        end: prefix.end,
        text: prefix.text,
        message: `"${prefix.text}" begins the organisation's name "${mention.text}": one mention of the organisation, with ${prefix.actor} as its affiliation`,
        ruleId: 'organisation-name',
      });
    }
    // How the text writes a body it names with its owner (`Home Office` for the United Kingdom Home Office) is a
    // form a later `the Home Office letter` finds it by; not words any country's body has (`Army`).
    const form = kind !== 'person' && !generic && written !== name ? written : null;
    const known = actors.get(id);
    if (known) {
      if (form !== null && form !== known.name && !known.forms.some(({ text }) => text === form))
        known.forms.push({ text: form, probable: false });
      if (known.memberOf.length === 0 && memberOf.length > 0) {
        known.memberOf = memberOf;
        if (origin) known.origin = true;
      }
      continue;
    }
    actors.set(id, {
      id,
      name,
      kind,
      memberOf,
      ...(origin ? { origin: true as const } : {}),
      cue: candidate.cue,
      ...(candidate.role ? { role: candidate.role } : {}),
      start: mention.start,
      end: mention.end,
      forms: form === null ? [] : [{ text: form, probable: false }],
    });
  }

  // Short forms: a surname after the full name, or a near spelling of it (`Siniori` after `Fouad Siniora`).
  const people = [...actors.values()].filter((actor) => actor.kind === 'person');
  const surnames = new Set(people.map((person) => surnameOf(person.name)));
  for (const word of singles) {
    const bare = word.text.replace(/['’]s$/u, '');
    // A registered name said alone is the registry's, unless the settling step read it as a person's
    // surname (`Ms. Jordan`, `Chad, a former sportswriter,`): only then may it be the person's.
    if (registry.actors.has(slugify(bare) as ActorId) && !surnameAlone(tokens, word)) continue;
    let best: { person: DiscoveredActor; probable: boolean } | null = null;
    for (const person of people) {
      if (person.start >= word.start) continue;
      const surname = surnameOf(person.name);
      // The surname is kept without its article (`Tamimi`), which the text may write alone (`al-Tamimi denied`).
      const exact = bare === surname || bare.replace(ARABIC_ARTICLE, '') === surname;
      const probable =
        !exact &&
        !surnames.has(bare) &&
        surname.length >= VARIANT_MIN_LENGTH &&
        // One letter written differently (`Siniori`), not one added or dropped (`Water` for `Waters`).
        bare.length === surname.length &&
        bare[0] === surname[0] &&
        distance(bare, surname) <= VARIANT_DISTANCE;
      // The person named most recently wins, an exact surname over a variant; but a relative introduced by kin
      // (`His father X`) is there for the story's person, who keeps the surname they share (`Wilk said` is the
      // prodigy, not his mother Ewa Wilk): news names the relative by a full name or the kin noun after that.
      const yields = exact && best !== null && !best.probable && isRelative(person) && !isRelative(best.person);
      if ((exact || probable) && (!best || best.probable || !probable) && !yields) best = { person, probable };
    }
    if (!best) continue;
    const { person, probable } = best;
    mentions.push({ actor: person.id, start: word.start, end: word.start + bare.length, text: bare, form: 'surname' });
    if (!person.forms.some((form) => form.text === bare)) person.forms.push({ text: bare, probable });
    if (probable) {
      notes.push({
        start: word.start,
        end: word.start + bare.length,
        text: bare,
        message: `"${bare}" is probably ${person.name} (a spelling of "${surnameOf(person.name)}"); linked, check it`,
        ruleId: 'probable-variant',
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return { actors: [...actors.values()], mentions, absorbed, notes };
}
