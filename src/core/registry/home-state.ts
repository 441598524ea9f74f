/**
 * The state a briefing is about, where the text says. A story filed from a
 * state's capital (`OTTAWA —`) or from a town and its state (`NAHA, Japan —`)
 * is about that state when the text names it too, however often it names
 * another (a story from Ottawa on U.S. tariffs is Canada's). Otherwise: of the
 * states it names (each mention once, in order), the one state named, or one
 * named at least twice as often as any other; with none named, the
 * dateline's state; else none. Discovery gives an office
 * held with no country (`Environment Minister John Baird`) to it, and the
 * quote core credits such an office's words to it, so both read it the same way.
 */

import { countryOfTown } from './dateline-towns.ts';

/** How many times more often than any other the home state is named. */
const HOME_STATE_LEAD = 2;

export function homeStateOf(statesNamed: Iterable<string>, dateline: string | null = null): string | null {
  const counts = new Map<string, number>();
  for (const state of statesNamed) counts.set(state, (counts.get(state) ?? 0) + 1);
  if (dateline !== null && (counts.size === 0 || counts.has(dateline))) return dateline;
  const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
  return top && (!next || top[1] >= HOME_STATE_LEAD * next[1]) ? top[0] : null;
}

/**
 * Where the place a story's dateline opens with ends (`DAR ES SALAAM —`, `HAMILTON, Ont. —`), or 0 with none: a
 * place in capitals that names where the story is filed from, no one it is about.
 */
export function datelinePlaceEnd(text: string): number {
  const dateline = DATELINE.exec(text);
  return dateline === null ? 0 : dateline.index + dateline[0].length - (dateline[2] ?? '').length;
}

/** A dateline's place, in capitals (`BUENOS AIRES`, `PORT-AU-PRINCE`), of up to three words, and what follows. */
const DATELINE = /^\s*(\p{Lu}[\p{Lu}\p{M}'’.-]*\p{Lu}(?: \p{Lu}[\p{Lu}\p{M}'’.-]*\p{Lu}){0,2})\s*(,|—|–|-|\()/u;
/** After a town's comma: its state, capitalised, then a dash or a comma (`IJEVAN, Armenia —`). */
const DATELINE_STATE = /^\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2})\s*(?:,|—|–|-)/u;

/**
 * The state of the capital a story's dateline opens with (`TALLINN —`, `OSLO,`), or of the town and state it
 * names (`IJEVAN, Armenia —`), or of a town the gazetteer places in one (`ISTANBUL —`, `SENDAI, Miyagi —`,
 * `GALWAY, Ireland —`), or null: the place it is filed from. `stateOf` gives the state a place's name stands
 * for (a capital's, or a state's own), or null.
 */
export function datelineState(text: string, stateOf: (place: string) => string | null): string | null {
  const dateline = DATELINE.exec(text);
  if (!dateline) return null;
  const [whole, written = '', after] = dateline;
  const place = written.replace(/\p{Lu}+/gu, (word) => word.charAt(0) + word.slice(1).toLowerCase());
  const capitalOf = stateOf(place);
  if (capitalOf !== null) return capitalOf;
  // `SENDAI, Miyagi —`: after a town's comma its state, or its region, which tells towns of one name apart.
  const region = after === ',' ? DATELINE_STATE.exec(text.slice(whole.length))?.[1] : undefined;
  const stateAfter = region === undefined ? null : stateOf(region);
  if (stateAfter !== null) return stateAfter;
  // A town no registry holds is still in a state, where the gazetteer places it; a dateline names one, so the
  // state of a story filed from a country's second city (`ISTANBUL —`, `EXETER —`) is read as a capital's is.
  const country = countryOfTown(place, region);
  return country === null ? null : stateOf(country);
}
