/**
 * Where the text places a discovered body or person, read as the state it
 * belongs to: a place in its name (`University of Texas Arlington`,
 * `Massachusetts Institute of Technology`), a place after it (`Duke
 * University, located in Durham, North Carolina`; `a boy from Irving,
 * Texas`), or a place before a descriptor (`the London-based charity X`).
 *
 * A place is a state the registry holds (`Australia`), a capital it holds
 * for one (`Ottawa`, `London`), or a division of a state in `places.ts`
 * (`Texas`). The registry decides: a state it lacks places nothing.
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

/**
 * The place starting at token `index`, if any: the longest division, else a
 * state's own name, alias or capital as the registry holds it.
 */
export function placeAt(registry: Registry, tokens: readonly Token[], index: number): Place | null {
  const first = tokens[index];
  if (!first?.word || !/^\p{Lu}/u.test(first.exact)) return null;
  let best: Place | null = null;
  for (const { words, state } of divisionsOf(registry).get(first.exact) ?? []) {
    const fits = words.every((word, offset) => tokens[index + offset]?.exact === word);
    if (fits && (!best || index + words.length > best.to)) best = { state, to: index + words.length };
  }
  if (best) return best;
  const match = registry.trie.longestAt(tokens, index);
  const form = match?.forms.find(
    ({ actor, form: kind }) =>
      (kind === 'name' || kind === 'alias' || kind === 'metonym') && registry.actors.get(actor)?.kind === 'state',
  );
  return match && form ? { state: form.actor, to: match.end } : null;
}

/** The state of the first place among tokens `from` to `to` (exclusive): a place in a body's name. */
export function placeWithin(registry: Registry, tokens: readonly Token[], from: number, to: number): ActorId | null {
  for (let index = from; index < to; index++) {
    const place = placeAt(registry, tokens, index);
    if (place && place.to <= to) return place.state;
  }
  return null;
}

/** Capitalised words a town's name may take before the comma and its state: `Saratoga Springs, New York`. */
const TOWN_WORDS = 3;

/**
 * A place right at token `index`, or a town and then its place after a
 * comma (`Durham, North Carolina`): the state of the place.
 */
function placeOrTownAt(registry: Registry, tokens: readonly Token[], index: number): ActorId | null {
  const direct = placeAt(registry, tokens, index);
  if (direct) return direct.state;
  let at = index;
  while (at < index + TOWN_WORDS && tokens[at]?.word && /^\p{Lu}/u.test(tokens[at]?.exact ?? '')) at++;
  if (at === index || tokens[at]?.exact !== ',') return null;
  return placeAt(registry, tokens, at + 1)?.state ?? null;
}

/** Participles between a body's name and `in`: `located in`, `based in`. */
const PLACE_PARTICIPLES = new Set(['located', 'based', 'headquartered']);
/** Tokens an appositive noun phrase may take before `from`: `, a 14-year-old boy from …`. */
const APPOSITIVE_TOKENS = 8;
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * A place after a name. For a body, through `in`, `located in` or `based
 * in`, optionally after a comma (`Northwestern University in Evanston,
 * Illinois`, `Duke University, located in Durham, North Carolina`). For a
 * person, through `from`, right after the name or after an appositive's
 * lower-case noun phrase (`X, a 14-year-old boy from Irving, Texas`).
 */
export function placeAfter(
  registry: Registry,
  tokens: readonly Token[],
  to: number,
  link: 'in' | 'from',
): ActorId | null {
  let index = to;
  if (link === 'in') {
    if (tokens[index]?.exact === ',') index++;
    if (PLACE_PARTICIPLES.has(tokens[index]?.folded ?? '')) index++;
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
  return placeOrTownAt(registry, tokens, index + 1);
}

/** Lower-case words allowed between `X-based` and the name: an article's noun and its modifiers. */
const BASED_GAP = 4;

/**
 * `X-based` shortly before a name, with only lower-case words between
 * (`the London-based charity Y`, `a Texas-based lawyer Y`): the state of X.
 */
export function basedBefore(registry: Registry, tokens: readonly Token[], from: number): ActorId | null {
  let index = from - 1;
  for (let gap = 0; gap <= BASED_GAP; gap++, index--) {
    const token = tokens[index];
    if (!token?.word) return null;
    if (token.folded === 'based' && tokens[index - 1]?.exact === '-' && !token.spaceBefore) {
      // The place ends right before the hyphen: try each start of up to three words.
      for (let start = index - 2; start >= Math.max(0, index - 4); start--) {
        const place = placeAt(registry, tokens, start);
        if (place && place.to === index - 1) return place.state;
      }
      return null;
    }
    if (!/^\p{Ll}/u.test(token.exact)) return null;
  }
  return null;
}
