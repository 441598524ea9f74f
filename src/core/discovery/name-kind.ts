/**
 * What `compromise` (an English tagger with a lexicon of given names,
 * honorifics and organisation words) takes a capitalised run to be, when
 * nothing around it says: a person, an organisation, or neither (a place,
 * an event, a product).
 *
 * Only the run is tagged, never the whole briefing: the runs are a small
 * part of the text and the tagger's cost grows with what it reads, and names
 * repeat across briefings, so each distinct run is tagged once per process.
 */
import nlp from 'compromise';

export type NameKind = 'person' | 'organisation' | null;

/** Distinct runs kept; past this the cache starts again (a bound, not a tuning knob). */
const CACHE_LIMIT = 50_000;
const cache = new Map<string, NameKind>();

export function nameKind(run: string): NameKind {
  const known = cache.get(run);
  if (known !== undefined) return known;
  const document = nlp(run);
  // The whole run must be the name: in `Warhol Polaroids` or `Ahmed Mohamed Image` the tagger
  // finds a person, but the run names a thing. A run it places is a place: `New Mexico`.
  const whole = (found: { text(): string }) =>
    found.text().replace(/[.,;:'’s]+$/u, '') === run.replace(/[.,;:'’s]+$/u, '');
  const kind: NameKind = document.places().found
    ? null
    : whole(document.people())
      ? 'person'
      : whole(document.organizations())
        ? 'organisation'
        : null;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(run, kind);
  return kind;
}

/**
 * The second part of a hyphenated given name, which English words after a
 * hyphen are not: `Kong-based`, `Chan-led` join a name to a participle, and
 * an agent noun in `-er` (`Booker Prize-winner`) ends no romanised syllable.
 */
const NOT_SYLLABLES = new Set(
  'based born led backed owned run made style era class speaking controlled held bound like wide linked'.split(' '),
);

/**
 * A romanised Chinese or Korean name, a one-word surname and then a given
 * name of two syllables joined by a hyphen (`Lau Siu-lai`, `Kim Min-woo`):
 * a person's name by its shape, which the tagger's English lexicon does not
 * know. Only that shape of two words: a name of more words or with a
 * capitalised word after the hyphen (`Rolls-Royce`) is left to the other cues.
 */
export function isRomanisedName(words: readonly string[]): boolean {
  if (words.length !== 2) return false;
  const [surname = '', given = ''] = words;
  const syllables = /^\p{Lu}\p{Ll}{0,5}-(\p{L}\p{Ll}{0,5})$/u.exec(given);
  return (
    /^\p{Lu}\p{Ll}{1,5}$/u.test(surname) &&
    syllables !== null &&
    /^\p{Ll}/u.test(syllables[1] ?? '') === true &&
    !NOT_SYLLABLES.has(syllables[1] ?? '') &&
    !/..er$/u.test(syllables[1] ?? '')
  );
}
