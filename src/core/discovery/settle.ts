/**
 * Settling the registry's mentions on evidence, between matching and
 * discovery. The matcher decides each name from its neighbours; this step
 * weighs what a longer view gives, and says why in a note for the editor:
 *
 * - a name the matcher took for part of a longer one is linked after all
 *   when the neighbour is no name (`in Southern Lebanon`, `a Russian Su-24`);
 * - a state's name or capital is part of a person's (`Kenya Barris`, `Gary
 *   Israel`, `Denzel Washington`): a given name beside it, and no title,
 *   head word or registered name, or a person's role right before it (`the
 *   writer Jamaica Kincaid`), a suffix or another person after it (`Cuba
 *   Gooding Jr.`, `America Ferrera and Tom Holland`);
 * - an everyday compound (`French fries`, `a Swiss roll`, `Brazil nuts`; the
 *   editors' list the registry carries), a kind of thing (`a Syrian
 *   hamster`) or a language (`speaks fluent Ukrainian`, `in Arabic and
 *   Turkish`);
 * - a thing's name that its noun introduces (`the band Japan`, `named the
 *   dog Kabul`), and a firm's in a sentence about business (`Shares in China
 *   Mobile fell`);
 * - `Georgia` with the American state's cities or office-holders around it;
 * - a state's name inside a division's (`New Mexico`), or ending a proper
 *   name after `of`/`for` (`Brothers of Italy`) or after a common noun that
 *   opens a sentence before a reporting verb (`Statistics Canada said`);
 * - a town named after a state, written with its division (`Jordan, Minnesota`);
 * - nothing inside a title in quotes (`'Operation Olive Branch for Turkey'`,
 *   `the series 'Tehran'`) or a hashtag (`#OpIsrael`);
 * - a demonym inside an organisation's name, after its head and a
 *   connector (`Council on American-Islamic Relations`, `Federation of
 *   American Scientists`): a word of the name, not the state;
 * - a demonym after `ancient` (`ancient Greek temples`): a people of the
 *   past, not today's state;
 * - a demonym before an organisation's name. The rule: the whole name is
 *   one mention, of the organisation, and the demonym's state is its
 *   affiliation (`Turkish Ministry of Defence` → turkey-ministry-of-defence,
 *   memberOf turkey). So the demonym's own link gives way here, and
 *   discovery names the organisation. Two exceptions keep the state: a
 *   title-case variant of a registered name (`Iranian Government` for
 *   `Iranian government`), and a body that is the state acting (`Russian
 *   Forces`, `the Iranian Regime`), which becomes one mention of the state.
 *
 * Framework-free and linear in the text: one tokenisation, each mention
 * looked at with the few words around it.
 */
import type { ActorId } from '../schema/index.ts';
import type { MatchNote, Mention } from '../mentions/matcher.ts';
import type { MentionForm, Registry } from '../registry/registry.ts';
import { isGivenName } from '../text/given-names.ts';
import {
  BARE_HONORIFICS,
  CUE_VERBS,
  HONORIFICS,
  NAME_PARTICLES,
  heldForOneself,
  roleOf,
  words,
} from '../text/lexicon.ts';
import { SENTENCE_END_MARKS, tokenize, type Token } from '../text/tokens.ts';
import { everydayWord, maySurname, verbAfterName } from './name-kind.ts';
import {
  businessWordNear,
  secondWordOfFirm,
  RIDING_VERBS,
  SET_OFF_CLOSERS,
  thingNounAfter,
  thingNounBefore,
  tradeDescriptorAt,
  type ThingNoun,
} from './named-things.ts';
import { wordTagged } from './word-tags.ts';
import { WORDNET_KIND_HEADS } from './wordnet-kinds.ts';
import {
  AIRLINE_FIRST_WORDS,
  CLUB_SUFFIXES,
  GENERATIONAL_SUFFIXES,
  GENERIC_ORGANISATION_WORDS,
  MEDIA_DESCRIPTORS,
  NATURAL_FEATURES,
  NOT_NAMES,
  OPENING_POSITIONS,
  ORGANISATION_DESCRIPTORS,
  ORGANISATION_HEADS,
  PERSON_ACT_PARTICIPLES,
  PERSON_NOUNS,
  PLACE_FIRST_WORDS,
  PLACE_HEADS,
  NAMED_PLACE_HEADS,
  PREMISES_HEADS,
} from './lexicon.ts';
import {
  COMMON_NOUN_NAMES,
  CONSUMING_VERBS,
  CONTAINER_NOUNS,
  COOKING_WORDS,
  COUNTRY_CUES,
  COUNTRY_OWN_WORDS,
  DIVISION_NAMES,
  FIRM_NOUNS,
  KIND_NOUNS,
  LANGUAGE_DEMONYMS,
  LANGUAGE_NAMES,
  LANGUAGE_NOUNS,
  LANGUAGE_VERBS,
  MAX_COMPOUND_WORDS,
  ORIGIN_TRADE_NOUNS,
  singulars,
  STYLE_SUFFIXES,
  TOWN_DIVISIONS,
  TRADE_NOUNS,
  US_STATE_CUES,
  US_STATE_NAMES,
  US_STATE_OWN_WORDS,
} from './look-alikes.ts';

export interface SettleNote {
  start: number;
  end: number;
  text: string;
  message: string;
  ruleId:
    | MatchNote['ruleId']
    | 'person-not-place'
    | 'everyday-compound'
    | 'ancient'
    | 'us-state'
    | 'town'
    | 'in-place-name'
    | 'in-title'
    | 'in-hashtag'
    | 'thing-name'
    | 'language'
    | 'organisation-name';
}

/** Plural nouns for a people's members, after its adjective: `Uyghur traders`, `Tamil fishermen`. */
const MEMBER_GROUP_NOUNS =
  words(`families traders fishermen refugees villagers fighters militants activists civilians workers
  farmers herders pilgrims worshippers women men children students migrants residents elders protesters leaders
  detainees prisoners youths voters communities survivors clergy notables congregations volunteers marchers mourners
  drivers devotees`);

/** Words that say a sentence is about a game: a result, what is scored, where it is played, who plays it. */
const GAME_WORDS = words(`beat beats defeated lost drew won edged thrashed routed scored points goals game match season
  playoffs playoff league coach fixture players squad`);

/** A game's score: `104-97`, `3–2`. */
const SCORE = /\b\d{1,3}[-–]\d{1,3}\b/u;

/**
 * Organisation words that, after a state's demonym, name the state itself
 * acting: `Russian Forces` is Russia, not an organisation called "Forces".
 */
const STATE_BODY_WORDS = words(`government regime authorities administration forces armed military troops`);

/**
 * Adjectives that begin a place's own name, so a state after them is part of
 * it (`New Mexico`, `South Australia`, `West Germany`). The `-ern` adjectives
 * (`Northern`, `Southern`, `Eastern`, `Western`) read as directions (`in
 * Northern Syria`, `in Southern Lebanon`) except in the few places named
 * with them (`PLACES_NAMED_WITH_A_DIRECTION`).
 */
const PLACE_ADJECTIVES = words(`new great greater little north south east west`);
/** Nouns an airline's name modifies that nothing else's does: `a China Eastern flight`. */
const FLIGHT_NOUNS = words(`flight flights airliner airliners`);
/** Adjectives before a capital's name that name a part of the city or the city as a place (`Little Havana`, `Old Cairo`). */
const CITY_PART_ADJECTIVES: ReadonlySet<string> = new Set([...PLACE_ADJECTIVES, 'old']);
/** Places whose own name is an `-ern` adjective and a state's name: not that state. */
const PLACES_NAMED_WITH_A_DIRECTION = new Set([`northern ireland`, `northern cyprus`, `western australia`]);

/**
 * Head words that, alone before `of` and a state's name, make one name that
 * carries the state's as a word of its own (`Bank of America`, `Bank of
 * Canada`), where a longer one names the state's own body (`Central Bank of
 * Iraq`, `Supreme Court of Kenya`).
 */
const STATE_NAMED_HEADS = words(`bank`);

/**
 * Words that name a state itself in a longer form (`Republic of Kenya`,
 * `State of Israel`): before `of` they make no other name of the state's.
 */
const POLITY_WORDS = words(
  `republic kingdom state states commonwealth federation principality union sultanate emirate`,
);

/** Words that join an organisation's head to the rest of its name: `Council on …`, `Federation of …`. */
const NAME_CONNECTORS = words(`of on for`);
/** Joiners between two words of one name, written with spaces or without: `American-Islamic`, `American - Islamic`. */
const NAME_HYPHENS = new Set(['-', '‐', '–']);

/** Small words a title in quotes may hold between its capitalised words. */
const TITLE_SMALL_WORDS = words(`of for the and a an in on to at with from by or`);
const MAX_TITLE_WORDS = 12;
/** Marks a title may end with inside its closing quote: the sentence's own (`"A Summer in Georgia,"`) or the title's (`"Tokyo!"`). */
const TITLE_END_MARKS = new Set([',', ...SENTENCE_END_MARKS]);
/**
 * Nouns that name a work right before its title in quotes: after them one
 * capitalised word is a title too (`the series 'Tehran'`, `the song "Havana"`),
 * where alone it could be a word quoted (`the answer was "Iran"`).
 */
const WORK_NOUNS = words(
  `series film movie documentary docuseries song single album book novel memoir play musical opera show podcast poem painting exhibition`,
);
const QUOTE_PAIRS: Readonly<Record<string, string>> = { "'": "'", '"': '"', '‘': '’', '“': '”' };

const capitalised = (token: Token | null | undefined): boolean => token?.word === true && /^\p{Lu}/u.test(token.exact);
const isTitleWord = (token: Token) =>
  roleOf(token.exact) !== undefined || HONORIFICS.has(token.folded) || BARE_HONORIFICS.has(token.folded);

/** The tokens of a text. */
interface TextTokens {
  text: string;
  tokens: readonly Token[];
}

/** The tokens of a text and where each offset's token is. */
interface TokenView extends TextTokens {
  indexAt: ReadonlyMap<number, number>;
}

function viewOf(text: string): TokenView {
  const tokens = tokenize(text);
  return { text, tokens, indexAt: new Map(tokens.map((token, index) => [token.start, index])) };
}

/** The word token right before `index`, joined by spaces on the same line; null otherwise. */
function adjacentBefore({ text, tokens }: TextTokens, index: number): Token | null {
  const previous = tokens[index - 1];
  const current = tokens[index];
  if (!previous?.word || !current?.spaceBefore) return null;
  return text.slice(previous.end, current.start).includes('\n') ? null : previous;
}

function adjacentAfter({ text, tokens }: TextTokens, end: number): Token | null {
  const next = tokens[end];
  const last = tokens[end - 1];
  if (!next?.word || !next.spaceBefore || !last) return null;
  return text.slice(last.end, next.start).includes('\n') ? null : next;
}

/** The end of a word written with joiners (`Kamakawiwo'ole`, `Al-Maeena`), from its first token. */
function wordEnd(tokens: readonly Token[], index: number): number {
  let to = index + 1;
  while (tokens[to] && !tokens[to]?.spaceBefore && ["'", '’', '-'].includes(tokens[to]?.exact ?? '')) {
    const next = tokens[to + 1];
    if (!next?.word || next.spaceBefore || next.folded === 's') break;
    to += 2;
  }
  return to;
}

/** Whether a lower-case noun or adjective follows token `end - 1`, as one a demonym describes (`French troops`). */
function describesWordAfter(view: TextTokens, end: number): boolean {
  const next = adjacentAfter(view, end);
  if (next === null || next.exact !== next.folded || wordTagged(next.exact, 'PastTense')) return false;
  return wordTagged(next.exact, 'Noun', 'Adjective');
}

/** A state named by its name or an alias, not by its demonym or capital. */
const isStateName = (registry: Registry, actor: ActorId, form: MentionForm) =>
  (form === 'name' || form === 'alias') && registry.actors.get(actor)?.kind === 'state';

/**
 * A person's name that holds a state's name as one of its words (`Kenya
 * Barris`, `Gary Israel`, `Jordan Peterson`): the span of the whole name,
 * or null. Evidence: a given name on one side (the state's name itself
 * when the surname follows), and on the other a capitalised word that is
 * no title, no organisation or place head word and no registered name.
 */
export function personReadingAt(
  registry: Registry,
  view: TextTokens,
  first: number,
  end: number,
): { start: number; end: number; cue: string } | null {
  const { tokens } = view;
  const stateToken = tokens[first];
  if (!stateToken || end !== first + 1) return null;
  const before = adjacentBefore(view, first);
  // `Ms. Jordan`, `Mr Chad`: a courtesy title opens a person's name, so the state's name after it is a surname.
  const courtesy = courtesyTitleBefore(view, first);
  if (courtesy !== null) {
    const surname = adjacentAfter(view, end);
    const last =
      surname && capitalised(surname) && !isTitleWord(surname)
        ? (tokens[wordEnd(tokens, end) - 1] ?? stateToken)
        : stateToken;
    const title = view.text.slice(courtesy.start, stateToken.start).trim();
    return { start: courtesy.start, end: last.end, cue: `"${title}" before it` };
  }
  // `Judge Jordan ruled`, `Coach Israel said`: a person's role written as a title before the name alone.
  const role = before !== null && capitalised(before) ? roleOf(before.exact) : undefined;
  if (role?.person === true && !role.plural && !capitalised(adjacentAfter(view, end))) {
    return { start: stateToken.start, end: stateToken.end, cue: `the title "${before?.exact}" before it` };
  }
  if (
    before !== null &&
    capitalised(before) &&
    !NOT_NAMES.has(before.folded) &&
    !isTitleWord(before) &&
    isGivenName(before.exact) &&
    // The lists hold words too: `North America` is no person's name.
    !wordTagged(before.exact, 'Adjective') &&
    registry.trie.longestAt(tokens, first - 1) === null
  ) {
    return { start: before.start, end: stateToken.end, cue: 'a given name beside it' };
  }
  const after = adjacentAfter(view, end);
  const inner = innerNameWords(view, end);
  if (isGivenName(stateToken.exact) && inner) {
    return { start: stateToken.start, end: inner.last.end, cue: inner.cue };
  }
  // A state's name that is no given name opens a person's name only where an appositive says who: one after
  // it, `Niger Innis, a campaign adviser,` (not `Niger Delta, a region`), or the name itself set off after a
  // person's role, `The striker, Chile Okonkwo, scored`.
  const given = isGivenName(stateToken.exact);
  // The word after must be shaped as a surname: `The buyer, China Mobile,` is a firm.
  const setOffAfterRole =
    tokens[first - 1]?.exact === ',' &&
    personRoleBefore(tokens[first - 2] ?? null) &&
    after !== null &&
    maySurname(after.folded) &&
    SET_OFF_CLOSERS.has(tokens[wordEnd(tokens, end)]?.exact ?? '.');
  if (
    after !== null &&
    capitalised(after) &&
    (given || setOffAfterRole || appositivePerson(view, wordEnd(tokens, end))) &&
    !/^\p{Lu}+$/u.test(after.exact) &&
    !NOT_NAMES.has(after.folded) &&
    !isTitleWord(after) &&
    !ORGANISATION_HEADS.has(after.folded) &&
    !PLACE_HEADS.has(after.folded) &&
    !NATURAL_FEATURES.has(after.folded) &&
    registry.trie.longestAt(tokens, end) === null &&
    (personCueAfter(registry, view, wordEnd(tokens, end), after) ||
      personRoleBefore(before) ||
      positionOpening(view, first - 1) ||
      calledInApposition(view, first, wordEnd(tokens, end), after) ||
      (given &&
        maySurname(after.folded) &&
        (actsAsPerson(view, wordEnd(tokens, end), after) ||
          namedAloneBeside(view, first, wordEnd(tokens, end)) ||
          ownsAfter(view, wordEnd(tokens, end)) ||
          personActBefore(tokens, first))))
  ) {
    const last = tokens[wordEnd(tokens, end) - 1] ?? after;
    const cue = given
      ? 'a given name beside it'
      : setOffAfterRole
        ? `set off after a person's role, "${tokens[first - 2]?.exact}"`
        : "a person's role in the appositive after it";
    return { start: stateToken.start, end: last.end, cue };
  }
  return null;
}

