/**
 * Where the text places a discovered body or person, read as the state it
 * belongs to: a place in its name (`University of Texas Arlington`,
 * `Massachusetts Institute of Technology`), a place after it (`Duke
 * University, located in Durham, North Carolina`; `a boy from Irving,
 * Texas`), or a place before a descriptor (`the London-based charity X`).
 *
 * A place is a state the registry holds (`Australia`), a capital it holds
 * for one (`Ottawa`, `London`), a division of a state in `places.ts`
 * (`Texas`), or a town the briefing itself places, written before one of
 * those after a comma (`Irving, Texas`: then `Irving Police Department` is
 * placed too). The registry decides: a state it lacks places nothing.
 */
import type { ActorId } from '../schema/index.ts';
import type { Registry } from '../registry/registry.ts';
import type { Token } from '../text/tokens.ts';
import { PLACES_IN_STATES } from './places.ts';

/** A place found at a token: the state it lies in and the token after it. */
export interface Place {
  state: ActorId;
  to: number;
}

interface PlaceName {
  words: readonly string[];
  state: ActorId;
}

/** Divisions by their first word, resolved against one registry (cached: a registry is compiled once). */
const divisionsByRegistry = new WeakMap<Registry, Map<string, PlaceName[]>>();

function divisionsOf(registry: Registry): Map<string, PlaceName[]> {
  const known = divisionsByRegistry.get(registry);
  if (known) return known;
  const stateByName = new Map(
    [...registry.actors.values()].filter((actor) => actor.kind === 'state').map((actor) => [actor.name, actor.id]),
  );
  const divisions = new Map<string, PlaceName[]>();
  for (const [stateName, places] of PLACES_IN_STATES) {
    const state = stateByName.get(stateName);
    if (state === undefined) continue;
    for (const place of places) {
      const words = place.split(' ');
      const first = words[0] as string;
      divisions.set(first, [...(divisions.get(first) ?? []), { words, state }]);
    }
  }
  divisionsByRegistry.set(registry, divisions);
  return divisions;
}

/** Capitalised words a town's name may take before the comma and its state: `Saratoga Springs, New York`. */
const TOWN_WORDS = 3;
/** Participles between a body's name and `in`: `located in`, `based in`. */
const PLACE_PARTICIPLES = new Set(['located', 'based', 'headquartered']);
/** Tokens an appositive noun phrase may take before `from`: `, a 14-year-old boy from …`. */
const APPOSITIVE_TOKENS = 8;
const ARTICLES = new Set(['a', 'an', 'the']);
/** Lower-case words allowed between `X-based` and the name: an article's noun and its modifiers. */
const BASED_GAP = 4;

const isCapitalisedWord = (token: Token | undefined) => token?.word === true && /^\p{Lu}/u.test(token.exact);
const keyOf = (tokens: readonly Token[], from: number, to: number) =>
  tokens
    .slice(from, to)
    .map((token) => token.exact)
    .join(' ');

/** The places one briefing names, read through its tokens. */
export class Places {
  readonly #registry: Registry;
  readonly #tokens: readonly Token[];
  /** Towns the briefing places (`Irving` from `Irving, Texas`), by their words; null where two states claim one. */
  readonly #towns = new Map<string, ActorId | null>();

  constructor(registry: Registry, tokens: readonly Token[]) {
    this.#registry = registry;
    this.#tokens = tokens;
    this.#learnTowns();
  }

  /**
   * `Town, Place` where the place is no possessive (`John Smith, Canada's
   * envoy` names a person), ends its phrase, and the town is no place
   * itself (`Eritrea, Libya` is a list).
   */
  #learnTowns(): void {
    const tokens = this.#tokens;
    tokens.forEach((token, comma) => {
      if (token.exact !== ',') return;
      const place = this.#knownAt(comma + 1);
      // The place ends the phrase: `Irving, Texas, was`, not `Croucher Foundation, US National Science Foundation`.
      if (!place || tokens[place.to]?.exact === "'" || isCapitalisedWord(tokens[place.to])) return;
      let from = comma;
      while (
        from > comma - TOWN_WORDS &&
        isCapitalisedWord(tokens[from - 1]) &&
        tokens[from - 1]?.spaceBefore !== false
      ) {
        from--;
      }
      if (from === comma || isCapitalisedWord(tokens[from - 1]) || this.#knownAt(from)) return;
      const key = keyOf(tokens, from, comma);
      const known = this.#towns.get(key);
      this.#towns.set(key, known === undefined || known === place.state ? place.state : null);
    });
  }

