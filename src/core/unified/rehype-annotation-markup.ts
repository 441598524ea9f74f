/**
 * rehype plugin: mark up what the finding plugins found, and write the
 * briefing's annotation record.
 *
 * Order matters, block by block:
 * 1. sentences, never broken inside an inline element or a quotation, so
 *    every quote and mention sits in the sentence whose id the record gives;
 * 2. quotations (`<q>`, or `<blockquote>` for a paragraph that is all
 *    quote); a quote within a quote is part of the outer one, as the quote
 *    core reports it, so their spans never overlap;
 * 3. mentions, inside whatever holds them;
 * 4. the speaker's words at an attribution, linked to the speaker's page
 *    where no mention link is there already.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { ActorId } from '../schema/index.ts';
import {
  countActors,
  type MentionRecord,
  type QuoteRecord,
  type QuoteSpeakerRecord,
  type SentenceRecord,
} from '../record.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { isLinkable, type BodyText, type TextBlock } from './hast-text.ts';
import type { Quote } from '../quotes/index.ts';
import type { Registry } from '../registry/registry.ts';
import { reportAt } from './report.ts';
import type { Range } from '../text/ranges.ts';
import { sentenceIds, splitSentences, type Sentence } from '../text/sentences.ts';
import { stableIds } from '../text/stable-ids.ts';
import { wrapRanges, type WrapRange } from './wrap-ranges.ts';

export interface AnnotationMarkupOptions {
  registry: Registry;
  /** The URL of an actor's page (the site's base path is the caller's business). */
  actorHref(actor: ActorId): string;
  /**
   * The id of the page's hover card for an actor, if the page has cards:
   * mention links name it in `interestfor`, so hovering or focusing one
   * shows the card without script.
   */
  actorCardId?(actor: ActorId): string;
}

/** Characters that open or close a quotation, kept inside its `<q>`. */
const QUOTE_MARKS = new Set(['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›']);

/** A span widened to take in its quote marks (`''` typed for a double mark counts as one). */
function withMarks(text: string, span: Range): Range {
  const markBefore = (at: number) =>
    text.slice(at - 2, at) === "''" ? 2 : QUOTE_MARKS.has(text[at - 1] ?? '') ? 1 : 0;
  const markAfter = (at: number) => (text.slice(at, at + 2) === "''" ? 2 : QUOTE_MARKS.has(text[at] ?? '') ? 1 : 0);
  return { start: span.start - markBefore(span.start), end: span.end + markAfter(span.end) };
}

/** The whole quotation's words: spans split by an attribution are joined by an ellipsis. */
function quotationText(quote: Quote): string {
  let text = quote.text;
  for (const part of quote.parts ?? []) text += `${part.link === 'attribution' ? ' … ' : '\n\n'}${part.text}`;
  return text;
}