/** Months that are given names too, in the middle of a person's name: `Georgia May Jagger`. */
const MONTH_NAMES = words(`april may june`);

/**
 * Words after a given name at token `end` that only a person's name has:
 * a lower-case particle and a capitalised word (`Chad le Clos`, `Jordan van
 * Rensburg`; not `of` or `for`, which join a body's name), or a month that
 * is a given name too and a surname-shaped word, the name ending there
 * (`Georgia May Jagger`). The last word and the cue, or null.
 */
function innerNameWords(view: TextTokens, end: number): { last: Token; cue: string } | null {
  const { tokens } = view;
  const inner = adjacentAfter(view, end);
  const surname = adjacentAfter(view, end + 1);
  if (!inner || !surname || !capitalised(surname) || capitalised(adjacentAfter(view, wordEnd(tokens, end + 1)))) {
    return null;
  }
  const last = tokens[wordEnd(tokens, end + 1) - 1] as Token;
  if (/^\p{Ll}/u.test(inner.exact) && NAME_PARTICLES.has(inner.folded) && !NAME_CONNECTORS.has(inner.folded)) {
    return { last, cue: `the name's particle "${inner.exact}" after it` };
  }
  if (capitalised(inner) && MONTH_NAMES.has(inner.folded) && maySurname(surname.folded)) {
    return { last, cue: `a given name "${inner.exact}" and a surname after it` };
  }
  return null;
}

/**
 * A name from token `first` to `end` set off by commas after a noun phrase
 * that it names: a person's role or calling (`A Swindon landlord, Chad
 * Ellery, was fined`), or a singular common noun after a determiner that is
 * no place's, body's or state's word, before a surname-shaped word (`The
 * bride, Kenya Holloway, said`, `said the committee chair, India
 * Featherstone.`): a state is never set off as the one thing such a noun
 * names with a second capitalised word. The name may end its sentence.
 */
function calledInApposition({ tokens }: TextTokens, first: number, end: number, surname: Token): boolean {
  const closing = tokens[end]?.exact;
  if (tokens[first - 1]?.exact !== ',' || !(closing === undefined || SET_OFF_CLOSERS.has(closing))) return false;
  const noun = tokens[first - 2] ?? null;
  if (personRoleBefore(noun)) return true;
  return noun !== null && commonNounPhrase(tokens, first - 2) && maySurname(surname.folded);
}

/** Words that open a noun phrase: articles and possessive pronouns. */
const DETERMINERS = words(`the a an its his her their our my your this that`);
/** Tokens a noun phrase may run to before its noun: `the allotment committee chair`. */
const NOUN_PHRASE_WORDS = 4;

/**
 * A singular common noun at token `index` closing a noun phrase a
 * determiner or a possessive opens (`The bride`, `the committee chair`,
 * `Leeds's mayor`), that names no place, body, state or natural feature.
 */
function commonNounPhrase(tokens: readonly Token[], index: number): boolean {
  const noun = tokens[index] as Token;
  if (!noun.word || !/^\p{Ll}/u.test(noun.exact)) return false;
  const folded = noun.folded;
  if (
    [PLACE_HEADS, ORGANISATION_HEADS, POLITY_WORDS, STATE_BODY_WORDS, NATURAL_FEATURES].some((set) => set.has(folded))
  ) {
    return false;
  }
  // After a determiner a bare verb form is a noun (`the chair`); a plural, an adjective or a participle is none.
  if (wordTagged(noun.exact, 'Plural', 'Adjective', 'Adverb', 'PastTense', 'Gerund')) return false;
  for (let at = index - 1; at >= 0 && at >= index - NOUN_PHRASE_WORDS; at--) {
    const token = tokens[at] as Token;
    if (token.word && DETERMINERS.has(token.folded)) return true;
    if (token.folded === 's' && tokens[at - 1]?.exact.match(/^['’]$/u)) return true;
    if (!token.word || !/^\p{Ll}/u.test(token.exact)) return false;
  }
  return false;
}

/** Paragraphs, the name's own and those after it, in which its surname said alone is looked for. */
const SURNAME_PARAGRAPHS = 2;
/** Pronouns that stand for one person, never for a state. */
const PERSON_PRONOUNS = words(`he him his himself she her hers herself`);

/**
 * A name ending at token `end` in `surname` that acts as a person's: the
 * surname said alone later in the paragraph or the next before a verb (`…
 * Ellery blamed the tax`, `Whitcombe said`), or the name before a verb and a person's pronoun later
 * in its sentence (`India Hartley reached the final before her wrist gave
 * way`), which no state takes.
 */
function actsAsPerson(view: TextTokens, end: number, surname: Token): boolean {
  const { text, tokens } = view;
  // The rest of the name's paragraph and the next: where news says a person's surname alone.
  let breaks = 0;
  for (let at = end + 1; at < tokens.length - 1 && breaks < SURNAME_PARAGRAPHS; at++) {
    const token = tokens[at] as Token;
    if (text.slice(tokens[at - 1]?.end, token.start).includes('\n\n')) breaks++;
    if (token.exact !== surname.exact || capitalised(tokens[at - 1])) continue;
    const next = tokens[at + 1] as Token;
    if (setOffAsPerson(tokens, at + 1)) return true;
    if (next.word && next.spaceBefore && verbAfterName(token.exact, next.exact)) return true;
  }
  const verb = tokens[end];
  // The tagger last: it is the slow part; a person described again in the next sentence needs no verb from it.
  if (verb?.word !== true || !/^\p{Ll}/u.test(verb.exact)) return false;
  return (
    personDescribedNext(view, end + 1) ||
    (personPronounAfter(view, end + 1) && verbAfterName(surname.exact, verb.exact))
  );
}

/**
 * The state's name from token `first` said alone elsewhere in its sentence,
 * where the two-word name it opens ends at token `end` with nothing
 * capitalised after and no article or body's descriptor before: the sentence names two things,
 * the state and someone named after it (`Chad Kroeger played a concert for
 * flood victims in Chad`).
 */
function namedAloneBeside(view: TextTokens, first: number, end: number): boolean {
  const { tokens } = view;
  const state = tokens[first] as Token;
  if (capitalised(tokens[end]) && tokens[end]?.spaceBefore) return false;
  // An article makes it a name of a team or a thing (`The Jamaica Tallawahs won, and Jamaica …`), a body's
  // descriptor a body's (`the opposition alliance Kenya Unity won the seat, and Kenya …`).
  const before = adjacentBefore(view, first);
  if (before && (ARTICLES.has(before.folded) || bodyDescriptor(before))) return false;
  const { from, to } = sentenceAround(view, first);
  for (let at = from; at < to; at++) {
    if (at === first || tokens[at]?.exact !== state.exact) continue;
    if (!capitalised(adjacentBefore(view, at)) && !capitalised(adjacentAfter(view, at + 1))) return true;
  }
  return false;
}

/** `and I` or `and me` after token `end - 1`: the speaker joined to a person, as no state is (`Ireland and I grew up`). */
function withFirstPerson(tokens: readonly Token[], end: number): boolean {
  return tokens[end]?.folded === 'and' && ['I', 'me'].includes(tokens[end + 1]?.exact ?? '');
}

/**
 * A state's name before a capitalised word no lexicon holds (`Pakistan
 * Tehreek-e-Insaf`), no head or title and no registered name, the name
 * ending there: a name of something else that opens with the state's, where
 * the state's name is no given name and is said alone elsewhere in the
 * sentence (`Pakistan Tehreek-e-Insaf called a strike, and Pakistan's army
 * deployed`), or where people work at it (`Researchers at Georgia Tech`).
 * The whole name and the cue, or null.
 */
function unknownNameBeside(registry: Registry, view: TextTokens, first: number, end: number) {
  const { text, tokens } = view;
  const after = adjacentAfter(view, end);
  if (!after || !capitalised(after) || /^\p{Lu}+$/u.test(after.exact)) return null;
  const workplace = peopleAt(view, first);
  if (isGivenName(tokens[first]?.exact ?? '') && !workplace) return null;
  const { folded } = after;
  if ([NOT_NAMES, PLACE_HEADS, NATURAL_FEATURES].some((set) => set.has(folded)) || ORGANISATION_HEADS.has(folded)) {
    return null;
  }
  if (isTitleWord(after) || !maySurname(folded) || registry.trie.longestAt(tokens, end) !== null) return null;
  const nameEnd = wordEnd(tokens, end);
  if (tokens[nameEnd]?.exact === "'" || capitalised(adjacentAfter(view, nameEnd))) return null;
  if (!workplace && !namedAloneBeside(view, first, nameEnd)) return null;
  const cue = workplace ? 'people work at it' : 'the sentence names the state alone too';
  return { name: text.slice(tokens[first]?.start, tokens[nameEnd - 1]?.end), cue };
}

/**
 * `at` before token `first` after people who work somewhere (`Researchers
 * at`, `a professor at`, `staff at`): what follows is where they work, a
 * body, no person and no state.
 */
function peopleAt({ tokens }: TextTokens, first: number): boolean {
  const people = tokens[first - 2];
  if (tokens[first - 1]?.folded !== 'at' || !people?.word) return false;
  return (
    roleOf(people.folded)?.person === true || PERSON_NOUNS.has(people.folded) || wordTagged(people.folded, 'Actor')
  );
}

/**
 * A given name said alone at token `first` (to `end`) in the paragraph of
 * the person's whole name, which ends at offset `after`, as the subject of
 * its sentence or of a clause joined on: a verb after it and no pronoun of
 * a thing in the rest of its sentence (`The drummer Chad Smith played, and
 * Chad signed posters`; not `Chad says it will hold the border`, where it may
 * be the state, nor `told Haaretz that Israel had banned his play`).
 */
function givenAloneActs(view: TextTokens, after: number, first: number, end: number): boolean {
  const { text, tokens } = view;
  const name = tokens[first] as Token;
  const verb = tokens[end];
  if (text.slice(after, name.start).includes('\n\n') || !verb?.word || !verb.spaceBefore) return false;
  // Opening its sentence or a clause joined on, not one that reports or explains (`told Haaretz that Israel had`).
  const opening = startsSentence(view, first) || CLAUSE_JOINERS.has(adjacentBefore(view, first)?.folded ?? '');
  return opening && verbAfterName(name.exact, verb.exact) && !pronounAfter(view, end, THING_PRONOUNS);
}

/** A noun that introduces a body's name: `the opposition alliance`, `the consultancy`, `the broadcaster`. */
function bodyDescriptor(token: Token): boolean {
  const role = roleOf(token.exact);
  return (
    (role !== undefined && role.person !== true) ||
    ORGANISATION_DESCRIPTORS.has(token.folded) ||
    MEDIA_DESCRIPTORS.has(token.folded)
  );
}

/**
 * An owner's `'s` right after the two-word name ending at token `end`
 * (`Israel Englander's hedge fund bought a stake`): a state owns in its own
 * name (`Israel's army`), so a surname-shaped word between is the owner's
 * surname.
 */
function ownsAfter({ tokens }: TextTokens, end: number): boolean {
  const mark = tokens[end];
  const s = tokens[end + 1];
  return mark?.spaceBefore === false && ["'", '’'].includes(mark.exact) && s?.folded === 's' && !s.spaceBefore;
}

/** Words that open a relative clause about a person only. */
const PERSON_RELATIVES = words(`who whose`);

/**
 * A clause or an age set off after token `end - 1` that only a person takes:
 * `, who trains in Spain`, `, whose mother …`, `, 34,`.
 */
export function setOffAsPerson(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.exact !== ',') return false;
  const next = tokens[end + 1];
  if (next?.word && PERSON_RELATIVES.has(next.folded)) return true;
  return next !== undefined && /^\d{1,2}$/.test(next.exact) && tokens[end + 2]?.exact === ',';
}

/** Tokens the sentence after a name may open with before the person's role: `The Nigerian-born fighter`. */
const DESCRIPTION_TOKENS = 6;

/**
 * The sentence after the one with token `from` opening with `The`, a
 * hyphened word of origin or age and a person's role, the name described
 * again: `… returns to the cage. The Lagos-born fighter expects …`, `The
 * 29-year-old striker`. Not a bare role (`The coach said`): that may be
 * anyone's.
 */
function personDescribedNext({ tokens }: TextTokens, from: number): boolean {
  let at = from;
  while (at < tokens.length && !SENTENCE_END_MARKS.has(tokens[at]?.exact ?? '')) at++;
  if (tokens[at + 1]?.exact !== 'The') return false;
  let hyphened = false;
  for (let word = at + 2; word < at + 2 + DESCRIPTION_TOKENS; word++) {
    const token = tokens[word];
    if (!token || token.exact === ',' || token.exact === '.') return false;
    if (token.exact === '-' && !token.spaceBefore) hyphened = true;
    else if (hyphened && token.word && /^\p{Ll}/u.test(token.exact) && personRoleBefore(token)) return true;
  }
  return false;
}

/** A pronoun that stands for one person in the rest of the sentence from token `from`: `… before her wrist gave way`. */
function personPronounAfter(view: TextTokens, from: number): boolean {
  return pronounAfter(view, from, PERSON_PRONOUNS);
}

/** One of `pronouns` in the rest of the sentence from token `from`. */
function pronounAfter({ text, tokens }: TextTokens, from: number, pronouns: ReadonlySet<string>): boolean {
  for (let at = from; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (SENTENCE_END_MARKS.has(token.exact) || text.slice(tokens[at - 1]?.end, token.start).includes('\n')) break;
    if (token.word && pronouns.has(token.folded)) return true;
  }
  return false;
}

/** Words that join a clause on to the one before without making it another's report or reason. */
const CLAUSE_JOINERS = words(`and but then`);
/** Pronouns that stand for a thing or a state, never for one person. */
const THING_PRONOUNS = words(`it its itself`);

/** An appositive after token `end` whose noun is one person's role: `, a campaign adviser,`, `, the singer`. */
function appositivePerson({ tokens }: TextTokens, end: number): boolean {
  if (tokens[end]?.exact !== ',' || !['a', 'an', 'the'].includes(tokens[end + 1]?.folded ?? '')) return false;
  for (let at = end + 2; at < end + 6; at++) {
    const token = tokens[at];
    if (!token?.word) return false;
    if (personRoleBefore(token)) return true;
  }
  return false;
}

/** Courtesy titles, without their full stop: only a person's name follows them (`Ms. Jordan`). */
const COURTESY_TITLES = new Set([...BARE_HONORIFICS, 'miss']);

/** A courtesy title right before token `index`, with or without its full stop (`Ms. Jordan`, `Mr Chad`); null otherwise. */
function courtesyTitleBefore({ text, tokens }: TextTokens, index: number): Token | null {
  const current = tokens[index];
  const previous = tokens[index - 1];
  if (!current?.spaceBefore || !previous) return null;
  const title = previous.exact === '.' && !previous.spaceBefore ? tokens[index - 2] : previous;
  if (!title?.word || !COURTESY_TITLES.has(title.folded) || !/^\p{Lu}/u.test(title.exact)) return null;
  return text.slice(title.end, current.start).includes('\n') ? null : title;
}

/**
 * Evidence that a state's name and the word after it are a person's name,
 * beyond the given-name lists (which hold `Malaysia` and `Korea` too): the
 * word is a surname the tagger knows (`Smith`, `Peterson`), or the name is
 * followed by a reporting verb, an appositive (`Jamaica Kincaid said`,
 * `Kenya Barris, the producer,`, `Jordan Bardella, president of …`), a
 * generational suffix (`Cuba Gooding Jr.`), or `and` with another person's
 * name, a given name that is no registered name and a word after it
 * (`America Ferrera and Tom Holland`).
 */
function personCueAfter(registry: Registry, view: TextTokens, end: number, surname: Token): boolean {
  const { tokens } = view;
  const next = tokens[end];
  if (wordTagged(surname.exact, 'LastName')) return true;
  const suffix = next?.exact === ',' ? tokens[end + 1] : next;
  if (suffix?.word && GENERATIONAL_SUFFIXES.has(suffix.folded) && /^\p{Lu}/u.test(suffix.exact)) return true;
  if (next?.folded === 'and' && coordinatedPerson(registry, view, end + 1)) return true;
  return speaksOrIsDescribed(view, end);
}

/**
 * A reporting verb or an appositive right after a name (`Jamaica Kincaid
 * said`, `Kenya Barris, the producer,`, `Jordan Bardella, president of the
 * party`): what a person's name is followed by.
 */
function speaksOrIsDescribed({ tokens }: TextTokens, end: number): boolean {
  const next = tokens[end];
  if (next?.word && CUE_VERBS.has(next.folded)) return true;
  if (next?.exact !== ',') return false;
  const appositive = tokens[end + 1];
  if (['the', 'a', 'an'].includes(appositive?.folded ?? '') || setOffAsPerson(tokens, end)) return true;
  const role = appositive?.word ? roleOf(appositive.exact) : undefined;
  return role?.person === true && !role.plural;
}

/** A person's name from token `index`: a given name that no actor registers, and a capitalised word after it. */
function coordinatedPerson(registry: Registry, view: TextTokens, index: number): boolean {
  const given = view.tokens[index];
  const surname = adjacentAfter(view, index + 1);
  return (
    capitalised(given) &&
    isGivenName(given?.exact ?? '') &&
    !isTitleWord(given as Token) &&
    registry.trie.longestAt(view.tokens, index) === null &&
    surname !== null &&
    capitalised(surname) &&
    !ORGANISATION_HEADS.has(surname.folded) &&
    !PLACE_HEADS.has(surname.folded)
  );
}

/**
 * A person's role right before the name (`the writer Jamaica Kincaid`,
 * `Striker Chad Morris`, `the actress China …`, `my cousin Chad …`): what
 * follows is a person, so a given name that is also a state's opens a
 * person's name. Only a singular role: `Chad players` or `the players Chad
 * …` say nothing of one person.
 */
function personRoleBefore(before: Token | null): boolean {
  if (!before?.word) return false;
  const role = roleOf(before.exact);
  if (role?.plural) return false;
  return role?.person === true || PERSON_NOUNS.has(before.folded) || heldForOneself(before.exact);
}

/** `ridden by`, `directed by` before token `index`: the doer of what only a person does (`PERSON_ACT_PARTICIPLES`). */
function personActBefore(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.folded === 'by' && PERSON_ACT_PARTICIPLES.has(tokens[index - 2]?.folded ?? '');
}

/** A player's position capitalised opening a sentence at token `index`: `Guard Kenya Oduya scored`. */
function positionOpening(view: TextTokens, index: number): boolean {
  const token = view.tokens[index];
  return capitalised(token) && OPENING_POSITIONS.has(token?.folded ?? '') && startsSentence(view, index);
}

/**
 * Spans of titles in quotes: two or more capitalised words, small words
 * between (`'Operation Olive Branch for Turkey'`), or one after a noun that
 * names a work (`the spy series 'Tehran'`).
 */
function titleSpans({ tokens }: TokenView): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const open = tokens[index] as Token;
    const close = QUOTE_PAIRS[open.exact];
    if (close === undefined || !capitalised(tokens[index + 1])) continue;
    let names = 0;
    let at = index + 1;
    for (; at < tokens.length && at <= index + MAX_TITLE_WORDS * 2; at++) {
      const token = tokens[at] as Token;
      if (token.exact === close) break;
      // A possessive inside the title is part of it: "Syria's Disappeared".
      const possessive = token.folded === 's' && !token.spaceBefore && tokens[at - 1]?.exact === "'";
      // American style sets the sentence's comma or stop inside the closing mark: "The Last Days of Baghdad,".
      const closingPunctuation = TITLE_END_MARKS.has(token.exact) && tokens[at + 1]?.exact === close;
      if (capitalised(token)) names++;
      else if (
        !(token.word && TITLE_SMALL_WORDS.has(token.folded)) &&
        !possessive &&
        !closingPunctuation &&
        !['-', "'", '’'].includes(token.exact)
      ) {
        break;
      }
    }
    const work = WORK_NOUNS.has(tokens[index - 1]?.folded ?? '');
    // `"China and Russia," she replied`: a quotation with its sentence's mark inside is speech when attributed.
    const speech = TITLE_END_MARKS.has(tokens[at - 1]?.exact ?? '') && attributedAfter(tokens, at + 1);
    if (tokens[at]?.exact === close && !speech && (names >= 2 || (work && names === 1))) {
      spans.push({ start: open.end, end: (tokens[at] as Token).start });
      index = at;
    }
  }
  return spans;
}

