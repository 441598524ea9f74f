/**
 * How the speaker appears beside a quote, the split `npm run eval:quotes`
 * reports figures by. The content/ gold labels it by hand; for PolNeAR it is
 * read from the gold attribution's own spans:
 * - the source span in an earlier paragraph: `continuation`; in an earlier
 *   sentence: `continuation` when an earlier quote of the same source sits
 *   between, else `previous-sentence`;
 * - otherwise from the source's words: a pronoun (`he`) is `pronoun`; a head
 *   word naming a document (`the statement`, `his ad`) is `document`; a
 *   definite description (`the spokesman`) is `nominal`; an indefinite or
 *   bare plural one (`a senior aide`, `officials`) is `description`; a name
 *   whose head is a body word or an acronym (`the Clinton campaign`, `CNN`)
 *   is `organisation`; any other name is `named`.
 */
import type { Range } from '../../src/core/text/ranges.ts';

export const CUE_TYPES = [
  'named',
  'pronoun',
  'nominal',
  'description',
  'continuation',
  'document',
  'organisation',
  'previous-sentence',
] as const;

export type CueType = (typeof CUE_TYPES)[number];

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'i', 'we', 'you', 'him', 'her', 'them']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const DOCUMENT_WORDS = new Set(
  `statement report memo letter ad advert advertisement release tweet tweets post posts email e-mail op-ed editorial
   article column transcript filing complaint lawsuit document documents website site page account book speech
   message video spot commercial poll survey study analysis plan proposal platform manifesto`.split(/\s+/u),
);
const BODY_WORDS = new Set(
  `campaign committee party department ministry agency administration times post news network council government
   office group association union foundation institute organization organisation house senate congress court police
   army commission bureau center centre company corporation inc magazine newspaper journal tv television radio
   press service staff team movement coalition fund`.split(/\s+/u),
);

/** The words of a source span, without a possessive or a trailing comma clause. */
function wordsOf(source: string): string[] {
  const [head = ''] = source.replace(/\(.*?\)/gu, ' ').split(/[,;―—–]/u);
  return head
    .trim()
    .split(/\s+/u)
    .map((word) => word.replace(/['’]s?$/u, '').replace(/[^\p{L}\p{N}.&-]/gu, ''))
    .filter((word) => word !== '');
}

/** A sentence ends between `from` and `to`: a full stop, question or exclamation mark before a capital or a quote mark. */
function crossesSentence(text: string, from: number, to: number): boolean {
  return /[.!?]["'”’]?\s+["“‘]?\p{Lu}/u.test(text.slice(from, to));
}

/** The cue type of a source phrase as written, ignoring where it stands. */
export function cueTypeOfWords(source: string): CueType {
  const words = wordsOf(source);
  const first = words[0]?.toLowerCase() ?? '';
  const head = words.at(-1)?.toLowerCase() ?? '';
  if (words.length === 1 && PRONOUNS.has(first)) return 'pronoun';
  if (DOCUMENT_WORDS.has(head) && !/^\p{Lu}/u.test(words.at(-1) ?? '')) return 'document';
  if (DEFINITE.has(first) && !/^\p{Lu}/u.test(words[1] ?? '')) return 'nominal';
  const capitalised = words.some((word, i) => i > 0 && /^\p{Lu}/u.test(word)) || /^\p{Lu}/u.test(words[0] ?? '');
  if (!capitalised || first === 'a' || first === 'an' || first === 'one' || first === 'some') return 'description';
  if (BODY_WORDS.has(head) || /^\p{Lu}{2,}$/u.test(words.at(-1) ?? '')) return 'organisation';
  return 'named';
}

/**
 * The cue type of a gold quotation whose first fragment is `quote` and whose
 * source is `source` at `speaker`; `earlierSameSource` says an earlier quote
 * of the same source lies between them.
 */
export function cueTypeOf(
  text: string,
  quote: Range,
  source: string,
  speaker: Range,
  earlierSameSource: boolean,
): CueType {
  const gap =
    speaker.end <= quote.start ? { from: speaker.end, to: quote.start } : { from: quote.end, to: speaker.start };
  const between = text.slice(gap.from, Math.max(gap.from, gap.to));
  if (between.includes('\n')) return 'continuation';
  if (speaker.end <= quote.start && crossesSentence(text, gap.from, gap.to)) {
    return earlierSameSource ? 'continuation' : 'previous-sentence';
  }
  return cueTypeOfWords(source);
}
