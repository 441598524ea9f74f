/**
 * The pipeline's Markdown parser (Sätteri, to mdast) and remark-rehype through the sanitiser: the
 * CommonMark and GFM an editor writes comes out as the HTML it expects,
 * with the positions notes are reported at.
 */
import type { Root } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { markdownToMdastParser } from '../../src/core/unified/markdown-to-mdast.ts';
import { briefingSanitizeSchema } from '../../src/core/unified/sanitize-schema.ts';

const processor = unified()
  .use(markdownToMdastParser)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeSanitize, briefingSanitizeSchema)
  .use(rehypeStringify);

const render = (markdown: string) => String(processor.processSync(markdown));

describe('Markdown a briefing uses', () => {
  test('table columns keep their alignment, as the attribute the sanitiser allows', () => {
    const html = render('| Party | Seats |\n|:--|--:|\n| Likud | 32 |\n');
    expect(html).toContain('<th align="left">Party</th>');
    expect(html).toContain('<td align="right">32</td>');
    expect(html).not.toContain('style=');
  });

  test('footnotes keep ids the sanitiser allows, and their back links', () => {
    const html = render('The toll rose[^1].\n\n[^1]: According to the ministry.\n');
    expect(html).toMatch(/<a href="#user-content-fn-1" id="user-content-fnref-1"[^>]*>1<\/a>/);
    expect(html).toContain('id="user-content-fn-1"');
    expect(html).toContain('href="#user-content-fnref-1"');
  });

  test('a body opening with --- is a thematic break, not front matter', () => {
    expect(render('---\n\ntitle: not a field\n')).toBe('<hr>\n<p>title: not a field</p>');
  });

  test('strikethrough, task lists and autolinked addresses', () => {
    const html = render('~~withdrawn~~ see www.un.org\n\n- [x] ceasefire signed\n');
    expect(html).toContain('<del>withdrawn</del>');
    expect(html).toContain('<a href="http://www.un.org">www.un.org</a>');
    expect(html).toMatch(/<input type="checkbox" checked disabled>/);
  });

  test('raw HTML is parsed and sanitised, not dropped: its text stays', () => {
    expect(render('Before <b onclick="x()">bold</b> <script>alert(1)</script> after')).toBe(
      '<p>Before <b>bold</b>  after</p>',
    );
  });

  test('nodes carry the line and column of the source, past multi-byte characters', () => {
    const tree = processor.parse('Prime Minister’s “office” 😀\n\nTehran said.\n') as Root;
    const paragraphs = tree.children.filter((node) => node.type === 'paragraph');
    expect(paragraphs[1]?.position?.start).toEqual({ line: 3, column: 1, offset: 30 });
  });
});