/** Pronouns that open an attribution after a quotation: `"…," she said`. */
const SPEAKER_PRONOUNS = words(`he she they we i`);

/**
 * An attribution from token `at`, right after a quotation's closing mark: a
 * pronoun or a name and a reporting verb (`she replied`, `Smith said`, `the
 * minister said`), or the verb and who spoke (`said the minister`, `said
 * Smith`); not a verb with a clause after it (`argues that`).
 */
function attributedAfter(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (!first?.word) return false;
  if (CUE_VERBS.has(first.folded)) return tokens[at + 1]?.folded === 'the' || capitalised(tokens[at + 1]);
  const subjectEnd = SPEAKER_PRONOUNS.has(first.folded)
    ? at + 1
    : first.folded === 'the'
      ? at + 2
      : capitalised(first)
        ? at + 1
        : -1;
  return subjectEnd > 0 && CUE_VERBS.has(tokens[subjectEnd]?.folded ?? '');
}

/** Words after a work's title that place or date the work, no verb of a clause: `the film Brazil at a club`. */
const WORK_TITLE_FOLLOWERS = words(`at in on by from for with and or of about to this last next`);

/** The most words after a state's name in an animal's or a vessel's name an appositive names. */
const MAX_THING_NAME_WORDS = 4;

/**
 * A state's name or capital (tokens `first` to `end`) that a vessel's, an
 * animal's or a band's noun introduces as the thing's name (`the band
 * Japan`, `named the dog Kabul`, `the cruiser Jamaica, launched in 1940`).
 * One word after a vessel's noun with a word after it may be a clause's
 * subject, the state acting on the vessel (`the tanker Iran seized`), unless
 * `called` or `named` links it or more capitalised words run the name on.
 */
function namedThing(view: TokenView, first: number, end: number): ThingNoun | null {
  const { tokens } = view;
  const thing = thingNounBefore(tokens, first);
  if (!thing) {
    // `Kenya Star, a Liberian-flagged tanker,`: the name an appositive says is a vessel's or an animal's, a name
    // of a few words opening with the state's.
    if (capitalised(adjacentBefore(view, first))) return null;
    let last = end;
    for (let words = 0; words < MAX_THING_NAME_WORDS && capitalised(adjacentAfter(view, last)); words++) {
      last = wordEnd(tokens, last);
    }
    return thingNounAfter(tokens, last);
  }
  let run = end;
  while (capitalised(adjacentAfter(view, run))) run = wordEnd(tokens, run);
  // `the trio Iran, Russia and China`: a list of names after the noun is of actors, not one thing's name.
  const joiner = tokens[run];
  if ((joiner?.exact === ',' || LIST_JOINERS.has(joiner?.folded ?? '')) && capitalised(tokens[run + 1])) return null;
  if (thing.setOff) return SET_OFF_CLOSERS.has(joiner?.exact ?? '.') ? thing : null;
  // One word after a form of `ride` may be a place ridden through (`rode Jordan end to end`); a horse's name
  // that opens with a state's is of two words or more (`rode Kenya Sunrise`).
  if (RIDING_VERBS.has(thing.noun.toLowerCase()) && run === end) return null;
  // A vessel's name of two words or more (`the ferry Jamaica Queen docked`) is no clause's subject.
  const clause = thing.kind === 'vessel' && !thing.linked && run === end && tokens[end]?.word === true;
  // `A film Iran banned`: a verb after one word makes it the subject of a clause about the work.
  const next = tokens[end];
  const acting =
    thing.kind === 'work' &&
    !thing.linked &&
    run === end &&
    next?.word === true &&
    /^\p{Ll}/u.test(next.exact) &&
    !WORK_TITLE_FOLLOWERS.has(next.folded);
  return clause || acting ? null : thing;
}

/**
 * Names the text introduces as names, after `known as`, `called`, `named` or
 * `dubbed`: the whole capitalised run is the name, whatever registered names
 * it holds (`the hacker collective known as Anonymous Sudan`).
 */
function introducedNames(view: TokenView): { start: number; end: number }[] {
  const { tokens } = view;
  const spans: { start: number; end: number }[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const link = tokens[index - 1] as Token;
    const introducing =
      ['called', 'named', 'dubbed'].includes(link.folded) ||
      (link.folded === 'as' && tokens[index - 2]?.folded === 'known');
    if (!introducing || !capitalised(tokens[index])) continue;
    let end = index + 1;
    while (adjacentAfter(view, end) && capitalised(tokens[end])) end++;
    if (end - index >= 2) spans.push({ start: (tokens[index] as Token).start, end: (tokens[end - 1] as Token).end });
  }
  return spans;
}

/**
 * Names a lower-case descriptor introduces: a noun that says what comes
 * next is a body or a person (`the ruling coalition Kenya Kwanza`, `the
 * singer Sudan Archives`, `the drugmaker Saudi Pharma`, a trade's `the hotel
 * chain Peru Suites`), then two or more
 * capitalised words. The whole run is one name, so a state's name opening it
 * is a word of the name. Only a singular descriptor: `the coalitions Kenya …`
 * lists them.
 */
function describedNames(view: TokenView): { start: number; end: number }[] {
  const { tokens } = view;
  const spans: { start: number; end: number }[] = [];
  for (let index = 1; index < tokens.length; index++) {
    const descriptor = tokens[index - 1] as Token;
    if (!descriptor.word || !/^\p{Ll}/u.test(descriptor.exact) || !adjacentBefore(view, index)) continue;
    if (!capitalised(tokens[index]) || !(isDescriptor(descriptor) || tradeDescriptorAt(tokens, index - 1))) continue;
    let end = index + 1;
    while (adjacentAfter(view, end) && capitalised(tokens[end])) end++;
    if (end - index >= 2) spans.push({ start: (tokens[index] as Token).start, end: (tokens[end - 1] as Token).end });
  }
  return spans;
}

/** Lower-case words an appositive may take before the noun that says what a name is: `a pro-Palestinian protest group`. */
const APPOSITIVE_MODIFIERS = 3;
/** Words that end a noun phrase's modifiers: `the participation of this team` is no body's description. */
const PHRASE_FUNCTION_WORDS = words(
  `of in on at for to with by from and or but this that these those its his her their`,
);
/**
 * Words that may follow a body's noun in its appositive: a closer, or what places, dates or describes it,
 * through a relative clause with no `that` too (`Palestine Action, the group the UK government banned`).
 */
const BODY_NOUN_FOLLOWERS = words(`of in based that which who whose founded formed set known the`);

/**
 * Names an appositive right after them says are a body's (`Palestine Action, a protest group, said`, `Kenya
 * Kwanza, the ruling coalition,`): two or more capitalised words, then a comma, an article, up to three lower-case
 * words and a body's or an outlet's noun that ends the phrase. The whole run is one name, so a state's name
 * opening it is a word of the name (a person's role, `Israel Katz, the defence minister,`, says no such thing).
 */
function bodiesByAppositive(view: TokenView): { start: number; end: number }[] {
  const { tokens } = view;
  const spans: { start: number; end: number }[] = [];
  for (let comma = 2; comma < tokens.length; comma++) {
    if (tokens[comma]?.exact !== ',' || !['a', 'an', 'the'].includes(tokens[comma + 1]?.folded ?? '')) continue;
    let at = comma + 2;
    while (
      at < comma + 2 + APPOSITIVE_MODIFIERS &&
      isLowerWord(tokens[at]) &&
      !PHRASE_FUNCTION_WORDS.has(tokens[at]?.folded ?? '') &&
      !bodyNoun(tokens[at], tokens[at + 1])
    ) {
      at++;
    }
    if (!bodyNoun(tokens[at], tokens[at + 1])) continue;
    let first = comma - 1;
    if (!capitalised(tokens[first])) continue;
    while (first > 0 && capitalised(tokens[first - 1]) && adjacentBefore(view, first)) first--;
    if (comma - first >= 2)
      spans.push({ start: (tokens[first] as Token).start, end: (tokens[comma - 1] as Token).end });
  }
  return spans;
}

/** A lower-case word. */
function isLowerWord(token: Token | undefined): boolean {
  return token?.word === true && /^\p{Ll}/u.test(token.exact);
}

/** A body's or an outlet's noun that ends its phrase (the word after it, `next`, closes it or places it). */
function bodyNoun(token: Token | undefined, next: Token | undefined): boolean {
  if (!token || !isLowerWord(token)) return false;
  const role = roleOf(token.exact);
  const body =
    ORGANISATION_HEADS.has(token.folded) ||
    ORGANISATION_DESCRIPTORS.has(token.folded) ||
    MEDIA_DESCRIPTORS.has(token.folded) ||
    (role !== undefined && !role.person && !role.plural);
  const closed = next === undefined || SET_OFF_CLOSERS.has(next.exact) || BODY_NOUN_FOLLOWERS.has(next.folded);
  return body && closed;
}

