/**
 * Runs of capitalised words in a briefing's text that no registered name
 * covers: where an unregistered person or organisation can be named.
 *
 * Works on the matcher's tokens. A word of a name may be several tokens
 * (`Ki-moon`, `al-Amr`, `O'Brien`, the initial `L.`); a run is such words
 * separated by single spaces, with lower-case particles between capitalised
 * words (`Church of Scientology`, `Hayat Tahrir al-Sham`), and `and` inside a
 * body's name (`Food and Drink Federation`; `partsAtAnd`). Punctuation and
 * registered mentions end a run, so a run never holds part of a name the
 * registry matched (`Free Syrian Army` stays one mention).
 */
import { ABBREVIATIONS, ARABIC_ARTICLE, NAME_PARTICLES } from '../text/lexicon.ts';
import type { Token } from '../text/tokens.ts';
import { NOT_NAMES, ORGANISATION_HEADS } from './lexicon.ts';
import { isGivenName } from '../text/given-names.ts';
import { everydayWord } from './name-kind.ts';

/** One word of a name: one or more tokens joined without spaces. */
export interface NameWord {
  /** Token indices, `to` exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  capitalised: boolean;
}

export interface NameRun {
  words: NameWord[];
}

/** Joins word tokens into one word when written without spaces: `Ki-moon`, `O'Brien`. */
const JOINERS = new Set(['-', "'"]);
const CAPITALISED = /^\p{Lu}/u;

/** Tokens `from` to `to` (exclusive) as one word of a name. */
export function nameWord(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  capitalised: boolean,
): NameWord {
  const first = tokens[from] as Token;
  const last = tokens[to - 1] as Token;
  const written = text.slice(first.start, last.end);
  return { from, to, start: first.start, end: last.end, text: written, lower: written.toLowerCase(), capitalised };
}

function wordAt(text: string, tokens: readonly Token[], from: number): NameWord {
  let to = from + 1;
  for (;;) {
    const joiner = tokens[to];
    const next = tokens[to + 1];
    if (!joiner || !next || joiner.word || joiner.spaceBefore || !next.word || next.spaceBefore) break;
    if (!JOINERS.has(joiner.exact)) break;
    // `Russia's`: a possessive ending is not part of the name.
    if (joiner.exact === "'" && next.folded === 's') break;
    to += 2;
  }
  to = possessiveInBodyName(tokens, from, to);
  const first = tokens[from] as Token;
  let last = tokens[to - 1] as Token;
  // An initial or an abbreviated title keeps its period: `L. Ron Hubbard`, `Gen. Suleiman`.
  const period = tokens[to];
  if (
    period?.exact === '.' &&
    !period.spaceBefore &&
    to === from + 1 &&
    (/^\p{Lu}$/u.test(first.exact) || ABBREVIATIONS.has(first.folded))
  ) {
    last = period;
    to++;
  }
  const written = text.slice(first.start, last.end);
  return nameWord(text, tokens, from, to, CAPITALISED.test(written) || ARABIC_ARTICLE.test(written));
}

/** The most capitalised words between a possessive in a body's name and its head: `Cotton Exporters' Export Association`. */
const WORDS_TO_HEAD = 3;
/** Plurals for people not written with `-s`: `Fishermen's`, `People's`, `Children's`. */
const PEOPLE_PLURAL = /(?:men|[Pp]eople|[Cc]hildren)$/u;

/**
 * Where the word of tokens `from` to `to` ends with the possessive a body's name may hold after the plural of
 * the people it serves (`the Alexandria Cotton Exporters' Association`, `the Bergen Fishermen's Association`,
 * `Workers' Party`): a capitalised plural, the mark, then capitalised words up to a body's head. Elsewhere a
 * possessive ends the name (`Google's Research Division` is no plural's, `Russia's`).
 */
function possessiveInBodyName(tokens: readonly Token[], from: number, to: number): number {
  const mark = tokens[to];
  const written = tokens
    .slice(from, to)
    .map(({ exact }) => exact)
    .join('');
  if (mark?.exact !== "'" || mark.spaceBefore || !CAPITALISED.test(written)) return to;
  const plural = /\p{Ll}s$/u.test(written) || PEOPLE_PLURAL.test(written);
  if (!plural) return to;
  // `Exporters'` takes the mark alone, `Fishermen's` the mark and its `s`.
  const ownS = tokens[to + 1]?.folded === 's' && !tokens[to + 1]?.spaceBefore;
  if (ownS === /s$/u.test(written)) return to;
  const end = ownS ? to + 2 : to + 1;
  for (let at = end, words = 0; words < WORDS_TO_HEAD; at++, words++) {
    const next = tokens[at];
    if (!next?.word || !next.spaceBefore || !CAPITALISED.test(next.exact)) return to;
    if (ORGANISATION_HEADS.has(next.folded)) return end;
  }
  return to;
}

/**
 * A particle inside a name: `of`, `al`, and `the` only after `of` or `for`
 * (`Church of the Nazarene`, `Joint Council for the Welfare of Immigrants`).
 */
function isParticle(word: NameWord, pending: readonly NameWord[], last: NameWord | undefined): boolean {
  if (pending.length === 0)
    return (
      NAME_PARTICLES.has(word.lower) ||
      (word.lower === 'on' && ORGANISATION_HEADS.has(last?.lower ?? '')) ||
      word.lower === 'and'
    );
  return pending.length === 1 && (pending[0]?.lower === 'of' || pending[0]?.lower === 'for') && word.lower === 'the';
}

/**
 * An organisation's name may write a compound word with a spaced hyphen
 * (`Council on American - Islamic Relations`). Elsewhere a spaced hyphen is
 * a dash between two names (`Belgium - Panama`), so it joins two capitalised
 * words only once the run has an organisation's head and its connector
 * (`Council on`): the word and the one after the hyphen, as one word.
 */
function spacedCompound(
  text: string,
  tokens: readonly Token[],
  taken: readonly boolean[],
  word: NameWord,
  run: readonly NameWord[],
): NameWord {
  const hyphen = tokens[word.to];
  const next = tokens[word.to + 1];
  const named = run.some((each, index) => ORGANISATION_HEADS.has(each.lower) && run[index + 1]?.capitalised === false);
  if (!word.capitalised || !named || hyphen?.exact !== '-' || !hyphen.spaceBefore) return word;
  if (!next?.word || !next.spaceBefore || taken[word.to + 1] || !CAPITALISED.test(next.exact)) return word;
  const after = wordAt(text, tokens, word.to + 1);
  return nameWord(text, tokens, word.from, after.to, true);
}

/**
 * A run's parts between its `and`s: one name where a single `and` joins the
 * first word of a body's name, an everyday word, to the rest, up to its head
 * (`Food and Drink Federation`, `Justice and Development Party`), or joins a
 * government body's two fields (`portfoliosJoined`); elsewhere
 * names of their own (`Tom and Ann Riley`, `Finnair and Turkish Airlines`,
 * `Air Canada and Turkish Airlines`, `Army and Amal Movement`).
 */
function partsAtAnd(words: readonly NameWord[]): NameWord[][] {
  const joins = words.flatMap((word, index) => (word.lower === 'and' ? [index] : []));
  const [only] = joins;
  const before = words.slice(0, only).filter((word) => !NOT_NAMES.has(word.lower));
  const oneName =
    joins.length === 1 &&
    before.length === 1 &&
    everydayWord(before[0]?.lower ?? '') &&
    !ORGANISATION_HEADS.has(before[0]?.lower ?? '') &&
    ORGANISATION_HEADS.has(words.at(-1)?.lower ?? '');
  if (only === undefined || oneName || portfoliosJoined(words, only)) return [[...words]];
  const parts: NameWord[][] = [];
  let from = 0;
  for (const at of [...joins, words.length]) {
    if (at > from) parts.push(words.slice(from, at));
    from = at + 1;
  }
  return parts;
}

/**
 * A government body's head and `of` before two fields it answers for, joined by `and` (`Ministry of Culture and
 * Tourism`, `Department of Health and Human Services`, `Ministry of Labour and Social Affairs`): one name, since
 * such bodies are called after both portfolios. One or two capitalised words on each side, none a head or a
 * given name, so `the Ministry of Energy and Tom Berg` stays two.
 */
function portfoliosJoined(words: readonly NameWord[], and: number): boolean {
  const of = words.findIndex(
    (word, index) => word.lower === 'of' && ORGANISATION_HEADS.get(words[index - 1]?.lower ?? '') === 'government',
  );
  if (of < 0 || of > and) return false;
  return [words.slice(of + 1, and), words.slice(and + 1)].every(
    (field) =>
      field.length > 0 &&
      field.length <= PORTFOLIO_WORDS &&
      field.every((word) => word.capitalised && !ORGANISATION_HEADS.has(word.lower) && !isGivenName(word.text)),
  );
}
/** The most words of one field in a body's name: `Social Affairs`. */
const PORTFOLIO_WORDS = 2;

/**
 * Every run of name words in `text` outside the tokens `taken` marks (those
 * of registered mentions), in text order.
 */
export function nameRuns(text: string, tokens: readonly Token[], taken: readonly boolean[]): NameRun[] {
  const runs: NameRun[] = [];
  let current: NameWord[] = [];
  let pendingParticles: NameWord[] = [];
  const close = () => {
    if (current.length > 0) for (const part of partsAtAnd(current)) runs.push({ words: part });
    current = [];
    pendingParticles = [];
  };
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    if (!token.word || taken[index]) {
      close();
      index++;
      continue;
    }
    const word = spacedCompound(text, tokens, taken, wordAt(text, tokens, index), [...current, ...pendingParticles]);
    let free = true;
    for (let covered = word.from; covered < word.to; covered++) if (taken[covered]) free = false;
    if (!free) {
      close();
      index = word.to;
      continue;
    }
    const previous = pendingParticles.at(-1) ?? current.at(-1);
    // Words of one name are on one line: a block break or a line break ends it.
    const adjacent =
      previous !== undefined &&
      previous.to === word.from &&
      token.spaceBefore &&
      !text.slice(previous.end, word.start).includes('\n');
    if (!adjacent) close();
    if (word.capitalised) {
      current.push(...pendingParticles, word);
      pendingParticles = [];
    } else if (current.length > 0 && isParticle(word, pendingParticles, current.at(-1))) {
      pendingParticles.push(word);
    } else {
      close();
    }
    index = word.to;
  }
  close();
  return runs;
}
