/**
 * The text of a briefing file: YAML frontmatter, then the body as Markdown.
 * Every tool that writes briefings (the ingest CLI, the Wikinews import) goes
 * through here, so they write one shape and escape text the same way.
 */
import type { Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { z } from 'zod';
import type { articleSchema } from '../../src/sources/schema/article.ts';

/** Frontmatter as written: dates are still `YYYY-MM-DD` text. */
export type ArticleFrontmatter = z.input<typeof articleSchema>;

/** One block of article text as published: a paragraph or a subheading. */
export interface TextBlock {
  kind: 'paragraph' | 'heading';
  text: string;
}

function toNode({ kind, text }: TextBlock): RootContent {
  const children = [{ type: 'text' as const, value: text }];
  return kind === 'heading' ? { type: 'heading', depth: 2, children } : { type: 'paragraph', children };
}

/**
 * Text nodes make `toMarkdown` escape exactly what Markdown would otherwise
 * read as syntax (`*`, `_`, `#` or `1.` at the start, `<b>`, `&amp;`, `[x]`),
 * so the page shows the words as published. The site renders with GFM, whose
 * strikethrough (`~30 to ~40`) core Markdown does not know: escape `~` too,
 * as mdast-util-gfm-strikethrough does.
 */
export function blocksToMarkdown(blocks: readonly TextBlock[]): string {
  const tree: Root = { type: 'root', children: blocks.map(toNode) };
  return toMarkdown(tree, { unsafe: [{ character: '~', inConstruct: 'phrasing' }] });
}

export function formatArticleFile(frontmatter: ArticleFrontmatter, blocks: readonly TextBlock[]): string {
  // lineWidth 0: one line per field, so a title or URL can be found with grep.
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${blocksToMarkdown(blocks)}`;
}
