/**
 * rehype plugin: give each quotation `rehypeQuotes` found its permalink id
 * and sentence, and mark up speech: `<q>` around each span, or
 * `<blockquote>` around a paragraph that is all quotation. A quote within a
 * quote is part of the outer one, as the quote core reports it, so spans
 * never overlap. A span that would cut other markup in two stays unmarked
 * and is reported.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { Quote } from '../quotes/index.ts';
import type { QuoteRecord, QuoteSpeakerRecord, SentenceRecord } from '../record.ts';
import type { Registry } from '../registry/registry.ts';
import type { ActorId } from '../schema/index.ts';
import { rangeIndexAt } from '../text/ranges.ts';
import { stableIds } from '../text/stable-ids.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { briefingActors, type ActorLookup } from './briefing-actors.ts';
import { itemsByBlock, type BodyText, type TextBlock } from './hast-text.ts';
import { speechSpans, type QuoteSpan } from './quote-spans.ts';
import { reportAt } from './report.ts';
import './vfile-data.ts';
import { wrapRanges } from './wrap-ranges.ts';

export interface QuoteMarkupOptions {
  /** Names the actor a quotation is credited to, for screen readers. */
  registry: Registry;
}

/** The whole quotation's words: spans split by an attribution are joined by an ellipsis. */
function quotationText(quote: Quote): string {
  let text = quote.text;
  for (const part of quote.parts ?? []) text += `${part.link === 'attribution' ? ' … ' : '\n\n'}${part.text}`;
  return text;
}

/** The record of each quotation, in the order found; `marked` until markup fails. */
function quoteRecords(quotes: readonly Quote[], sentences: readonly SentenceRecord[]): QuoteRecord[] {
  const ids = stableIds('q', quotes.map(quotationText));
  return quotes.map((quote, index): QuoteRecord => ({
    id: ids[index] ?? '',
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
      ...(quote.speaker.antecedent === undefined
        ? {}
        : { antecedentSentence: sentences[rangeIndexAt(sentences, quote.speaker.antecedent.start)]?.id ?? '' }),
    },
    cue: quote.cue,
    sentence: sentences[rangeIndexAt(sentences, quote.start)]?.id ?? '',
    marked: quote.kind === 'speech',
  }));
}

/** What a screen reader hears about a quotation besides its words. */
function quoteDescription(speaker: QuoteSpeakerRecord | null, actors: ActorLookup): string {
  if (!speaker) return 'Quotation, speaker not identified';
  const actor = speaker.actor ? (actors(speaker.actor)?.name ?? speaker.actor) : null;
  return actor && actor !== speaker.name ? `Quotation by ${speaker.name} (${actor})` : `Quotation by ${speaker.name}`;
}

/**
 * A quotation's attributes: its permalink id on its first span, and who said it for a listener. The
 * speaker's and credited actor's ids are in the record and in the speaker link's address, so the
 * markup does not repeat them; a block quotation alone carries its speaker's name as data, which the
 * site's style writes under it (its paragraph holds no sentence that names them).
 */
function quoteProperties(span: QuoteSpan<QuoteRecord>, actors: ActorLookup, block: boolean) {
  const { quote } = span;
  const speaker = quote.speaker;
  return {
    className: ['quote'],
    ...(span.first ? { id: quote.id } : {}),
    ...(block && speaker?.name ? { dataSpeaker: speaker.name } : {}),
    'aria-description': quoteDescription(speaker, actors),
  };
}

/** A span is a whole paragraph (only white space around it): the paragraph becomes a block quotation. */
function isWholeParagraph(body: BodyText, block: TextBlock, span: QuoteSpan<unknown>): boolean {
  return (
    block.element.tagName === 'p' &&
    body.text.slice(block.start, span.start).trim() === '' &&
    body.text.slice(span.end, block.end).trim() === '' &&
    body.text.slice(block.start, block.end).trim() !== ''
  );
}

/** Put each paragraph in `wrappers` inside its block quotation, where the paragraph stands in the tree. */
function wrapParagraphs(tree: Root, wrappers: ReadonlyMap<Element, Element>): void {
  if (wrappers.size === 0) return;
  visitParents(tree, 'element', (element, ancestors) => {
    const wrapper = wrappers.get(element);
    const parent = ancestors.at(-1);
    if (!wrapper || !parent) return CONTINUE;
    parent.children[parent.children.indexOf(element)] = wrapper;
    // The paragraph is inside the wrapper now: not visited again.
    return SKIP;
  });
}

export function rehypeQuoteMarkup({ registry }: QuoteMarkupOptions) {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    const actors = briefingActors(registry, file.data.discovered ?? []);
    const records = quoteRecords(file.data.quotes ?? [], file.data.sentences ?? []);
    // The paragraph element stays the block's element (later steps wrap mentions in it); only its place changes.
    const blockQuotes = new Map<Element, Element>();

    for (const { block, items } of itemsByBlock(body.blocks, speechSpans(body.text, records))) {
      const inline: QuoteSpan<QuoteRecord>[] = [];
      for (const span of items) {
        if (isWholeParagraph(body, block, span)) {
          blockQuotes.set(block.element, h('blockquote', quoteProperties(span, actors, true), [block.element]));
        } else inline.push(span);
      }
      const failed = wrapRanges(
        block.element,
        block.start,
        inline.map((span) => ({ ...span, wrap: (children) => h('q', quoteProperties(span, actors, false), children) })),
      );
      for (const range of failed) {
        const span = inline.find((candidate) => candidate.start === range.start);
        if (!span) continue;
        span.quote.marked = false;
        reportAt(
          file,
          body,
          span.start,
          'This quotation crosses other markup and cannot be marked up as one',
          'quote-across-markup',
        );
      }
    }
    wrapParagraphs(tree, blockQuotes);
    file.data.quoteRecords = records;
  };
}