/** A singular noun that introduces a name: a body's descriptor, an outlet's, a person's role, calling or kin. */
function isDescriptor(token: Token): boolean {
  const role = roleOf(token.exact);
  if (role?.plural) return false;
  return (
    role !== undefined ||
    ORGANISATION_DESCRIPTORS.has(token.folded) ||
    MEDIA_DESCRIPTORS.has(token.folded) ||
    PERSON_NOUNS.has(token.folded) ||
    heldForOneself(token.exact)
  );
}

/** The sentence's word tokens around `index`: back and forward to a sentence mark or a block break. */
function sentenceWords(view: TextTokens, index: number): Token[] {
  const { from, to } = sentenceAround(view, index);
  return view.tokens.slice(from, to).filter((token) => token.word);
}

/** The tokens of the sentence around `index`, `from` up to `to`: back and forward to a sentence mark or a block break. */
function sentenceAround({ text, tokens }: TextTokens, index: number): { from: number; to: number } {
  const ends = (token: Token | undefined) => token === undefined || SENTENCE_END_MARKS.has(token.exact);
  const broken = (a: Token, b: Token) => text.slice(a.end, b.start).includes('\n\n');
  let from = index;
  while (from > 0 && !ends(tokens[from - 1]) && !broken(tokens[from - 1] as Token, tokens[from] as Token)) from--;
  let to = index;
  while (to < tokens.length - 1 && !ends(tokens[to + 1]) && !broken(tokens[to] as Token, tokens[to + 1] as Token)) to++;
  return { from, to: to + 1 };
}

/**
 * The text says outright that the name is the country: an appositive right after it (`students from Georgia, the
 * country,`) or `the country of` before it (`dancers from the republic of Georgia`). That outweighs any American
 * word around it. The appositive ends at its noun: `Georgia, the country music capital` is none.
 */
function saidToBeCountry({ tokens }: TokenView, first: number, end: number): boolean {
  const isCountryNoun = (token: Token | undefined) => token !== undefined && COUNTRY_NOUNS.has(token.folded);
  // `Georgia, the country,` and, with no comma, `Georgia the country had clear skies`.
  const comma = tokens[end]?.exact === ',' ? 1 : 0;
  const closed = comma === 0 || tokens[end + 3] === undefined || SET_OFF_CLOSERS.has(tokens[end + 3]?.exact ?? '');
  const after = tokens[end + comma]?.folded === 'the' && isCountryNoun(tokens[end + comma + 1]);
  const before =
    tokens[first - 1]?.folded === 'of' && isCountryNoun(tokens[first - 2]) && tokens[first - 3]?.folded === 'the';
  return (after && closed) || before;
}

/** What the text calls a sovereign state when it sets one apart from a place of the same name. */
const COUNTRY_NOUNS = new Set(['country', 'nation', 'republic']);

/** The word right after a name ending at token `end`, past a possessive (`Georgia's governor` → `governor`). */
function wordAfterName({ tokens }: TokenView, end: number): { next: Token | undefined; possessive: boolean } {
  const possessive = tokens[end]?.exact === "'" && tokens[end + 1]?.folded === 's';
  return { next: tokens[possessive ? end + 2 : end], possessive };
}

/**
 * A word only a sovereign state owns right after the name, through a possessive (`Georgia's parliament`,
 * `Georgia's prime minister`): the country, whatever American places the sentence names.
 */
function countryOwnWordAfter(view: TokenView, end: number): boolean {
  const { next, possessive } = wordAfterName(view, end);
  return possessive && next?.word === true && COUNTRY_OWN_WORDS.has(next.folded);
}

/** A word only the American state owns right after the name, through a possessive: `Georgia's Senate runoff`. */
function ownWordAfter(view: TokenView, end: number): Token | null {
  const { next } = wordAfterName(view, end);
  return next?.word && US_STATE_OWN_WORDS.has(next.folded) ? next : null;
}

/**
 * A feature, a street or a local division named after the state before it (`the Niger Delta`, `Morocco Street`),
 * the head at token `index`, or premises of a trade with one more capitalised word before their head (`the Ghana
 * Palms Hotel`). A division's, a city's, a building's or premises' head ends the name: a capitalised word after
 * it makes it a word of a longer one (`the US State Department`, `the Kenya City Council`). The head, or null.
 */
function placeNamedAfter(view: TextTokens, index: number): Token | null {
  const head = view.tokens[index];
  if (!head || !capitalised(head)) return null;
  if (NATURAL_FEATURES.has(head.folded)) return head;
  const ends = (at: number) =>
    !(NAME_ENDING_PLACE_HEADS.has(view.tokens[at]?.folded ?? '') && capitalised(adjacentAfter(view, at + 1)));
  if (NAMED_PLACE_HEADS.has(head.folded)) return ends(index) ? head : null;
  const premises = adjacentAfter(view, index + 1);
  const middle = !ORGANISATION_HEADS.has(head.folded) && !isGivenName(head.exact);
  return middle && premises && capitalised(premises) && PREMISES_HEADS.has(premises.folded) && ends(index + 1)
    ? premises
    : null;
}

/**
 * Heads of places' names that end them: `Niger State`, `Benin City`, `the Cyprus Hotel`, `Panama Station`, `the
 * Qatar Tower`, `the Holland Arms` (a capitalised word after them makes a longer name, a body's: `the Kenya
 * Building Society`).
 */
const NAME_ENDING_PLACE_HEADS = new Set([...words(`state city station tower building plaza mall`), ...PREMISES_HEADS]);

/**
 * `the town of Lebanon`, `villages called Jordan`, `Maine's towns of Norway, Poland and Peru`: after a town's
 * or a village's noun and `of`, `called` or `named`, alone or in a list of capitalised names, a state's name
 * is the town's. Plural towns `of` a state are towns in it (`the towns of Ukraine`) unless a place owns them.
 * A comma before `and` after a single name joins a clause, not a list's last name (`buried the town of
 * Tacna, and Peru declared an emergency`); a list of three or more may write one (`Norway, Poland, and Peru`).
 */
const TOWN_NAME = String.raw`\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?`;
const TOWN_LIST_TAIL = String.raw`(?:(?:${TOWN_NAME},\s+)*${TOWN_NAME}\s+(?:and|or)\s+|(?:${TOWN_NAME},\s+)+${TOWN_NAME},\s+(?:and|or)\s+|(?:${TOWN_NAME},\s+)*)`;
const TOWN_OF = new RegExp(
  String.raw`(?:\b(?:town|village|township|hamlet)\s+(?:of|called|named)|\b(?:towns|villages|townships|hamlets)\s+(?:called|named)|['’]s\s+(?:towns|villages|townships|hamlets)\s+of)\s+${TOWN_LIST_TAIL}$`,
  'u',
);

/**
 * A station whose name opens with the state's (token `end` on): one or two capitalised words, then `station`
 * in either case (`Canada Water station`, `Jordan MTR station`). Stations are named after the district or
 * street they serve, so the state's name is a word of the district's. The station's name, or null.
 */
function stationNamedAfter(view: TokenView, end: number): string | null {
  let last = end;
  for (let count = 0; count < 2; count++) {
    const word = adjacentAfter(view, last);
    if (word === null || !capitalised(word)) break;
    last++;
    const head = adjacentAfter(view, last);
    if (head?.folded === 'station') return view.text.slice(view.tokens[end]?.start, head.end);
  }
  return null;
}

/**
 * A club's name that opens with a state's name (`the New Zealand Breakers
 * beat Perth`, `the Jamaica Tallawahs won`): a capitalised plural right
 * after it that ends the name and is no body's or place's head
 * (`Kenya Airways`, `Solomon Islands`), in a sentence about a game (a result
 * verb, points or goals, a score such as `104-97`), or a club's letters
 * after it in any sentence (`Jamaica FC`). The club's name and the cue, or null.
 */
export function clubName(view: TextTokens, first: number, end: number): { name: string; cue: string } | null {
  const { text, tokens } = view;
  const letters = adjacentAfter(view, end);
  if (letters && CLUB_SUFFIXES.has(letters.exact)) {
    return { name: text.slice(tokens[first]?.start, letters.end), cue: `a club's letters, "${letters.exact}"` };
  }
  const nickname = pluralNameAfter(view, first, end);
  if (!nickname) return null;
  return aboutGame(view, first)
    ? { name: text.slice(tokens[first]?.start ?? nickname.start, nickname.end), cue: 'in a sentence about a game' }
    : null;
}

/** The sentence around token `index` is about a game: a result verb, points or goals, a score (`104-97`). */
export function aboutGame(view: TextTokens, index: number): boolean {
  const sentence = sentenceWords(view, index);
  const from = sentence[0]?.start ?? 0;
  const to = sentence.at(-1)?.end ?? 0;
  return sentence.some((token) => GAME_WORDS.has(token.folded)) || SCORE.test(view.text.slice(from, to));
}

/**
 * A capitalised plural right after a state's name (token `first` to `end`),
 * or after one more capitalised word, that ends the name, is no body's or place's head and has nothing
 * capitalised before or after it: the plural of a club's or a thing's name
 * (`the Kenya Rhinos`, `the Benin Bronzes`), or null.
 */
function pluralNameAfter(view: TextTokens, first: number, end: number): Token | null {
  const before = adjacentBefore(view, first);
  if (capitalised(before) && before?.folded !== 'the') return null;
  const head = ({ folded }: Token) =>
    ORGANISATION_HEADS.has(folded) || PLACE_HEADS.has(folded) || GENERIC_ORGANISATION_WORDS.has(folded);
  const isPlural = (token: Token | null): token is Token =>
    token !== null && capitalised(token) && /\p{Ll}s$/u.test(token.exact) && !token.folded.endsWith('ss');
  let last = end;
  let plural = adjacentAfter(view, end);
  // `the Guyana Amazon Warriors`: one capitalised word that is no head may come before the plural.
  if (plural && capitalised(plural) && !isPlural(plural) && !head(plural) && !isTitleWord(plural)) {
    last = end + 1;
    plural = adjacentAfter(view, last);
  }
  if (!isPlural(plural) || head(plural)) return null;
  return capitalised(adjacentAfter(view, last + 1)) ? null : plural;
}

/**
 * A state's name that is a noun too (`chile`, `turkey`, `china`) before a
 * lower-case plural that the sentence places in a US state or a Canadian
 * province, where towns and trades take such nouns (`Chile growers in New
 * Mexico`, `Turkey farmers in Iowa`): the noun, since the people are not
 * the state's; not its troops or officials, whose roles no one holds for
 * oneself. The phrase, or null.
 */
function nounNameElsewhere(view: TokenView, mention: Mention, end: number): string | null {
  const { text, tokens } = view;
  if (!COMMON_NOUN_NAMES.has(mention.text.toLowerCase())) return null;
  const plural = adjacentAfter(view, end);
  if (!plural || !/^\p{Ll}+s$/u.test(plural.exact) || adjacentAfter(view, end + 1)?.folded !== 'in') return null;
  // A state's own people abroad stay its: `Turkey soldiers in Texas`, `China officials in Texas`.
  if (STATE_BODY_WORDS.has(plural.folded) || (roleOf(plural.exact) !== undefined && !heldForOneself(plural.exact))) {
    return null;
  }
  const place = end + 2;
  const division = [2, 1].some((count) => {
    const words = tokens.slice(place, place + count);
    return (
      words.length === count &&
      words.every(capitalised) &&
      TOWN_DIVISIONS.has(words.map(({ folded }) => folded).join(' '))
    );
  });
  return division ? text.slice(mention.start, plural.end) : null;
}

/**
 * A state's name opening the name of a kind of object, a plural of an
 * everyday noun that names no person (`six Benin Bronzes`, `the Jordan
 * Scrolls`): the things, named after the place; not `the Kenya Rhinos` (no
 * everyday word the lexicon holds), `the Kenya Rangers` (people).
 */
function objectsName(view: TokenView, first: number, end: number): string | null {
  const plural = pluralNameAfter(view, first, end);
  if (!plural || !everydayWord(plural.folded) || personNoun(plural)) return null;
  return view.text.slice(view.tokens[first]?.start ?? plural.start, plural.end);
}

/**
 * A state's name (token `first` to `end`) and one capitalised word after it
 * that is no head, title, place's word, given name or registered name (nor a
 * possible surname after a state's name that is a given name too), the name
 * ending there, in a sentence about a company's business (`Shares in China
 * Mobile fell`, `Kenya Power said its profits rose`): a firm's name. The name
 * and the business word, or null.
 */
function firmName(registry: Registry, view: TokenView, first: number, end: number) {
  const { text, tokens } = view;
  const word = adjacentAfter(view, end);
  if (!word || !capitalised(word) || !secondWordOfFirm(registry, tokens, end)) return null;
  // A given name before a surname-shaped word is left to the person readings (`Jordan Henderson`).
  if (isGivenName(tokens[first]?.exact ?? '') && maySurname(word.folded)) return null;
  const last = wordEnd(tokens, end);
  if (capitalised(adjacentAfter(view, last))) return null;
  const cue = businessWordNear(tokens, first, last);
  return cue ? { name: text.slice(tokens[first]?.start, tokens[last - 1]?.end), cue: cue.exact } : null;
}

/** A winning margin in a horse race: `by a length`, `by half a length`, `by a short head`, `by two lengths`. */
const RACING_MARGIN = /\bby (?:(?:a|half a|a short|a long|\w+) )?(?:lengths?|neck|head|nose)\b/u;

/**
 * A horse's name that opens with a state's (`won the Caulfield Cup by a length from Oman Prince`): the state's
 * name and one capitalised word that ends the name and is no body's or place's head or registered name, in a
 * sentence that gives a race's winning margin. A given name and a surname are a jockey's or a trainer's. The
 * horse's name, or null.
 */
function horseInRace(registry: Registry, view: TokenView, first: number, end: number): string | null {
  const { text, tokens } = view;
  const word = adjacentAfter(view, end);
  // A horse's second word may be a title (`Oman Prince`), but no head of a body's or a place's name.
  if (!word || !capitalised(word) || registry.trie.longestAt(tokens, end) !== null) return null;
  if ([ORGANISATION_HEADS, PLACE_HEADS, NAMED_PLACE_HEADS].some((set) => set.has(word.folded))) return null;
  if (isGivenName(tokens[first]?.exact ?? '') && maySurname(word.folded)) return null;
  const last = wordEnd(tokens, end);
  if (capitalised(adjacentAfter(view, last))) return null;
  const { from, to } = sentenceAround(view, first);
  const sentence = text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0);
  return RACING_MARGIN.test(sentence) ? text.slice(tokens[first]?.start, tokens[last - 1]?.end) : null;
}

/**
 * A product named for a state (`drinking Malta Guinness`, `a bottle of Fiji Water`): the state's name and one
 * capitalised word that could be a firm's second word (`secondWordOfFirm`), right after a verb of drinking,
 * eating, smoking or wearing, or after a container's noun and `of`. What one consumes is a thing, not the
 * state. The product's name, or null.
 */
