/**
 * rehype plugin: `Baqaei said` → a link on `Baqaei` to the speaker's page,
 * for a speaker named or described at the attribution. Words a mention
 * holds, or that hold a mention, keep the mention's link instead (a link
 * cannot hold another), and so do words inside a link or code.
 *
 * And every marked quotation whose words are credited to an actor ends its
 * first span with a link to that page (the speaker's own, or the actor they
 * speak for): a link with no text, named by `aria-label`, which the site
 * draws as a mark, so the quotation leads to its speaker wherever the
 * attribution is (a pronoun, the next sentence) and the text stays as
 * written.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { Mention } from '../mentions/matcher.ts';
import type { Quote } from '../quotes/index.ts';
import type { QuoteRecord } from '../record.ts';
import type { ActorId } from '../schema/index.ts';
import { lastStartingAtOrBefore, rangeIndexAt, type Range } from '../text/ranges.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { isLinkable, type BodyText, type TextBlock } from './hast-text.ts';
import './vfile-data.ts';
import { wrapRanges, type WrapRange } from './wrap-ranges.ts';

export interface SpeakerLinkOptions {
  /** The URL of an actor's page (the site's base path is the caller's business). */
  actorHref(actor: ActorId): string;
}

/** How a speaker must have been found to be linked: by the words at the attribution, not by a pronoun, or where an editor's correction names them. */
const LINKED_VIA = new Set(['name', 'nominal', 'description', 'correction']);

/** A mention overlaps `range`: the last one starting before its end reaches past its start (mentions are disjoint). */
function overlapsMention(mentions: readonly Mention[], range: Range): boolean {
  return (mentions[lastStartingAtOrBefore(mentions, range.end - 1)]?.end ?? -Infinity) > range.start;
}

/** The speaker links to make, each once, with the block that holds it. */
function speakerLinks(
  body: BodyText,
  quotes: readonly Quote[],
  mentions: readonly Mention[],
  { actorHref }: SpeakerLinkOptions,
): (WrapRange & { block: TextBlock })[] {
  const taken = [...mentions].sort((a, b) => a.start - b.start);
  const seen = new Set<number>();
  const links: (WrapRange & { block: TextBlock })[] = [];
  for (const quote of quotes) {
    const speaker = quote.speaker;
    const target = (speaker?.id ?? speaker?.actor ?? null) as ActorId | null;
    if (!speaker || !target || !LINKED_VIA.has(speaker.via)) continue;
    if (seen.has(speaker.start)) continue;
    seen.add(speaker.start);
    if (overlapsMention(taken, speaker) || !isLinkable(body.segments, speaker)) continue;
    const block = body.blocks[rangeIndexAt(body.blocks, speaker.start)];
    if (!block) continue;
    links.push({
      start: speaker.start,
      end: speaker.end,
      block,
      wrap: (children) =>
        h(
          'a',
          { href: actorHref(target), className: ['speaker'], 'aria-description': `Speaker: ${speaker.name}` },
          children,
        ),
    });
  }
  return links;
}

/** The mark that ends a quotation's first span: a link to the page of the actor its words are credited to. */
function quoteSpeakerLink(quote: QuoteRecord, { actorHref }: SpeakerLinkOptions): Element | null {
  const speaker = quote.speaker;
  const target = speaker?.id ?? speaker?.actor ?? null;
  if (!speaker || !target) return null;
  return h('a', { href: actorHref(target), className: ['quote-speaker'], ariaLabel: `Said by ${speaker.name}` });
}

export function rehypeSpeakerLinks(options: SpeakerLinkOptions) {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    const links = speakerLinks(body, file.data.quotes ?? [], file.data.mentions ?? [], options);
    for (const [block, inBlock] of Map.groupBy(links, (link) => link.block)) {
      wrapRanges(block.element, block.start, inBlock);
    }
    const marked = new Map(
      (file.data.quoteRecords ?? []).filter((quote) => quote.marked).map((quote) => [quote.id, quote]),
    );
    visitParents(tree, 'element', (element) => {
      if (element.tagName !== 'q' && element.tagName !== 'blockquote') return;
      const quote = marked.get(String(element.properties['id'] ?? ''));
      const link = quote && quoteSpeakerLink(quote, options);
      if (!link) return;
      // A block quotation's mark ends its last paragraph, after the words, not on a line of its own.
      const paragraphs = element.children.filter((child): child is Element => child.type === 'element');
      (element.tagName === 'blockquote' ? (paragraphs.at(-1) ?? element) : element).children.push(link);
    });
  };
}
