/**
 * Cues around a name that say it is something's other than a state's: the
 * thing a noun introduces (`the band Japan`), and a firm a sentence about
 * business names (`Shares in China Mobile fell`). The settling step reads a
 * state's name there as a word of that name; discovery makes no actor of a
 * thing, and makes the firm one.
 */
import type { Registry } from '../registry/registry.ts';
import { isGivenName } from '../text/given-names.ts';
import { BARE_HONORIFICS, HONORIFICS, roleOf, words } from '../text/lexicon.ts';
import { SENTENCE_END_MARKS, type Token } from '../text/tokens.ts';
import {
  ANIMAL_NAME_NOUNS,
  BAND_NOUNS,
  BUSINESS_WINDOW,
  BUSINESS_WORDS,
  NAMED_PLACE_HEADS,
  NATURAL_FEATURES,
  NOT_NAMES,
  ORGANISATION_HEADS,
  PLACE_HEADS,
  SETTLEMENT_FOLLOWERS,
  SETTLEMENT_NOUNS,
  TITLE_MODIFIERS,
  TRADE_DESCRIPTORS,
  VESSEL_CARRIER_MODIFIERS,
  VESSEL_NOUNS,
  WORK_NOUNS,
} from './lexicon.ts';

export interface ThingNoun {
  /** The noun as written, with `bulk` or the like before `carrier`. */
  noun: string;
  kind: 'vessel' | 'animal' | 'band' | 'place' | 'work';
  /** `called`, `named` or `known as` stands between the noun and the name. */
  linked: boolean;
  /** A comma stands between: the name is an appositive, which a comma or its sentence's end must close. */
  setOff: boolean;
}

/** What closes a name set off after its noun: a comma, or the end of its sentence. */
export const SET_OFF_CLOSERS = new Set([',', ';', ...SENTENCE_END_MARKS]);

/** The forms of `ride`, whose object named right after it is a horse: `rode Desert Crown to victory`. */
export const RIDING_VERBS = new Set(['ride', 'rides', 'rode', 'ridden', 'riding']);

/** Words between a thing's noun and its name: `a horse called Jordan`, `a ship known as Lebanon`. */
const NAME_LINKS = new Set(['called', 'named', 'dubbed']);

/**
 * The noun that introduces a thing's name right before a token: a vessel, an
 * animal or a band (`the bulk carrier Ghana Pride`, `named the dog Kabul`, `a
 * racehorse called Jordan`, `the band Japan`), or before a comma that sets
 * the name off (`Her horse, Ireland Calling, won`; the caller checks that a
 * comma or the sentence's end closes it); null otherwise.
 */
export function thingNounBefore(tokens: readonly Token[], index: number): ThingNoun | null {
  let at = index - 1;
  let linked = false;
  const setOff = tokens[at]?.exact === ',';
  if (setOff) {
    at--;
  } else if (NAME_LINKS.has(tokens[at]?.folded ?? '')) {
    at--;
    linked = true;
  } else if (tokens[at]?.folded === 'as' && tokens[at - 1]?.folded === 'known') {
    at -= 2;
    linked = true;
  }
  const noun = tokens[at];
  if (!noun?.word || noun.exact !== noun.folded) return null;
  const modifier = tokens[at - 1];
  if (noun.folded === 'carrier') {
    return modifier?.word && VESSEL_CARRIER_MODIFIERS.has(modifier.folded)
      ? { noun: `${modifier.exact} carrier`, kind: 'vessel', linked, setOff }
      : null;
  }
  if (VESSEL_NOUNS.has(noun.folded)) return { noun: noun.exact, kind: 'vessel', linked, setOff };
  // `rode Desert Crown to victory`: what a jockey rides is a horse (the settling step asks for two words or more).
  if (!linked && !setOff && RIDING_VERBS.has(noun.folded)) return { noun: noun.exact, kind: 'animal', linked, setOff };
  if (ANIMAL_NAME_NOUNS.has(noun.folded)) return { noun: noun.exact, kind: 'animal', linked, setOff };
  if (BAND_NOUNS.has(noun.folded)) return { noun: noun.exact, kind: 'band', linked, setOff };
  // `the film Brazil`, `her debut novel Cuba`: a work's noun after a determiner, one modifier between at most.
  if (WORK_NOUNS.has(noun.folded) && !setOff && determined(tokens, at)) {
    return { noun: noun.exact, kind: 'work', linked, setOff };
  }
  return null;
}

/** Words that open a noun phrase before a work's noun: `the film`, `her novel`. */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that']);

/**
 * The noun at token `at` opens with a determiner or an owner's `'s`, right before it or before one lower-case
 * word or number (`the 1985 film`, `Gilliam's film`), so it is a noun, not a verb (`crews film Kenya's wildlife`).
 */
function determined(tokens: readonly Token[], at: number): boolean {
  const opens = (index: number) =>
    DETERMINERS.has(tokens[index]?.folded ?? '') ||
    (tokens[index]?.folded === 's' && tokens[index - 1]?.exact === "'" && !tokens[index]?.spaceBefore);
  if (opens(at - 1)) return true;
  const modifier = tokens[at - 1];
  return modifier?.word === true && /^[\p{Ll}\d]/u.test(modifier.exact) && opens(at - 2);
}

/** The most words between an appositive's article and its thing's noun: `a six-year-old bay gelding`. */
const MAX_THING_MODIFIERS = 4;

