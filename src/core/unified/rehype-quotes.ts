/**
 * rehype plugin: find the direct quotations in a briefing's text, with their
 * kinds and speakers, and keep them on the file for the markup step. What
 * the quote core was unsure about (an unbalanced mark, an unattributed
 * quote, an unknown speaker) becomes a message with line and column. It runs
 * after discovery, so a discovered person is a known speaker. Inline code is
 * literal text, not prose: no quotation starts, ends or is attributed in it.
 */
import type { Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import './vfile-data.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { findQuotes, type SpeakerDirectory } from '../quotes/index.ts';
import { OBJECT_REPLACEMENT, type BodyText } from './hast-text.ts';
import { reportAt } from './report.ts';
import { withDiscovered } from '../quotes/speaker-directory.ts';

export interface QuoteOptions {
  directory: SpeakerDirectory;
}

/** Elements whose text is literal (code, keyboard input, program output); `pre` never reaches the body text. */
const LITERAL_TAGS = new Set(['code', 'kbd', 'samp']);

/** The text nodes inside literal elements. */
function literalTextNodes(tree: Root): Set<Text> {
  const nodes = new Set<Text>();
  visitParents(tree, 'text', (text, ancestors) => {
    if (ancestors.some((node) => node.type === 'element' && LITERAL_TAGS.has(node.tagName))) nodes.add(text);
  });
  return nodes;
}

/**
 * The body text with each literal character replaced by the object replacement character, offsets
 * unchanged: a code span reads as something standing in the sentence, with no marks or words of its own.
 */
function proseOf(tree: Root, body: BodyText): string {
  const literal = literalTextNodes(tree);
  if (literal.size === 0) return body.text;
  const pieces: string[] = [];
  let at = 0;
  for (const segment of body.segments) {
    if (!literal.has(segment.node)) continue;
    pieces.push(body.text.slice(at, segment.start), OBJECT_REPLACEMENT.repeat(segment.end - segment.start));
    at = segment.end;
  }
  pieces.push(body.text.slice(at));
  return pieces.join('');
}

export function rehypeQuotes({ directory }: QuoteOptions) {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    // The actors the briefing names settle a shared alias in a description (`a rebel commander`), and
    // speakers discovery found in this briefing are known speakers too.
    const named = [...new Set((file.data.mentions ?? []).map(({ actor }) => actor))];
    const { quotes, diagnostics } = findQuotes(
      proseOf(tree, body),
      withDiscovered(directory.forBriefing?.(named) ?? directory, file.data.discovered ?? []),
    );
    file.data.quotes = quotes;
    for (const diagnostic of diagnostics) {
      reportAt(file, body, diagnostic.offset, diagnostic.message, diagnostic.ruleId);
    }
  };
}
