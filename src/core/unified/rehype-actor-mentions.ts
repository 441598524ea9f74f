/**
 * rehype plugin: find the actor mentions in a briefing's text, settle them
 * on evidence (`discovery/settle.ts`: look-alikes, names inside longer
 * names, demonyms before an organisation's name), and keep them on the file
 * for the discovery and markup steps. Anything the matcher was unsure about,
 * and every mention settling dropped, becomes a message with the line and
 * column in the source file and the reason.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import './vfile-data.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { settleMentions } from '../discovery/settle.ts';
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
    const found = findMentions(registry, body.text, { taggedActors: file.data.taggedActors ?? [] });
    const { mentions, notes } = settleMentions(registry, body.text, found);
    // Text inside links and code is never an actor mention.
    file.data.mentions = mentions.filter((mention) => isLinkable(body.segments, mention));
    for (const note of notes) {
      reportAt(file, body, note.start, note.message, note.ruleId);
    }
  };
}
