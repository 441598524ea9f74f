/**
 * The noun that introduces a thing's name right before a token: a vessel, an
 * animal or a band (`the bulk carrier Ghana Pride`, `named the dog Kabul`, `a
 * racehorse called Jordan`, `the band Japan`), or before a comma that sets
 * the name off (`Her horse, Ireland Calling, won`; the caller checks that a
 * comma or the sentence's end closes it). The settling step reads a state's
 * name there as the thing's name; discovery makes no actor of it.
 */
import type { Token } from '../text/tokens.ts';
import { ANIMAL_NAME_NOUNS, BAND_NOUNS, VESSEL_CARRIER_MODIFIERS, VESSEL_NOUNS } from './lexicon.ts';

export interface ThingNoun {
  /** The noun as written, with `bulk` or the like before `carrier`. */
  noun: string;
  kind: 'vessel' | 'animal' | 'band';
  /** `called`, `named` or `known as` stands between the noun and the name. */
  linked: boolean;
  /** A comma stands between: the name is an appositive, which a comma or its sentence's end must close. */
  setOff: boolean;
}

/** What closes a name set off after its noun: a comma, or the end of its sentence. */
export const SET_OFF_CLOSERS = new Set([',', '.', '!', '?', ';']);

/** Words between a thing's noun and its name: `a horse called Jordan`, `a ship known as Lebanon`. */
const NAME_LINKS = new Set(['called', 'named', 'dubbed']);

/** The thing's noun before token `index`, through a naming word, or null. */
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
  if (ANIMAL_NAME_NOUNS.has(noun.folded)) return { noun: noun.exact, kind: 'animal', linked, setOff };
  if (BAND_NOUNS.has(noun.folded)) return { noun: noun.exact, kind: 'band', linked, setOff };
  return null;
}