/**
 * A thing's noun in an appositive right after a name ending before token `end`: `Irish Rover, a six-year-old
 * gelding,`, `Kenya Star, the Liberian-flagged tanker.` (an article, up to four modifiers in lower case or
 * written with a hyphen, then an animal's or a vessel's noun that a comma or the sentence's end closes): the
 * name is the animal's or the vessel's. A settlement's noun says the name is a place's (`Lebanon, a hamlet
 * that …`, `Jamaica Plain, a neighbourhood of Boston,`), closed as well by what places it or opens its clause.
 * Null otherwise.
 */
export function thingNounAfter(tokens: readonly Token[], end: number): ThingNoun | null {
  if (tokens[end]?.exact !== ',' || !['a', 'an', 'the'].includes(tokens[end + 1]?.folded ?? '')) return null;
  let at = end + 2;
  for (let modifiers = 0; modifiers <= MAX_THING_MODIFIERS; modifiers++) {
    const word = tokens[at];
    if (!word) return null;
    // `a bulk carrier` is a vessel, as before a name (`carrier` alone is an airline).
    const carrier = word.folded === 'carrier' && VESSEL_CARRIER_MODIFIERS.has(tokens[at - 1]?.folded ?? '');
    if (
      word.word &&
      word.exact === word.folded &&
      (VESSEL_NOUNS.has(word.folded) || ANIMAL_NAME_NOUNS.has(word.folded) || carrier)
    ) {
      if (!SET_OFF_CLOSERS.has(tokens[at + 1]?.exact ?? '.')) return null;
      const kind = ANIMAL_NAME_NOUNS.has(word.folded) ? 'animal' : 'vessel';
      return { noun: word.exact, kind, linked: false, setOff: true };
    }
    if (word.word && word.exact === word.folded && SETTLEMENT_NOUNS.has(word.folded)) {
      const next = tokens[at + 1];
      const closed = next === undefined || SET_OFF_CLOSERS.has(next.exact) || SETTLEMENT_FOLLOWERS.has(next.folded);
      return closed ? { noun: word.exact, kind: 'place', linked: false, setOff: true } : null;
    }
    // A modifier: a lower-case word, a number, or a word joined by hyphens (`six-year-old`, `Liberian-flagged`).
    const hyphened = tokens[at + 1]?.exact === '-' && !tokens[at + 1]?.spaceBefore;
    if (hyphened) {
      at += 2;
      while (tokens[at + 1]?.exact === '-' && !tokens[at + 1]?.spaceBefore) at += 2;
      at++;
      continue;
    }
    if (!(word.word && word.exact === word.folded) && !/^\d+$/u.test(word.exact)) return null;
    at++;
  }
  return null;
}

/** Words before a trade's noun that are no modifier of it: articles, owners' words, prepositions. */
const NOT_TRADE_MODIFIERS = words(`a an the this that its his her their our my your of in at on to for from by with and
  or`);

/**
 * A trade's descriptor at token `at` (`TRADE_DESCRIPTORS`) after a lower-case noun of the trade: `the restaurant
 * chain`, `the brandy house`, `a rugby club`. Whether it introduces a body's name.
 */
export function tradeDescriptorAt(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at];
  const modifier = tokens[at - 1];
  return (
    noun?.word === true &&
    noun.exact === noun.folded &&
    TRADE_DESCRIPTORS.has(noun.folded) &&
    modifier?.word === true &&
    /^\p{Ll}/u.test(modifier.exact) &&
    !NOT_TRADE_MODIFIERS.has(modifier.folded)
  );
}

/**
 * A business word (`BUSINESS_WORDS`) within `BUSINESS_WINDOW` tokens of
 * tokens `from` to `to`, inside their sentence: the word, or null.
 */
export function businessWordNear(tokens: readonly Token[], from: number, to: number): Token | null {
  const stop = (token: Token | undefined) => token === undefined || SENTENCE_END_MARKS.has(token.exact);
  for (let at = from - 1; at >= from - BUSINESS_WINDOW && !stop(tokens[at]); at--) {
    if (BUSINESS_WORDS.has(tokens[at]?.folded ?? '')) return tokens[at] as Token;
  }
  for (let at = to; at < to + BUSINESS_WINDOW && !stop(tokens[at]); at++) {
    if (BUSINESS_WORDS.has(tokens[at]?.folded ?? '')) return tokens[at] as Token;
  }
  return null;
}

/**
 * The capitalised word at token `index` may be a firm's second word after a
 * state's name: no head, title, place's or feature's word, word that is never
 * a name, given name or registered name (`Mobile`, `Goose`, `Evergrande`).
 */
export function secondWordOfFirm(registry: Registry, tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  if (!word?.word || !/^\p{Lu}/u.test(word.exact)) return false;
  const { folded } = word;
  return (
    ![NOT_NAMES, PLACE_HEADS, NATURAL_FEATURES, NAMED_PLACE_HEADS].some((set) => set.has(folded)) &&
    !ORGANISATION_HEADS.has(folded) &&
    roleOf(word.exact) === undefined &&
    !HONORIFICS.has(folded) &&
    !BARE_HONORIFICS.has(folded) &&
    !TITLE_MODIFIERS.has(folded) &&
    !isGivenName(word.exact) &&
    registry.trie.longestAt(tokens, index) === null
  );
}
