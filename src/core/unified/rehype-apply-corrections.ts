/**
 * rehype plugin, after the finders and before any markup: apply the editor's
 * corrections (placed in the body text by `rehypeCorrectionSpans`) to what
 * the finders found, so the markup, the relations and the record all show
 * the corrected annotation.
 *
 * - `actor:none`: no mention over these words (a discovered actor left with
 *   none is not discovered here);
 * - `actor:<id>`: these words are one mention of that actor;
 * - `speaker:<id>`: the quotation these words attribute (the one whose
 *   speaker they name, else the nearest in the same paragraph) is that
 *   actor's speech;
 * - `speaker:none`: the quotation in (or attributed by) these words is not
 *   speech.
 *
 * An id must name an actor of the registry or one discovered in this
 * briefing; anything else fails the build with a did-you-mean. A correction
 * that changes nothing any more is a note.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { closest } from 'fastest-levenshtein';
import type { DiscoveredActor } from '../discovery/index.ts';
import type { Mention } from '../mentions/matcher.ts';
import type { Quote, Speaker } from '../quotes/index.ts';
import { creditedActor, discoveredCredit } from '../quotes/speaker-directory.ts';
import type { Registry } from '../registry/registry.ts';
import type { ActorId } from '../schema/index.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { NONE, reportCorrection, type Correction, type CorrectionRuleId } from './corrections.ts';
import { isLinkable, pointAt, type BodyText } from './hast-text.ts';
import './vfile-data.ts';

export interface ApplyCorrectionsOptions {
  registry: Registry;
}

type Placed = Correction & { start: number; end: number };

interface Annotations {
  mentions: Mention[];
  quotes: Quote[];
  discovered: DiscoveredActor[];
}

/** Who an id names, as a speaker: the registry's actor, or one discovered in this briefing. */
type SpeakerOf = (id: ActorId, start: number, end: number) => Speaker | undefined;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** A quotation's whole extent: its first span to the end of its last part. */
const extentOf = (quote: Quote) => ({ start: quote.start, end: quote.parts?.at(-1)?.end ?? quote.end });

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

type Outcome = { changed: true; quote?: Quote } | { changed: false; reason: string; ruleId: CorrectionRuleId };

const unused = (reason: string): Outcome => ({ changed: false, reason, ruleId: 'correction-unused' });

function applyActor(correction: Placed, found: Annotations, body: BodyText): Outcome {
  const over = found.mentions.filter((mention) => overlaps(mention, correction));
  if (correction.id === NONE) {
    if (over.length === 0) return unused(`Nothing is linked at "${correction.text}" any more: the correction can go`);
    found.mentions = found.mentions.filter((mention) => !over.includes(mention));
    return { changed: true };
  }
  const actor = correction.id as ActorId;
  const [only] = over;
  if (over.length === 1 && only?.actor === actor && only.start === correction.start && only.end === correction.end) {
    return unused(`"${correction.text}" is linked to ${actor} without the correction: it can go`);
  }
  if (!isLinkable(body.segments, correction)) {
    const reason = `"${correction.text}" cannot carry a link (it is inside a link or code, or spans other markup)`;
    return { changed: false, reason, ruleId: 'correction-unplaced' };
  }
  const mention: Mention = {
    actor,
    start: correction.start,
    end: correction.end,
    text: correction.text,
    form: 'alias',
  };
  found.mentions = [...found.mentions.filter((each) => !over.includes(each)), mention].sort(
    (a, b) => a.start - b.start,
  );
  return { changed: true };
}

/** The quotation an attribution belongs to: the one whose speaker it names, else the nearest in its paragraph. */
function quoteOf(correction: Placed, quotes: readonly Quote[], body: BodyText): Quote | undefined {
  const named = quotes.find((quote) => quote.speaker && overlaps(quote.speaker, correction));
  if (named) return named;
  const block = body.blocks.find((each) => each.start <= correction.start && correction.start <= each.end);
  if (!block) return undefined;
  const inBlock = quotes.filter((quote) => overlaps(extentOf(quote), block));
  return inBlock.sort((a, b) => distance(extentOf(a), correction) - distance(extentOf(b), correction))[0];
}

function applySpeaker(correction: Placed, found: Annotations, body: BodyText, speakerOf: SpeakerOf): Outcome {
  if (correction.id === NONE) {
    const quote =
      found.quotes.find((each) => overlaps(extentOf(each), correction)) ??
      found.quotes.find((each) => each.speaker && overlaps(each.speaker, correction));
    if (!quote) return unused(`No quotation at "${correction.text}" any more: the correction can go`);
    if (quote.kind !== 'speech') return unused(`"${quote.text}" is not read as speech without the correction`);
    found.quotes = found.quotes.map((each) => (each === quote ? { ...each, kind: 'scare', speaker: null } : each));
    return { changed: true, quote };
  }
  const quote = quoteOf(correction, found.quotes, body);
  if (!quote) return unused(`No quotation near "${correction.text}" to attribute: the correction can go`);
  const id = correction.id as ActorId;
  if (quote.kind === 'speech' && quote.speaker?.id === id) {
    return unused(`"${quote.text}" is attributed to ${id} without the correction: it can go`);
  }
  const speaker = speakerOf(id, correction.start, correction.end);
  found.quotes = found.quotes.map((each) =>
    each === quote ? { ...each, kind: 'speech', speaker: speaker ?? null } : each,
  );
  return { changed: true, quote };
}

/** What the quote finder was unsure about that a speaker correction settles. */
const SETTLED_BY_SPEAKER = new Set(['speaker-unknown', 'quote-unattributed']);

/** What the quote finder reports: an actor correction settles none of it. */
const QUOTE_RULES = new Set([...SETTLED_BY_SPEAKER, 'quote-unclosed', 'quote-unopened', 'quote-marks-elided']);

