/**
 * rehype plugin: link each actor mention to the actor's page, inside
 * whatever markup holds it (a sentence, a quotation), and record each
 * mention with its sentence and whether the page links it. A mention that
 * would cut other markup in two stays plain text and is reported.
 */
import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { MentionRecord } from '../record.ts';
import type { Registry } from '../registry/registry.ts';
import type { ActorId } from '../schema/index.ts';
import { rangeIndexAt } from '../text/ranges.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { briefingActors, type ActorLookup } from './briefing-actors.ts';
import { itemsByBlock } from './hast-text.ts';
import { reportAt } from './report.ts';
import './vfile-data.ts';
import { wrapRanges } from './wrap-ranges.ts';

export interface MentionLinkOptions {
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

function mentionLink(
  mention: MentionRecord,
  children: ElementContent[],
  actors: ActorLookup,
  { actorHref, actorCardId }: MentionLinkOptions,
): Element {
  const actor = actors(mention.actor);
  const name = actor?.name ?? mention.actor;
  // The href already names the actor for scripts and styles; the description is there for a listener
  // only when the words say something else (Kuala Lumpur, Iranian, Lukashevich).
  return h(
    'a',
    {
      href: actorHref(mention.actor),
      className: ['actor', `actor--${actor?.kind ?? 'unknown'}`],
      ...(sameWords(mention.text, name) ? {} : { 'aria-description': name }),
      ...(actorCardId ? { interestfor: actorCardId(mention.actor) } : {}),
    },
    children,
  );
}

/** Whether a listener hears the same words: case and runs of spaces aside. */
function sameWords(text: string, name: string): boolean {
  const words = (value: string) => value.trim().replace(/\s+/gu, ' ').toLowerCase();
  return words(text) === words(name);
}

export function rehypeMentionLinks(options: MentionLinkOptions) {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    const actors = briefingActors(options.registry, file.data.discovered ?? []);
    const sentences = file.data.sentences ?? [];
    const records = (file.data.mentions ?? []).map((mention): MentionRecord => ({
      ...mention,
      sentence: sentences[rangeIndexAt(sentences, mention.start)]?.id ?? '',
      linked: true,
    }));

    for (const { block, items } of itemsByBlock(body.blocks, records)) {
      const unlinked = wrapRanges(
        block.element,
        block.start,
        items.map((mention) => ({ ...mention, wrap: (children) => mentionLink(mention, children, actors, options) })),
      );
      for (const range of unlinked) {
        const mention = items.find((candidate) => candidate.start === range.start);
        if (!mention) continue;
        mention.linked = false;
        reportAt(
          file,
          body,
          mention.start,
          `"${mention.text}" crosses other markup and cannot be linked to ${mention.actor}`,
          'mention-across-markup',
        );
      }
    }
    file.data.mentionRecords = records;
  };
}
