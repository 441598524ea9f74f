/**
 * A name two states share (`Congolese`: the Democratic Republic of the Congo
 * and the Republic of the Congo) settled by where its paragraph is: a town
 * the paragraph places something in (`in Lubumbashi`, `near Pointe-Noire`)
 * that the gazetteer puts in one of the states, and in none of the others.
 */
import { countryOfTown } from '../registry/dateline-towns.ts';
import type { Registry } from '../registry/registry.ts';
import type { ActorId } from '../schema/index.ts';
import type { Token } from '../text/tokens.ts';

/** Words that place what comes before them in the town after them. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from']);

/** The state a country's name stands for in the registry, or null. */
function stateNamed(registry: Registry, country: string): ActorId | null {
  const forms = registry.trie.wholeName(country);
  if (forms === null) return null;
  const states = new Set(
    forms
      .filter(({ actor, form }) => form !== 'demonym' && registry.actors.get(actor)?.kind === 'state')
      .map(({ actor }) => actor),
  );
  const [only] = states;
  return states.size === 1 && only !== undefined ? only : null;
}

/** The tokens of the line (paragraph) around token `index`: from one line break to the next. */
function lineAround(text: string, tokens: readonly Token[], index: number): { from: number; to: number } {
  const broken = (a: Token | undefined, b: Token | undefined) =>
    a !== undefined && b !== undefined && text.slice(a.end, b.start).includes('\n');
  let from = index;
  while (from > 0 && !broken(tokens[from - 1], tokens[from])) from--;
  let to = index + 1;
  while (to < tokens.length && !broken(tokens[to - 1], tokens[to])) to++;
  return { from, to };
}

/**
 * The names a town may have from token `at`: its word with what hyphens join to it (`Pointe-Noire`), then with
 * the next capitalised word too (`Cape Town`), longest first; and the token after the word.
 */
function townNames(text: string, tokens: readonly Token[], at: number): { names: string[]; end: number } {
  let end = at + 1;
  while (
    tokens[end]?.exact === '-' &&
    !tokens[end]?.spaceBefore &&
    tokens[end + 1]?.word &&
    !tokens[end + 1]?.spaceBefore
  )
    end += 2;
  const word = text.slice(tokens[at]?.start, tokens[end - 1]?.end);
  const next = tokens[end];
  const names =
    next?.word && next.spaceBefore && /^\p{Lu}/u.test(next.exact) ? [`${word} ${next.exact}`, word] : [word];
  return { names, end };
}

/** Words between the names of a list of places: `from Kisangani and Pointe-Noire`. */
const LIST_JOINERS = new Set([',', 'and', 'or']);

/**
 * The one candidate a town of the paragraph around token `index` is in: a capitalised name of one or two words
 * after a place's preposition, or after a listed town and `and`, that the gazetteer places in a candidate
 * state; null when no town, or towns of more than one candidate, are named.
 */
export function candidatePlacedByTown(
  registry: Registry,
  text: string,
  tokens: readonly Token[],
  index: number,
  candidates: readonly ActorId[],
): ActorId | null {
  const { from, to } = lineAround(text, tokens, index);
  const placed = new Set<ActorId>();
  let townEnd = -1;
  for (let at = from + 1; at < to; at++) {
    const word = tokens[at];
    const before = tokens[at - 1]?.folded ?? '';
    const placing = PLACE_PREPOSITIONS.has(before) || (townEnd === at - 1 && LIST_JOINERS.has(before));
    if (!word?.word || !/^\p{Lu}/u.test(word.exact) || !placing) continue;
    const { names, end } = townNames(text, tokens, at);
    townEnd = end;
    for (const name of names) {
      const country = countryOfTown(name);
      const state = country === null ? null : stateNamed(registry, country);
      if (state !== null && candidates.includes(state)) {
        placed.add(state);
        break;
      }
    }
  }
  const [only] = placed;
  return placed.size === 1 && only !== undefined ? only : null;
}
