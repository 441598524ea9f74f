/**
 * Telling an article's text from what scrapers leave around it.
 *
 * Every rule is conservative and every block a rule takes out is returned
 * with its reason, because the editor has to be able to check that nothing
 * of the article went with the junk. Rules that only make sense before the
 * article starts (headline, byline, dateline) are applied only to the blocks
 * before its first paragraph: "By Monday, …" further down is article text.
 */
import type { TextBlock } from './article-file.ts';
import { findDate, type FoundDate } from './dates.ts';
import { ARABIC_ARTICLE, NAME_PARTICLES } from '../../src/core/text/lexicon.ts';

/** A block of scraped text and, for plain text, the line it starts on. */
export interface ScrapedBlock extends TextBlock {
  line?: number;
}

export type RemovalReason =
  | 'headline'
  | 'byline'
  | 'dateline'
  | 'link to another article'
  | 'teaser for another article'
  | 'share, subscribe or cookie prompt'
  | 'advertisement'
  | 'outside the article';

export interface Removal {
  block: ScrapedBlock;
  reason: RemovalReason;
}

export interface Cleaned {
  /** The article's blocks, untouched. */
  body: ScrapedBlock[];
  /** Everything else, each with why. */
  removed: Removal[];
  headline: string | undefined;
  byline: string | undefined;
  /** The first dateline's date, with the block it was read from. */
  date: { iso: string; block: ScrapedBlock } | undefined;
}

/** What the source says about itself (a page's metadata), to recognise those lines in the text. */
export interface Known {
  title: string | undefined;
  byline: string | undefined;
}

/** "Read More : …", "Related: …", "Also read – …", or the label alone. */
const LINK_LINE =
  /^(?:read more|read also|also read|related(?: articles?| stories| news| coverage| content)?|see also|recommended(?: for you)?|more on this(?: story)?|you may also like|don['’]t miss)(?:\s*[:：|»>–—-].*)?$/i;

/** Prompts are short; a long paragraph starting "Subscribe…" is left alone. */
const PROMPT_MAX_CHARS = 160;
const PROMPT =
  /^(?:share(?: (?:this|on|via)\b|$)|subscribe\b|sign up\b|follow us\b|click here\b|email this\b|print this\b|download (?:our|the) app\b|get the latest\b|we use cookies\b|this (?:web)?site uses cookies\b|accept (?:all )?cookies\b)/i;

const ADVERTISEMENT = /^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|ad)$/i;

/** Ends in an ellipsis: cut off by the site, as teasers for other articles are. */
const ELLIPSIS_END = /(?:…|\.\.\.)$/;

/**
 * A teaser for another story names nobody the article names and shares its
 * words only by chance ("concerns", "meeting"). Word overlap alone cannot
 * tell: a generic closing paragraph ("Meanwhile, Western governments have
 * issued calls…") shares as few words as a teaser does, so names decide
 * first, and a block is a teaser only when neither its names nor a third of
 * its words are found in the article.
 */
const RELATED_WORD_SHARE = 1 / 3;
/** Fewer words than this and no names: too little to judge, so it stays. */
const TEASER_MIN_WORDS = 3;

/**
 * Words that carry no subject. Words of three letters or fewer are skipped
 * anyway, so this lists only longer ones.
 */
const STOP_WORDS = new Set(
  (
    'about after also although amid been before being between both could does during each even from have ' +
    'having here however into itself just last many more most much news next only other over said says ' +
    'some such than that their them then there these they this those through under until very were what ' +
    'when where which while will with would year years your'
  ).split(' '),
);

/** Letters shared by "alliance"/"alliances", "concern"/"concerns"; a stemmer would be overkill. */
const STEM_LENGTH = 5;

function stems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((word) => word.length > 3 && !STOP_WORDS.has(word))
    .map((word) => word.slice(0, STEM_LENGTH));
}

/**
 * Capitalised words that do not open a sentence: "Aleppo", "Musk" and the
 * "Iranian" of "Iranian-backed", but not the "Meanwhile" of a sentence start.
 */
