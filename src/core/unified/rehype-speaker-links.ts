/**
 * rehype plugin: `Baqaei said` → a link on `Baqaei` to the speaker's page,
 * for a speaker named or described at the attribution. Words a mention
 * holds, or that hold a mention, keep the mention's link instead (a link
 * cannot hold another), and so do words inside a link or code.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { Mention } from '../mentions/matcher.ts';
import type { Quote } from '../quotes/index.ts';
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

/** How a speaker must have been found to be linked: by the words at the attribution, not by a pronoun. */
const LINKED_VIA = new Set(['name', 'nominal', 'description']);

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

export function rehypeSpeakerLinks(options: SpeakerLinkOptions) {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    const links = speakerLinks(body, file.data.quotes ?? [], file.data.mentions ?? [], options);
    for (const [block, inBlock] of Map.groupBy(links, (link) => link.block)) {
      wrapRanges(block.element, block.start, inBlock);
    }
  };
}
