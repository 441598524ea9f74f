/**
 * rehype plugin, first after the sanitiser: take the marks the remark stage
 * put around each correction's words out of the text (`./correction-marks.ts`),
 * so every later step reads the text a reader sees, and place each
 * correction in the body text. The frontmatter's briefing-wide rules become
 * one correction per place their phrase occurs.
 */
import type { Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { bodyTextFor } from './body-text-cache.ts';
import { takeMarks, type FoundMark } from './correction-marks.ts';
import { NONE, reportCorrection, type Correction, type CorrectionRule } from './corrections.ts';
import type { BodyText } from './hast-text.ts';
import './vfile-data.ts';

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Every place `phrase` occurs in `text` as whole words (not inside a longer word). */
function occurrences(text: string, phrase: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + phrase.length] ?? ' ';
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) found.push(at);
  }
  return found;
}

function ruleCorrections(rule: CorrectionRule, body: BodyText): Correction[] {
  return occurrences(body.text, rule.phrase).map((start) => ({
    kind: 'actor',
    id: rule.actor ?? NONE,
    text: rule.phrase,
    line: rule.line,
    column: 1,
    from: 'rule',
    start,
    end: start + rule.phrase.length,
  }));
}

export function rehypeCorrectionSpans() {
  return (tree: Root, file: VFile) => {
    const corrections = file.data.corrections ?? [];
    const rules = file.data.correctionRules ?? [];
    if (corrections.length === 0 && rules.length === 0) return;
    const marked: { node: Text; marks: FoundMark[] }[] = [];
    visitParents(tree, 'text', (node) => {
      const { text, marks } = takeMarks(node.value);
      if (marks.length === 0) return;
      node.value = text;
      marked.push({ node, marks });
    });
    // The marks are out of the tree: the body text computed now is the one every later step reads.
    const body = bodyTextFor(tree, file);
    const segmentOf = new Map(body.segments.map((segment) => [segment.node, segment]));
    // Links do not nest, so a closing mark closes the correction opened last.
    let open: Correction | undefined;
    for (const { node, marks } of marked) {
      const segment = segmentOf.get(node);
      for (const mark of marks) {
        if (!segment) continue;
        if ('open' in mark) {
          open = corrections[mark.open];
          if (open) open.start = segment.start + mark.at;
        } else if (open) {
          open.end = segment.start + mark.at;
          open = undefined;
        }
      }
    }
    const byRules = rules.map((rule) => {
      const found = ruleCorrections(rule, body);
      if (found.length === 0) {
        const reason = `The rule for "${rule.phrase}" matches nothing: the phrase is not in the text any more`;
        reportCorrection(file, { line: rule.line, column: 1 }, reason, 'correction-unused');
      }
      return found;
    });
    file.data.corrections = [...corrections, ...byRules.flat()];
  };
}