  /** A division, or a state's own name, alias or capital as the registry holds it, starting at token `index`. */
  #knownAt(index: number): Place | null {
    const tokens = this.#tokens;
    const first = tokens[index];
    if (!isCapitalisedWord(first)) return null;
    let best: Place | null = null;
    for (const { words, state } of divisionsOf(this.#registry).get(first?.exact ?? '') ?? []) {
      const fits = words.every((word, offset) => tokens[index + offset]?.exact === word);
      if (fits && (!best || index + words.length > best.to)) best = { state, to: index + words.length };
    }
    if (best) return best;
    const match = this.#registry.trie.longestAt(tokens, index);
    const form = match?.forms.find(
      ({ actor, form: kind }) =>
        (kind === 'name' || kind === 'alias' || kind === 'metonym') &&
        this.#registry.actors.get(actor)?.kind === 'state',
    );
    return match && form ? { state: form.actor, to: match.end } : null;
  }

  /** Tokens `from` to `to` (exclusive) are a division's name, whole: `New Mexico`, `Ohio`. */
  isDivision(from: number, to: number): boolean {
    const first = this.#tokens[from]?.exact ?? '';
    return (divisionsOf(this.#registry).get(first) ?? []).some(
      ({ words }) =>
        words.length === to - from && words.every((word, offset) => this.#tokens[from + offset]?.exact === word),
    );
  }

  /** The place starting at token `index`, if any: a division, a state, a capital, or a town the briefing placed. */
  at(index: number): Place | null {
    const known = this.#knownAt(index);
    if (known) return known;
    for (let words = TOWN_WORDS; words >= 1; words--) {
      const state = this.#towns.get(keyOf(this.#tokens, index, index + words));
      if (state) return { state, to: index + words };
    }
    return null;
  }

  /** The state of the first place among tokens `from` to `to` (exclusive): a place in a body's name. */
  within(from: number, to: number): ActorId | null {
    for (let index = from; index < to; index++) {
      const place = this.at(index);
      if (place && place.to <= to) return place.state;
    }
    return null;
  }

  /** A place at token `index`, or a town and then its place after a comma (`Durham, North Carolina`). */
  #placeOrTownAt(index: number): ActorId | null {
    const direct = this.at(index);
    if (direct) return direct.state;
    let at = index;
    while (at < index + TOWN_WORDS && isCapitalisedWord(this.#tokens[at])) at++;
    if (at === index || this.#tokens[at]?.exact !== ',') return null;
    return this.at(at + 1)?.state ?? null;
  }

  /**
   * A place after a name. For a body, through `in`, `located in` or `based
   * in`, optionally after a comma (`Northwestern University in Evanston,
   * Illinois`, `Duke University, located in Durham, North Carolina`). For a
   * person, through `from`, right after the name or after an appositive's
   * lower-case noun phrase (`X, a 14-year-old boy from Irving, Texas`) or
   * an age (`X, 36, from …`).
   */
  after(to: number, link: 'in' | 'from'): ActorId | null {
    const tokens = this.#tokens;
    let index = to;
    if (link === 'in') {
      if (tokens[index]?.exact === ',') index++;
      if (PLACE_PARTICIPLES.has(tokens[index]?.folded ?? '')) index++;
    } else if (tokens[index]?.exact === ',' && /^\p{N}+$/u.test(tokens[index + 1]?.exact ?? '')) {
      // An age set off by commas: `X, 36, from Sydney, Australia`.
      if (tokens[index + 2]?.exact === ',') index += 3;
    } else if (tokens[index]?.exact === ',' && ARTICLES.has(tokens[index + 1]?.folded ?? '')) {
      // The appositive's words: lower case, digits and hyphens only, so it never runs into another name.
      const limit = index + APPOSITIVE_TOKENS;
      index += 2;
      while (index < limit && tokens[index]?.folded !== 'from') {
        const token = tokens[index];
        if (!token || (token.word ? !/^[\p{Ll}\p{N}]/u.test(token.exact) : token.exact !== '-')) return null;
        index++;
      }
    }
    if (tokens[index]?.folded !== link) return null;
    return this.#placeOrTownAt(index + 1);
  }

  /**
   * `X-based` shortly before a name, with only lower-case words between
   * (`the London-based charity Y`, `a Texas-based lawyer Y`): the state of X.
   */
  basedBefore(from: number): ActorId | null {
    const tokens = this.#tokens;
    let index = from - 1;
    for (let gap = 0; gap <= BASED_GAP; gap++, index--) {
      const token = tokens[index];
      if (!token?.word) return null;
      if (token.folded === 'based' && tokens[index - 1]?.exact === '-' && !token.spaceBefore) {
        // The place ends right before the hyphen: try each start of up to three words.
        for (let start = index - 2; start >= Math.max(0, index - 4); start--) {
          const place = this.at(start);
          if (place && place.to === index - 1) return place.state;
        }
        return null;
      }
      if (!/^\p{Ll}/u.test(token.exact)) return null;
    }
    return null;
  }
}
