/**
 * remark plugin: read the editor's corrections, written as plain links
 * (`[the regime](actor:syrian-government)`, `[he](speaker:kevin-allton)`) or
 * as reference links whose definition is a correction
 * (`[the regime][r]` … `[r]: actor:syrian-government`), keep them on the
 * file, and put the link's words back as plain text, framed by marks
 * (`./correction-marks.ts`) so the step after the sanitiser finds them in the
 * body text. A reader never sees the link, its URL or the definition.
 */
import type { Definition, Link, LinkReference, Nodes, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import { closeMark, HAS_MARK_CHARACTER, MARK_CHARACTERS, openMark } from './correction-marks.ts';
import { parseCorrectionUrl, reportCorrection, type Correction } from './corrections.ts';
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

/**
 * The definitions whose URL is a correction, by identifier. CommonMark lets the first definition of a
 * label win, so a later one of the same label is ignored here too.
 */
function correctionDefinitions(tree: Root): Map<string, { definition: Definition; parent: Parent }> {
  const definitions = new Map<string, { definition: Definition; parent: Parent }>();
  visitParents(tree, 'definition', (definition, ancestors) => {
    const parent = ancestors.at(-1);
    if (parent && !definitions.has(definition.identifier) && parseCorrectionUrl(definition.url)) {
      definitions.set(definition.identifier, { definition, parent });
    }
  });
  return definitions;
}

export function remarkCorrections() {
  return (tree: Root, file: VFile) => {
    if (HAS_MARK_CHARACTER.test(String(file.value))) removeNoncharacters(tree);
    const definitions = correctionDefinitions(tree);
    const used = new Set<string>();
    const found: { link: Link | LinkReference; url: string; parent: Parent }[] = [];
    visitParents(tree, ['link', 'linkReference'], (node, ancestors) => {
      const parent = ancestors.at(-1);
      if (!parent) return;
      if (node.type === 'link') {
        if (parseCorrectionUrl(node.url)) found.push({ link: node, url: node.url, parent });
        return;
      }
      const definition = definitions.get((node as LinkReference).identifier)?.definition;
      if (!definition) return;
      used.add(definition.identifier);
      found.push({ link: node as LinkReference, url: definition.url, parent });
    });
    const corrections: Correction[] = [];
    for (const { link, url, parent } of found) {
      const parsed = parseCorrectionUrl(url);
      const start = link.position?.start;
      if (!parsed || !start) continue;
      const index = corrections.length;
      corrections.push({ ...parsed, text: textOf(link), line: start.line, column: start.column, from: 'link' });
      const at = parent.children.indexOf(link);
      parent.children.splice(at, 1, { type: 'text', value: openMark(index) }, ...link.children, {
        type: 'text',
        value: closeMark,
      });
    }
    // A correction's definition is the editor's, not the reader's; one no link uses is stale.
    for (const [identifier, { definition, parent }] of definitions) {
      parent.children.splice(parent.children.indexOf(definition), 1);
      if (used.has(identifier)) continue;
      const place = definition.position?.start ?? { line: 1, column: 1 };
      const reason = `The correction [${definition.label ?? identifier}]: ${definition.url} is used by no link`;
      reportCorrection(file, { line: place.line, column: place.column }, reason, 'correction-unused');
    }
    file.data.corrections = corrections;
  };
}
