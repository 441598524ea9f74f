/**
 * rehype plugin: find the actor mentions in a briefing's text and keep them
 * on the file for the markup step. Anything the matcher was unsure about
 * becomes a message with the line and column in the source file.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import './vfile-data.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { isLinkable } from './hast-text.ts';
import { findMentions } from '../mentions/matcher.ts';
import type { Registry } from '../registry/registry.ts';
import { reportAt } from './report.ts';

export interface ActorMentionOptions {
  registry: Registry;
}

export function rehypeActorMentions({ registry }: ActorMentionOptions) {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    const { mentions, notes } = findMentions(registry, body.text, { taggedActors: file.data.taggedActors ?? [] });
    // Text inside links and code is never an actor mention.
    file.data.mentions = mentions.filter((mention) => isLinkable(body.segments, mention));
    for (const note of notes) {
      reportAt(file, body, note.start, note.message, note.ruleId);
    }
  };
}