function names(text: string): string[] {
  const found: string[] = [];
  let sentenceStart = true;
  for (const word of text.split(/\s+/)) {
    const name = /^["'“‘(]*(\p{Lu}[\p{L}\p{N}]*)/u.exec(word)?.[1];
    if (name && !sentenceStart) found.push(name);
    sentenceStart = /[.!?]["'”’)\]]*$/.test(word);
  }
  return found;
}

interface Vocabulary {
  names: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

function isTeaser(block: ScrapedBlock, article: Vocabulary): boolean {
  const blockNames = names(block.text);
  const words = stems(block.text);
  if (blockNames.some((name) => article.names.has(name))) return false;
  if (blockNames.length === 0 && words.length < TEASER_MIN_WORDS) return false;
  return words.filter((word) => article.stems.has(word)).length < words.length * RELATED_WORD_SHARE;
}

const SENTENCE_END = /[.!?…,;:]["'”’)\]]*$/;
const HEADLINE_MAX_WORDS = 30;

/** Short and not a sentence: no closing full stop, question mark, ellipsis or comma. */
function looksLikeHeadline(text: string): boolean {
  return !SENTENCE_END.test(text) && text.split(/\s+/).length <= HEADLINE_MAX_WORDS;
}

const BYLINE_MAX_WORDS = 12;
const BYLINE_START = /^(?:written )?by\s+/i;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const NAME_SEPARATOR = /\s*[,&]\s*|\s+/u;

/**
 * Capitalised names joined by commas, "and" or "&", with the particles and
 * the Arabic article names carry (`Ahmed al-Sharaa`, `Ursula von der Leyen`);
 * a particle never ends the list.
 */
function isNameList(text: string): boolean {
  const words = text.split(NAME_SEPARATOR);
  const last = words.length - 1;
  return words.every((word, index) => {
    if (NAME_WORD.test(word) || (index > 0 && ARABIC_ARTICLE.test(word))) return true;
    return index > 0 && index < last && (word === 'and' || NAME_PARTICLES.has(word));
  });
}

/**
 * "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE | 2 December 2024":
 * the names before any separator, and the date where the line holds one
 * (then it is the dateline too).
 */
function readByline(text: string): { names: string; date: FoundDate | undefined } | undefined {
  if (!BYLINE_START.test(text) || SENTENCE_END.test(text) || text.split(/\s+/).length > BYLINE_MAX_WORDS) {
    return undefined;
  }
  const rest = text.replace(BYLINE_START, '');
  const date = findDate(rest);
  const undated = date ? `${rest.slice(0, date.index)}${rest.slice(date.index + date.length)}` : rest;
  const names = (undated.split(/[|·•–—]/)[0] ?? '').replace(/[\s,]+$/, '');
  return isNameList(names) ? { names, date } : undefined;
}

const DATELINE_MAX_CHARS = 100;
const DATELINE_WORDS =
  /\b(?:published|updated|posted|last|first|modified|on|at|date|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b/gi;
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?/gi;
/** What may be left of a dateline besides date and time: a place or a time zone ("BEIRUT", "Port Aveling", "GMT"). */
const PLACE = /^(?:\p{Lu}[\p{L}'’-]*\s?){0,3}$/u;

/** A line that only dates the article: "14 March 2025", "Updated: Mon 2 Dec 2024 10:32 GMT", "BEIRUT, Dec. 2, 2024". */
function readDateline(text: string): FoundDate | undefined {
  if (text.length > DATELINE_MAX_CHARS) return undefined;
  const date = findDate(text);
  if (!date) return undefined;
  const leftover = `${text.slice(0, date.index)} ${text.slice(date.index + date.length)}`
    .replace(/T\d{2}:\d{2}\S*/, ' ')
    .replace(CLOCK_TIME, ' ')
    .replace(DATELINE_WORDS, ' ')
    .replace(/[\s,.:;|·•()/–—-]+/g, ' ')
    .trim();
  return PLACE.test(leftover) ? date : undefined;
}

const sameText = (a: string, b: string | undefined) =>
  b !== undefined && a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();

/** Junk anywhere: links to other articles, prompts, advertisement labels. */
function anywhereReason(text: string): RemovalReason | undefined {
  if (LINK_LINE.test(text)) return 'link to another article';
  if (text.length <= PROMPT_MAX_CHARS && PROMPT.test(text)) return 'share, subscribe or cookie prompt';
  if (ADVERTISEMENT.test(text)) return 'advertisement';
  return undefined;
}

/**
 * Split scraped blocks into the article and the rest. `article` is what the
 * reader or the page extraction took for the article; `outside` is the rest
 * of a web page (never kept, but read for its headline, byline and date).
 */
export function removeBoilerplate(
  article: readonly ScrapedBlock[],
  outside: readonly ScrapedBlock[],
  known: Known,
): Cleaned {
  const removed: Removal[] = [];
  const body: ScrapedBlock[] = [];
  let headline = known.title;
  // Readability takes a "dateline" element for a byline when it comes first.
  let byline = known.byline && !readDateline(known.byline) ? known.byline.replace(BYLINE_START, '') : undefined;
  let date: Cleaned['date'];

  /** Headline, byline or dateline: facts for the frontmatter rather than text. */
  const readFact = (block: ScrapedBlock, headlineAllowed: boolean): RemovalReason | undefined => {
    const { text } = block;
    if (sameText(text, known.title) || (headlineAllowed && headline === undefined && looksLikeHeadline(text))) {
      headline ??= text;
      return 'headline';
    }
    const credit = readByline(text);
    if (credit || sameText(text, known.byline)) {
      byline ??= credit?.names ?? text;
      if (credit?.date) date ??= { iso: credit.date.iso, block };
      return 'byline';
    }
    const dateline = readDateline(text);
    if (dateline) {
      date ??= { iso: dateline.iso, block };
      return 'dateline';
    }
    return undefined;
  };

  for (const block of outside) {
    removed.push({ block, reason: readFact(block, false) ?? anywhereReason(block.text) ?? 'outside the article' });
  }

  let started = false;
  const teaserCandidates: ScrapedBlock[] = [];
  for (const block of article) {
    const reason = anywhereReason(block.text) ?? (started ? undefined : readFact(block, block.kind === 'paragraph'));
    if (reason) removed.push({ block, reason });
    else {
      started = true;
      body.push(block);
      if (ELLIPSIS_END.test(block.text)) teaserCandidates.push(block);
    }
  }

  // Judged against the article without any ellipsis lines, so that a run of
  // teasers on one subject cannot vouch for each other.
  const rest = body.filter((block) => !teaserCandidates.includes(block));
  const vocabulary: Vocabulary = {
    names: new Set(rest.flatMap((block) => names(block.text))),
    stems: new Set(rest.flatMap((block) => stems(block.text))),
  };
  const teasers = new Set(teaserCandidates.filter((block) => isTeaser(block, vocabulary)));
  for (const block of teasers) removed.push({ block, reason: 'teaser for another article' });

  const inOrder = (a: Removal, b: Removal) => (a.block.line ?? 0) - (b.block.line ?? 0);
  return {
    body: body.filter((block) => !teasers.has(block)),
    removed: removed.sort(inOrder),
    headline,
    byline,
    date,
  };
}