function productName(registry: Registry, view: TokenView, first: number, end: number): string | null {
  const { text, tokens } = view;
  const word = adjacentAfter(view, end);
  if (!word || !capitalised(word)) return null;
  // A brand's word may be a given name too (`Guinness`), but not after a state's name that is one as well.
  const givenState = isGivenName(tokens[first]?.exact ?? '');
  const brandWord =
    secondWordOfFirm(registry, tokens, end) ||
    (!givenState && isGivenName(word.exact) && registry.trie.longestAt(tokens, end) === null);
  if (!brandWord || (givenState && maySurname(word.folded))) return null;
  const last = wordEnd(tokens, end);
  if (capitalised(adjacentAfter(view, last))) return null;
  const before = adjacentBefore(view, first);
  const consumed =
    (before !== null && CONSUMING_VERBS.has(before.folded)) ||
    (before?.folded === 'of' && CONTAINER_NOUNS.has(adjacentBefore(view, first - 1)?.folded ?? ''));
  return consumed ? text.slice(tokens[first]?.start, tokens[last - 1]?.end) : null;
}

/**
 * The US state or Canadian province right after a state's name and a comma,
 * which makes the name a town's (`Jordan, Minnesota`, `Lebanon, New
 * Hampshire`); null otherwise.
 */
function townDivision({ text, tokens }: TokenView, end: number): string | null {
  if (tokens[end]?.exact !== ',') return null;
  for (const size of [2, 1]) {
    const division = tokens.slice(end + 1, end + 1 + size);
    const [first] = division;
    const last = division.at(-1);
    if (division.length < size || !first || !last || !division.every((token) => capitalised(token))) continue;
    if (TOWN_DIVISIONS.has(division.map(({ folded }) => folded).join(' '))) return text.slice(first.start, last.end);
  }
  return null;
}

/** The word joined by a hyphen right after `end` (`style` in `Mexican-style`); null otherwise. */
function hyphenJoined({ tokens }: TextTokens, end: number): Token | null {
  const hyphen = tokens[end];
  const next = tokens[end + 1];
  if (!hyphen || hyphen.spaceBefore || !NAME_HYPHENS.has(hyphen.exact)) return null;
  return next?.word && !next.spaceBefore ? next : null;
}

/**
 * Up to `count` words after `end`, each joined by a space on the same line,
 * a hyphenated word as one (`stand-off`): as written, and in lower case
 * without hyphens.
 */
function wordsAfter(view: TokenView, end: number, count: number): { written: string; folded: string }[] {
  const found: { written: string; folded: string }[] = [];
  let at = end;
  for (let after = adjacentAfter(view, at); after && found.length < count; after = adjacentAfter(view, at)) {
    const to = wordEnd(view.tokens, at);
    const written = view.text.slice(after.start, view.tokens[to - 1]?.end ?? after.end);
    found.push({ written, folded: written.toLowerCase().replace(/-/gu, '') });
    at = to;
  }
  return found;
}

/**
 * A noun of the trade in a thing right after an everyday compound of `count` words from token `end`: the
 * thing's exports, imports, producers or growers are its maker's state's (`Egyptian cotton exports`, `Thai
 * jasmine rice growers`), and so is a maker set off before a name, a firm rather than an appliance (`A Belgian
 * waffle maker, Maison Dandoy,`). Not its sales or prices, which are of the thing wherever it is made (`Greek
 * yoghurt sales in Britain`).
 */
function tradeAfterCompound(view: TokenView, end: number, count: number): boolean {
  const { tokens } = view;
  let at = end;
  for (let word = 0; word < count; word++) at = wordEnd(tokens, at);
  const noun = adjacentAfter(view, at);
  if (!noun || !/^\p{Ll}/u.test(noun.exact)) return false;
  const singular = singulars(noun.folded);
  if (singular.some((form) => ORIGIN_TRADE_NOUNS.has(form))) return true;
  const closing = wordEnd(tokens, at);
  return (
    singular.some((form) => FIRM_NOUNS.has(form)) && tokens[closing]?.exact === ',' && capitalised(tokens[closing + 1])
  );
}

/**
 * The compound a state's word makes with the words after it (or, for the few
 * written the other way round, the word before it: `Great Dane`, `chicken
 * Kiev`), if it is an everyday one: the longest listed run of words after it
 * (`India pale ale`, `Dutch elm disease`), a word joined to it by a hyphen
 * that is listed with it or names a manner (`a Greek-key border`, `a
 * Mexican-style lager`), or a lower-case demonym before a noun that names a
 * kind of thing (`Turkish eggs`, `Chinese wallpaper`, `a Swedish massage`,
 * through how a dish is cooked: `Thai green curry`) unless a noun of trade
 * follows (`Georgian wine exports` are the state's). A hyphenated noun is one word (`a Mexican stand-off`); a listed compound
 * written in title case is still one (`the Turkey Trot`, a race named after
 * it), but a kind's noun only in lower case (`Hungarian Dishes Ltd` is a
 * company's name).
 */
function everydayCompound(
  compounds: ReadonlySet<string>,
  view: TokenView,
  mention: Mention,
  first: number,
  end: number,
): string | null {
  const lower = mention.text.toLowerCase();
  const before = adjacentBefore(view, first);
  if (before && compounds.has(`${before.folded} ${lower}`)) return `${before.exact} ${mention.text}`;
  // `a cedar of Lebanon`, `plaster of Paris`: a thing named for where it came from, its noun before `of`.
  const named = before?.folded === 'of' ? adjacentBefore(view, first - 1) : null;
  if (named && singulars(named.folded).some((singular) => compounds.has(`${singular} of ${lower}`))) {
    return `${named.exact} of ${mention.text}`;
  }
  const joined = hyphenJoined(view, end);
  if (joined && (STYLE_SUFFIXES.has(joined.folded) || compounds.has(`${lower} ${joined.folded}`))) {
    return view.text.slice(mention.start, joined.end);
  }
  const after = wordsAfter(view, end, MAX_COMPOUND_WORDS);
  for (let count = after.length; count > 0; count--) {
    const run = after.slice(0, count);
    const leading = run
      .slice(0, -1)
      .map(({ folded }) => `${folded} `)
      .join('');
    const last = run.at(-1)?.folded ?? '';
    if (singulars(last).some((singular) => compounds.has(`${lower} ${leading}${singular}`))) {
      if (mention.form === 'demonym' && tradeAfterCompound(view, end, count)) return null;
      return [mention.text, ...run.map(({ written }) => written)].join(' ');
    }
  }
  const cooked = after[0] && COOKING_WORDS.has(after[0].folded) ? 1 : 0;
  const noun = after[cooked];
  const next = after[cooked + 1];
  if (!noun || mention.form !== 'demonym' || !/^\p{Ll}/u.test(noun.written)) return null;
  if (next && singulars(next.folded).some((singular) => TRADE_NOUNS.has(singular))) return null;
  if (!singulars(noun.folded).some((singular) => KIND_NOUNS.has(singular))) return null;
  return [mention.text, ...after.slice(0, cooked + 1).map(({ written }) => written)].join(' ');
}

/**
 * A kind of thing that English names after a state's name or demonym, as
 * WordNet attests the kind (`Canada violet`, `Indian lotus`, `China fleece
 * vine`, `a Jamaican cherry tree`): the lower-case words after token `end`,
 * up to three, to the first that ends such a compound in WordNet
 * (`wordnet-kinds.ts`), every word before it a noun that is no person, body
 * or trade of the state's (`Indian army pine` is no kind). Not when a noun of
 * trade follows (`Chinese garlic exports`): the thing is then its state's
 * business, as an editor's compound is.
 */
function wordnetKind(view: TokenView, mention: Mention, end: number): string | null {
  const after = wordsAfter(view, end, MAX_COMPOUND_WORDS);
  for (let count = 1; count <= after.length; count++) {
    const word = after[count - 1] as { written: string; folded: string };
    if (!/^\p{Ll}/u.test(word.written)) return null;
    if (singulars(word.folded).some((singular) => WORDNET_KIND_HEADS.has(singular))) {
      const next = after[count];
      if (next && singulars(next.folded).some((singular) => TRADE_NOUNS.has(singular))) return null;
      if (tradeAfterCompound(view, end, count)) return null;
      return [mention.text, ...after.slice(0, count).map(({ written }) => written)].join(' ');
    }
    const modifier =
      COOKING_WORDS.has(word.folded) || (wordTagged(word.written, 'Noun') && !wordTagged(word.written, 'Verb'));
    const person =
      PERSON_NOUNS.has(word.folded) || roleOf(word.written) !== undefined || wordTagged(word.written, 'Actor');
    if (!modifier || person || stateBusinessWord(word.folded)) return null;
  }
  return null;
}

/** A noun for a person or people, as a role, a calling or the tagger has it (`official`, `refugees`, `Rangers`). */
function personNoun(noun: Token): boolean {
  const singular = noun.folded.replace(/s$/u, '');
  return (
    roleOf(noun.exact) !== undefined ||
    wordTagged(noun.exact, 'Actor') ||
    PERSON_NOUNS.has(noun.folded) ||
    PERSON_NOUNS.has(singular)
  );
}

/**
 * A capital (token `first` to `end`) of state `actor` before a lower-case
 * plural noun that a participle after it places in another state (`Ankara
 * prints imported from China`, `Cairo cottons woven in India`): the capital
 * names what the things are, which another state makes or sells, and does
 * nothing as a government (not `Moscow strikes launched from Crimea`). The
 * phrase, or null.
 */
function thingsFromCapital(registry: Registry, view: TokenView, first: number, end: number, actor: ActorId) {
  const noun = adjacentAfter(view, end);
  if (!noun || !/^\p{Ll}+s$/u.test(noun.exact) || CUE_VERBS.has(noun.folded) || personNoun(noun)) return null;
  if (!everydayWord(noun.folded)) return null;
  const nounEnd = wordEnd(view.tokens, end);
  const participle = adjacentAfter(view, nounEnd);
  const pastForm = participle && (/^\p{Ll}+ed$/u.test(participle.exact) || wordTagged(participle.exact, 'PastTense'));
  if (!participle || !pastForm) return null;
  const at = wordEnd(view.tokens, nounEnd);
  const preposition = adjacentAfter(view, at);
  if (!preposition || !wordTagged(preposition.exact, 'Preposition')) return null;
  const place = registry.trie.longestAt(view.tokens, at + 1);
  const elsewhere = place?.forms.some(
    (form) => form.actor !== actor && registry.actors.get(form.actor)?.kind === 'state',
  );
  return elsewhere ? view.text.slice(view.tokens[first]?.start ?? noun.start, noun.end) : null;
}

/** Verbs that agree with one thing: after `the Danish from the bakery` they make the demonym one thing. */
const SINGULAR_VERBS = words(`is was has`);
/** Tokens after a demonym in which a singular verb is looked for: `the Danish from the corner bakery is`. */
const AGREEMENT_TOKENS = 6;

/**
 * A demonym (token `first` to `end`) the text uses as a noun for a thing:
 * after `a` with no noun after it (`we get a Chinese and watch the match`;
 * not `a Chinese and a Russian ship`, where the noun is shared),
 * or after `the` and a preposition, with a verb of one thing after
 * (`the Danish from the corner bakery is gone`; a people is many: `the
 * Danish are proud`). Only a demonym that is no noun for one person, as
 * those in `-ese`, `-ish`, `-ch` and `-ss` are not (a person is `a Dane`,
 * but `a Russian` is one). The cue, or null.
 */
function demonymAsNoun(view: TokenView, first: number, end: number): string | null {
  const { tokens } = view;
  if (!/(?:ese|ish|ch|ss)$/u.test(tokens[first]?.folded ?? '')) return null;
  const article = tokens[first - 1];
  const next = tokens[end];
  if (!article?.word || !next) return null;
  const nounless = !next.word || wordTagged(next.exact, 'Conjunction', 'Preposition');
  // `a Chinese and a Russian ship`: a demonym after the conjunction shares the noun that follows it.
  const after = ARTICLES.has(tokens[end + 1]?.folded ?? '') ? tokens[end + 2] : tokens[end + 1];
  const shared = LIST_JOINERS.has(next.folded) && capitalised(after);
  if (['a', 'an'].includes(article.folded) && nounless && !shared && !NAME_HYPHENS.has(next.exact)) {
    return `"${article.exact}" before it and no noun after`;
  }
  if (article.folded !== 'the' || !next.word || !wordTagged(next.exact, 'Preposition')) return null;
  for (let at = end + 1; at < end + 1 + AGREEMENT_TOKENS; at++) {
    const token = tokens[at];
    if (!token?.word) return null;
    if (SINGULAR_VERBS.has(token.folded)) return `"the" before it and "${token.exact}" after`;
  }
  return null;
}

/**
 * A demonym (token `first` to `end`) that names the language it is too: after
 * a verb of speaking or learning (`speaks fluent Russian`, `learn
 * Japanese`), before a noun only a language has (`the Russian word for`,
 * `Turkish lessons`), or after `in` or `into` with no noun of its own after it
 * (`replied in French and then in German`, `translated into Russian,`; not
 * `in Russian hands`, `into Turkish airspace`, `in Chinese and Indian firms`,
 * where the noun after the list is shared). The cue, or null.
 */
function languageReading(view: TokenView, first: number, end: number): string | null {
  const { tokens } = view;
  const word = tokens[first] as Token;
  if (!LANGUAGE_DEMONYMS.has(word.folded)) return null;
  const before = adjacentBefore(view, first);
  if (before && LANGUAGE_VERBS.has(before.folded)) return `"${before.exact}" before it`;
  const after = adjacentAfter(view, end);
  if (after && /^\p{Ll}/u.test(after.exact) && LANGUAGE_NOUNS.has(after.folded)) return `"${after.exact}" after it`;
  // `in Arabic and French`: a language's name before `and` or `or` counts as `in` does.
  const joinedToLanguage =
    before !== null && LIST_JOINERS.has(before.folded) && LANGUAGE_NAMES.has(tokens[first - 2]?.folded ?? '');
  if (!before || !(['in', 'into'].includes(before.folded) || joinedToLanguage)) return null;
  const next = tokens[end];
  if (next === undefined || NAME_HYPHENS.has(next.exact) || next.exact === "'" || next.exact === '’') return null;
  const listed = (LIST_JOINERS.has(next.folded) || next.exact === ',') && capitalised(tokens[end + 1]);
  const nounAfter = next.word && !AFTER_A_LANGUAGE.has(next.folded);
  const cue = joinedToLanguage
    ? `"${tokens[first - 2]?.exact} ${before.exact}" before it`
    : `"${before.exact}" before it`;
  return listed || nounAfter ? null : `${cue} and no noun after`;
}

/**
 * Words that may follow a language's name after `in` where no noun does: joiners, prepositions, `that`, a
 * verb's helper (`replied in French and`, `wrote in Russian that`, `Interest in Chinese has grown`).
 */
const AFTER_A_LANGUAGE = words(`and or but nor that than as to for from with by on at of while when because so
  which who then is are was were has have had will would can could should may might must`);

/** Words that join two things of a list: `a Syrian hamster and an Afghan hound`. */
const LIST_JOINERS = words(`and or`);
/** Articles that may open either thing of a list. */
const ARTICLES = words(`a an the`);

