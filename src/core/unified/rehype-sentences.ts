/**
 * rehype plugin: cut each block into sentences, give each a stable anchor id
 * and wrap it in `<span id="s-…">`. A sentence never breaks inside an inline
 * element or a speech quotation, so every quote and mention sits inside the
 * one sentence the record names for it. The span has no class: its id's `s-`
 * says what it is (ids the sanitiser lets through are prefixed otherwise), and
 * a briefing has dozens of sentences.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import type { SentenceRecord } from '../record.ts';
import { rangeIndexAt } from '../text/ranges.ts';
import { sentenceIds, splitSentences } from '../text/sentences.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { itemsByBlock } from './hast-text.ts';
import { speechSpans } from './quote-spans.ts';
import './vfile-data.ts';
import { wrapRanges } from './wrap-ranges.ts';

export function rehypeSentences() {
  return (tree: Root, file: VFile) => {
    const body = bodyTextFor(tree, file);
    // Each block is split with only its own quotations kept whole: handing every quotation to every block is quadratic.
    const quotesByBlock = Map.groupBy(
      speechSpans(body.text, file.data.quotes ?? []),
      (span) => body.blocks[rangeIndexAt(body.blocks, span.start)],
    );
    // Ids are numbered over the whole briefing, so a repeated sentence gets `-2` wherever it is.
    const sentences = sentenceIds(
      body.text,
      body.blocks.flatMap((block) =>
        splitSentences(body.text, block.start, block.end, [...block.inlineSpans, ...(quotesByBlock.get(block) ?? [])]),
      ),
    ).map((sentence): SentenceRecord => ({ ...sentence, text: body.text.slice(sentence.start, sentence.end) }));

    for (const { block, items } of itemsByBlock(body.blocks, sentences)) {
      wrapRanges(
        block.element,
        block.start,
        items.map((sentence) => ({
          ...sentence,
          wrap: (children) => h('span', { id: sentence.id }, children),
        })),
      );
    }
    file.data.sentences = sentences;
  };
}
