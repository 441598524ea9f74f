/**
 * Where a quote's attribution is: the reporting cue on either side of it and
 * the words that name the speaker. Works on the tokens of the sentence around
 * the quote and looks at a bounded number of them, so each quote costs
 * constant time whatever the length of the text.
 *
 * Shapes, in the order they are tried:
 * - after the quote: `“…,” Baqaei said`, `“…,” said Fawzi Barhoum, a Hamas
 *   spokesman`, `“…,” Flynn, a Trump surrogate, said`, `“…” ― Krystal Correa`;
 * - before it: `Araghchi said: “…”`, `he told Reuters, “…”`, `According to
 *   the ministry, “…”`, `The newspaper claims …, stating, “…”`, and a colon
 *   with no cue: `Mans Nyberg called for greater urgency: “…”`;
 * - the sentence it sits in: `Olmert said that Hamas “must stop firing rockets”`.
 */
import {
  NAMING_VERBS,
  JUDGING_VERBS,
  OBJECT_OPENERS,
  AUXILIARIES,
  CLAUSE_STARTERS,
  CUE_MODIFIERS,
  CUE_PHRASES,
  DETERMINERS,
  IRREGULAR_PASTS,
  LABEL_WORDS,
  NOT_BEFORE_CUE,
  LEADING_VERBS,
  PHRASE_ENDERS,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
  PRONOUNS,
  ISSUED_PARTICIPLES,
  SEEN_PARTICIPLES,
  SENTENCE_ADVERBS,
  IN_THE_WORDS_OF,
  SPEAKER_AFTER_CUE,
  SAYING_VERBS,
  SHOWING_VERBS,
  TIME_CONJUNCTIONS,
  RECORDINGS,
} from './lexicon.ts';
import { ARABIC_ARTICLE, CUE_VERBS, NAME_PARTICLES, roleOf, roleOfNear } from '../text/lexicon.ts';
import { documentNoun, isAccountNoun } from './documents.ts';
import { wordTagged } from '../discovery/word-tags.ts';
import {
  endsSentence,
  endsSentenceInside,
  isCapitalized,
  isNickname,
  modifiesNext,
  tokenAt,
  type QuoteToken,
} from './quote-tokens.ts';

/** A range of tokens, `from` inclusive, `to` exclusive. */
export interface TokenRange {
  from: number;
  to: number;
}

export interface Attribution {
  /** The cue's tokens: one verb, a two-word cue, a dash, or the colon that introduces the quote. */
  cue: TokenRange;
  /** The words naming the speaker, without an appositive. */
  speaker: TokenRange;
  /** An appositive describing a named speaker: `Flynn, a top Trump surrogate, said`. */
  appositive?: TokenRange;
  /** Who a speaker `told`: `told Reuters`. */
  outlet?: TokenRange;
  side: 'before' | 'after';
  /**
   * `adjacent`: the cue is next to the quote and introduces it.
   * `frame`: the cue governs the sentence the quote is part of
   * (`he stated that … Hamas “must stop firing rockets”`).
   */
  reach: 'adjacent' | 'frame';
}

/** The longest speaker phrase looked at, in tokens (`said Rep. Jim Jordan (R-Ohio), an oversight panel member`). */
const MAX_PHRASE = 24;
/** The most tokens between a cue and the quote it introduces (`said in an interview on Monday:`). */
const MAX_INTRO_GAP = 8;
/** How far back in the sentence a framing cue is looked for. */
const MAX_FRAME = 80;

const DASHES = new Set(['—', '―', '–']);
/** Pronouns that are a clause's subject: `she said`. */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** Prepositions opening a phrase with a participle of its own: `with Boswell stating`, `without anyone saying`. */
const ABSOLUTE_OPENERS = new Set(['with', 'without']);
/** The indefinite articles: `a “tax on survival”`, `a Karl Berg tweet`. */
const INDEFINITE_ARTICLES = new Set(['a', 'an']);
const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;
/** The forms of `be` after a subject: `the claims were`, `is describing`. */
const COPULAS = new Set(['is', 'was', 'are', 'were']);

function lower(token: QuoteToken): string {
  return token.kind === 'word' ? token.text.toLowerCase() : '';
}

function isComma(token: QuoteToken): boolean {
  return token.kind === 'punct' && token.text === ',';
}

/** A word that starts a clause: no speaker phrase runs across it. */
function startsClause(token: QuoteToken): boolean {
  return CLAUSE_STARTERS.has(token.text.toLowerCase());
}

/** A word a speaker phrase read backwards from its cue stops at: a clause start, preposition or auxiliary. */
function endsPhraseBackwards(token: QuoteToken): boolean {
  const word = token.text.toLowerCase();
  return startsClause(token) || PREPOSITIONS.has(word) || AUXILIARIES.has(word);
}

/** A verb or auxiliary, as far as a word list can tell: ends a subject read from the sentence start. */
function isVerbLike(token: QuoteToken): boolean {
  const word = lower(token);
  if (word === '' || token.text !== word) return false;
  return (
    CUE_MODIFIERS.has(word) ||
    CUE_VERBS.has(word) ||
    AUXILIARIES.has(word) ||
    IRREGULAR_PASTS.has(word) ||
    word.endsWith('ed')
  );
}

/**
 * The cue starting at token `i`, as a range, or null. A cue word after a
 * determiner or preposition is a noun (`the claims`, `in remarks`), after
 * `been` a passive (`has been told to prepare`).
 */
/** A verb in the past that is no cue of its own: `restricted`, `made` (not `said`, `also`). */
function pastVerb(token: QuoteToken): boolean {
  const word = token.text;
  if (token.kind !== 'word' || word !== word.toLowerCase() || CUE_VERBS.has(word) || CUE_MODIFIERS.has(word)) {
    return false;
  }
  return word.endsWith('ed') || IRREGULAR_PASTS.has(word);
}

function cueAt(tokens: readonly QuoteToken[], i: number): TokenRange | null {
  const token = tokenAt(tokens, i);
  if (token.kind !== 'word') return null;
  const word = token.text.toLowerCase();
  // Reporting verbs are written in lower case, but for the first word of a sentence (`According to`, `Said Ellis:`).
  if (token.text !== word && !isSentenceInitial(tokens, i)) return null;
  const before = lower(tokenAt(tokens, i - 1));
  if (word === 'in') {
    const rest = IN_THE_WORDS_OF.every((expected, k) => lower(tokenAt(tokens, i + 1 + k)) === expected);
    return rest ? { from: i, to: i + 1 + IN_THE_WORDS_OF.length } : null;
  }
  if (DETERMINERS.has(before) || NOT_BEFORE_CUE.has(before)) return null;
  // `the governor’s remarks on Friday`, `the minister’s claims`: after a possessive a cue word is its noun.
  if (isPossessive(tokenAt(tokens, i - 1))) return null;
  // `Labour claims are`, `the claims were`: a cue word right before a copula is its subject, a noun.
  if (COPULAS.has(lower(tokenAt(tokens, i + 1))) && !pastForm(token)) return null;
  // `Clinton restricted comments about …`, `she made claims`: after a verb in the past, a cue in -s is its object.
  if (word.endsWith('s') && pastVerb(tokenAt(tokens, i - 1))) return null;
  const second = CUE_PHRASES.get(word);
  if (second !== undefined) {
    const next = lower(tokenAt(tokens, i + 1));
    // `They call for “…”`: only what is called for in quotation marks is the caller's words (not `called for calm:`).
    const quoted = next !== 'for' || tokenAt(tokens, i + 2).kind === 'quote';
    return second.includes(next) && quoted ? { from: i, to: i + 2 } : null;
  }
  return CUE_VERBS.has(word) && !modifiesNext(tokens, i) ? { from: i, to: i + 1 } : null;
}

/** Words whose `'s` is a verb's (`He’s claiming`, `that's`), never a possessive's. */
const CONTRACTED = new Set(['he', 'she', 'it', 'that', 'there', 'here', 'who', 'what', 'where', 'let']);