/** A capitalised word and a lower-case noun after it that name a kind of thing (`Afghan hound`, `Turkish eggs`). */
function kindPair(compounds: ReadonlySet<string>, word: Token | null, noun: Token | null): boolean {
  if (!capitalised(word) || !noun?.word || !/^\p{Ll}/u.test(noun.exact)) return false;
  const lower = (word as Token).folded;
  return singulars(noun.folded).some((singular) => compounds.has(`${lower} ${singular}`) || KIND_NOUNS.has(singular));
}

/**
 * A noun that names a state's people, business or body, which a kind of
 * thing never is: a person or a role (`a Syrian official`, `Syrian
 * refugees`), a body's head, a word of trade (`Sudan exports`).
 */
function stateBusinessNoun(noun: Token): boolean {
  return personNoun(noun) || stateBusinessWord(noun.folded);
}

/** A lower-case word that names a state's body or trade (`army`, `ministry`, `exports`). */
function stateBusinessWord(folded: string): boolean {
  return (
    ORGANISATION_HEADS.has(folded) ||
    STATE_BODY_WORDS.has(folded) ||
    singulars(folded).some((singular) => TRADE_NOUNS.has(singular))
  );
}

/**
 * A lower-case noun after token `end - 1` joined to another by `o'`, the
 * old `of` that only fixed names of things keep (`man o' war`, `jack o'
 * lantern`): the last word, or null.
 */
function fixedNameAfter(view: TextTokens, end: number): Token | null {
  const { tokens } = view;
  const noun = adjacentAfter(view, end);
  const of = adjacentAfter(view, end + 1);
  const mark = tokens[end + 2];
  const last = tokens[end + 3];
  if (!noun || !/^\p{Ll}/u.test(noun.exact) || of?.folded !== 'o' || !mark || mark.spaceBefore) return null;
  if (!["'", '’'].includes(mark.exact) || !last?.word || !/^\p{Ll}/u.test(last.exact)) return null;
  return last;
}

/**
 * A state's word before a lower-case noun that the text uses as a kind of
 * thing, not the state's (none of its people, business or bodies): the
 * phrase and the evidence, or null. Evidence: the phrase in a list with an
 * everyday compound or a kind (`A Syrian hamster and an Afghan hound`: one
 * sort of thing), the sentence naming the state itself later after a mass
 * noun (`plant Sudan grass for hay, while in Sudan itself …`; not `the Sudan
 * crisis … in Sudan itself`), or a fixed name after it whose
 * words the old `o'` joins (`Portuguese man o' war`), whatever its noun.
 */
function kindByEvidence(
  compounds: ReadonlySet<string>,
  view: TokenView,
  first: number,
  end: number,
): { phrase: string; cue: string } | null {
  const { text, tokens } = view;
  const noun = adjacentAfter(view, end);
  const fixed = fixedNameAfter(view, end);
  if (fixed) {
    const cue = `the old "o'" joins its words, as only a fixed name's do`;
    return { phrase: text.slice(tokens[first]?.start, fixed.end), cue };
  }
  if (!noun || !/^\p{Ll}/u.test(noun.exact) || NOT_NAMES.has(noun.folded) || stateBusinessNoun(noun)) return null;
  if (!wordTagged(noun.exact, 'Noun') || wordTagged(noun.exact, 'Verb', 'Adjective')) return null;
  const nounEnd = wordEnd(tokens, end);
  // A noun of trade after it makes the thing the state's business again: `Sudan grain exports`.
  const traded = adjacentAfter(view, nounEnd);
  if (traded && singulars(traded.folded).some((singular) => TRADE_NOUNS.has(singular))) return null;
  const phrase = text.slice(tokens[first]?.start, noun.end);
  // The list's next thing, or the one before: `… and an Afghan hound`, `an Afghan hound and a Syrian hamster`.
  const joinerAfter = tokens[nounEnd];
  if (joinerAfter?.word && LIST_JOINERS.has(joinerAfter.folded)) {
    const at = ARTICLES.has(tokens[nounEnd + 1]?.folded ?? '') ? nounEnd + 2 : nounEnd + 1;
    const other = tokens[at] ?? null;
    if (kindPair(compounds, other, adjacentAfter(view, at + 1))) {
      return { phrase, cue: `in a list with "${other?.exact} ${tokens[at + 1]?.exact}"` };
    }
  }
  const opening = ARTICLES.has(tokens[first - 1]?.folded ?? '') ? first - 1 : first;
  const joinerBefore = tokens[opening - 1];
  if (joinerBefore?.word && LIST_JOINERS.has(joinerBefore.folded)) {
    const other = tokens[opening - 3] ?? null;
    if (kindPair(compounds, other, tokens[opening - 2] ?? null)) {
      return { phrase, cue: `in a list with "${other?.exact} ${tokens[opening - 2]?.exact}"` };
    }
  }
  // Only stuff, a mass noun (grass, tea, cotton), against the state itself: a crisis or an economy is the state's.
  if (!wordTagged(noun.exact, 'Uncountable')) return null;
  const state = tokens[first] as Token;
  const itself = sentenceWords(view, first).find(
    (token, index, sentence) =>
      token.start > noun.end && token.exact === state.exact && sentence[index + 1]?.folded === 'itself',
  );
  return itself ? { phrase, cue: `the sentence names "${state.exact} itself" after it` } : null;
}

/** The registered people whose plural name or alias is `plural` (`Uyghurs`, `Copts`), or undefined. */
function peopleNamed(registry: Registry, plural: string) {
  const people = registry.trie.wholeName(plural)?.find(({ form }) => form === 'name' || form === 'alias');
  return people && registry.actors.get(people.actor)?.kind === 'people' ? people : undefined;
}

/**
 * A people's adjective before a noun for its members (`Uyghur traders`,
 * `Tamil fishermen`, `the Yazidi survivor`, `Maronite bishops`; an adjective
 * in `-ic` names a people in `-s`, `Coptic leaders`), through a word for the
 * community (`Circassian community leaders`) or other adjectives sharing the
 * noun (`Assyrian and Chaldean families`): the people, which the registry
 * lists by its plural name alone, since the adjective describes far more
 * than the people acting (`an Alawite village`, `Tamil cinema`). Only a word
 * no mention already covers, whose plural (`Uyghurs`) is a people's name or
 * alias.
 */
function peoplesByAdjective(registry: Registry, view: TokenView, taken: readonly Mention[]): Mention[] {
  const { text, tokens } = view;
  const found: Mention[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const word = tokens[index] as Token;
    if (!capitalised(word)) continue;
    const members = membersNounAfter(view, index + 1);
    if (!members || taken.some(({ start, end }) => start < word.end && word.start < end)) continue;
    const people = peopleNamed(registry, `${word.exact}s`) ?? peopleNamed(registry, word.exact.replace(/ic$/u, 's'));
    if (people) {
      found.push({
        actor: people.actor,
        start: word.start,
        end: word.end,
        text: text.slice(word.start, word.end),
        form: 'demonym',
      });
    }
  }
  return found;
}

/** Words for a people's community between its adjective and its members' noun: `Circassian community leaders`. */
const COMMUNITY_WORDS = words(`community church tribal clan religious village diaspora`);
/** Of those, the words for the whole community, which stand for its members with no noun after them. */
const WHOLE_COMMUNITY_WORDS = words(`community diaspora`);
/**
 * A faith's words after a people's adjective: its believers, the members themselves (`Coptic Christians`,
 * `Sunni Muslims`), or its adjective before the community or members (`the Ahmadi Muslim community`).
 */
const FAITH_MEMBERS = new Set(['Christians', 'Muslims', 'Jews', 'Hindus', 'Buddhists']);
const FAITH_ADJECTIVES = new Set(['Christian', 'Muslim', 'Jewish', 'Hindu', 'Buddhist']);
/** The most other adjectives that may share a people's members' noun: `Assyrian, Chaldean and Syriac families`. */
const MAX_SHARED_ADJECTIVES = 2;

/**
 * The noun for a people's members after token `at`, through capitalised
 * adjectives joined by `and` or a comma and a word for the community: a
 * member group's plural or its singular (`survivor`, `family`), or a
 * person's role (`bishops`, `a sheikh`). Lower case only; null otherwise.
 */
function membersNounAfter(view: TokenView, at: number): Token | null {
  const { tokens } = view;
  let next = at;
  for (let shared = 0; shared < MAX_SHARED_ADJECTIVES; shared++) {
    const joiner = tokens[next];
    if (!(joiner?.folded === 'and' || joiner?.exact === ',') || !capitalised(adjacentAfter(view, next + 1))) break;
    next += 2;
  }
  let noun = adjacentAfter(view, next);
  if (noun && FAITH_MEMBERS.has(noun.exact)) return noun;
  if (noun && FAITH_ADJECTIVES.has(noun.exact)) noun = adjacentAfter(view, ++next);
  if (noun && COMMUNITY_WORDS.has(noun.exact)) {
    const members = adjacentAfter(view, next + 1);
    // `the Sikh community said`, `the Druze diaspora in Canada`: the community itself is its members; not
    // before a noun it modifies (`the Ismaili community centre`).
    const lower = members !== null && members.exact === members.folded;
    const verb = lower && (wordTagged(members.exact, 'PastTense') || /s$/u.test(members.exact));
    const modifies = lower && !verb && wordTagged(members.exact, 'Noun', 'Verb');
    if (WHOLE_COMMUNITY_WORDS.has(noun.exact) && !modifies && !(lower && isMembersNoun(members))) return noun;
    noun = members;
    next++;
  }
  if (!noun || noun.exact !== noun.folded) return null;
  if (isMembersNoun(noun)) return noun;
  // `Sikh truck drivers`, `Tamil fishing families`: one lower-case word naming their trade before the members.
  const after = adjacentAfter(view, next + 1);
  return after && after.exact === after.folded && MEMBER_GROUP_NOUNS.has(after.exact) ? after : null;
}

/** A noun for a people's members: a member group's plural or its singular (`survivor`, `family`), or a person's role. */
function isMembersNoun(noun: Token): boolean {
  const plural = noun.exact.endsWith('y') ? `${noun.exact.slice(0, -1)}ies` : `${noun.exact}s`;
  return MEMBER_GROUP_NOUNS.has(noun.exact) || MEMBER_GROUP_NOUNS.has(plural) || roleOf(noun.exact)?.person === true;
}

/**
 * An airline's name that holds a state's (`Air Canada`, `Air India`, `Royal
 * Jordanian`, `Oman Air`, `a China Eastern flight`): `Air` before or after the state's name, a word
 * before a flight after it, or `Royal` before its name or
 * demonym with no capitalised word after (`the Royal Jordanian Air Force` is
 * the state's own body, read as one). The airline's name, or null.
 */
function airlineName(view: TokenView, mention: Mention, first: number, end: number): string | null {
  // `Oman Air`, the state's name first; not `the Pakistan Air Force`, the state's body. A word that is no
  // head or title between the state's name and a flight is an airline's too: `a China Eastern flight`.
  const air = adjacentAfter(view, end);
  const flight = adjacentAfter(view, end + 1);
  if (air && capitalised(air) && mention.form !== 'demonym') {
    if (air.exact === 'Air' && !capitalised(flight)) return `${mention.text} Air`;
    const carrier = !isTitleWord(air) && !ORGANISATION_HEADS.has(air.folded) && !NOT_NAMES.has(air.folded);
    if (carrier && flight && FLIGHT_NOUNS.has(flight.exact)) return `${mention.text} ${air.exact}`;
  }
  const before = adjacentBefore(view, first);
  if (!before || !capitalised(before) || !AIRLINE_FIRST_WORDS.has(before.folded)) return null;
  if (before.folded === 'air' && mention.form === 'demonym') return null;
  if (before.folded === 'royal' && capitalised(adjacentAfter(view, end))) return null;
  return `${before.exact} ${mention.text}`;
}

/**
 * A state's name that is an English noun too, opening a sentence in a list
 * of bare lower-case nouns: `Turkey and stuffing`, `China, glassware and
 * silver`. After `and` one bare noun is enough; after a comma the list must
 * run on (`Turkey, home to …` is the state described). A function word, a
 * pronoun, an adjective or an adverb after it (`China and its allies`,
 * `Turkey, however,`) keeps the state. The list's words, or null.
 */
function inListOfNouns(view: TokenView, mention: Mention, first: number, end: number): string | null {
  const { tokens } = view;
  if (!COMMON_NOUN_NAMES.has(mention.text.toLowerCase()) || !startsSentence(view, first)) return null;
  const joiner = tokens[end];
  const noun = tokens[end + 1];
  if (!joiner || !noun?.word || !/^\p{Ll}/u.test(noun.exact) || NOT_NAMES.has(noun.folded)) return null;
  if (joiner.folded !== 'and' && joiner.exact !== ',') return null;
  if (
    wordTagged(noun.exact, 'Adverb', 'Pronoun', 'Determiner', 'Adjective', 'Preposition', 'Conjunction', 'PastTense')
  ) {
    return null;
  }
  const next = tokens[end + 2];
  if (joiner.exact === ',' && next?.folded !== 'and' && next?.exact !== ',') return null;
  return view.text.slice(mention.start, noun.end);
}

/**
 * The capitalised run after a demonym, through `of`, `for` and `the`
 * (`Ministry of Defence`): its token end, and whether it ends an
 * organisation's name and whether it is only the state's own bodies.
 */
function organisationAfter(view: TokenView, end: number): { end: number; stateBody: boolean } | null {
  const { tokens } = view;
  if (!adjacentAfter(view, end) || !capitalised(tokens[end])) return null;
  let last = end;
  let headSeen = false;
  let stateBody = true;
  for (let at = end; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    // A possessive inside the name runs it on (`the Ghana Teachers' Union`, `the Peru Women's League`).
    if (at > end && ["'", '’'].includes(token.exact) && !token.spaceBefore && capitalised(tokens[at - 1])) {
      if (tokens[at + 1]?.folded === 's' && !tokens[at + 1]?.spaceBefore) at++;
      continue;
    }
    if (at > end && (!token.spaceBefore || !token.word)) break;
    if (capitalised(token)) {
      if (/^\p{Lu}+$/u.test(token.exact) || /\p{N}/u.test(token.exact)) break;
      last = at + 1;
      headSeen ||= ORGANISATION_HEADS.has(token.folded) && !roleOf(token.exact)?.person;
      stateBody &&= STATE_BODY_WORDS.has(token.folded);
    } else if (!['of', 'for', 'the'].includes(token.folded)) {
      break;
    }
  }
  // The run must end on its head or carry one before `of`: `Foreign Ministry`, `Ministry of Defence`;
  // or be the state's own bodies alone, head word or not (`Turkish Troops`, `Israeli Military`); or be
  // followed by what it is and a verb (`UK Maritime Trade Operations agency said`), a name of two words or
  // more after the state's.
  const what = tokens[last];
  const described =
    last - end >= 2 &&
    what?.word === true &&
    /^\p{Ll}/u.test(what.exact) &&
    MEDIA_DESCRIPTORS.has(what.folded) &&
    CUE_VERBS.has(tokens[last + 1]?.folded ?? '');
  if (described) return { end: last, stateBody: false };
  return headSeen || (stateBody && last > end) ? { end: last, stateBody } : null;
}

