/**
 * rehype plugin: mark up what the finding plugins found, and write the
 * briefing's annotation record.
 *
 * Order matters: sentences are wrapped first (no sentence breaks inside an
 * inline element), then mentions inside them, so every mention sits in the
 * sentence whose id the record gives it.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { ActorId } from '../schema/index.ts';
import { countActors, type MentionRecord, type SentenceRecord } from './annotations.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { pointAt } from './hast-text.ts';
import type { Registry } from './registry.ts';
import { sentenceIds, splitSentences } from './sentences.ts';
import { wrapRanges, type WrapRange } from './wrap-ranges.ts';

export interface AnnotationMarkupOptions {
  registry: Registry;
  /** The URL of an actor's page (the site's base path is the caller's business). */
  actorHref(actor: ActorId): string;
}

export function rehypeAnnotationMarkup({ registry, actorHref }: AnnotationMarkupOptions) {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    const found = file.data.mentions ?? [];
    // Ids are numbered over the whole briefing, so a repeated sentence gets `-2` wherever it is.
    const allSentences = sentenceIds(
      body.text,
      body.blocks.flatMap((block) => splitSentences(body.text, block.start, block.end, block.inlineSpans)),
    );
    const sentences: SentenceRecord[] = allSentences.map((range) => ({
      ...range,
      text: body.text.slice(range.start, range.end),
    }));
    const mentions: MentionRecord[] = [];
    // Blocks, sentences and mentions are all in text order: one cursor each keeps this linear.
    let next = 0;
    let nextSentence = 0;

    for (const block of body.blocks) {
      const firstSentence = nextSentence;
      while (nextSentence < allSentences.length && (allSentences[nextSentence]?.start ?? Infinity) < block.end) {
        nextSentence++;
      }
      const blockSentences = allSentences.slice(firstSentence, nextSentence);
      wrapRanges(
        block.element,
        block.start,
        blockSentences.map((sentence) => ({
          ...sentence,
          wrap: (children: ElementContent[]) => h('span', { className: ['sentence'], id: sentence.id }, children),
        })),
      );

      const inBlock: MentionRecord[] = [];
      let sentenceIndex = 0;
      while (next < found.length && (found[next]?.start ?? Infinity) < block.end) {
        const mention = found[next++];
        if (!mention || mention.start < block.start) continue;
        while (
          sentenceIndex + 1 < blockSentences.length &&
          (blockSentences[sentenceIndex]?.end ?? 0) <= mention.start
        ) {
          sentenceIndex++;
        }
        inBlock.push({ ...mention, sentence: blockSentences[sentenceIndex]?.id ?? '', linked: true });
      }
      const unlinked = wrapRanges(
        block.element,
        block.start,
        inBlock.map((mention) => ({ start: mention.start, end: mention.end, wrap: mentionLink(mention) })),
      );
      for (const range of unlinked) {
        const mention = inBlock.find((candidate) => candidate.start === range.start);
        if (!mention) continue;
        mention.linked = false;
        const place = pointAt(body, mention.start);
        file.message(`"${mention.text}" crosses other markup and cannot be linked to ${mention.actor}`, {
          ...(place ? { place } : {}),
          ruleId: 'mention-across-markup',
          source: 'annotated-briefings',
        });
      }
      mentions.push(...inBlock);
    }

    file.data.annotations = { sentences, mentions, actors: countActors(mentions) };

    function mentionLink(mention: MentionRecord): WrapRange['wrap'] {
      const actor = registry.actors.get(mention.actor);
      return (children): Element =>
        h(
          'a',
          {
            href: actorHref(mention.actor),
            className: ['actor', `actor--${actor?.kind ?? 'unknown'}`],
            'aria-description': actor?.name ?? mention.actor,
            dataActor: mention.actor,
          },
          children,
        );
    }
  };
}
