/**
 * rehype plugin: find the actor mentions in a briefing's text and keep them
 * on the file for the markup step. Anything the matcher was unsure about
 * becomes a message with the line and column in the source file.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import './annotations.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { pointAt, type TextSegment } from './hast-text.ts';
import { findMentions, type Mention } from './matcher.ts';
import type { Registry } from './registry.ts';

export interface ActorMentionOptions {
  registry: Registry;
}

/** The segment that holds the whole mention, if one does and a link may go there. */
function linkableSegment(segments: readonly TextSegment[], mention: Mention): TextSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (!segment) return undefined;
    if (mention.start < segment.start) high = middle - 1;
    else if (mention.start >= segment.end) low = middle + 1;
    else return mention.end <= segment.end && segment.linkable ? segment : undefined;
  }
  return undefined;
}

export function rehypeActorMentions({ registry }: ActorMentionOptions) {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    const { mentions, notes } = findMentions(registry, body.text, { taggedActors: file.data.taggedActors ?? [] });
    // Text inside links and code is never an actor mention.
    file.data.mentions = mentions.filter((mention) => linkableSegment(body.segments, mention) !== undefined);
    for (const note of notes) {
      const place = pointAt(body, note.start);
      file.message(note.message, {
        ...(place ? { place } : {}),
        ruleId: note.ruleId,
        source: 'annotated-briefings',
      });
    }
  };
}
