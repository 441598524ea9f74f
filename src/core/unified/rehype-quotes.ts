/**
 * rehype plugin: find the direct quotations in a briefing's text, with their
 * kinds and speakers, and keep them on the file for the markup step. What
 * the quote core was unsure about (an unbalanced mark, an unattributed
 * quote, an unknown speaker) becomes a message with line and column. It runs
 * after discovery, so a discovered person is a known speaker.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import './vfile-data.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { findQuotes, type SpeakerDirectory } from '../quotes/index.ts';
import { reportAt } from './report.ts';
import { withDiscovered } from '../quotes/speaker-directory.ts';

export interface QuoteOptions {
  directory: SpeakerDirectory;
}

export function rehypeQuotes({ directory }: QuoteOptions) {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    // Speakers discovery found in this briefing are known speakers too.
    const { quotes, diagnostics } = findQuotes(body.text, withDiscovered(directory, file.data.discovered ?? []));
    file.data.quotes = quotes;
    for (const diagnostic of diagnostics) {
      reportAt(file, body, diagnostic.offset, diagnostic.message, diagnostic.ruleId);
    }
  };
}