/** The index of the range holding `offset`, in ranges sorted by start; -1 if none. */
function rangeAt(ranges: readonly Range[], offset: number): number {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (!range) break;
    if (offset < range.start) high = middle - 1;
    else if (offset >= range.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** One span of a speech quotation to mark up, with the record it belongs to. */
interface QuoteSpan extends Range {
  record: QuoteRecord;
  /** The first span carries the permalink id. */
  first: boolean;
}

/** The spans of speech quotations to mark up, marks included, in text order. */
function speechSpans(text: string, records: readonly QuoteRecord[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const record of records) {
    if (record.kind !== 'speech') continue;
    [{ start: record.start, end: record.end }, ...record.parts].forEach((span, index) => {
      spans.push({ ...withMarks(text, span), record, first: index === 0 });
    });
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function rehypeAnnotationMarkup({ registry, actorHref, actorCardId }: AnnotationMarkupOptions) {
  /** This briefing's discovered actors, looked up behind the registry's. */
  let discovered = new Map<ActorId, { name: string; kind: string }>();
  const actorOf = (actor: ActorId) => registry.actors.get(actor) ?? discovered.get(actor);
  const actorName = (actor: ActorId | null) => (actor ? (actorOf(actor)?.name ?? actor) : null);

  /** What a screen reader hears about a quotation besides its words. */
  const quoteDescription = (speaker: QuoteSpeakerRecord | null) => {
    if (!speaker) return 'Quotation, speaker not identified';
    const actor = actorName(speaker.actor);
    return actor && actor !== speaker.name ? `Quotation by ${speaker.name} (${actor})` : `Quotation by ${speaker.name}`;
  };

  const quoteProperties = (span: QuoteSpan) => {
    const { record } = span;
    const speaker = record.speaker;
    return {
      className: ['quote'],
      ...(span.first ? { id: record.id } : {}),
      dataSpeaker: speaker?.name ?? '',
      ...(speaker?.id ? { dataSpeakerId: speaker.id } : {}),
      ...(speaker?.actor ? { dataActor: speaker.actor } : {}),
      'aria-description': quoteDescription(speaker),
    };
  };

  const mentionLink =
    (mention: MentionRecord): WrapRange['wrap'] =>
    (children): Element => {
      const actor = actorOf(mention.actor);
      return h(
        'a',
        {
          href: actorHref(mention.actor),
          className: ['actor', `actor--${actor?.kind ?? 'unknown'}`],
          'aria-description': actor?.name ?? mention.actor,
          dataActor: mention.actor,
          ...(actorCardId ? { interestfor: actorCardId(mention.actor) } : {}),
        },
        children,
      );
    };

  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    discovered = new Map((file.data.discovered ?? []).map((actor) => [actor.id, actor]));
    const found = file.data.quotes ?? [];
    const quoteIds = stableIds('q', found.map(quotationText));
    const quoteRecords: QuoteRecord[] = found.map((quote, index) => ({
      id: quoteIds[index] ?? '',
      text: quotationText(quote),
      kind: quote.kind,
      start: quote.start,
      end: quote.end,
      parts: quote.parts ?? [],
      speaker: quote.speaker && {
        name: quote.speaker.name,
        id: quote.speaker.id as ActorId | null,
        actor: quote.speaker.actor as ActorId | null,
        via: quote.speaker.via,
        ...(quote.speaker.description === undefined ? {} : { description: quote.speaker.description }),
        ...(quote.speaker.outlet === undefined ? {} : { outlet: quote.speaker.outlet }),
      },
      cue: quote.cue,
      sentence: '',
      marked: quote.kind === 'speech',
    }));
    const quoteSpans = speechSpans(body.text, quoteRecords);

    // Ids are numbered over the whole briefing, so a repeated sentence gets `-2` wherever it is.
    // Each block is split with only its own quotes kept whole: handing every quote to every block is quadratic.
    const quotesByBlock = Map.groupBy(quoteSpans, (span) => body.blocks[rangeAt(body.blocks, span.start)]);
    const allSentences = sentenceIds(
      body.text,
      body.blocks.flatMap((block) =>
        splitSentences(body.text, block.start, block.end, [...block.inlineSpans, ...(quotesByBlock.get(block) ?? [])]),
      ),
    );
    for (const record of quoteRecords) record.sentence = allSentences[rangeAt(allSentences, record.start)]?.id ?? '';

    const mentions: MentionRecord[] = (file.data.mentions ?? []).map((mention) => ({
      ...mention,
      sentence: allSentences[rangeAt(allSentences, mention.start)]?.id ?? '',
      linked: true,
    }));

    const report = (offset: number, message: string, ruleId: string) => reportAt(file, body, offset, message, ruleId);

    // Blocks, sentences, quotes and mentions are all in text order: one cursor each keeps this linear.
    const cursors = { sentence: 0, quote: 0, mention: 0 };
    const takeUntil = <T extends Range>(items: readonly T[], key: keyof typeof cursors, end: number): T[] => {
      const from = cursors[key];
      while (cursors[key] < items.length && (items[cursors[key]]?.start ?? Infinity) < end) cursors[key]++;
      return items.slice(from, cursors[key]);
    };

    for (const block of body.blocks) {
      wrapSentences(block, takeUntil(allSentences, 'sentence', block.end));
      wrapQuotes(block, takeUntil(quoteSpans, 'quote', block.end));
      const inBlock = takeUntil(mentions, 'mention', block.end);
      const unlinked = wrapRanges(
        block.element,
        block.start,
        inBlock.map((mention) => ({ ...mention, wrap: mentionLink(mention) })),
      );
      for (const range of unlinked) {
        const mention = inBlock.find((candidate) => candidate.start === range.start);
        if (!mention) continue;
        mention.linked = false;
        report(
          mention.start,
          `"${mention.text}" crosses other markup and cannot be linked to ${mention.actor}`,
          'mention-across-markup',
        );
      }
    }
    linkSpeakers(body, found, mentions);

    file.data.annotations = {
      sentences: allSentences.map((sentence): SentenceRecord => ({
        ...sentence,
        text: body.text.slice(sentence.start, sentence.end),
      })),
      mentions,
      quotes: quoteRecords,
      actors: countActors(mentions),
      discovered: (file.data.discovered ?? []).map((actor) => ({
        id: actor.id,
        name: actor.name,
        kind: actor.kind,
        memberOf: actor.memberOf,
        cue: actor.cue,
        ...(actor.role === undefined ? {} : { role: actor.role }),
        forms: actor.forms,
        sentence: allSentences[rangeAt(allSentences, actor.start)]?.id ?? '',
      })),
    };

    function wrapSentences(block: TextBlock, sentences: readonly Sentence[]): void {
      wrapRanges(
        block.element,
        block.start,
        sentences.map((sentence) => ({
          ...sentence,
          wrap: (children: ElementContent[]) => h('span', { className: ['sentence'], id: sentence.id }, children),
        })),
      );
    }

    function wrapQuotes(block: TextBlock, spans: readonly QuoteSpan[]): void {
      const blockText = body.text.slice(block.start, block.end);
      const inline: QuoteSpan[] = [];
      for (const span of spans) {
        const wholeParagraph =
          block.element.tagName === 'p' &&
          body.text.slice(block.start, span.start).trim() === '' &&
          body.text.slice(span.end, block.end).trim() === '' &&
          blockText.trim() !== '';
        if (wholeParagraph) {
          // A paragraph that is all quotation is a block quotation: <blockquote><p>…</p></blockquote>.
          const paragraph = h('p', block.element.properties, block.element.children);
          block.element.tagName = 'blockquote';
          block.element.properties = quoteProperties(span);
          block.element.children = [paragraph];
          block.element = paragraph;
        } else inline.push(span);
      }
      const failed = wrapRanges(
        block.element,
        block.start,
        inline.map((span) => ({
          ...span,
          wrap: (children: ElementContent[]) => h('q', quoteProperties(span), children),
        })),
      );
      for (const range of failed) {
        const span = inline.find((candidate) => candidate.start === range.start);
        if (!span) continue;
        span.record.marked = false;
        report(span.start, 'This quotation crosses other markup and cannot be marked up as one', 'quote-across-markup');
      }
    }

    /**
     * `Baqaei said` → a link on `Baqaei` to the speaker's page, unless a
     * mention already links those words or the words hold a mention (a
     * link cannot hold another).
     */
    function linkSpeakers(text: BodyText, quotes: readonly Quote[], linked: readonly MentionRecord[]): void {
      const taken = [...linked].sort((a, b) => a.start - b.start);
      /** A mention overlaps `range`: the last one starting before its end reaches past its start (mentions are disjoint). */
      const overlapsMention = (range: Range) => {
        let low = 0;
        let high = taken.length - 1;
        while (low <= high) {
          const middle = (low + high) >> 1;
          if ((taken[middle]?.start ?? Infinity) < range.end) low = middle + 1;
          else high = middle - 1;
        }
        return (taken[high]?.end ?? -Infinity) > range.start;
      };
      const seen = new Set<number>();
      const links: (WrapRange & { block: TextBlock })[] = [];
      for (const quote of quotes) {
        const speaker = quote.speaker;
        const target = (speaker?.id ?? speaker?.actor ?? null) as ActorId | null;
        if (!speaker || !target || !['name', 'nominal', 'description'].includes(speaker.via)) continue;
        if (seen.has(speaker.start)) continue;
        seen.add(speaker.start);
        if (overlapsMention(speaker) || !isLinkable(text.segments, speaker)) continue;
        const block = text.blocks[rangeAt(text.blocks, speaker.start)];
        if (!block) continue;
        links.push({ start: speaker.start, end: speaker.end, block, wrap: speakerLink(target, speaker.name) });
      }
      for (const [block, inBlock] of Map.groupBy(links, (link) => link.block)) {
        wrapRanges(block.element, block.start, inBlock);
      }
    }

    function speakerLink(target: ActorId, name: string): WrapRange['wrap'] {
      return (children) =>
        h('a', { href: actorHref(target), className: ['speaker'], 'aria-description': `Speaker: ${name}` }, children);
    }
  };
}
