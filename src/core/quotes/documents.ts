/**
 * Documents and accounts speak for whoever wrote them: `Cornyn's statement
 * added` is Cornyn, `the Home Office letter reads` the Home Office, `the
 * report by UNHCR` UNHCR, and a later `the report states` the author of the
 * report introduced before. Read from the words around a document noun
 * (`DOCUMENT_NOUNS`): a possessive or a name before it, or `by` and a name
 * right after it. The discourse keeps the documents introduced; the speaker
 * resolution asks it for `the report`'s author.
 */
import { roleOf } from '../text/lexicon.ts';
import { DETERMINERS, DOCUMENT_NOUNS, SPEAKER_NAME_PARTICLES } from './lexicon.ts';

/** The most words a document's author may take: `the United Nations High Commissioner for Refugees`. */
const MAX_AUTHOR = 8;
/** The most lower-case words between an author and the document noun: `PC World's recent online analysis`. */
const MAX_MODIFIERS = 3;

const POSSESSIVE = /['’]s?$/u;

function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The document noun a word is, singular: `reports` → `report`; null for any other word or a capitalised one. */
export function documentNoun(word: string): string | null {
  // The list is in lower case, so a capitalised word (`Report`, part of a name) is never found in it.
  if (DOCUMENT_NOUNS.has(word)) return word;
  return word.endsWith('s') && DOCUMENT_NOUNS.has(word.slice(0, -1)) ? word.slice(0, -1) : null;
}

/** Verbs by which a body puts a document out: `the ministry issued a memo`. */
export const PUBLISHING = new Set([
  'issued',
  'released',
  'published',
  'posted',
  'sent',
  'circulated',
  'wrote',
  'signed',
  'issuing',
  'releasing',
  'publishing',
  'posting',
]);

/** Verbs of saying before `in` and a document: `Iran's army said in a statement`. */
const SAYING_IN = new Set(['said', 'says', 'stated', 'announced', 'added', 'wrote', 'told']);

/** Verbs before `with` and a document, by which a body answers with one: `the ministry followed with a statement`, `hit back with`. */
const ANSWERING_WITH = new Set(['followed', 'responded', 'replied', 'countered', 'back']);

/** `followed with a statement`: at `at`, the `with` after a verb of answering. */
const followsWith = (words: readonly string[], at: number) =>
  words[at] === 'with' && ANSWERING_WITH.has(words[at - 1] ?? '');

/** `said in a statement`: at `at`, the `in` after a verb of saying. */
const saysIn = (words: readonly string[], at: number) => words[at] === 'in' && SAYING_IN.has(words[at - 1] ?? '');

/**
 * `The ministry issued a memo`, `Hamas released a statement`, `Iran's army
 * said in a statement`: the subject of a publishing verb, or of a verb of
 * saying in the document, right before it (and its article and modifiers)
 * wrote it: a name, `the` and a body word, or a name's body (`Netanyahu's office`).
 */
function publisherBefore(words: readonly string[], head: number): string | null {
  let verb = head - 1;
  while (verb >= 0 && head - verb <= MAX_MODIFIERS + 1 && !PUBLISHING.has(words[verb] as string)) {
    if (saysIn(words, verb) || followsWith(words, verb)) break;
    if (isCapitalized(words[verb] as string)) return null;
    verb--;
  }
  if (saysIn(words, verb) || followsWith(words, verb)) verb--;
  else if (verb < 1 || !PUBLISHING.has(words[verb] as string)) return null;
  if (verb < 1) return null;
  let start = verb;
  // `The Ministry of Health published`: particles count between capitalised words.
  for (let i = verb - 1; i >= 0 && verb - i <= MAX_AUTHOR; i--) {
    const word = words[i] as string;
    if (isCapitalized(word)) start = i;
    else if (!(SPEAKER_NAME_PARTICLES.has(word) && i > 0 && isCapitalized(words[i - 1] as string))) break;
  }
  if (start < verb && DETERMINERS.has((words[start] as string).toLowerCase())) start++;
  if (start < verb) return words.slice(start, verb).join(' ');
  // `the ministry issued`, `the interior ministry is issuing`: a body's word after `the` and its modifiers.
  let body = verb - 1;
  while (body > 0 && AUXILIARY.test(words[body] as string)) body--;
  if (roleOf(words[body] as string)?.person !== false) return null;
  for (let article = body - 1; article >= 0 && body - article <= MAX_MODIFIERS; article--) {
    const word = words[article] as string;
    if (word.toLowerCase() === 'the') return ['the', ...words.slice(article + 1, body + 1)].join(' ');
    // `Netanyahu's office`, `Iran's army`: the body of the one named before it, whose name may take more words.
    if (isCapitalized(word) && POSSESSIVE.test(word)) {
      let start = article;
      while (start > 0 && article - start < MAX_AUTHOR && isCapitalized(words[start - 1] as string)) start--;
      return words.slice(start, body + 1).join(' ');
    }
    // A capitalised word right after `the` is a modifier in the body's description (`The Malaysian foreign
    // ministry`); any other names someone else.
    if (isCapitalized(word) && words[article - 1]?.toLowerCase() !== 'the') return null;
  }
  return null;
}

/** `is issuing`, `has released`: an auxiliary between a publisher and its verb. */
const AUXILIARY = /^(?:is|was|are|were|has|had|have|will|would)$/u;

/**
 * `The statement was released by the Red Cross`: the author after a publishing verb in the passive,
 * right after the document noun; the words from `by` on, or null.
 */
function publishedBy(words: readonly string[], head: number): number | null {
  let i = head + 1;
  if (AUXILIARY.test(words[i] ?? '')) i++;
  return PUBLISHING.has(words[i] ?? '') && words[i + 1] === 'by' ? i + 1 : null;
}

/**
 * `foreign ministry` after `Germany’s`: lower-case words up to a body's word, or null. `modifiers`: only
 * words that can modify it come between (`Syrian foreign ministry`, not `Smith to the ministry`).
 */
function bodyAfter(words: readonly string[], from: number, modifiers = false): string[] | null {
  for (let i = from; i < words.length && i - from <= MAX_MODIFIERS; i++) {
    const word = words[i] as string;
    if (isCapitalized(word) || (modifiers && (DETERMINERS.has(word) || COMPLEMENTS.has(word)))) return null;
    if (roleOf(word)?.person === false) return words.slice(from, i + 1) as string[];
  }
  return null;
}

/** `union`, `health authority`, `coroner`: lower-case words up to a role's word (a body's or a person's), or null. */
function roleAfter(words: readonly string[], from: number): string[] | null {
  for (let i = from; i < words.length && i - from <= MAX_MODIFIERS; i++) {
    const word = words[i] as string;
    if (isCapitalized(word) || POSSESSIVE.test(word)) return null;
    if (roleOf(word) !== undefined) return words.slice(from, i + 1) as string[];
  }
  return null;
}

/** Words that open a complement, which a body's modifiers never are. */
const COMPLEMENTS = new Set(['to', 'for', 'of', 'at', 'from', 'with', 'in', 'on', 'by', 'and', 'or']);

/**
 * `general command of the Syrian army`, `supreme council of Ansar Allah`: lower-case words, `of` and a name (with
 * the modifiers and body's word after it), from `from`; null where the words before `of` are no noun's.
 */
function ofName(words: readonly string[], from: number): string[] | null {
  let of = from;
  while (of < words.length && of - from < MAX_MODIFIERS && /^\p{Ll}+$/u.test(words[of] as string)) {
    if (words[of] === 'of') break;
    if (DETERMINERS.has(words[of] as string) || COMPLEMENTS.has(words[of] as string)) return null;
    of++;
  }
  if (of === from || words[of] !== 'of') return null;
  let name = words[of + 1]?.toLowerCase() === 'the' ? of + 2 : of + 1;
  const first = name;
  while (name < words.length && name - first < MAX_AUTHOR && isCapitalized(words[name] as string)) name++;
  if (name === first) return null;
  const body = bodyAfter(words, name, true) ?? [];
  return [...words.slice(from, name), ...body];
}

/** Possessive pronouns and the pronoun that finds the same antecedent: `its account` is the account of what `it` means. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['its', 'it'],
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);

/**
 * `its Telegram account`, `his official Twitter account`: a possessive pronoun owns the document noun at
 * `head`, past capitalised words (a platform, not an author) and modifiers; the pronoun that finds the
 * owner (`it`), or null.
 */
export function ownerPronoun(words: readonly string[], head: number): string | null {
  for (let i = head - 1; i >= 0 && head - i <= MAX_MODIFIERS + 1; i--) {
    const word = words[i] as string;
    const pronoun = POSSESSIVE_PRONOUNS.get(word.toLowerCase());
    if (pronoun !== undefined) return pronoun;
    if (POSSESSIVE.test(word) || DETERMINERS.has(word.toLowerCase())) return null;
  }
  return null;
}

/**
 * `the minutes of its latest meeting`: a possessive pronoun owning the complement of the document noun at
 * `head` owns the document; the pronoun that finds the owner (`it`), or null.
 */
export function complementPronoun(words: readonly string[], head: number): string | null {
  return words[head + 1] === 'of' ? (POSSESSIVE_PRONOUNS.get(words[head + 2]?.toLowerCase() ?? '') ?? null) : null;
}

/** Where a body or person posts: `the ministry’s account`, `the air force’s Telegram channel`. */
const ACCOUNT_NOUNS = new Set(['account', 'channel', 'page', 'feed', 'handle', 'profile', 'website', 'site']);

/** A word naming where a body or person posts (`channel`, `Account`). */
export function isAccountNoun(word: string): boolean {
  return ACCOUNT_NOUNS.has(word.toLowerCase());
}

/** The most words between an owner's possessive and its account's noun: a platform's name (`Telegram`). */
const MAX_PLATFORM_WORDS = 2;

/**
 * `A post on her X account said`: the pronoun owning the account the document at `head` was posted on
 * (`she`), or null.
 */
export function accountPronoun(words: readonly string[], head: number): string | null {
  if (words[head + 1] !== 'on') return null;
  for (let i = head + 2; i < words.length && i - head <= MAX_PLATFORM_WORDS + 3; i++) {
    if (ACCOUNT_NOUNS.has((words[i] as string).toLowerCase())) return ownerPronoun(words, i);
  }
  return null;
}

/**
 * `a post on the PTI’s account on X`, `a post on the air force’s Telegram channel`: the owner of the account
 * a document was posted on, from `from` (after `on`), as written (`PTI`, `the air force`), or null.
 */
function accountOwner(words: readonly string[], from: number): string | null {
  const article = words[from]?.toLowerCase() === 'the' ? 1 : 0;
  for (let i = from + article; i < words.length && i - from <= MAX_AUTHOR; i++) {
    const word = words[i] as string;
    // `the X account of Houthi spokesman Mohammed Abdulsalam`: the owner is the complement after the noun.
    if (ACCOUNT_NOUNS.has(word.toLowerCase()) && words[i + 1] === 'of' && i - from <= MAX_PLATFORM_WORDS + article) {
      // `of the ministry`: a body's word keeps its article, as a nominal.
      const owner = words.slice(i + 2, i + 2 + MAX_AUTHOR);
      const named = owner.length > 0 && (isCapitalized(owner[0] as string) || owner[0] === 'the');
      return named ? owner.join(' ') : null;
    }
    if (!POSSESSIVE.test(word)) continue;
    const rest = words.slice(i + 1, i + 2 + MAX_PLATFORM_WORDS);
    if (!rest.some((next) => ACCOUNT_NOUNS.has(next.toLowerCase()))) return null;
    const owner = [...words.slice(from + article, i), word.replace(POSSESSIVE, '')];
    // `the PTI’s`: a name needs no article; `the air force’s` is a role written in lower case, kept as one.
    return isCapitalized(owner[0] as string) ? owner.join(' ') : ['the', ...owner].join(' ');
  }
  return null;
}

/** The most words between a document noun and `on` of `on X's behalf`: `read out`, `issued late`. */
const MAX_BEFORE_BEHALF = 3;

/**
 * `a statement read out on the group's behalf`, `a letter sent on behalf of the families`: the one a document
 * is read or put out for, as written (`the group`, `the families`, `Hamas`), or null. Whoever reads it out
 * only lends their voice.
 */
function onBehalfOf(words: readonly string[], head: number): string | null {
  for (let on = head + 1; on < words.length && on - head <= MAX_BEFORE_BEHALF + 1; on++) {
    if (words[on] !== 'on') continue;
    if (words[on + 1] === 'behalf' && words[on + 2] === 'of') {
      const article = words[on + 3]?.toLowerCase() === 'the' ? 1 : 0;
      const owner: string[] = [];
      for (let i = on + 3 + article; i < words.length && owner.length < MAX_AUTHOR; i++) {
        const word = words[i] as string;
        if (isCapitalized(word) || (owner.length > 0 && SPEAKER_NAME_PARTICLES.has(word))) owner.push(word);
        else if (owner.length === 0 && article === 1 && /^\p{Ll}+$/u.test(word)) return `the ${word}`;
        else break;
      }
      return owner.length > 0 ? owner.join(' ') : null;
    }
    // `on the group's behalf`, `on Hamas's behalf`: an owner of up to a few words before `behalf`.
    const end = words.indexOf('behalf', on + 1);
    if (end < 0 || end - on > MAX_AUTHOR || !POSSESSIVE.test(words[end - 1] as string)) return null;
    const owner = [...words.slice(on + 1, end - 1), (words[end - 1] as string).replace(POSSESSIVE, '')];
    const article = owner[0]?.toLowerCase() === 'the';
    const named = owner.slice(article ? 1 : 0);
    return isCapitalized(named[0] as string) ? named.join(' ') : ['the', ...named].join(' ');
  }
  return null;
}

/** The author named in `words` around the document noun at `head`, or null. */
export function authorAround(words: readonly string[], head: number): string | null {
  const posted = words[head + 1] === 'on' ? accountOwner(words, head + 2) : null;
  if (posted !== null) return posted;
  const behalf = onBehalfOf(words, head);
  if (behalf !== null) return behalf;
  // `report by the United Nations High Commissioner for Refugees (UNHCR)`, `a letter from Germany’s foreign ministry`.
  const by = words[head + 1] === 'by' || words[head + 1] === 'from' ? head + 1 : publishedBy(words, head);
  if (by !== null) {
    const author: string[] = [];
    let i = by + 1;
    for (; i < words.length && author.length < MAX_AUTHOR; i++) {
      const word = words[i] as string;
      const particle = SPEAKER_NAME_PARTICLES.has(word) && author.length > 0;
      // `a report by the city’s finance department`: an owner in lower case before a body's word.
      const owner = author.length === 0 && POSSESSIVE.test(word) && bodyAfter(words, i + 1) !== null;
      if (isCapitalized(word) || particle || owner) author.push(word);
      else if (!(author.length === 0 && DETERMINERS.has(word.toLowerCase()))) break;
      if (owner) {
        i++;
        break;
      }
    }
    while (author.length > 0 && SPEAKER_NAME_PARTICLES.has(author.at(-1) as string)) author.pop();
    // `a statement from the Syrian foreign ministry`: a name that modifies the body's word after it.
    const body = author.length > 0 ? bodyAfter(words, i, !POSSESSIVE.test(author.at(-1) as string)) : null;
    if (body !== null) return [...author, ...body].join(' ');
    if (author.length > 0) return author.join(' ');
    // `a statement from the general command of the Syrian army`: a body described in lower case, of a name.
    const described = words[by + 1]?.toLowerCase() === 'the' ? ofName(words, by + 2) : null;
    if (described !== null) return ['the', ...described].join(' ');
    // `a statement from the union`, `findings by the coroner`: a role named in lower case, found as a nominal.
    const role = words[by + 1]?.toLowerCase() === 'the' ? roleAfter(words, by + 2) : null;
    if (role !== null) return ['the', ...role].join(' ');
  }
  const published = publisherBefore(words, head);
  if (published !== null) return published;
  // `its Telegram account`: the words before are the owner's pronoun and a platform, no author.
  if (ownerPronoun(words, head) !== null) return null;
  // `PC World's recent analysis`, `Cornyn's statement`, `the Home Office letter`.
  let i = head - 1;
  while (
    i >= 0 &&
    head - i <= MAX_MODIFIERS &&
    !isCapitalized(words[i] as string) &&
    !POSSESSIVE.test(words[i] as string)
  )
    i--;
  const possessive = i >= 0 && POSSESSIVE.test(words[i] as string);
  if (i < 0 || (!possessive && i !== head - 1)) return null;
  let start = i;
  // `The Home Office letter`: a capitalised article at the sentence's start is no part of the name.
  while (
    start > 0 &&
    head - start < MAX_AUTHOR &&
    isCapitalized(words[start - 1] as string) &&
    !DETERMINERS.has((words[start - 1] as string).toLowerCase())
  )
    start--;
  const author = words.slice(start, i + 1);
  // A name before the noun is its author only after a determiner (`the Home Office letter`), not a sentence's first word.
  if (!possessive && !(start > 0 && DETERMINERS.has((words[start - 1] as string).toLowerCase()))) return null;
  const last = (author.at(-1) as string).replace(POSSESSIVE, '');
  if (last === '') return null;
  // `The army’s official account`: a body's word, not a name, keeps its article, and the words that modify it
  // after the article (`The foreign ministry's statement`).
  const common = author.length === 1 && !isCapitalized(last) && start > 0;
  if (!common) return [...author.slice(0, -1), last].join(' ');
  let article = start - 1;
  while (article > 0 && start - article < MAX_MODIFIERS && /^\p{Ll}+$/u.test(words[article] as string)) article--;
  const modified = article < start - 1 && (words[article] as string).toLowerCase() === 'the';
  return modified ? ['the', ...words.slice(article + 1, start), last].join(' ') : `the ${last}`;
}
