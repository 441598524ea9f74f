/**
 * Whether stored briefing HTML holds only what the annotation pipeline can
 * write (`annotated-html-schema.ts`), checked the way a browser will read it:
 * parsed with parse5 as a fragment (the parser and context rehype-raw uses
 * for the pipeline's raw HTML, called directly: without rehype-raw's source
 * positions, which nothing here reads, the check takes about half the time),
 * sanitised with that schema, and compared with what was parsed. Any element,
 * attribute, class, id, URL scheme or comment the schema does not allow makes
 * the two differ, and the first difference is the answer.
 *
 * Why compare rather than serve the sanitised copy: HTML that differs was not
 * written by the pipeline, so the briefing is rendered again rather than shown
 * with pieces missing; and HTML that passes is served byte for byte as it was
 * written, so pages stay as they were.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { annotatedHtmlSchema } from './annotated-html-schema.ts';

const sanitizer = unified().use(rehypeSanitize, annotatedHtmlSchema);

type Node = Root | RootContent | ElementContent;

function describe(node: Node | undefined): string {
  if (!node) return 'nothing';
  if (node.type === 'element') return `<${node.tagName}>`;
  return node.type === 'text' ? `text ${JSON.stringify(node.value.slice(0, 40))}` : `a ${node.type}`;
}

/** A property's value is a string, number or boolean, or a list of them (`className`). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => item === b[index]);
  return a === b;
}

function firstPropertyDifference(parsed: Element, kept: Element): string | null {
  for (const [name, value] of Object.entries(parsed.properties)) {
    if (!sameValue(kept.properties[name], value)) {
      return `the ${name} attribute of <${parsed.tagName}> is not allowed (${JSON.stringify(value).slice(0, 60)})`;
    }
  }
  const added = Object.keys(kept.properties).find((name) => !(name in parsed.properties));
  return added ? `<${parsed.tagName}> lacks its required ${added} attribute` : null;
}

/** The first place the sanitised tree differs from the parsed one, or null where they are the same. */
function firstDifference(parsed: Node, kept: Node | undefined): string | null {
  if (!kept || kept.type !== parsed.type) return `${describe(parsed)} is not allowed`;
  if (parsed.type === 'element' && kept.type === 'element') {
    if (kept.tagName !== parsed.tagName) return `${describe(parsed)} is not allowed`;
    const property = firstPropertyDifference(parsed, kept);
    if (property) return property;
  }
  if ('value' in parsed && 'value' in kept && parsed.value !== kept.value) return `${describe(parsed)} was changed`;
  if ('children' in parsed && 'children' in kept) {
    const children = kept.children as Node[];
    for (const [index, child] of (parsed.children as Node[]).entries()) {
      const found = firstDifference(child, children[index]);
      if (found) return found;
    }
    if (children.length !== parsed.children.length) return `${describe(children[parsed.children.length])} was added`;
  }
  return null;
}

/** Null when `html` holds only what the pipeline writes; else what it holds that it should not. */
export function annotatedHtmlProblem(html: string): string | null {
  const parsed = fromParse5(parseFragment(html)) as Root;
  // The sanitiser builds a new tree and leaves the parsed one as it was.
  const kept = sanitizer.runSync(parsed);
  return firstDifference(parsed, kept);
}