/** Take back the finders' notes of `rules` at `offsets` of the body text: an editor has settled them. */
function dropNotes(file: VFile, body: BodyText, offsets: readonly number[], settles: (ruleId: string) => boolean) {
  const places = new Set(
    offsets.map((offset) => pointAt(body, offset)).map((point) => point && `${point.line}:${point.column}`),
  );
  for (let index = file.messages.length - 1; index >= 0; index--) {
    const message = file.messages[index];
    const ruleId = message?.ruleId ?? '';
    if (
      message &&
      !ruleId.startsWith('correction-') &&
      settles(ruleId) &&
      places.has(`${message.line}:${message.column}`)
    ) {
      file.messages.splice(index, 1);
    }
  }
}

/**
 * The notes a correction settles: for the speaker of a quotation, those reported at its opening mark,
 * its first word or its speaker's words; for an actor, the mention finders' notes on its words.
 */
function dropSettledNotes(file: VFile, body: BodyText, correction: Placed, quote: Quote | undefined): void {
  if (correction.kind === 'speaker') {
    if (!quote) return;
    const offsets = [quote.start - 1, quote.start, ...(quote.speaker ? [quote.speaker.start] : [])];
    dropNotes(file, body, offsets, (ruleId) => SETTLED_BY_SPEAKER.has(ruleId));
    return;
  }
  const offsets = Array.from({ length: correction.end - correction.start }, (_, index) => correction.start + index);
  dropNotes(file, body, offsets, (ruleId) => !QUOTE_RULES.has(ruleId));
}

/** Discovered actors left with no mention are not discovered here, and speak as names only. */
function dropUnmentioned(found: Annotations): void {
  const mentioned = new Set(found.mentions.map((mention) => mention.actor));
  const dropped = new Set<string>(
    found.discovered.filter((actor) => !mentioned.has(actor.id)).map((actor) => actor.id),
  );
  if (dropped.size === 0) return;
  found.discovered = found.discovered.filter((actor) => !dropped.has(actor.id));
  const unlink = (id: string | null) => (id !== null && dropped.has(id) ? null : id);
  found.quotes = found.quotes.map((quote) =>
    quote.speaker && (dropped.has(quote.speaker.id ?? '') || dropped.has(quote.speaker.actor ?? ''))
      ? { ...quote, speaker: { ...quote.speaker, id: unlink(quote.speaker.id), actor: unlink(quote.speaker.actor) } }
      : quote,
  );
}

export function rehypeApplyCorrections({ registry }: ApplyCorrectionsOptions) {
  return (tree: Root, file: VFile) => {
    const corrections = file.data.corrections ?? [];
    if (corrections.length === 0) return;
    const body = bodyTextFor(tree, file);
    const found: Annotations = {
      mentions: file.data.mentions ?? [],
      quotes: file.data.quotes ?? [],
      discovered: file.data.discovered ?? [],
    };
    const discoveredById = new Map(found.discovered.map((actor) => [actor.id, actor]));
    const knownIds = [...registry.actors.keys(), ...discoveredById.keys()];
    const speakerOf: SpeakerOf = (id, start, end) => {
      const registered = registry.actors.get(id);
      const discovered = discoveredById.get(id);
      const base = { id, via: 'correction' as const, start, end };
      if (registered) return { ...base, name: registered.name, actor: creditedActor(registered) };
      if (discovered) return { ...base, name: discovered.name, actor: discoveredCredit(discovered) };
      return undefined;
    };
    // Links in the text first, then the frontmatter's rules: a link is the more specific correction.
    const ordered = [...corrections].sort((a, b) => Number(a.from === 'rule') - Number(b.from === 'rule'));
    const claimed: Placed[] = [];
    // A rule is unused only where none of its places changed anything: its first such note stands for all.
    const rules = new Map<number, Outcome>();
    for (const correction of ordered) {
      const place = { line: correction.line, column: correction.column };
      if (
        correction.id !== NONE &&
        !registry.actors.has(correction.id as ActorId) &&
        !discoveredById.has(correction.id as ActorId)
      ) {
        const hint = knownIds.length > 0 ? ` (did you mean "${closest(correction.id, knownIds)}"?)` : '';
        const reason = `No actor "${correction.id}" for the correction of "${correction.text}"${hint}`;
        reportCorrection(file, place, reason, 'correction-unknown-actor');
        continue;
      }
      if (correction.start === undefined || correction.end === undefined || correction.start === correction.end) {
        const reason = `The correction of "${correction.text}" covers no words a reader sees`;
        reportCorrection(file, place, reason, 'correction-unplaced');
        continue;
      }
      const placed: Placed = { ...correction, start: correction.start, end: correction.end };
      // A rule's phrase inside a link's words is the link's to decide.
      if (placed.from === 'rule' && claimed.some((each) => each.kind === placed.kind && overlaps(each, placed)))
        continue;
      claimed.push(placed);
      const outcome =
        placed.kind === 'actor' ? applyActor(placed, found, body) : applySpeaker(placed, found, body, speakerOf);
      if (outcome.changed) dropSettledNotes(file, body, placed, outcome.quote);
      if (placed.from === 'rule') {
        if (!rules.get(placed.line)?.changed) rules.set(placed.line, outcome);
      } else if (!outcome.changed) reportCorrection(file, place, outcome.reason, outcome.ruleId);
    }
    for (const [line, outcome] of rules) {
      if (!outcome.changed) reportCorrection(file, { line, column: 1 }, outcome.reason, outcome.ruleId);
    }
    dropUnmentioned(found);
    file.data.mentions = found.mentions;
    file.data.quotes = found.quotes;
    file.data.discovered = found.discovered;
  };
}
