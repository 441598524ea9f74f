/**
 * Every state as an actor, generated from the `world-countries` package
 * rather than typed by hand: the package is maintained, and a state's names,
 * demonyms and capital change more often than anyone reviews a hand list.
 *
 * The layer holds the UN member states and the states in
 * `NON_MEMBER_STATES` (the two UN observer states and the two partially
 * recognised ones). What the package gets wrong for English news is
 * corrected in `state-overrides.ts`, never here.
 */
import countries, { type Country } from 'world-countries';
import type { ActorEntry } from '../../core/registry/registry.ts';
import { slugify } from '../../core/text/slug.ts';
import type { ContentProblem } from '../files/problems.ts';
import { actorSchema, type ActorId } from '../../core/schema/index.ts';
import {
  DROPPED_FORMS,
  EXTRA_ALIASES,
  EXTRA_DEMONYMS,
  EXTRA_METONYMS,
  ID_OVERRIDES,
  INVARIABLE_DEMONYMS,
  NAME_OVERRIDES,
  NON_MEMBER_STATES,
  REGION_PHRASES,
  SHARED_FORMS,
} from './state-overrides.ts';

/** Where a problem in a generated entry comes from: the package's data. */
export const STATES_SOURCE = 'node_modules/world-countries/countries.json';

/** A word that makes an alternative spelling an English long form: `Republic of Kenya`, `Swiss Confederation`. */
const POLITY_WORD =
  /\b(?:Republic|Kingdom|State|States|Commonwealth|Federation|Federated|Principality|Union|Sultanate|Duchy|Confederation)\b/;

/** Lower-case words an English long form may hold; any other (`des`, `ng`, `former`) marks another language or an outdated form. */
const LINKING_WORDS = new Set(['of', 'the', 'and']);

export function isState(country: Country): boolean {
  return country.unMember || country.cca3 in NON_MEMBER_STATES;
}

/** ISO-style inverted or annotated forms (`Korea, Republic of`, `Holy See (Vatican City State)`) are not running text. */
function isRunningText(form: string): boolean {
  return !/[,()]/.test(form);
}

function isEnglishLongForm(spelling: string): boolean {
  return (
    POLITY_WORD.test(spelling) &&
    isRunningText(spelling) &&
    spelling.split(/\s+/).every((word) => /^\p{Lu}/u.test(word) || LINKING_WORDS.has(word))
  );
}

/**
 * The plural noun of a demonym, by the one rule English mostly follows: add
 * -s (`Iranian` → `Iranians`), except after -ese, -s, -sh, -ch, -x and -z,
 * where the adjective is also the plural (`Lebanese`, `Swiss`) or the noun
 * differs (`British`/`Britons`, listed in `EXTRA_DEMONYMS`).
 */
function pluralOf(demonym: string): string | null {
  return INVARIABLE_DEMONYMS.has(demonym) || /(?:ese|s|sh|ch|x|z)$/.test(demonym) ? null : `${demonym}s`;
}

function demonymsOf(country: Country): string[] {
  const english = country.demonyms['eng'];
  // Some entries hold two (`Antiguan, Barbudan`, `Kittitian or Nevisian`); Djibouti's is its own name.
  const adjectives = english
    ? [english.m, english.f]
        .flatMap((demonym) => demonym.split(/,\s*|\s+or\s+/))
        .filter((demonym) => demonym !== '' && demonym !== country.name.common)
    : [];
  return [
    ...adjectives.flatMap((adjective) => [adjective, pluralOf(adjective) ?? '']),
    ...(EXTRA_DEMONYMS[country.cca3] ?? []),
  ].filter((demonym) => demonym !== '');
}

function aliasesOf(country: Country): string[] {
  return [
    country.name.common,
    country.name.official,
    ...country.altSpellings.filter(isEnglishLongForm),
    ...(EXTRA_ALIASES[country.cca3] ?? []),
  ].filter(isRunningText);
}

const listFormat = new Intl.ListFormat('en-GB', { type: 'conjunction' });

function descriptionOf(country: Country): string {
  const standing = NON_MEMBER_STATES[country.cca3] ?? 'State';
  const capitals = `${country.capital.length > 1 ? 'capitals' : 'capital'} ${listFormat.format(country.capital)}`;
  // `Washington D.C.` already ends the sentence.
  const region = country.subregion || country.region;
  return `${standing} in ${REGION_PHRASES[region] ?? region}; ${capitals}`.replace(/(?<!\.)$/, '.');
}

/**
 * The actor data of one state. Each text is kept once, in the first field
 * that claims it (name, demonyms, aliases, metonyms): `Saudi` is a demonym
 * though the package also lists it as a spelling, and `Singapore` is the name,
 * not also the capital. Forms in `SHARED_FORMS` become shared aliases.
 */
function stateActor(country: Country): unknown {
  const name = NAME_OVERRIDES[country.cca3] ?? country.name.common;
  const seen = new Set([name]);
  const fresh = (forms: string[]) =>
    forms.filter((form) => {
      if (DROPPED_FORMS.has(form) || seen.has(form)) return false;
      seen.add(form);
      return true;
    });
  const demonyms = fresh(demonymsOf(country));
  const aliases = fresh(aliasesOf(country));
  const metonyms = fresh([...country.capital, ...(EXTRA_METONYMS[country.cca3] ?? [])]);
  return {
    name,
    kind: 'state',
    description: descriptionOf(country),
    aliases: [
      ...aliases.filter((alias) => !SHARED_FORMS.has(alias)),
      ...[...demonyms, ...aliases].filter((form) => SHARED_FORMS.has(form)).map((text) => ({ text, shared: true })),
    ],
    demonyms: demonyms.filter((demonym) => !SHARED_FORMS.has(demonym)),
    metonyms,
  };
}

/** The actor id: the slug of the common name (`united-kingdom`), or the override that matches `content/actors/`. */
export function stateId(country: Country): ActorId {
  return (ID_OVERRIDES[country.cca3] ?? slugify(country.name.common)) as ActorId;
}

/**
 * Every state in the package that the layer includes, validated with the
 * registry's own schema. Invalid generated data (after a package update) is
 * reported as problems, like a bad actor file, not thrown.
 */
export function stateEntries(): { entries: ActorEntry[]; problems: ContentProblem[] } {
  const entries: ActorEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const country of countries.filter(isState)) {
    const result = actorSchema.safeParse(stateActor(country));
    if (result.success) {
      entries.push({ id: stateId(country), data: result.data });
      continue;
    }
    for (const issue of result.error.issues) {
      problems.push({
        file: STATES_SOURCE,
        line: 1,
        field: [country.cca3, ...issue.path].join('.'),
        message: issue.message,
      });
    }
  }
  return { entries, problems };
}