/** A possessive word (`Baumann's`, `the ministers'`), not a contraction of `is` or `has` (`He’s`). */
function isPossessive(token: QuoteToken): boolean {
  const match = /^(.*\p{L})['’]s?$/u.exec(token.text);
  return token.kind === 'word' && match !== null && !CONTRACTED.has((match[1] ?? '').toLowerCase());
}

/** `quoted` or `cited` … `as saying`: the verbs by which one who passes words on names who said them. */
const QUOTING_VERBS = new Set(['quoted', 'cited']);
/** Passive auxiliaries before a quoting verb: `Kim was quoted by KCNA as saying`. */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being']);

/**
 * `X was quoted by Y as saying`, `Y quoted X as saying`: for the cue word at `saying` (after `as`) in the
 * clause from `from`, the one quoted is the speaker and the one quoting (`Y`, a news agency or outlet)
 * only passes the words on, as an addressee does; null when no quoting verb stands before `as`.
 */
function quotedAsSaying(
  tokens: readonly QuoteToken[],
  from: number,
  saying: number,
): Pick<Attribution, 'speaker' | 'appositive' | 'outlet'> | null {
  const as = saying - 1;
  if (lower(tokenAt(tokens, as)) !== 'as') return null;
  let verb = as - 1;
  while (verb > from && as - verb <= MAX_PHRASE && !QUOTING_VERBS.has(lower(tokenAt(tokens, verb)))) verb--;
  if (!QUOTING_VERBS.has(lower(tokenAt(tokens, verb)))) return null;
  if (PASSIVE.has(lower(tokenAt(tokens, verb - 1)))) {
    const subject = phraseBefore(tokens, from, verb - 1);
    if (subject === null) return null;
    const by = lower(tokenAt(tokens, verb + 1)) === 'by' && verb + 2 < as;
    return { speaker: subject.speaker, ...(by && { outlet: { from: verb + 2, to: as } }) };
  }
  if (verb + 1 >= as) return null;
  const quoting = phraseBefore(tokens, from, verb);
  // `quoted Mohammed Ali al-Houthi, a member of its council, as saying`: the name, and its appositive apart.
  return { ...splitAppositive(tokens, { from: verb + 1, to: as }), ...(quoting && { outlet: quoting.speaker }) };
}

/** A `… quoted X as saying` between `from` and the cue at `j`: its cue and who was quoted, or null. */
function quotedAround(
  tokens: readonly QuoteToken[],
  from: number,
  j: number,
): Pick<Attribution, 'cue' | 'speaker' | 'appositive' | 'outlet'> | null {
  for (let saying = j - 1; saying > from; saying--) {
    if (lower(tokenAt(tokens, saying)) !== 'saying') continue;
    const quoted = quotedAsSaying(tokens, from, saying);
    return quoted && { cue: { from: saying, to: saying + 1 }, ...quoted };
  }
  return null;
}

/** The most words between `on` and an account's noun: `the Ministry of National Defense’s X`. */
const MAX_BEFORE_ACCOUNT = 8;

/** `on` at `i` opens the account a document was posted on: `on the ministry’s X account`, `on the Telegram channel of X`. */
function postedOnAccount(tokens: readonly QuoteToken[], i: number): boolean {
  if (tokenAt(tokens, i).text !== 'on') return false;
  const block = tokenAt(tokens, i).block;
  for (let k = i + 1; k - i <= MAX_BEFORE_ACCOUNT; k++) {
    const token = tokenAt(tokens, k);
    if (token.block !== block || (token.kind !== 'word' && !/^['’]$/u.test(token.text))) return false;
    if (isAccountNoun(token.text)) return true;
  }
  return false;
}

/** The end of the speaker phrase that follows a cue (`said the Rev. Peter Wherry, of …`). */
function phraseAfter(tokens: readonly QuoteToken[], from: number, block: number): number {
  let i = from;
  while (i < tokens.length && i - from < MAX_PHRASE) {
    const token = tokenAt(tokens, i);
    if (token.block !== block || token.kind === 'quote') break;
    if (token.kind === 'punct' && !/^[()-]$/u.test(token.text)) break;
    // `according to a report by the Syrian Observatory`: the document's author belongs to the phrase, and so
    // does the account it was posted on (`read a post on the ministry's X account`), which names its owner.
    const document = documentNoun(tokenAt(tokens, i - 1).text) !== null;
    const author = document && (token.text === 'by' || token.text === 'from' || postedOnAccount(tokens, i));
    if (token.kind === 'word' && PHRASE_ENDERS.has(token.text) && !author) break;
    i++;
  }
  return i;
}

/** The most lower-case words before the role after a possessive: `Belgium’s deputy foreign minister`. */
const MAX_ROLE_MODIFIERS = 2;

/**
 * A role after a possessive, from token `from`: the next word, or one of the few lower-case words after it
 * (`foreign minister`), read with one typo allowed since a role is expected there (`foreign minster`).
 */
function possessedRole(tokens: readonly QuoteToken[], from: number): boolean {
  for (let i = from; i <= from + MAX_ROLE_MODIFIERS; i++) {
    const token = tokenAt(tokens, i);
    if (token.kind !== 'word') return false;
    if (roleOfNear(lower(token)) !== undefined) return true;
  }
  return false;
}

/**
 * A person's role in lower case at token `from`, after at most `MAX_ROLE_MODIFIERS` words in lower case that only
 * describe it (`country director`, `senior policy adviser`): an appositive with no determiner, as news writes a
 * post after a name. Not a clause or a phrase that only holds a role later (`, then the minister`, `, with her
 * lawyer`, `, adding that the minister`).
 */
function bareRoleAfter(tokens: readonly QuoteToken[], from: number): boolean {
  for (let i = from; i <= from + MAX_ROLE_MODIFIERS; i++) {
    const token = tokenAt(tokens, i);
    const word = token.text;
    if (token.kind !== 'word' || word !== lower(token)) return false;
    if (roleOf(word)?.person === true) return true;
    if (DETERMINERS.has(word) || PREPOSITIONS.has(word) || CLAUSE_STARTERS.has(word) || CUE_VERBS.has(word))
      return false;
    if (PRONOUNS.has(word) || /(?:ing|ed)$/u.test(word)) return false;
  }
  return false;
}

/** An appositive after a comma at `comma`: `, a Hamas spokesman.` */
function appositiveAfter(tokens: readonly QuoteToken[], comma: number, block: number): TokenRange | undefined {
  if (!isComma(tokenAt(tokens, comma))) return undefined;
  const first = tokenAt(tokens, comma + 1);
  // `, a Hamas spokesman`, `, China’s ambassador to the UN`, `, Belgium’s foreign minster`, `, coach of the national
  // team`, `, country director for ACTED`.
  const opens =
    DETERMINERS.has(lower(first)) ||
    (isCapitalized(first) && /['’]s?$/u.test(first.text) && possessedRole(tokens, comma + 2)) ||
    bareRoleAfter(tokens, comma + 1);
  if (!opens) return undefined;
  let to = phraseAfter(tokens, comma + 1, block);
  // `, a Norwegian who heads the agency's office in Madagascar.`: a clause of leading in the present describes the
  // speaker to its end, so what they lead names the body they serve.
  if (lower(tokenAt(tokens, to)) === 'who' && LEADING_VERBS.has(lower(tokenAt(tokens, to + 1)))) {
    while (to - comma < MAX_PHRASE && tokenAt(tokens, to).block === block && tokenAt(tokens, to).kind === 'word') to++;
  }
  return to > comma + 2 || (to > comma + 1 && !DETERMINERS.has(lower(first))) ? { from: comma + 1, to } : undefined;
}

/** The fewest words a name set off after a role takes: `the foreign minister, Abbas Araghchi`, not `Houston, Texas`. */
const MIN_APPOSITIVE_NAME = 2;

/**
 * A name after a comma, closing the phrase: `according to Spain’s prime minister, Pedro Sánchez,`. The role
 * before it describes the named person, who speaks.
 */
function nameAppositiveAfter(tokens: readonly QuoteToken[], comma: number, block: number): TokenRange | undefined {
  if (!isComma(tokenAt(tokens, comma))) return undefined;
  let to = comma + 1;
  while (to - comma <= MAX_PHRASE && tokenAt(tokens, to).block === block && isCapitalized(tokenAt(tokens, to))) to++;
  const closed = tokenAt(tokens, to);
  const ends = closed.block !== block || closed.kind !== 'word';
  return ends && to - comma - 1 >= MIN_APPOSITIVE_NAME ? { from: comma + 1, to } : undefined;
}

/** Who a `told` cue was addressed to, when that is a name: `told Reuters`, `told The Huffington Post`. */
function outletAfter(tokens: readonly QuoteToken[], cue: TokenRange): TokenRange | undefined {
  if (!/^(?:told|tells)$/u.test(lower(tokenAt(tokens, cue.from)))) return undefined;
  const block = tokenAt(tokens, cue.from).block;
  let i = cue.to;
  while (i < tokens.length && tokenAt(tokens, i).block === block && isCapitalized(tokenAt(tokens, i))) i++;
  return i > cue.to ? { from: cue.to, to: i } : undefined;
}

/**
 * Splits the words between a quote and its cue into a speaker and an
 * appositive: `Flynn, a top Trump surrogate,` → `Flynn` + `a top Trump surrogate`.
 */
function splitAppositive(
  tokens: readonly QuoteToken[],
  range: TokenRange,
): Pick<Attribution, 'speaker' | 'appositive'> {
  let comma = range.from;
  while (comma < range.to && !isComma(tokenAt(tokens, comma))) comma++;
  if (comma === range.to) return { speaker: range };
  const to = isComma(tokenAt(tokens, range.to - 1)) ? range.to - 1 : range.to;
  // `“…” for criminal behavior, she said`, `“…” is fined, Holm said`: the quote's sentence goes on before the
  // comma; who speaks is after it.
  const first = lower(tokenAt(tokens, range.from));
  const goesOn = PREPOSITIONS.has(first) || first === 'for' || AUXILIARIES.has(first);
  if (goesOn && to > comma + 1) return { speaker: { from: comma + 1, to } };
  const speaker = { from: range.from, to: comma };
  return to > comma + 1 ? { speaker, appositive: { from: comma + 1, to } } : { speaker };
}

/** Drops modifiers before a cue: `he also said` → `he`. */
function withoutModifiers(tokens: readonly QuoteToken[], from: number, to: number): number {
  let end = to;
  while (end > from && (CUE_MODIFIERS.has(lower(tokenAt(tokens, end - 1))) || isMannerAdverb(tokenAt(tokens, end - 1))))
    end--;
  return end;
}

/** `forcefully`, `bluntly` before a cue: an adverb in -ly in lower case, not a noun (`family`, `ally`). */
function isMannerAdverb(token: QuoteToken): boolean {
  const word = token.text;
  return (
    token.kind === 'word' &&
    word.endsWith('ly') &&
    word === word.toLowerCase() &&
    wordTagged(word, 'Adverb') &&
    !wordTagged(word, 'Noun')
  );
}

/** `— CBC.ca, August 15, 2008`: a headline cited with its outlet and date, not speech. */
export function isCitation(tokens: readonly QuoteToken[], q: number): boolean {
  const block = tokenAt(tokens, q).block;
  if (!DASHES.has(tokenAt(tokens, q + 1).text)) return false;
  for (let i = q + 2; i - q <= MAX_PHRASE && tokenAt(tokens, i).block === block; i++) {
    if (isComma(tokenAt(tokens, i))) {
      const next = tokenAt(tokens, i + 1).text;
      return MONTHS.test(next) || /^\d/u.test(next);
    }
  }
  return false;
}

/** `“…,” X said`, `“…,” said X`, `“…” ― X`: the attribution right after the quote at `q`. */
export function attributionAfter(tokens: readonly QuoteToken[], q: number): Attribution | null {
  const block = tokenAt(tokens, q).block;
  let i = q + 1;
  if (isComma(tokenAt(tokens, i)) && tokenAt(tokens, i).block === block) i++;
  const first = tokenAt(tokens, i);
  if (first.block !== block) return null;
  if (DASHES.has(first.text)) {
    const to = phraseAfter(tokens, i + 1, block);
    return to > i + 1 && isCapitalized(tokenAt(tokens, i + 1)) && !isCitation(tokens, q)
      ? { cue: { from: i, to: i + 1 }, speaker: { from: i + 1, to }, side: 'after', reach: 'adjacent' }
      : null;
  }
  let appositive = false;
  for (let j = i; j < tokens.length && j - i <= MAX_PHRASE; j++) {
    const token = tokenAt(tokens, j);
    if (token.block !== block || (token.kind === 'quote' && !isNickname(tokens, j)) || endsSentence(token)) break;
    // `a statement read out on the group's behalf said`: a document read out is described, and its verb is later.
    const readOut = lower(token) === 'read' && lower(tokenAt(tokens, j + 1)) === 'out' && j > i;
    const cue = readOut ? null : cueAt(tokens, j);
    if (cue !== null) {
      if (j === i) {
        // Inversion: `said the spokesperson`, `according to the ministry`; never `told X` (X is who heard it).
        const to = phraseAfter(tokens, cue.to, block);
        if (/^(?:told|tells)$/u.test(token.text) || to === cue.to) return null;
        const appositive = appositiveAfter(tokens, to, block) ?? nameAppositiveAfter(tokens, to, block);
        return {
          cue,
          speaker: { from: cue.to, to },
          ...(appositive && { appositive }),
          side: 'after',
          reach: 'adjacent',
        };
      }
      if (SPEAKER_AFTER_CUE.has(token.text)) return null;
      // `“reckless” a Karl Berg tweet attacking …`: a cue in its bare form after a phrase an article opens is
      // that phrase's noun; a speaker so written takes `tweets` or `tweeted`.
      if (INDEFINITE_ARTICLES.has(lower(first)) && bareForm(token)) return null;
      const end = withoutModifiers(tokens, i, j);
      if (end === i) return null;
      const outlet = outletAfter(tokens, cue);
      const phrase = splitAppositive(tokens, { from: i, to: end });
      // `“firm measures” soon, and he asked for calm`: a cue past `, and` is the verb of a clause of its own.
      for (let k = i + 1; k < end; k++) {
        if (isComma(tokenAt(tokens, k - 1)) && /^(?:and|but)$/u.test(lower(tokenAt(tokens, k)))) return null;
      }
      return { cue, ...phrase, ...(outlet && { outlet }), side: 'after', reach: 'adjacent' };
    }
    // `“…,” Kim was quoted by KCNA as saying.`: the one quoted speaks, whoever quotes them.
    const quoted = lower(token) === 'as' && cueAt(tokens, j + 1) !== null ? quotedAsSaying(tokens, i, j + 1) : null;
    if (quoted !== null) return { cue: { from: j + 1, to: j + 2 }, ...quoted, side: 'after', reach: 'adjacent' };
    // Past a comma the words may be an appositive with a clause of its own (`, who runs …, said`).
    if (isComma(token)) appositive = true;
    const inPhrase =
      token.kind === 'word'
        ? appositive || !startsClause(token) || andInName(tokens, i, j)
        : /^[,()'’&-]$/u.test(token.text) || isNickname(tokens, j);
    if (!inPhrase) break;
  }
  return null;
}

/**
 * `, a report by the Ministry of Agriculture and Environment said`, `, Energy and Mines Minister X told`: `and` at
 * `j` between capitalised words of one name joins no clause: in a body's complement after `of`, or between
 * portfolios before the title they share, with no title before them in the phrase from `from` (`Smith and Jones
 * said` and `Foreign Minister X and Defence Minister Y said` are two people).
 */
function andInName(tokens: readonly QuoteToken[], from: number, j: number): boolean {
  if (lower(tokenAt(tokens, j)) !== 'and' || !isCapitalized(tokenAt(tokens, j - 1))) return false;
  if (!isCapitalized(tokenAt(tokens, j + 1))) return false;
  if (lower(tokenAt(tokens, j - 2)) === 'of' || lower(tokenAt(tokens, j - 3)) === 'of') return true;
  for (let k = from; k < j; k++) if (roleOf(tokenAt(tokens, k).text)?.person === true) return false;
  for (let k = j + 1; k - j <= MAX_ROLE_MODIFIERS + 1 && isCapitalized(tokenAt(tokens, k)); k++) {
    if (roleOf(tokenAt(tokens, k).text)?.person === true) return true;
  }
  return false;
}

/** A verb in the past: `said`, `wrote`, `warned`. */
function pastForm(token: QuoteToken): boolean {
  const word = lower(token);
  return word.endsWith('ed') || IRREGULAR_PASTS.has(word) || /^(?:said|told|wrote|read)$/u.test(word);
}

/** A verb in its bare form: `tweet`, `say`; not `tweets`, `said`, `wrote`. */
function bareForm(token: QuoteToken): boolean {
  return !lower(token).endsWith('s') && !pastForm(token);
}

/** The token at `i` opens its sentence or block. */
export function isSentenceInitial(tokens: readonly QuoteToken[], i: number): boolean {
  const previous = tokenAt(tokens, i - 1);
  return endsSentence(previous) || previous.block !== tokenAt(tokens, i).block;
}

/** Could the words name someone: a name (not just a sentence-initial capital), a role or a pronoun? */
function canName(tokens: readonly QuoteToken[], range: TokenRange): boolean {
  const sentenceInitial = isSentenceInitial(tokens, range.from);
  for (let i = range.from; i < range.to; i++) {
    const token = tokenAt(tokens, i);
    if (token.kind !== 'word') continue;
    const word = token.text.toLowerCase();
    // `The minutes of its latest meeting, published …, said`: a document names its author.
    if (roleOf(token.text) !== undefined || PRONOUNS.has(word) || documentNoun(word) !== null) return true;
    const functionWord = DETERMINERS.has(word) || endsPhraseBackwards(token) || SENTENCE_ADVERBS.has(word);
    if (isCapitalized(token) && !(i === range.from && sentenceInitial && functionWord)) return true;
  }
  return false;
}

/**
 * A comma-separated stretch that sets the scene rather than naming anyone:
 * `On Monday,`, `In a statement,`, `Writing in a blog post,`, `Just a few weeks earlier,`.
 */
function isAdverbial(tokens: readonly QuoteToken[], range: TokenRange): boolean {
  const first = tokenAt(tokens, range.from);
  const word = first.text.toLowerCase();
  return (
    endsPhraseBackwards(first) ||
    PLACE_OPENERS.has(word) ||
    SENTENCE_ADVERBS.has(word) ||
    word === 'according' ||
    /^\d/u.test(word) ||
    (word.endsWith('ing') && isCapitalized(first)) ||
    // `Conversely,`, `Separately,`: an adverb alone sets the scene.
    (range.to - range.from === 1 && wordTagged(word, 'Adverb') && !wordTagged(word, 'Noun')) ||
    !canName(tokens, range)
  );
}

/**
 * Prepositions of place that open a phrase set off before a sentence's subject (`Outside the chamber, the
 * minister was unmoved.`); inside a subject (`Crowds outside the office of X`) they end no phrase.
 */
const PLACE_OPENERS = new Set(['outside', 'inside', 'behind', 'beyond', 'beside', 'across', 'throughout']);

/** The comma-separated stretches of `from`–`to`. */
function commaSegments(tokens: readonly QuoteToken[], from: number, to: number): TokenRange[] {
  const segments: TokenRange[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || isComma(tokenAt(tokens, i))) {
      if (i > start) segments.push({ from: start, to: i });
      start = i + 1;
    } else if (endsInComma(tokenAt(tokens, i)) && PREPOSITIONS.has(lower(tokenAt(tokens, start)))) {
      // `In “The Harbour Hour,” Senator X`: American style sets the comma inside the closing mark of a title a
      // phrase setting the scene names.
      segments.push({ from: start, to: i + 1 });
      start = i + 1;
    }
  }
  return segments;
}

/** A quotation whose comma stands inside its closing mark: `“The Harbour Hour,”`. */
function endsInComma(token: QuoteToken): boolean {
  return token.kind === 'quote' && /,\s*["”’']$/u.test(token.text);
}

/**
 * The subject of the sentence from `from` up to `to`, skipping scene-setting
 * stretches (`On Monday,`): the words before the first verb-like word, or
 * before the first lower-case word after a full name (`Paul Pillar led`).
 * `A spokesman for Gaddafi, Moussa Ibrahim, …` names the speaker after the
 * description.
 */
export function sentenceSubject(
  tokens: readonly QuoteToken[],
  from: number,
  to: number,
): Pick<Attribution, 'speaker' | 'appositive'> | null {
  const segments = commaSegments(tokens, from, to);
  // The first stretch that can name someone; failing that, a lone clause (`The piece used … as its headline:`).
  const found = segments.findIndex((range) => !isAdverbial(tokens, range));
  const index = found < 0 && segments.length === 1 ? 0 : found;
  const segment = segments[index];
  if (segment === undefined) return null;
  let nameRun = 0;
  let end = segment.to;
  let parenthesis = false;
  for (let i = segment.from; i < segment.to; i++) {
    const token = tokenAt(tokens, i);
    // `The secretary general of CEI (Italian Episcopal Conference)`: a parenthesis is part of the phrase.
    if (token.text === '(' || token.text === ')' || parenthesis) {
      parenthesis = token.text !== ')' && (parenthesis || token.text === '(');
      continue;
    }
    const lowerWord = token.kind === 'word' && token.text === token.text.toLowerCase();
    if (
      token.kind !== 'word' ||
      (isVerbLike(token) && !modifiesNext(tokens, i)) ||
      endsPhraseBackwards(token) ||
      (nameRun > 1 && lowerWord && !roleOf(token.text))
    ) {
      end = i;
      break;
    }
    // A sentence-initial capital is no evidence of a name: `Former UN weapons inspector …`.
    const initial = i === segment.from && isSentenceInitial(tokens, i);
    nameRun = isCapitalized(token) && !initial && !DETERMINERS.has(token.text.toLowerCase()) ? nameRun + 1 : 0;
  }
  if (end === segment.from) return null;
  const next = segments[index + 1];
  // `A spokesman for Gaddafi, Moussa Ibrahim,`, `Deputy Secretary-General of the UN, Jan Eliasson,`: a
  // description or a title set off before a name.
  const titled = tokens.slice(segment.from, end).some((token) => roleOf(token.text)?.person === true);
  // `His former coach at Molde, Peter Haldane,`: the description may end in its complement.
  const complement = end < segment.to && PREPOSITIONS.has(lower(tokenAt(tokens, end)));
  const described =
    (DETERMINERS.has(lower(tokenAt(tokens, segment.from))) || titled) && (end === segment.to || complement);
  // `Her counterpart, Senator Wade Harmon of Texas, called …`: particles may join the name's words.
  const named = (range: TokenRange) =>
    isCapitalized(tokenAt(tokens, range.from)) &&
    tokens.slice(range.from, range.to).every((token) => isCapitalized(token) || NAME_PARTICLES.has(token.text));
  if (described && next && next.to < to && named(next)) {
    return { speaker: next, appositive: { from: segment.from, to: segment.to } };
  }
  return { speaker: { from: segment.from, to: end } };
}

/**
 * The speaker phrase that ends right before the cue at `cue`: `Baqaei`,
 * `On Monday, Baqaei` → `Baqaei`, `Jeff Rathke, the State Department
 * Spokesperson,` → `Jeff Rathke` with an appositive, `X echoed … and said`
 * → the sentence's subject.
 */
function phraseBefore(
  tokens: readonly QuoteToken[],
  from: number,
  cue: number,
): Pick<Attribution, 'speaker' | 'appositive'> | null {
  const to = withoutModifiers(tokens, from, cue);
  const last = tokenAt(tokens, to - 1);
  if (to <= from) return null;
  // `Mayor Tor Aas, who in 2019 said`: a relative `who` set off after a name is that name's.
  const relative = antecedentOfWho(tokens, from, to);
  if (relative !== null) return { speaker: relative };
  // `yet at 92 he still tells visitors`: a subject pronoun is a whole noun phrase; nothing before it is its.
  if (SUBJECT_PRONOUNS.has(lower(last))) return { speaker: { from: to - 1, to } };
  if (lower(last) === 'and') return sentenceSubject(tokens, from, to);
  if (isComma(last)) {
    // `Name, appositive, said`: the first stretch naming someone is the speaker, the rest describe them.
    const segments = commaSegments(tokens, from, to).filter((range) => !isAdverbial(tokens, range));
    const [speaker, second, ...rest] = segments;
    if (speaker === undefined) return null;
    const appositive = second && { from: second.from, to: (rest.at(-1) ?? second).to };
    return { speaker, ...(appositive && { appositive }) };
  }
  let start = to;
  while (start > from && to - start < MAX_PHRASE) {
    const token = tokenAt(tokens, start - 1);
    // `Protesters marching through the streets chanted`: a preposition after a noun modifies it.
    const before = tokenAt(tokens, start - 2);
    // `A leaked letter seen by Sky News says`: the document, with who has it, is the phrase; so is `A police
    // statement issued on Sunday read`, the document with when it came out.
    const seenDocument =
      (SEEN_PARTICIPLES.has(before.text) || ISSUED_PARTICIPLES.has(before.text)) &&
      documentNoun(tokenAt(tokens, start - 3).text) !== null;
    const modifier =
      PREPOSITIONS.has(token.text.toLowerCase()) &&
      before.kind === 'word' &&
      ((!endsPhraseBackwards(before) && !isVerbLike(before)) || seenDocument);
    const inPhrase =
      token.kind === 'word'
        ? modifier || !endsPhraseBackwards(token) || joinsRoles(tokens, start - 1, from)
        : /^[()'’&-]$/u.test(token.text) && !isDoubleHyphen(tokens, start - 1);
    if (!inPhrase) break;
    start--;
  }
  if (start === to) return null;
  const end = issuedAt(tokens, start, to);
  if (end !== to) return { speaker: { from: start, to: end } };
  // `Ellen Laipson, the other ex-CIA official also stated`: the name before the comma is the speaker.
  const name = tokenAt(tokens, start - 2);
  const appositive = isComma(tokenAt(tokens, start - 1)) && DETERMINERS.has(lower(tokenAt(tokens, start)));
  if (appositive && isCapitalized(name) && !SENTENCE_ADVERBS.has(lower(name))) {
    let nameStart = start - 1;
    while (nameStart > from && inNameBackwards(tokenAt(tokens, nameStart - 1))) nameStart--;
    // `At a news conference in Chelsea, the mayor said`: a place opening the sentence is no speaker.
    const place = [tokenAt(tokens, nameStart - 1), tokenAt(tokens, nameStart)].some((token) =>
      PLACE_PREPOSITIONS.has(lower(token)),
    );
    // `Asked whether Iran would leave the Non-Proliferation Treaty, the spokesman told IRNA`: a name ending a
    // clause that opens the sentence is that clause's object, and the role after the comma speaks.
    const clause = tokens
      .slice(from, start - 1)
      .some((token) => token.kind === 'word' && (isVerbLike(token) || startsClause(token)));
    if (!place && !clause) return { speaker: { from: nameStart, to: start - 1 }, appositive: { from: start, to } };
  }
  // `Malaysia's Prime Minister, Najib Razak said`: a title before the comma describes the name after it.
  const title = tokenAt(tokens, start - 2);
  if (isComma(tokenAt(tokens, start - 1)) && roleOfNear(title.text)?.person === true) {
    let titleStart = start - 2;
    while (titleStart > from && inNameBackwards(tokenAt(tokens, titleStart - 1))) titleStart--;
    return { speaker: { from: start, to }, appositive: { from: titleStart, to: start - 1 } };
  }
  return { speaker: { from: start, to } };
}

/** The most words of a phrase of time between `who` and its verb: `who in 2012 said`, `who on Monday told`. */
const MAX_WHO_ADVERBIAL = 3;

/**
 * `The union backed Mayor Tor Aas, who said …`, `Tor Aas, who in 2019 said …`: the phrase before `, who` (right
 * before the cue at `to`, or before a phrase of time opened by a preposition), read back to a clause start or a
 * preposition; null when no such `who` stands there.
 */
function antecedentOfWho(tokens: readonly QuoteToken[], from: number, to: number): TokenRange | null {
  let who = to - 1;
  if (lower(tokenAt(tokens, who)) !== 'who') {
    const opener = tokens.slice(from, to).findLastIndex((token) => lower(token) === 'who') + from;
    if (opener < from || to - opener - 1 > MAX_WHO_ADVERBIAL || !PREPOSITIONS.has(lower(tokenAt(tokens, opener + 1))))
      return null;
    for (let k = opener + 1; k < to; k++) if (tokenAt(tokens, k).kind !== 'word') return null;
    who = opener;
  }
  if (who - 1 <= from || !isComma(tokenAt(tokens, who - 1))) return null;
  let start = who - 1;
  while (start > from && who - start < MAX_PHRASE && inNameBackwards(tokenAt(tokens, start - 1))) start--;
  return start < who - 1 ? { from: start, to: who - 1 } : null;
}

/**
 * Where a document's phrase ends before a participle of putting it out (`A Garda statement issued on Sunday`,
 * `the report published in March`): the time or place after it is no one who speaks. Not before `by`, which
 * names the author (`a statement issued by the ministry`).
 */
function issuedAt(tokens: readonly QuoteToken[], from: number, to: number): number {
  for (let i = from + 1; i < to; i++) {
    const participle = ISSUED_PARTICIPLES.has(tokenAt(tokens, i).text);
    if (participle && documentNoun(tokenAt(tokens, i - 1).text) !== null && lower(tokenAt(tokens, i + 1)) !== 'by')
      return i;
  }
  return to;
}

/** `--` written for a dash (`… in the election -- meddling the congressman said is …`): it ends a phrase. */
function isDoubleHyphen(tokens: readonly QuoteToken[], k: number): boolean {
  return (
    tokenAt(tokens, k).text === '-' && (tokenAt(tokens, k - 1).text === '-' || tokenAt(tokens, k + 1).text === '-')
  );
}

/** The most words back from `and` to the role it joins: `secretary of state and`. */
const MAX_JOINED_ROLE = 4;

/**
 * `and` at `at` joins two roles of one person (`the former first lady and U.S. senator`, `the
 * former secretary of state and current nominee`): a person's role word stands in the few words before it.
 */
function joinsRoles(tokens: readonly QuoteToken[], at: number, from: number): boolean {
  if (lower(tokenAt(tokens, at)) !== 'and') return false;
  for (let i = at - 1; i >= from && at - i <= MAX_JOINED_ROLE; i--) {
    const token = tokenAt(tokens, i);
    if (token.kind !== 'word') return false;
    if (roleOf(token.text)?.person === true) return true;
  }
  return false;
}

function inNameBackwards(token: QuoteToken): boolean {
  return token.kind === 'word' && !endsPhraseBackwards(token);
}

/** `Said Ellis: “…”`: a sentence that opens with its cue names the speaker right after it. */
function inversionBefore(
  tokens: readonly QuoteToken[],
  cue: TokenRange,
  q: number,
): Pick<Attribution, 'speaker'> | null {
  if (!isSentenceInitial(tokens, cue.from)) return null;
  const to = phraseAfter(tokens, cue.to, tokenAt(tokens, cue.from).block);
  return to > cue.to && to < q ? { speaker: { from: cue.to, to } } : null;
}

/** Where the sentence holding token `q` starts, looking back at most `MAX_FRAME` tokens within its block. */
export function sentenceStart(tokens: readonly QuoteToken[], q: number): number {
  const block = tokenAt(tokens, q).block;
  let i = q;
  while (i > 0 && q - i < MAX_FRAME) {
    const prev = tokenAt(tokens, i - 1);
    if (prev.block !== block || endsSentence(prev) || endsSentenceInside(prev, tokenAt(tokens, i))) break;
    i--;
  }
  return i;
}

/**
 * `Karlsson posted a string of messages late on Friday saying …`, `Farmers marched on the capital chanting …`: the
 * words before a participle of speaking with no comma may be a whole clause, or the object of a verb or a
 * preposition; the subject of the sentence speaks, not the phrase of time or place ending it.
 */
function subjectOfClause(
  tokens: readonly QuoteToken[],
  phrase: Pick<Attribution, 'speaker' | 'appositive'> | null,
  from: number,
  cue: number,
): Pick<Attribution, 'speaker' | 'appositive'> | null {
  if (phrase === null) return null;
  const start = phrase.speaker.from;
  const clause = tokens.slice(start + 1, phrase.speaker.to).some((token) => isVerbLike(token));
  const before = tokenAt(tokens, start - 1);
  // `with Boswell stating`: after `with` the phrase is the participle's own subject.
  const governed =
    start > from && ((PREPOSITIONS.has(lower(before)) && !ABSOLUTE_OPENERS.has(lower(before))) || isVerbLike(before));
  if (clause) return sentenceSubject(tokens, start, cue) ?? phrase;
  return governed ? sentenceSubject(tokens, from, start - 1) : phrase;
}

/**
 * `The ad uses footage of Senator X asking`, `One video shows a girl who survived the blast, yelling`: a recording
 * that shows someone, or footage of them, before the participle of speaking at `cue` makes the one shown the
 * speaker, not the recording or whoever used it. The phrase runs from the verb of showing, or `of`, to a clause
 * or a comma.
 */
function shownSpeaking(tokens: readonly QuoteToken[], from: number, cue: number): Pick<Attribution, 'speaker'> | null {
  for (let k = cue - 1; k >= from; k--) {
    const word = lower(tokenAt(tokens, k));
    const shows = SHOWING_VERBS.has(word);
    if (!shows && !(word === 'of' && RECORDINGS.has(lower(tokenAt(tokens, k - 1))))) continue;
    const to = Math.min(phraseAfter(tokens, k + 1, tokenAt(tokens, k).block), cue);
    // The one shown is the participle's subject only right before it or past a clause describing them, not
    // where a clause of its own follows (`figures showing the deficit had doubled, adding`).
    const next = tokenAt(tokens, to);
    const describes = to === cue || isComma(next) || lower(next) === 'who';
    const clause = tokens.slice(k + 1, to).some(isVerbLike);
    return to > k + 1 && describes && !clause ? { speaker: { from: k + 1, to } } : null;
  }
  return null;
}

/**
 * The subject of the main clause after a clause opening the sentence that holds the quote at `q`: past the comma
 * inside the quote's marks (`“…,” she was`) or the first after it (`“…” on Monday, she was`).
 */
function mainClauseSubject(tokens: readonly QuoteToken[], q: number): TokenRange | null {
  const block = tokenAt(tokens, q).block;
  let start = q + 1;
  if (!/,\P{L}*$/u.test(tokenAt(tokens, q).text)) {
    while (start < tokens.length && start - q <= MAX_INTRO_GAP && !isComma(tokenAt(tokens, start))) start++;
    start++;
  }
  if (start - q > MAX_INTRO_GAP + 1 || tokenAt(tokens, start).block !== block) return null;
  let end = start;
  while (end < tokens.length && tokenAt(tokens, end).block === block && !endsSentence(tokenAt(tokens, end))) end++;
  return sentenceSubject(tokens, start, end)?.speaker ?? null;
}

/**
 * Who speaks by the participle of speaking at `j` (`stating`, `saying`): one a recording shows speaking (`The ad
 * uses footage of X asking`); after a comma, the sentence's subject (`…, stating, “…”`); else the phrase before it,
 * or the subject of the clause that phrase ends.
 */
function participleSpeaker(
  tokens: readonly QuoteToken[],
  from: number,
  j: number,
): Pick<Attribution, 'speaker' | 'appositive'> | null {
  const shown = shownSpeaking(tokens, from, j);
  if (shown !== null) return shown;
  if (isComma(tokenAt(tokens, j - 1))) return sentenceSubject(tokens, from, j - 1);
  return subjectOfClause(tokens, phraseBefore(tokens, from, j), from, j);
}

/** The attribution whose cue starts at token `j`, for the quote at `q` in the sentence from `from`. */
function attributionAt(tokens: readonly QuoteToken[], j: number, q: number, from: number): Attribution | null {
  const token = tokenAt(tokens, j);
  const cue = cueAt(tokens, j);
  if (cue === null || cue.to > q) return null;
  const reach = q - cue.to <= MAX_INTRO_GAP ? 'adjacent' : 'frame';
  if (SPEAKER_AFTER_CUE.has(lower(token))) {
    const to = phraseAfter(tokens, cue.to, token.block);
    if (to <= cue.to) return null;
    const appositive = nameAppositiveAfter(tokens, to, token.block);
    return { cue, speaker: { from: cue.to, to }, ...(appositive && { appositive }), side: 'before', reach };
  }
  // `Kim was quoted by KCNA as saying: “…”`: the one quoted speaks.
  const quoted = quotedAsSaying(tokens, from, j);
  if (quoted !== null) return { cue, ...quoted, side: 'before', reach };
  // `SPA quoted the ministry as saying the kingdom stressed “…”`: what a verb reports inside the words of
  // one quoted is theirs too, not the subject's of that verb.
  const within = quotedAround(tokens, from, j);
  if (within !== null) return { ...within, side: 'before', reach };
  const inProgress = token.text.endsWith('ing');
  // `After saying her knee was “…,” she was rushed …`: a participle opening its sentence after a conjunction of
  // time has the main clause's subject, named after the quote.
  if (inProgress && j - 1 === from && TIME_CONJUNCTIONS.has(lower(tokenAt(tokens, from)))) {
    const speaker = mainClauseSubject(tokens, q);
    return speaker === null ? null : { cue, speaker, side: 'before', reach };
  }
  const phrase = inProgress
    ? participleSpeaker(tokens, from, j)
    : (phraseBefore(tokens, from, j) ?? inversionBefore(tokens, cue, q));
  if (!phrase) return null;
  const outlet = outletAfter(tokens, cue);
  return { cue, ...phrase, ...(outlet && { outlet }), side: 'before', reach };
}

/**
 * `X said: “…”`, `According to X, “…”`, `X stated that … “…”`: the
 * attribution before the quote at `q`, looked for from token `from` on
 * (the sentence start).
 */
export function attributionBefore(tokens: readonly QuoteToken[], q: number, from: number): Attribution | null {
  // `Veritas rated 40% of Labour claims as “false”`: a cue word inside a naming verb's object is a noun there.
  const naming = namingAttribution(tokens, q, from) ?? namingWithObjectBefore(tokens, q, from);
  // `He skipped the tweets in which he called her “…”`: a naming verb with its own subject pronoun opens a clause
  // of its own, so no cue before it reaches the quote (`tweets` is a noun there).
  if (
    naming !== null &&
    naming.speaker.to === naming.cue.from &&
    SUBJECT_PRONOUNS.has(lower(tokenAt(tokens, naming.cue.from - 1)))
  )
    return naming;
  // A cue that introduces the quote, nearest first: `he told Reuters on Monday: “…”`.
  const near = Math.max(from, q - 1 - MAX_INTRO_GAP);
  let j = q - 1;
  for (; j >= near && tokenAt(tokens, j).kind !== 'quote'; j--) {
    const found = naming !== null && j > naming.cue.from ? null : attributionAt(tokens, j, q, from);
    if (found) return reportedWithin(tokens, q, from, found) ?? found;
  }
  // `Officials reported “steady gains” despite “stiff opposition”`: the cue before an earlier quote governs this one too.
  const frameEnd = j >= near ? j : near;
  // `Vanguard rated the claims as “false” or “half true”`, `he called it “a cartel” and mocked its “ledger”`: the
  // subject who names the earlier quote's thing goes on speaking in the same sentence.
  if (j >= near && j > from && joinedPredicate(tokens, j, q)) {
    const earlier = namingAttribution(tokens, j, from) ?? namingWithObjectBefore(tokens, j, from);
    if (earlier !== null) return earlier;
  }
  // `Mans Nyberg called for greater urgency: “…”`: a colon hands the quote to the sentence's subject.
  if (tokenAt(tokens, q - 1).text === ':' && q - 1 > from) {
    const subject = sentenceSubject(tokens, from, q - 1);
    if (subject) return { cue: { from: q - 1, to: q }, ...subject, side: 'before', reach: 'adjacent' };
  }
  // `Harmon called it “the least bad option”`: the subject gives their own words for something.
  if (naming !== null) return naming;
  // A reporting verb that governs the sentence comes early in it, so read from its start:
  // `Clinton says Trump’s flurry of late-night tweets … was “unhinged”` (not `… tweets`).
  // `According to` names where the report comes from, and yields to a verb with its own
  // speaker: `According to this report, Pillar … told the agency that “…”`.
  return framingAttribution(tokens, q, from, frameEnd);
}

/**
 * The quote at `q` follows the one at `j` in the same predicate: right after `or` or `and` (`“false” or “baseless”`), or
 * in a second verb of the same subject (`“a cartel” and mocked its “ledger”`), not a clause with a subject of its own
 * (`“a shambles” while her deputy praised its “reforms”`, `and her deputy praised`).
 */
function joinedPredicate(tokens: readonly QuoteToken[], j: number, q: number): boolean {
  let k = j + 1;
  if (isComma(tokenAt(tokens, k))) k++;
  if (!/^(?:and|or)$/u.test(lower(tokenAt(tokens, k)))) return false;
  return k + 1 === q || isVerbLike(tokenAt(tokens, k + 1));
}

/** The most words between a naming verb and the quote: `called the council’s vote on Monday`. */
const MAX_NAMED_OBJECT = 6;

/** Words opening a relative clause whose object is the thing named: `what it calls “…”`, `that X described as “…”`. */
const OBJECT_RELATIVES = new Set(['what', 'that', 'which']);

/**
 * The object of a naming verb opens at token `i`: a pronoun, a determiner, a name or a number
 * (`called it`, `called the plan`, `branded Norway`, `rated 40% of the claims as`).
 */
function opensObject(tokens: readonly QuoteToken[], i: number): boolean {
  const token = tokenAt(tokens, i);
  const word = lower(token);
  return OBJECT_OPENERS.has(word) || DETERMINERS.has(word) || isCapitalized(token) || /^\d/u.test(word);
}

/**
 * Someone in particular: a name, a pronoun or a singular description (`Norway`, `he`, `The minister`), not a
 * bare plural of people no one names (`Critics`, `Many analysts`), whose term for something is one in
 * circulation, held at arm's length.
 */
function particular(tokens: readonly QuoteToken[], range: TokenRange): boolean {
  const head = tokenAt(tokens, range.to - 1);
  for (let i = range.from; i < range.to; i++) {
    if (isCapitalized(tokenAt(tokens, i)) && !(i === range.from && isSentenceInitial(tokens, i))) return true;
  }
  return head.kind === 'word' && !wordTagged(head.text.toLowerCase(), 'Plural');
}

/**
 * `Senator Wade Harmon called it “the least bad option”`, `She described the plan as “reckless”`, `Norway
 * branded the strike an “act of war”`: a verb of naming with an object (a pronoun, a name, or a noun phrase
 * after a determiner) right before the quote, or before the complement's article, gives the subject's own
 * words, so the subject speaks. Not `a plan called “Green Deal”`: with no object between, the verb names a
 * title (`kinds.ts`); nor a term no one in particular gives (`Critics called the plan a “peace dividend”`), a
 * scare quote.
 */
function namingAttribution(tokens: readonly QuoteToken[], q: number, from: number): Attribution | null {
  const before = lower(tokenAt(tokens, q - 1));
  // `the “Safe Roads” plan`, `its “reform”`: any other determiner makes the quoted words a thing's name.
  const article = INDEFINITE_ARTICLES.has(before);
  if (DETERMINERS.has(before) && !article) return null;
  const complement = article ? q - 1 : q;
  // `dismissed the charges as “…”`: a verb of judging names the subject's words only through `as`.
  const judged = lower(tokenAt(tokens, complement - 1)) === 'as';
  for (let verb = complement - 2; verb >= from && complement - verb <= MAX_NAMED_OBJECT + 1; verb--) {
    const word = lower(tokenAt(tokens, verb));
    if (!NAMING_VERBS.has(word) && !(judged && JUDGING_VERBS.has(word))) continue;
    // `X's brief said that was not her view and dismissed the reports as “…”`: a reporting verb before it
    // governs the sentence, and the framing reads its speaker.
    if (!NAMING_VERBS.has(word) && reportsBefore(tokens, from, verb)) return null;
    if (!opensObject(tokens, verb + 1)) return null;
    for (let k = verb + 1; k < complement; k++) {
      const token = tokenAt(tokens, k);
      if (token.kind !== 'word' && token.text !== '%') return null;
    }
    const subject = pronounSubject(tokens, verb) ?? sentenceSubject(tokens, afterDateline(tokens, from, verb), verb);
    if (subject === null || (article && !particular(tokens, subject.speaker))) return null;
    return { cue: { from: verb, to: verb + 1 }, ...subject, side: 'before', reach: 'frame' };
  }
  return null;
}

/**
 * `the posts in which he called the board “…”`, `Asked about the vote, she called it “…”`: a subject pronoun right
 * before the naming verb is its subject, whatever clause it stands in, so the sentence's subject is not.
 */
function pronounSubject(tokens: readonly QuoteToken[], verb: number): Pick<Attribution, 'speaker'> | null {
  return SUBJECT_PRONOUNS.has(lower(tokenAt(tokens, verb - 1))) ? { speaker: { from: verb - 1, to: verb } } : null;
}

/**
 * Where the subject of the clause from `from` to `verb` may start: after a dateline's dash (`TROMSØ, Norway, May 4
 * (NTB) — Former Prime Minister X criticized …`), the last dash before the verb with a capital after it; a dash setting
 * off a description (`X — a former minister — called`) has one in lower case after it.
 */
function afterDateline(tokens: readonly QuoteToken[], from: number, verb: number): number {
  for (let i = verb - 1; i > from; i--) {
    if (DASHES.has(tokenAt(tokens, i).text)) return isCapitalized(tokenAt(tokens, i + 1)) ? i + 1 : from;
  }
  return from;
}

/** The most words of a subject between a relative word and its naming verb: `that Mayor Ola Dahl described`. */
const MAX_RELATIVE_SUBJECT = 5;

/**
 * `The union condemns what it calls “…”`, `a fire that Mayor Ola Dahl described as “…”`, `Premier Sofia Lind is
 * describing as “reckless” a tweet`: the naming verb's object stands before it (a relative word) or after the
 * quote, so the verb comes right before the quote or its `as`, and whoever is named right before the verb, or
 * the subject of a verb in progress, speaks: someone in particular (`the illness that doctors call “…”` names a
 * term in circulation). Not a passive (`The plan was described as “…”`), whose subject is the thing named.
 */
function namingWithObjectBefore(tokens: readonly QuoteToken[], q: number, from: number): Attribution | null {
  const verb = lower(tokenAt(tokens, q - 1)) === 'as' ? q - 2 : q - 1;
  if (verb <= from || !NAMING_VERBS.has(tokenAt(tokens, verb).text)) return null;
  const cue = { from: verb, to: verb + 1 };
  if (COPULAS.has(lower(tokenAt(tokens, verb - 1))) && tokenAt(tokens, verb).text.endsWith('ing')) {
    const subject = sentenceSubject(tokens, from, verb - 1);
    return subject && particular(tokens, subject.speaker) ? { cue, ...subject, side: 'before', reach: 'frame' } : null;
  }
  for (let relative = verb - 2; relative >= from && verb - relative <= MAX_RELATIVE_SUBJECT + 1; relative--) {
    const token = tokenAt(tokens, relative + 1);
    if (token.kind !== 'word' || isVerbLike(token) || startsClause(token)) return null;
    if (!OBJECT_RELATIVES.has(lower(tokenAt(tokens, relative)))) continue;
    const speaker = { from: relative + 1, to: verb };
    return particular(tokens, speaker) ? { cue, speaker, side: 'before', reach: 'frame' } : null;
  }
  return null;
}

/** A reporting verb (`said`, `told`) between `from` and `to`. */
function reportsBefore(tokens: readonly QuoteToken[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CUE_VERBS.has(lower(tokenAt(tokens, k)))) return true;
  return false;
}

/**
 * `Senator Jan Olsen said the rise in prices demands that families get “more support”`: a cue word in -s inside
 * what an earlier verb of saying in the sentence reports, with the quote run into its clause (no colon or comma
 * before it), is part of that report (a noun, `the minister’s tweets`, or a thing's demand), so the quoted words
 * are the first speaker's; one in the past keeps its own subject (`The agency said the kingdom stressed “…”`).
 * Null when no such verb comes first.
 */
function reportedWithin(
  tokens: readonly QuoteToken[],
  q: number,
  from: number,
  found: Attribution,
): Attribution | null {
  if (tokenAt(tokens, q - 1).kind !== 'word' || found.speaker.to > found.cue.from) return null;
  if (!lower(tokenAt(tokens, found.cue.from)).endsWith('s')) return null;
  const frame = framingAttribution(tokens, q, from, found.speaker.from);
  if (frame === null || !SAYING_VERBS.has(lower(tokenAt(tokens, frame.cue.from)))) return null;
  if (frame.cue.to > found.speaker.from) return null;
  // `X said the plan would fail, but he said the vote “…”`: a quote, a comma or `but` between them ends the report.
  for (let k = frame.cue.to; k < found.speaker.from; k++) {
    const token = tokenAt(tokens, k);
    if (token.kind === 'quote' || isComma(token) || lower(token) === 'but') return null;
  }
  return { ...frame, reach: 'frame' };
}

/**
 * The first reporting verb from `from` (the sentence start) to `to` and its speaker, for the quote at `q`:
 * the verb that governs the sentence, whose complement may hold others (`Nicole Arsenault said teachers
 * had asked for the rule`). `According to` yields to a verb with its own speaker.
 */
function framingAttribution(tokens: readonly QuoteToken[], q: number, from: number, to: number): Attribution | null {
  let according: Attribution | null = null;
  for (let k = from; k < to; k++) {
    const found = attributionAt(tokens, k, q, from);
    if (found && !SPEAKER_AFTER_CUE.has(lower(tokenAt(tokens, k)))) return found;
    according ??= found;
  }
  return according;
}

/**
 * `Dr. Sarah Levine, who leads the clinic, described the night.` then a paragraph that is only a quote:
 * the subject of the paragraph before's last sentence, who the quote's paragraph goes on with. The
 * caller accepts it only for a person named or a pronoun.
 */
export function previousParagraphSubject(tokens: readonly QuoteToken[], q: number): Attribution | null {
  const end = q - 1;
  const last = tokenAt(tokens, end);
  if (last.block < 0 || last.block === tokenAt(tokens, q).block || !(endsSentence(last) || last.text === ':')) {
    return null;
  }
  const next = tokenAt(tokens, q + 1);
  if (next.block === tokenAt(tokens, q).block) return null;
  return subjectOfSentenceEnding(tokens, end);
}

/**
 * `“…,” Smith said. Jones disagreed. “…”`: the subject of the sentence right before the quote at `q`,
 * in its paragraph, when the quote opens its sentence and the subject is a name after a determiner and
 * its words (`Her fellow organiser Tom Ekwall`) or after titles only (`Organiser Tom Ekwall`; not
 * `Polls show Tom Ekwall ahead`). The caller accepts it only for a person named.
 */
export function sentenceBeforeSubject(
  tokens: readonly QuoteToken[],
  q: number,
  inWords?: (token: QuoteToken) => boolean,
): Attribution | null {
  const end = q - 1;
  const last = tokenAt(tokens, end);
  if (last.block !== tokenAt(tokens, q).block || !endsSentence(last)) return null;
  const subject = subjectOfSentenceEnding(tokens, end, inWords);
  if (subject === null || DETERMINERS.has(lower(tokenAt(tokens, subject.speaker.from)))) return subject;
  // `Why did she go?`: a person's pronoun, in lower case past a question's verb, is that sentence's person too.
  const { from, to } = subject.speaker;
  if (to === from + 1 && PRONOUNS.get(lower(tokenAt(tokens, from))) === 'person') return subject;
  for (let i = subject.speaker.from; i < subject.speaker.to; i++) {
    const token = tokenAt(tokens, i);
    // `Information Minister Moammar al-Eryani`: an article or particle is part of the name.
    const named = isCapitalized(token) || ARABIC_ARTICLE.test(token.text) || NAME_PARTICLES.has(token.text);
    if (token.kind === 'word' && !named && roleOf(token.text) === undefined) return null;
  }
  return subject;
}

/**
 * The subjects of the sentences of the quote-free stretch between two quotations (`from`–`to`, token
 * indices, the paragraph between them): whom the text turns to there, so a quote after it goes on with
 * the speaker before only when none of them is someone else. Null when the stretch holds a quote.
 */
export function subjectsBetween(tokens: readonly QuoteToken[], from: number, to: number): Attribution[] | null {
  const subjects: Attribution[] = [];
  for (let i = from; i < to; i++) {
    const token = tokenAt(tokens, i);
    if (token.kind === 'quote') return null;
    const last = i === to - 1 || tokenAt(tokens, i + 1).block !== token.block;
    if (!endsSentence(token) && !last) continue;
    const subject = subjectOfSentenceEnding(tokens, i);
    if (subject !== null) subjects.push(subject);
  }
  return subjects;
}

/** The most words a question's verb follows its question word by: `How much longer will`. */
const MAX_QUESTION_OPENING = 3;

/**
 * Where the subject of the question from `start` to `end` begins: after the verb a question opens with, itself
 * first (`Did she …?`) or after its question word (`Why did she …?`, `How long will the talks …?`); -1 with none.
 */
function questionSubjectStart(tokens: readonly QuoteToken[], start: number, end: number): number {
  for (let i = start; i < end && i - start <= MAX_QUESTION_OPENING; i++) {
    if (AUXILIARIES.has(lower(tokenAt(tokens, i)))) return i + 1 < end ? i + 1 : -1;
  }
  return -1;
}

/**
 * The subject of the sentence ending at token `end`, with its verb as the cue; null when it holds a quote,
 * unless `inWords` says the quote is one of its words (a scare quote: `dismissed the “emergency” as invented`).
 */
function subjectOfSentenceEnding(
  tokens: readonly QuoteToken[],
  end: number,
  inWords: (token: QuoteToken) => boolean = () => false,
): Attribution | null {
  const start = sentenceStart(tokens, end);
  for (let i = start; i < end; i++)
    if (tokenAt(tokens, i).kind === 'quote' && !inWords(tokenAt(tokens, i))) return null;
  // `Why did she want to go so badly?`: a question opens with its question word and its verb, and its subject
  // comes after the verb; a question with none there names no one (`Why now?`).
  const asks = tokenAt(tokens, end).text === '?';
  const from = asks ? questionSubjectStart(tokens, start, end) : start;
  if (from < 0) return null;
  // A question's verb stands apart from its subject, so the subject is read up to the next verb in its base form
  // (`did she want`): a pronoun there is the subject alone.
  const pronoun = asks && SUBJECT_PRONOUNS.has(lower(tokenAt(tokens, from)));
  const subject = pronoun ? { speaker: { from, to: from + 1 } } : sentenceSubject(tokens, from, end);
  if (subject === null) return null;
  // The cue is the sentence's verb: the first word in lower case after the subject (and its appositive).
  let verb = Math.max(subject.speaker.to, subject.appositive?.to ?? 0);
  while (
    verb < end &&
    !(tokenAt(tokens, verb).kind === 'word' && tokenAt(tokens, verb).text === lower(tokenAt(tokens, verb)))
  )
    verb++;
  return verb < end ? { cue: { from: verb, to: verb + 1 }, ...subject, side: 'before', reach: 'frame' } : null;
}

/**
 * The attribution of the sentence right before the quote at `q`, for a quote
 * with no cue of its own that opens its sentence: `Wilkins also said Warhol
 * was a businessperson. “As a way to …”`, or a paragraph ending `Rathbun
 * stated,` before the paragraph the quote makes up. Null when that sentence
 * holds a quote (then the quote goes on with that one's speaker) or no cue.
 */
export function previousSentenceAttribution(tokens: readonly QuoteToken[], q: number): Attribution | null {
  const end = q - 1;
  const last = tokenAt(tokens, end);
  const sameBlock = last.block === tokenAt(tokens, q).block;
  const ends = endsSentence(last) || (!sameBlock && (last.text === ',' || last.text === ':'));
  if (!ends || last.block < 0) return null;
  const from = sentenceStart(tokens, end);
  for (let i = from; i < end; i++) if (tokenAt(tokens, i).kind === 'quote') return null;
  // `Rathbun stated,` ending a paragraph introduces the quote; a whole sentence before it reports through
  // its governing verb, not one inside what is reported.
  return sameBlock || endsSentence(last)
    ? framingAttribution(tokens, end, from, end)
    : attributionBefore(tokens, end, from);
}

/** The most words of a line label: `ALSO READ MORE`. */
export const MAX_LABEL = 4;

/**
 * `READ MORE: ‘Iran warns Israel’`: the quote at `q` follows a line-initial
 * label and a colon, written in capitals or with label words only; it is a
 * headline, not speech.
 */
export function isHeadlineLabel(tokens: readonly QuoteToken[], q: number): boolean {
  const colon = q - 1;
  if (tokenAt(tokens, colon).text !== ':') return false;
  const block = tokenAt(tokens, q).block;
  let from = colon;
  while (from > 0 && tokenAt(tokens, from - 1).block === block && colon - from < MAX_LABEL) from--;
  if (from === colon || tokenAt(tokens, from - 1).block === block) return false;
  const label = tokens.slice(from, colon);
  const capitals = label.every((token) => token.kind === 'word' && token.text === token.text.toUpperCase());
  return capitals || label.every((token) => token.kind === 'word' && LABEL_WORDS.has(token.text.toLowerCase()));
}
