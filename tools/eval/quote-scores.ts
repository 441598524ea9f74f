/**
 * Scores the quote core against PolNeAR's direct quotations (`npm run
 * eval:quotes`).
 *
 * How it is scored:
 * - Spans. A gold direct quotation is one or more fragments, each inside
 *   quote marks (`“…,” he said, “…”` has two). Each fragment, without its
 *   marks and surrounding spaces, is compared with each span the core
 *   reports for a `speech` quote (its first span and its parts). Exact: the
 *   same characters. Lenient: the two overlap. Matching is one-to-one.
 * - What counts as predicted. Only `speech` spans: scare quotes and titles
 *   are the core saying "not a quotation". PolNeAR also annotates quotes
 *   that are part of a larger attribution with reported speech around them
 *   (`mixed`: `he said the deal was "a disaster"`) and leaves them out of the
 *   direct set; a speech span lying inside such an attribution's content is
 *   neither right nor wrong here, so it is not counted. Every other speech
 *   span that matches no gold fragment is a false positive.
 * - Speakers. For each gold quotation whose source is annotated and whose
 *   first fragment the core found (lenient), the predicted speaker is right
 *   when the words naming it at the attribution, or its resolved name, match
 *   the gold source span: equal after normalising case and spaces, or equal
 *   head words. The head word is the last word of the phrase after cutting
 *   off what follows a comma, a parenthesis or a post-modifier (`of`, `for`,
 *   `at`, `who`, a participle …), and without a possessive or a suffix (`Jr.`, `II`):
 *   `Representative Charles B. Rangel of New York` → `rangel`,
 *   `a narrator in the Clinton ad` → `narrator`. A clause set off by a comma is an appositive naming
 *   the same source, so its head counts too (`Clinton’s communications director, Jennifer Palmieri` →
 *   `director` or `palmieri`). PolNeAR's sources are spans
 *   as written, pronouns included and never resolved, so a pronoun is right
 *   when the core names the same pronoun. Accuracy is reported over the
 *   quotations found and, end to end, over all gold quotations with a source.
 * - Also printed, for what the direct set leaves out: the exact precision if
 *   the unscored spans counted as wrong, and the speaker accuracy on speech
 *   quotes lying inside a mixed attribution, against that attribution's source.
 */
import type { Quote } from '../../src/core/quotes/index.ts';
import { countQuote, type Breakdown } from './quote-breakdown.ts';
import { cueTypeOf } from './quote-cue-types.ts';
import { readEvalData } from './eval-data.ts';

export interface GoldQuote {
  start: number;
  end: number;
  type: 'direct' | 'mixed' | 'indirect';
  speaker: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  spans: [number, number][];
}

