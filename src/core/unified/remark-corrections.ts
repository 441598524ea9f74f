/**
 * remark plugin: read the editor's corrections, written as plain links
 * (`[the regime](actor:syrian-government)`, `[he](speaker:kevin-allton)`),
 * keep them on the file, and put the link's words back as plain text, framed
 * by marks (`./correction-marks.ts`) so the step after the sanitiser finds
 * them in the body text. A reader never sees the link or its URL.
 */
import type { Link, Nodes, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { closeMark, HAS_MARK_CHARACTER, MARK_CHARACTERS, openMark } from './correction-marks.ts';
import { parseCorrectionUrl, type Correction } from './corrections.ts';
import './vfile-data.ts';

function textOf(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/** Noncharacters mean nothing in a text; the marks use them, so none may come from the body itself. */
function removeNoncharacters(tree: Root): void {
  visitParents(tree, (node) => {
    if ('value' in node && typeof node.value === 'string') node.value = node.value.replace(MARK_CHARACTERS, '');
  });
}

export function remarkCorrections() {
  return (tree: Root, file: VFile) => {
    if (HAS_MARK_CHARACTER.test(String(file.value))) removeNoncharacters(tree);
    const corrections: Correction[] = [];
    const found: { link: Link; parent: Parent }[] = [];
    visitParents(tree, 'link', (link, ancestors) => {
      const parent = ancestors.at(-1);
      if (parent && parseCorrectionUrl(link.url)) found.push({ link, parent });
    });
    for (const { link, parent } of found) {
      const parsed = parseCorrectionUrl(link.url);
      const start = link.position?.start;
      if (!parsed || !start) continue;
      const text = textOf(link);
      const index = corrections.length;
      corrections.push({ ...parsed, text, line: start.line, column: start.column, from: 'link' });
      const at = parent.children.indexOf(link);
      parent.children.splice(at, 1, { type: 'text', value: openMark(index) }, ...link.children, {
        type: 'text',
        value: closeMark,
      });
    }
    file.data.corrections = corrections;
  };
}