/**
 * A demonym that is a word of an organisation's own name rather than its
 * state: it follows the name's head and a connector, with or without `the`
 * (`Council on`, `Federation of the`), and the name runs on after it in
 * capitals, through a hyphen or not (`American-Islamic Relations`,
 * `American Scientists`). A title after it (`the Office of the Iranian
 * President`) is a person's office, so the demonym keeps its state there.
 * The span of the name from its head, or null.
 */
function demonymInName(view: TokenView, first: number, end: number): { start: number; end: number } | null {
  const { tokens } = view;
  let at = first - 1;
  if (tokens[at]?.folded === 'the') at--;
  const connector = tokens[at];
  const head = adjacentBefore(view, at);
  if (!connector?.word || !NAME_CONNECTORS.has(connector.folded) || !head || !capitalised(head)) {
    return null;
  }
  if (!ORGANISATION_HEADS.has(head.folded) && !PLACE_HEADS.has(head.folded)) return null;
  // Everything from the head to the demonym is one line of words: no punctuation between.
  for (let index = at - 1; index < first; index++) if (!tokens[index]?.word) return null;
  const joiner = tokens[end];
  const hyphened = joiner !== undefined && NAME_HYPHENS.has(joiner.exact);
  const afterJoiner = tokens[end + 1];
  const next = hyphened
    ? afterJoiner && view.text.slice(joiner.end, afterJoiner.start).length <= 1
      ? afterJoiner
      : null
    : adjacentAfter(view, end);
  if (!next || !capitalised(next) || isTitleWord(next)) return null;
  return { start: head.start, end: next.end };
}

/** `Government of` right before token `first`, capitalised and in one run of words: its first token, or null. */
function governmentOfState(view: TokenView, first: number): Token | null {
  const connector = adjacentBefore(view, first);
  const head = connector?.folded === 'of' ? adjacentBefore(view, first - 1) : null;
  return head?.exact === 'Government' ? head : null;
}

/**
 * A registered name written in title case, from token `first`: its common
 * words capitalised (`Iranian Government` for `Iranian government`) or its
 * small words (`Syrian Observatory For Human Rights`).
 */
function titleCaseVariant(registry: Registry, { tokens }: TokenView, first: number, end: number) {
  const lowered = (which: (token: Token) => boolean) =>
    tokens
      .slice(first, first + MAX_TITLE_WORDS)
      .map((token, index) =>
        index > 0 && capitalised(token) && /^\p{Lu}\p{Ll}+$/u.test(token.exact) && which(token)
          ? { ...token, exact: token.exact.toLowerCase() }
          : token,
      );
  // A title matches in any case already, and one the matcher passed over gave way to a name beside it.
  const notTitle = ({ form }: { form: string }) => form !== 'title';
  const everyWord = registry.trie.longestAt(
    lowered(() => true),
    0,
    notTitle,
  );
  const smallWords = registry.trie.longestAt(
    lowered((token) => TITLE_SMALL_WORDS.has(token.folded)),
    0,
    notTitle,
  );
  const match = (smallWords?.end ?? 0) > (everyWord?.end ?? 0) ? smallWords : everyWord;
  if (!match || first + match.end <= end) return null;
  const actors = [...new Set(match.forms.filter(({ form }) => form !== 'surname').map(({ actor }) => actor))];
  const [actor] = actors;
  const form = match.forms[0]?.form;
  return actors.length === 1 && actor !== undefined && form !== undefined
    ? { actor, form, end: first + match.end }
    : null;
}

/**
 * A proper name that ends in a state's name after `of` or `for` (`Brothers of
 * Italy`, `Alternative for Germany`, `the Gulf of Mexico`): the word before the
 * connector is capitalised inside the sentence, so it is a name's, and it is
 * no title (`King Abdullah of Jordan`, `President of Italy`), no person's
 * name (`Carlo De Benedetti of Italy's la Repubblica`: a given name opens the
 * capitalised words, or the state owns what follows), no head word of a body
 * (`Supreme Court of Kenya`: the state is the body's owner, a mention of its
 * own) and no word of the state's own long form (`Republic of`, `State of`).
 * The span of the name, or null.
 */
export function nameEndingIn(view: TextTokens, first: number): { start: number; end: number } | null {
  const { tokens } = view;
  const connector = adjacentBefore(view, first);
  if (!connector || !['of', 'for'].includes(connector.folded)) return null;
  const word = adjacentBefore(view, first - 1);
  if (!word || !capitalised(word)) return null;
  // `Bank of America`, `the Bank of Canada`: the head alone before `of`, even opening a sentence.
  const stateNamed =
    STATE_NAMED_HEADS.has(word.folded) &&
    (startsSentence(view, first - 2) || !capitalised(tokens[first - 3]) || tokens[first - 3]?.folded === 'the');
  if (startsSentence(view, first - 2) && !stateNamed) return null;
  if (tokens[first + 1]?.exact === "'" && tokens[first + 2]?.folded === 's') return null;
  // The first of the capitalised words (and particles) before the connector.
  let opening = first - 2;
  while (opening > 0 && !startsSentence(view, opening) && adjacentBefore(view, opening)) {
    const previous = tokens[opening - 1] as Token;
    // `The Bank of Canada`: an article opening the sentence is no word of the name.
    if (NOT_NAMES.has(previous.folded)) break;
    if (!capitalised(previous) && !(NAME_PARTICLES.has(previous.folded) && !NAME_CONNECTORS.has(previous.folded)))
      break;
    opening--;
  }
  if (opening < first - 2 && isGivenName(tokens[opening]?.exact ?? '')) return null;
  const titled = (token: Token | null | undefined) => token?.word === true && isTitleWord(token);
  if (
    titled(word) ||
    titled(tokens[first - 3]) ||
    isGivenName(word.exact) ||
    NOT_NAMES.has(word.folded) ||
    (ORGANISATION_HEADS.has(word.folded) && !stateNamed) ||
    POLITY_WORDS.has(word.folded)
  ) {
    return null;
  }
  return { start: word.start, end: (tokens[first] as Token).end };
}

/**
 * An organisation's name of a common noun and a state's name, opening a
 * sentence and saying something (`Statistics Canada said`): no date or
 * adverb (`Yesterday Canada closed …`) and no acronym (`UNHCR UK spokesman`,
 * a body's branch in the state) but a noun written before the state's name
 * with nothing between, and a reporting verb after it. Before a title
 * (`Environment Canada spokesperson X`) the state stays, the person's
 * affiliation. The span of the name, or null.
 */
function nounBeforeAtStart(view: TokenView, first: number): { start: number; end: number } | null {
  const before = adjacentBefore(view, first);
  const after = adjacentAfter(view, first + 1);
  if (!before || !capitalised(before) || !startsSentence(view, first - 1) || NOT_NAMES.has(before.folded)) {
    return null;
  }
  if (/^\p{Lu}+$/u.test(before.exact) || !after || !CUE_VERBS.has(after.folded)) return null;
  const word = before.exact.toLowerCase();
  if (
    !wordTagged(word, 'Noun') ||
    wordTagged(word, 'Date', 'Pronoun', 'Adverb', 'Conjunction', 'Preposition', 'Determiner')
  ) {
    return null;
  }
  if (isTitleWord(before) || POLITY_WORDS.has(before.folded)) return null;
  return { start: before.start, end: (view.tokens[first] as Token).end };
}

/**
 * A name the matcher left as part of a longer one, where the neighbour that
 * made it longer is no name: a capitalised adjective alone before it
 * (`in Southern Lebanon`, `a Marked EU convoy`) or a model's code after it
 * (`a Russian Su-24`). The mention it should have been, or null.
 */
function revived(registry: Registry, view: TokenView, note: MatchNote): Mention | null {
  const { tokens } = view;
  const first = view.indexAt.get(note.start);
  if (first === undefined) return null;
  const match = registry.trie.longestAt(tokens, first);
  if (!match || tokens[match.end - 1]?.end !== note.end) return null;
  const typed = match.forms.filter(({ form }) => form !== 'surname');
  const actors = [...new Set(typed.map(({ actor }) => actor))];
  const [actor] = actors;
  const form = typed[0]?.form;
  if (actors.length !== 1 || actor === undefined || form === undefined) return null;
  const before = adjacentBefore(view, first);
  const after = adjacentAfter(view, match.end);
  const nameBefore =
    before !== null && capitalised(before) && !NOT_NAMES.has(before.folded) && !startsSentence(view, first - 1);
  const nameAfter = after !== null && capitalised(after);
  if (!nameBefore && !nameAfter) return null;
  // The adjective opens no longer name when no capitalised word runs on before it; a sentence's first word is
  // capitalised as a sentence's, not as a name's, when it is a function word (`A Marked EU convoy`, `The Southern
  // Lebanon offensive`).
  const runBefore = adjacentBefore(view, first - 1);
  const nameRunsOn =
    runBefore !== null &&
    capitalised(runBefore) &&
    !(NOT_NAMES.has(runBefore.folded) && startsSentence(view, first - 2));
  if (nameBefore && !(plainAdjective(before, note.text) && !nameRunsOn)) return null;
  const code = tokens[match.end + 1]?.exact === '-' && /^\p{N}/u.test(tokens[match.end + 2]?.exact ?? '');
  if (nameAfter && !code) return null;
  return { actor, start: note.start, end: note.end, text: note.text, form };
}

/**
 * A name the matcher left as part of a longer one, where the longer one is
 * a registered name in title case (`Syrian Observatory For Human Rights`):
 * the mention of the whole, or null.
 */
function longerVariant(registry: Registry, view: TokenView, note: MatchNote): Mention | null {
  const first = view.indexAt.get(note.start);
  if (first === undefined) return null;
  let end = first;
  while (end < view.tokens.length && (view.tokens[end]?.end ?? Infinity) <= note.end) end++;
  const variant = titleCaseVariant(registry, view, first, end);
  if (!variant) return null;
  const last = view.tokens[variant.end - 1] as Token;
  return {
    actor: variant.actor,
    start: note.start,
    end: last.end,
    text: view.text.slice(note.start, last.end),
    form: variant.form,
  };
}

/** The token starts a sentence: nothing before it but a sentence mark, a quote or a line break. */
export function startsSentence({ text, tokens }: TextTokens, index: number): boolean {
  const previous = tokens[index - 1];
  const current = tokens[index];
  if (!previous || !current) return true;
  if (text.slice(previous.end, current.start).includes('\n')) return true;
  return !previous.word && ['.', '!', '?', ':', '"', '“', '”', "'", '‘', '(', '—'].includes(previous.exact);
}

/** A capitalised adjective (`Southern`, `Marked`) that starts no place's own name with `name` after it. */
function plainAdjective(token: Token, name: string): boolean {
  if (PLACE_ADJECTIVES.has(token.folded) || isGivenName(token.exact)) return false;
  if (PLACES_NAMED_WITH_A_DIRECTION.has(`${token.folded} ${name.toLowerCase()}`)) return false;
  return wordTagged(token.exact, 'Adjective');
}

