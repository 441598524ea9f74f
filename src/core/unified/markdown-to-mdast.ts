/**
 * The pipeline's parser: Markdown to a Markdown syntax tree (mdast) by
 * Sätteri, the Rust Markdown engine Astro 7 itself renders with, so remark
 * plugins (the editors' corrections, a site's own) can run before the tree
 * becomes HTML.
 *
 * Why Sätteri: it parses many times faster than `micromark` with its GFM
 * extensions, and gives the same tree for CommonMark with GFM (tables,
 * footnotes, strikethrough, task lists, autolink literals), with positions,
 * so notes name the file's line and column. Sätteri could also go straight
 * to HTML (`markdownToHast`), but then no remark plugin could run; through
 * mdast and `remark-rehype` every briefing of `content/` and of the
 * benchmark's corpus renders to the same HTML, byte for byte.
 *
 * Where it differs from `micromark`, in raw HTML at the edge of CommonMark
 * seen only in XSS payload lists: an unquoted attribute value starting with
 * `/` (`<img src=/ …>`) is read as text, and an upper-case `<SCRIPT>` block
 * runs to the end of the body as raw HTML, so the Markdown after it shows as
 * plain text. Nothing is lost and nothing unsafe gets through: the sanitiser
 * still sees every element.
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Plugin } from 'unified';

export const markdownToMdastParser: Plugin<[], string, Root> = function () {
  // Front matter is split off before the pipeline and its lines left blank; a body
  // opening with `---` is a thematic break, not front matter.
  this.parser = (markdown) => markdownToMdast(markdown, { position: true, features: { frontmatter: false } }) as Root;
};