/** One PolNeAR article as its converter prints it. */
export interface PolnearArticle {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

interface Range {
  start: number;
  end: number;
}

const DOUBLE_MARKS = /["“”«»„]/u;

/** The articles of one compartment, read through PolNeAR's converter. */
export function readPolnear(compartment: 'dev' | 'test'): PolnearArticle[] {
  return readEvalData<PolnearArticle>('polnear', ['--compartment', compartment]);
}

/**
 * The fragment without its quote marks and surrounding spaces. Only one
 * double mark comes off each end: `“You say you ‘accept responsibility,’”`
 * keeps its inner single mark.
 */
function content(text: string, [start, end]: [number, number]): Range {
  let a = start;
  let b = end;
  while (a < b && /\s/u.test(text.charAt(a))) a++;
  while (b > a && /\s/u.test(text.charAt(b - 1))) b--;
  if (a < b && DOUBLE_MARKS.test(text.charAt(a))) a++;
  if (b > a && DOUBLE_MARKS.test(text.charAt(b - 1))) b--;
  while (a < b && /\s/u.test(text.charAt(a))) a++;
  while (b > a && /\s/u.test(text.charAt(b - 1))) b--;
  return { start: a, end: b };
}

function overlaps(x: Range, y: Range): boolean {
  return x.start < y.end && y.start < x.end;
}

const POST_MODIFIERS = new Set([
  ...['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to', 'through', 'by', 'about', 'during'],
  ...['who', 'whose', 'which', 'that'],
]);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The head word of a speaker phrase, lower-cased; see the header. */
function headWord(phrase: string): string {
  const [clause = ''] = phrase.replace(/\(.*?\)/gu, ' ').split(/[,;―—–]/u);
  const words = clause.trim().split(/\s+/u);
  // A preposition, a relative pronoun or a participle (`Protesters marching through …`) starts a post-modifier.
  const cut = words.findIndex(
    (word, i) => i > 0 && (POST_MODIFIERS.has(word.toLowerCase()) || /^\p{Ll}+ing$/u.test(word)),
  );
  const kept = (cut > 0 ? words.slice(0, cut) : words).filter((word) => !SUFFIXES.has(word.toLowerCase()));
  return (kept.at(-1) ?? '')
    .toLowerCase()
    .replace(/['’]s?$/u, '')
    .replace(/[^\p{L}\p{N}-]/gu, '');
}

function normalised(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The heads a gold speaker phrase offers: the head of its first clause, and of each later clause set
 * off by a comma, since an appositive names the same one (`Clinton’s communications director,
 * Jennifer Palmieri` is the director and Palmieri).
 */
function goldHeads(gold: string): Set<string> {
  const clauses = gold.replace(/\(.*?\)/gu, ' ').split(',');
  return new Set([headWord(gold), ...clauses.slice(1).map(headWord)].filter((head) => head !== ''));
}

function speakerMatches(gold: string, candidates: readonly string[]): boolean {
  const heads = goldHeads(gold);
  return candidates.some((candidate) => normalised(candidate) === normalised(gold) || heads.has(headWord(candidate)));
}

function spansOf(quote: Quote): Range[] {
  return [quote, ...(quote.parts ?? [])].map(({ start, end }) => ({ start, end }));
}

export interface QuoteTally {
  gold: number;
  predicted: number;
  exact: number;
  lenientGold: number;
  lenientPredicted: number;
  speakerGold: number;
  speakerFound: number;
  speakerRight: number;
  /** Speech spans inside a mixed or indirect attribution, left out of the span scores. */
  unscored: number;
  /** Of those, the ones inside a mixed attribution with a source, and how many name that source. */
  partial: number;
  partialRight: number;
}

/** The words naming the predicted speaker at the attribution, and its resolved name. */
function speakerWords(text: string, quote: Quote): string[] {
  const speaker = quote.speaker;
  return speaker ? [text.slice(speaker.start, speaker.end), speaker.name] : [];
}

/**
 * Adds one article's counts to `tally`; returns what it got wrong (missed
 * and extra spans, wrong speakers), one line each, for `--verbose`.
 */
export function scoreArticle(article: PolnearArticle, quotes: readonly Quote[], tally: QuoteTally): string[] {
  const notes: string[] = [];
  const { text } = article;
  const direct = article.quotes.filter((quote) => quote.type === 'direct');
  const elsewhere = article.quotes.filter((quote) => quote.type !== 'direct').map(({ start, end }) => ({ start, end }));
  const speech = quotes.filter((quote) => quote.kind === 'speech');

  const goldFragments = direct.flatMap((quote) => quote.spans.map((span) => content(text, span)));
  const spans = speech.flatMap(spansOf);
  const predicted = spans.filter(
    (span) =>
      goldFragments.some((gold) => overlaps(gold, span)) ||
      !elsewhere.some((range) => span.start >= range.start && span.end <= range.end),
  );
  tally.gold += goldFragments.length;
  tally.predicted += predicted.length;
  tally.unscored += spans.length - predicted.length;
  // A quoted fragment inside reported speech (`he said the deal was "a disaster"`) is speech too: whose?
  for (const quote of speech) {
    if (goldFragments.some((gold) => overlaps(gold, quote))) continue;
    const mixed = article.quotes.find(
      (gold) => gold.type === 'mixed' && gold.speaker !== null && quote.start >= gold.start && quote.end <= gold.end,
    );
    if (!mixed?.speaker) continue;
    tally.partial++;
    if (speakerMatches(mixed.speaker, speakerWords(text, quote))) tally.partialRight++;
  }
  tally.exact += goldFragments.filter((gold) =>
    predicted.some((span) => span.start === gold.start && span.end === gold.end),
  ).length;
  tally.lenientGold += goldFragments.filter((gold) => predicted.some((span) => overlaps(span, gold))).length;
  tally.lenientPredicted += predicted.filter((span) => goldFragments.some((gold) => overlaps(span, gold))).length;

  for (const gold of goldFragments) {
    if (!predicted.some((span) => span.start === gold.start && span.end === gold.end)) {
      notes.push(`${article.id} MISSED  ${JSON.stringify(text.slice(gold.start, gold.end).slice(0, 100))}`);
    }
  }
  for (const span of predicted) {
    if (!goldFragments.some((gold) => span.start === gold.start && span.end === gold.end)) {
      notes.push(`${article.id} EXTRA   ${JSON.stringify(text.slice(span.start, span.end).slice(0, 100))}`);
    }
  }

  for (const gold of direct) {
    if (gold.speaker === null) continue;
    tally.speakerGold++;
    const first = content(text, gold.spans[0] ?? [gold.start, gold.end]);
    const found = speech.find((quote) => spansOf(quote).some((span) => overlaps(span, first)));
    if (found === undefined) continue;
    tally.speakerFound++;
    const candidates = speakerWords(text, found);
    if (speakerMatches(gold.speaker, candidates)) tally.speakerRight++;
    else {
      notes.push(
        `${article.id} SPEAKER gold ${JSON.stringify(gold.speaker)} got ${JSON.stringify(candidates)} for ${JSON.stringify(text.slice(first.start, first.end).slice(0, 60))}`,
      );
    }
  }
  return notes;
}

function ratio(numerator: number, denominator: number): string {
  return denominator === 0 ? 'n/a' : (numerator / denominator).toFixed(3);
}

function f1(precision: number, recall: number): string {
  return precision + recall === 0 ? '0.000' : ((2 * precision * recall) / (precision + recall)).toFixed(3);
}

export function emptyTally(): QuoteTally {
  return {
    gold: 0,
    predicted: 0,
    exact: 0,
    lenientGold: 0,
    lenientPredicted: 0,
    speakerGold: 0,
    speakerFound: 0,
    speakerRight: 0,
    unscored: 0,
    partial: 0,
    partialRight: 0,
  };
}

/** The report's lines for `articles` articles of `compartment`. */
export function summary(compartment: string, articles: number, tally: QuoteTally): string[] {
  const exactP = tally.exact / tally.predicted;
  const exactR = tally.exact / tally.gold;
  const lenientP = tally.lenientPredicted / tally.predicted;
  const lenientR = tally.lenientGold / tally.gold;
  const strictP = tally.exact / (tally.predicted + tally.unscored);
  return [
    `PolNeAR ${compartment}: ${articles} articles, ${tally.gold} gold direct quote fragments, ${tally.predicted} predicted speech spans (and ${tally.unscored} inside mixed or indirect attributions, not scored)`,
    `quote spans, exact:   P ${ratio(tally.exact, tally.predicted)}  R ${ratio(tally.exact, tally.gold)}  F1 ${f1(exactP, exactR)}`,
    `quote spans, lenient: P ${ratio(tally.lenientPredicted, tally.predicted)}  R ${ratio(tally.lenientGold, tally.gold)}  F1 ${f1(lenientP, lenientR)}`,
    `quote spans, exact, counting the unscored spans as wrong: P ${strictP.toFixed(3)}  F1 ${f1(strictP, exactR)}`,
    `speaker accuracy: ${ratio(tally.speakerRight, tally.speakerFound)} of ${tally.speakerFound} quotations found; end to end ${ratio(tally.speakerRight, tally.speakerGold)} of ${tally.speakerGold}`,
    `speaker accuracy on quoted fragments inside mixed attributions (not in the direct set): ${ratio(tally.partialRight, tally.partial)} of ${tally.partial}`,
  ];
}

/** A gold quotation for the scoring with mixed fragments: its fragments and its source. */
interface GoldQuotation {
  fragments: Range[];
  speaker: string | null;
  speakerRange: Range | null;
}

/**
 * The quoted fragments of a mixed attribution's content: each stretch
 * between a pair of double marks (`he said the deal was “a disaster”` →
 * `a disaster`), without its marks and surrounding spaces.
 */
function mixedFragments(text: string, quote: GoldQuote): Range[] {
  const fragments: Range[] = [];
  for (const [start, end] of quote.spans) {
    let open = -1;
    for (let i = start; i < end; i++) {
      if (!DOUBLE_MARKS.test(text.charAt(i))) continue;
      if (open < 0) {
        open = i;
        continue;
      }
      const fragment = content(text, [open, i + 1]);
      if (/[\p{L}\p{N}]/u.test(text.slice(fragment.start, fragment.end))) fragments.push(fragment);
      open = -1;
    }
  }
  return fragments;
}

function goldQuotations(article: PolnearArticle): GoldQuotation[] {
  const { text } = article;
  const quotations: GoldQuotation[] = [];
  for (const quote of article.quotes) {
    const speakerRange =
      quote.speaker_start === null || quote.speaker_end === null
        ? null
        : { start: quote.speaker_start, end: quote.speaker_end };
    const source = { speaker: quote.speaker, speakerRange };
    if (quote.type === 'direct') {
      quotations.push({ fragments: quote.spans.map((span) => content(text, span)), ...source });
    } else if (quote.type === 'mixed') {
      for (const fragment of mixedFragments(text, quote)) quotations.push({ fragments: [fragment], ...source });
    }
  }
  return quotations.sort((a, b) => (a.fragments[0]?.start ?? 0) - (b.fragments[0]?.start ?? 0));
}

/**
 * PolNeAR with the quoted fragments of mixed attributions counted as gold
 * quotations of their attribution's source, split by cue type. Exact spans;
 * speech spans inside indirect attributions (which hold no double marks) are
 * left unscored as in `scoreArticle`.
 */
export function scoreWithFragments(article: PolnearArticle, quotes: readonly Quote[], breakdown: Breakdown): string[] {
  const notes: string[] = [];
  const { text } = article;
  const gold = goldQuotations(article);
  const indirect = article.quotes.filter((quote) => quote.type === 'indirect');
  const speech = quotes.filter((quote) => quote.kind === 'speech');
  const goldFragments = gold.flatMap((quotation) => quotation.fragments);
  const same = (a: Range, b: Range) => a.start === b.start && a.end === b.end;
  const predicted = speech
    .flatMap(spansOf)
    .filter(
      (span) =>
        goldFragments.some((fragment) => overlaps(fragment, span)) ||
        !indirect.some((range) => span.start >= range.start && span.end <= range.end),
    );
  breakdown.goldSpans += goldFragments.length;
  breakdown.predictedSpans += predicted.length;
  breakdown.goldMatched += goldFragments.filter((fragment) => predicted.some((span) => same(span, fragment))).length;
  breakdown.predictedMatched += predicted.filter((span) =>
    goldFragments.some((fragment) => same(span, fragment)),
  ).length;

  for (const quotation of gold) {
    const { speaker, speakerRange } = quotation;
    const [first] = quotation.fragments;
    if (first === undefined || speaker === null || speakerRange === null) continue;
    const earlier = gold.some(
      (other) =>
        other !== quotation &&
        other.speaker === speaker &&
        (other.fragments[0]?.start ?? -1) > speakerRange.end &&
        (other.fragments[0]?.start ?? Infinity) < first.start,
    );
    const cue = cueTypeOf(text, first, speaker, speakerRange, earlier);
    const found = speech.find((quote) => spansOf(quote).some((span) => overlaps(span, first)));
    const right = found ? speakerMatches(speaker, speakerWords(text, found)) : null;
    countQuote(breakdown, cue, found !== undefined, right);
    if (found && !right) {
      notes.push(
        `${article.id} ${cue.toUpperCase()} gold ${JSON.stringify(speaker)} got ${JSON.stringify(speakerWords(text, found))} for ${JSON.stringify(text.slice(first.start, first.end).slice(0, 60))}`,
      );
    }
  }
  return notes;
}