export function settleMentions(
  registry: Registry,
  text: string,
  found: { mentions: readonly Mention[]; notes: readonly MatchNote[] },
): { mentions: Mention[]; notes: SettleNote[] } {
  const view = viewOf(text);
  const { tokens } = view;
  const notes: SettleNote[] = [];
  const mentions: Mention[] = [];
  const note = (start: number, end: number, message: string, ruleId: SettleNote['ruleId']) =>
    notes.push({ start, end, text: text.slice(start, end), message, ruleId });

  // A state's name read as a person's surname, the person's whole name and its end: said alone later, it is the person.
  const personNames = new Map<string, { whole: string; end: number }>();
  const remember = (name: string, span: { start: number; end: number }) => {
    // Only a surname: news names a person by surname alone, and a given name alone (`Georgia said`) is the state.
    if (!text.slice(span.start, span.end).endsWith(name)) return;
    // The earliest person by that name: notes and mentions are read in two passes, not in text order.
    if ((personNames.get(name)?.end ?? Infinity) > span.end) {
      personNames.set(name, { whole: text.slice(span.start, span.end), end: span.end });
    }
  };
  // A state's name read as a person's given name, the person's whole name and its end: said alone later in the
  // paragraph before a verb, with no pronoun of a thing after, it is the person (`and Chad signed posters`).
  const givenNames = new Map<string, { whole: string; end: number }>();
  const rememberGiven = (name: string, span: { start: number; end: number }) => {
    const whole = text.slice(span.start, span.end);
    if (whole.startsWith(`${name} `) && (givenNames.get(name)?.end ?? Infinity) > span.end) {
      givenNames.set(name, { whole, end: span.end });
    }
  };
  const candidates = [...found.mentions];
  for (const matchNote of found.notes) {
    const mention =
      matchNote.ruleId === 'longer-name'
        ? (revived(registry, view, matchNote) ?? longerVariant(registry, view, matchNote))
        : null;
    if (mention) candidates.push(mention);
    else notes.push(matchNote);
    // The matcher left a state's name inside a person's (`Norman Chad`): the person is named all the same.
    const first = view.indexAt.get(matchNote.start);
    const person = !mention && first !== undefined ? personReadingAt(registry, view, first, first + 1) : null;
    if (
      person &&
      registry.trie
        .longestAt(tokens, first as number)
        ?.forms.some(({ actor }) => registry.actors.get(actor)?.kind === 'state')
    ) {
      remember(matchNote.text, person);
    }
  }
  // A capital the matcher passed over as a place after a given name (`Valeska Paris grew up`) is a surname too.
  for (let index = 1; index < tokens.length; index++) {
    const before = tokens[index - 1] as Token;
    if (!capitalised(tokens[index]) || !capitalised(before) || !isGivenName(before.exact)) continue;
    const match = registry.trie.longestAt(tokens, index);
    const capital = match?.forms.some(
      ({ actor, form }) => form === 'metonym' && registry.actors.get(actor)?.kind === 'state',
    );
    const person = capital && match?.end === index + 1 ? personReadingAt(registry, view, index, index + 1) : null;
    if (person) remember((tokens[index] as Token).exact, person);
  }
  candidates.push(...peoplesByAdjective(registry, view, candidates));
  candidates.sort((a, b) => a.start - b.start);
  const titles = titleSpans(view);
  const introduced = introducedNames(view);
  const described = describedNames(view);
  const appositiveBodies = bodiesByAppositive(view);

  for (const mention of candidates) {
    const first = view.indexAt.get(mention.start);
    let end = first;
    while (end !== undefined && end < tokens.length && (tokens[end]?.end ?? Infinity) <= mention.end) end++;
    if (first === undefined || end === undefined) {
      mentions.push(mention);
      continue;
    }
    // A mention a longer one before it now covers (`Iranian Government` over `Government`).
    if ((mentions.at(-1)?.end ?? -1) > mention.start) continue;
    const name = `"${mention.text}"`;
    if (tokens[first - 1]?.exact === '#' && !tokens[first]?.spaceBefore) {
      note(mention.start, mention.end, `${name} is inside a hashtag; not linked to ${mention.actor}`, 'in-hashtag');
      continue;
    }
    const within = introduced.find((span) => span.start <= mention.start && mention.end <= span.end);
    if (within && (within.start < mention.start || within.end > mention.end)) {
      note(
        mention.start,
        mention.end,
        `${name} is part of the name "${text.slice(within.start, within.end)}" the text introduces; not linked to ${mention.actor}`,
        'longer-name',
      );
      continue;
    }
    if (titles.some((span) => span.start <= mention.start && mention.end <= span.end)) {
      note(
        mention.start,
        mention.end,
        `${name} is inside a title in quotes; not linked to ${mention.actor}`,
        'in-title',
      );
      continue;
    }
    const state = registry.actors.get(mention.actor)?.kind === 'state';
    const thing =
      isStateName(registry, mention.actor, mention.form) || (state && mention.form === 'metonym')
        ? namedThing(view, first, end)
        : null;
    if (thing) {
      note(
        mention.start,
        mention.end,
        `${name} is ${thing.kind === 'animal' ? 'an' : 'a'} ${thing.kind}'s name, after "${thing.noun}"; not linked to ${mention.actor}`,
        'thing-name',
      );
      continue;
    }
    const horse = isStateName(registry, mention.actor, mention.form) ? horseInRace(registry, view, first, end) : null;
    if (horse) {
      note(
        mention.start,
        mention.end,
        `${name} opens the horse's name "${horse}" in a sentence about a race ("by a length" or the like); not linked to ${mention.actor}`,
        'thing-name',
      );
      continue;
    }
    const product = isStateName(registry, mention.actor, mention.form) ? productName(registry, view, first, end) : null;
    if (product) {
      note(
        mention.start,
        mention.end,
        `${name} opens the product's name "${product}", which the sentence consumes; not linked to ${mention.actor}`,
        'thing-name',
      );
      continue;
    }
    // Before the person readings: `Kenya Power said its profits rose` names a firm, not a person.
    const firm = isStateName(registry, mention.actor, mention.form) ? firmName(registry, view, first, end) : null;
    if (firm) {
      note(
        mention.start,
        mention.end,
        `${name} opens the firm's name "${firm.name}" ("${firm.cue}" in the sentence); not linked to ${mention.actor}`,
        'organisation-name',
      );
      continue;
    }
    // A capital is a person's name as often as a state's (`Denzel Washington`), and a demonym a surname after a
    // given name where it describes nothing after it (`Sergeant Mary French told`; not `Mary's French cousins`).
    const surname = state && mention.form === 'demonym' && !describesWordAfter(view, end);
    if (isStateName(registry, mention.actor, mention.form) || (state && mention.form === 'metonym') || surname) {
      const person = personReadingAt(registry, view, first, end);
      if (person) {
        const whole = text.slice(person.start, person.end);
        remember(mention.text, person);
        rememberGiven(mention.text, person);
        note(
          mention.start,
          mention.end,
          `${name} is read as part of the person's name "${whole}" (${person.cue}); not linked to ${mention.actor}`,
          'person-not-place',
        );
        continue;
      }
      // `Norman Chad … Chad, a former sportswriter,`: the person named earlier, alone, speaking or described.
      // A capital alone before a person's pronoun in its sentence is the person too (`Valeska Paris … Paris
      // claims she was held`; not `Denzel Washington … Washington imposed tariffs`).
      const earlier = personNames.get(mention.text);
      const pronoun = mention.form === 'metonym' && personPronounAfter(view, end);
      const withSpeaker = withFirstPerson(tokens, end);
      if (
        earlier !== undefined &&
        earlier.end <= mention.start &&
        (pronoun || withSpeaker || speaksOrIsDescribed(view, end))
      ) {
        const cue = pronoun
          ? "a person's pronoun after it"
          : withSpeaker
            ? 'the speaker joined to it, "and I"'
            : 'a reporting verb or an appositive after it';
        note(
          mention.start,
          mention.end,
          `${name} is read as the person "${earlier.whole}" named earlier (${cue}); not linked to ${mention.actor}`,
          'person-not-place',
        );
        continue;
      }
      const namesake = givenNames.get(mention.text);
      if (namesake && namesake.end <= mention.start && givenAloneActs(view, namesake.end, first, end)) {
        note(
          mention.start,
          mention.end,
          `${name} is read as the person "${namesake.whole}" named earlier in the paragraph by that given name (a verb after it, no pronoun of a thing); not linked to ${mention.actor}`,
          'person-not-place',
        );
        continue;
      }
    }
    // After the person readings: `my cousin Chad Morrow` is remembered as a person for `Chad says` later.
    const introducedBy = state
      ? described.find((span) => span.start <= mention.start && mention.end <= span.end && span.end > mention.end)
      : undefined;
    if (introducedBy) {
      note(
        mention.start,
        mention.end,
        `${name} is a word of the name "${text.slice(introducedBy.start, introducedBy.end)}" a descriptor introduces; not linked to ${mention.actor}`,
        'longer-name',
      );
      continue;
    }
    const describedBy = state
      ? appositiveBodies.find((span) => span.start === mention.start && span.end > mention.end)
      : undefined;
    if (describedBy) {
      note(
        mention.start,
        mention.end,
        `${name} is a word of the name "${text.slice(describedBy.start, describedBy.end)}", a body's as the appositive after it says; not linked to ${mention.actor}`,
        'longer-name',
      );
      continue;
    }
    if (
      (state && mention.form === 'demonym') ||
      mention.form === 'metonym' ||
      isStateName(registry, mention.actor, mention.form)
    ) {
      const elsewhere = nounNameElsewhere(view, mention, end);
      if (elsewhere) {
        note(
          mention.start,
          mention.end,
          `${name} is the noun it also is in "${elsewhere}", people the sentence places in another state's division; not linked to ${mention.actor}`,
          'everyday-compound',
        );
        continue;
      }
      const list = inListOfNouns(view, mention, first, end);
      if (list) {
        note(
          mention.start,
          mention.end,
          `${name} opens a list of things, "${list}…", as the noun it also is; not linked to ${mention.actor}`,
          'everyday-compound',
        );
        continue;
      }
      const compound = everydayCompound(registry.everydayCompounds, view, mention, first, end);
      if (compound) {
        note(
          mention.start,
          mention.end,
          `${name} is part of the everyday compound "${compound}"; not linked to ${mention.actor}`,
          'everyday-compound',
        );
        continue;
      }
      const wordnet =
        (state && mention.form === 'demonym') || isStateName(registry, mention.actor, mention.form)
          ? wordnetKind(view, mention, end)
          : null;
      if (wordnet) {
        note(
          mention.start,
          mention.end,
          `${name} names a kind of thing, "${wordnet}", as WordNet's compounds after a state's word do; not linked to ${mention.actor}`,
          'everyday-compound',
        );
        continue;
      }
      const language = state && mention.form === 'demonym' ? languageReading(view, first, end) : null;
      if (language) {
        note(
          mention.start,
          mention.end,
          `${name} names a language (${language}); not linked to ${mention.actor}`,
          'language',
        );
        continue;
      }
      const asNoun = state && mention.form === 'demonym' ? demonymAsNoun(view, first, end) : null;
      if (asNoun) {
        note(
          mention.start,
          mention.end,
          `${name} is used as a noun for a thing (${asNoun}); not linked to ${mention.actor}`,
          'everyday-compound',
        );
        continue;
      }
      const things = mention.form === 'metonym' ? thingsFromCapital(registry, view, first, end, mention.actor) : null;
      if (things) {
        note(
          mention.start,
          mention.end,
          `${name} names what the things in "${things}" are, which another state makes or sells; not linked to ${mention.actor}`,
          'everyday-compound',
        );
        continue;
      }
      const kind = kindByEvidence(registry.everydayCompounds, view, first, end);
      if (kind) {
        note(
          mention.start,
          mention.end,
          `${name} names a kind of thing, "${kind.phrase}" (${kind.cue}); not linked to ${mention.actor}`,
          'everyday-compound',
        );
        continue;
      }
    }
    const airline =
      (state && mention.form === 'demonym') || isStateName(registry, mention.actor, mention.form)
        ? airlineName(view, mention, first, end)
        : null;
    if (airline) {
      note(
        mention.start,
        mention.end,
        `${name} is a word of the airline's name "${airline}"; not linked to ${mention.actor}`,
        'organisation-name',
      );
      continue;
    }
    if (state && mention.form === 'demonym') {
      const organisation = demonymInName(view, first, end);
      if (organisation) {
        note(
          mention.start,
          mention.end,
          `${name} is a word of the organisation's name "${text.slice(organisation.start, organisation.end)}…"; not linked to ${mention.actor}`,
          'longer-name',
        );
        continue;
      }
      if (adjacentBefore(view, first)?.folded === 'ancient') {
        note(
          mention.start,
          mention.end,
          `"${mention.text}" after "ancient" names a people of the past; not linked to ${mention.actor}`,
          'ancient',
        );
        continue;
      }
    }
    const objects = isStateName(registry, mention.actor, mention.form) ? objectsName(view, first, end) : null;
    if (objects) {
      note(
        mention.start,
        mention.end,
        `${name} opens the name of a kind of object, "${objects}"; not linked to ${mention.actor}`,
        'everyday-compound',
      );
      continue;
    }
    const club = isStateName(registry, mention.actor, mention.form) ? clubName(view, first, end) : null;
    if (club) {
      note(
        mention.start,
        mention.end,
        `${name} opens the club's name "${club.name}" (${club.cue}); not linked to ${mention.actor}`,
        'organisation-name',
      );
      continue;
    }
    // A capital is a city: after a town's or a village's noun its name is a smaller place's (`the Illinois town
    // of Cairo`), as a state's is.
    const townNamed = isStateName(registry, mention.actor, mention.form) || (state && mention.form === 'metonym');
    if (townNamed && TOWN_OF.test(view.text.slice(Math.max(0, mention.start - 160), mention.start))) {
      note(
        mention.start,
        mention.end,
        `${name} is a town's name, after a town's noun; not linked to ${mention.actor}`,
        'in-place-name',
      );
      continue;
    }
    if (isStateName(registry, mention.actor, mention.form)) {
      const before = adjacentBefore(view, first);
      const place = before && capitalised(before) ? `${before.exact} ${mention.text}` : '';
      const feature = adjacentAfter(view, end);
      const station = stationNamedAfter(view, end);
      const named = feature !== null ? placeNamedAfter(view, end) : null;
      const natural =
        (before && capitalised(before) && PLACE_FIRST_WORDS.has(before.folded)) || named !== null || station !== null;
      if (natural) {
        const whole =
          station !== null ? `${mention.text} ${station}` : named ? text.slice(mention.start, named.end) : place;
        note(
          mention.start,
          mention.end,
          `${name} is a word of the place's name "${whole}"; not linked to ${mention.actor}`,
          'in-place-name',
        );
        continue;
      }
      if (DIVISION_NAMES.has(place.toLowerCase())) {
        note(
          mention.start,
          mention.end,
          `${name} is a word of the place's name "${place}"; not linked to ${mention.actor}`,
          'in-place-name',
        );
        continue;
      }
      const unknown = unknownNameBeside(registry, view, first, end);
      if (unknown) {
        note(
          mention.start,
          mention.end,
          `${name} opens the name "${unknown.name}" (${unknown.cue}); not linked to ${mention.actor}`,
          'longer-name',
        );
        continue;
      }
      const longer = nameEndingIn(view, first) ?? nounBeforeAtStart(view, first);
      if (longer) {
        note(
          mention.start,
          mention.end,
          `${name} ends the name "${text.slice(longer.start, longer.end)}"; not linked to ${mention.actor}`,
          'longer-name',
        );
        continue;
      }
    }
    // `Little Havana`, `Old Cairo`, `Greater Cairo`: a part of the city, or the city as a place, not its government.
    const quarter = state && mention.form === 'metonym' ? adjacentBefore(view, first) : null;
    if (quarter && capitalised(quarter) && CITY_PART_ADJECTIVES.has(quarter.folded)) {
      note(
        mention.start,
        mention.end,
        `${name} is a word of the place's name "${quarter.exact} ${mention.text}"; not linked to ${mention.actor}`,
        'in-place-name',
      );
      continue;
    }
    // A town named after a state or its capital, written with its division (`Lebanon, Tennessee`, `Cairo, Illinois`).
    if (isStateName(registry, mention.actor, mention.form) || (state && mention.form === 'metonym')) {
      const division = townDivision(view, end);
      if (division) {
        note(
          mention.start,
          mention.end,
          `${name} is a town in ${division}, written with its division; not linked to ${mention.actor}`,
          'town',
        );
        continue;
      }
    }
    if (
      state &&
      US_STATE_NAMES.has(mention.text.toLowerCase()) &&
      !saidToBeCountry(view, first, end) &&
      !countryOwnWordAfter(view, end)
    ) {
      const sentence = sentenceWords(view, first);
      const owned = ownWordAfter(view, end);
      const cue = owned ?? sentence.find((token) => US_STATE_CUES.has(token.folded) && token !== tokens[first]);
      if (cue && (owned || !sentence.some((token) => COUNTRY_CUES.has(token.folded)))) {
        note(
          mention.start,
          mention.end,
          `${name} is read as the US state ("${cue.exact}" in the same sentence); not linked to ${mention.actor}`,
          'us-state',
        );
        continue;
      }
    }
    // `the Government of India`: the state's government in title case, one mention of the state, as `the Indian
    // Government` is (a registered name's title-case variant); discovery would make `Government` a body.
    const government = state && mention.form === 'name' ? governmentOfState(view, first) : null;
    if (government) {
      mentions.push({ ...mention, start: government.start, text: text.slice(government.start, mention.end) });
      continue;
    }
    if (mention.form === 'demonym' || mention.form === 'name') {
      const variant = titleCaseVariant(registry, view, first, end);
      if (variant) {
        const last = tokens[variant.end - 1] as Token;
        mentions.push({
          actor: variant.actor,
          start: mention.start,
          end: last.end,
          text: text.slice(mention.start, last.end),
          form: variant.form,
        });
        continue;
      }
    }
    const demonym = state && mention.form === 'demonym';
    // A name with full stops (`U.S.`) is left to stand before the body: discovery's names hold no full stops.
    if (demonym || (isStateName(registry, mention.actor, mention.form) && !mention.text.includes('.'))) {
      const organisation = organisationAfter(view, end);
      // `Russian Forces`, `the UK Government`: the state's own body, its demonym or name before it, is the state.
      if (organisation?.stateBody) {
        const last = tokens[organisation.end - 1] as Token;
        mentions.push({ ...mention, end: last.end, text: text.slice(mention.start, last.end) });
        continue;
      }
      const last = organisation ? (tokens[organisation.end - 1] as Token) : undefined;
      // A state's name before a body's is a word of the body's name (`Mexico Fire Department`, `UK Health
      // Security Agency`) unless the text names the body without it too (`the UK Home Office … the Home
      // Office`): there the state is the owner written before it, and keeps its link.
      const ownedBody = (at: Token) => text.split(text.slice(tokens[end]?.start, at.end)).length > 2;
      if (organisation && last && !organisation.stateBody && (demonym || !ownedBody(last))) {
        note(
          mention.start,
          mention.end,
          `${name} begins the organisation's name "${text.slice(mention.start, last.end)}": one mention of the organisation, with ${mention.actor} as its affiliation`,
          'organisation-name',
        );
        continue;
      }
    }
    mentions.push(mention);
  }
  return { mentions, notes: notes.sort((a, b) => a.start - b.start) };
}
