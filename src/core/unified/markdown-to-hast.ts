/**
 * The pipeline's parser: Markdown straight to an HTML syntax tree (hast) by
 * Sätteri, the Rust Markdown engine Astro 7 itself renders with. Every step
 * after it is a unified rehype plugin.
 *
 * Why Sätteri: it parses many times faster than `micromark` with its GFM
 * extensions, and gives the same tree for CommonMark with GFM (tables,
 * footnotes with the `user-content-` prefix, strikethrough, task lists,
 * autolink literals), with positions, so notes name the file's line and
 * column. Raw HTML stays as `raw` nodes for rehype-raw and the sanitiser.
 *
 * Where it differs from `micromark`: table cells carry their alignment as
 * `style="text-align: …"`, which the sanitiser would drop (and the page's
 * CSP forbids), so it is turned into the `align` attribute here. And in raw
 * HTML at the edge of CommonMark, seen only in XSS payload lists: an
 * unquoted attribute value starting with `/` (`<img src=/ …>`) is read as
 * text, and an upper-case `<SCRIPT>` block runs to the end of the body as
 * raw HTML, so the Markdown after it shows as plain text. Nothing is lost and
 * nothing unsafe gets through: the sanitiser still sees every element.
 */
import type { Element, Root } from 'hast';
import { markdownToHast } from 'satteri';
import type { Plugin } from 'unified';
import { visitParents } from 'unist-util-visit-parents';

const TEXT_ALIGN = /^text-align:\s*(left|center|right)$/;

function alignTableCells(tree: Root): void {
  visitParents(tree, 'element', (cell: Element) => {
    if (cell.tagName !== 'td' && cell.tagName !== 'th') return;
    const style = cell.properties.style;
    const align = typeof style === 'string' ? TEXT_ALIGN.exec(style.trim())?.[1] : undefined;
    if (align === undefined) return;
    delete cell.properties.style;
    cell.properties.align = align;
  });
}

export const markdownToHastParser: Plugin<[], string, Root> = function () {
  this.parser = (markdown) => {
    // Front matter is split off before the pipeline and its lines left blank; a body
    // opening with `---` is a thematic break, not front matter.
    const tree = markdownToHast(markdown, { position: true, features: { frontmatter: false } }) as Root;
    alignTableCells(tree);
    return tree;
  };
};
