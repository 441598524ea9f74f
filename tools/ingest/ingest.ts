/**
 * One scraped input to the text of a briefing file: blocks from the text or
 * the page, boilerplate out, frontmatter built, Markdown written, and the
 * result read back with the content loaders' own reader, so that what the
 * CLI writes is exactly what the build will accept.
 */
import path from 'node:path';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import type { ReadResult } from '../../src/sources/files/source-file.ts';
import { formatArticleFile } from './article-file.ts';
import { removeBoilerplate, type Cleaned, type Removal } from './boilerplate.ts';
import { buildFrontmatter, type Overrides, type PageFacts } from './frontmatter.ts';
import { extractHtml } from './html-extract.ts';
import type { InputText } from './read-input.ts';
import { textToBlocks } from './text-blocks.ts';

export interface IngestedEntry {
  /** The input, as messages name it. */
  input: string;
  /** Where it goes: `<out>/<date>-<slug>.md`. */
  file: string;
  /** The whole file: frontmatter and Markdown body. */
  text: string;
  /** How many blocks of the article the body holds. */
  kept: number;
  /** What was left out, and why, for the editor to check. */
  removed: Removal[];
}

const NO_PAGE_FACTS: PageFacts = { publishedTime: undefined, siteName: undefined, url: undefined };

/** The article's blocks without the boilerplate, and what a page's metadata says; `undefined` if no article is found. */
function read(input: InputText, overrides: Overrides): { cleaned: Cleaned; page: PageFacts } | undefined {
  if (input.format === 'text') {
    const known = { title: overrides.title, byline: undefined };
    return { cleaned: removeBoilerplate(textToBlocks(input.text), [], known), page: NO_PAGE_FACTS };
  }
  const page = extractHtml(input.text);
  return page && { cleaned: removeBoilerplate(page.article, page.outside, page), page };
}

/** The entry for one input, to be written into the folder `out`; nothing is written here. */
export function ingest(input: InputText, overrides: Overrides, out: string): ReadResult<IngestedEntry> {
  const article = read(input, overrides);
  if (!article) {
    return { ok: false, problems: [{ file: input.name, line: 1, message: 'no article text found in the page' }] };
  }
  const { cleaned, page } = article;
  const briefing = buildFrontmatter(input.name, overrides, cleaned, page);
  if (!briefing.ok) return briefing;

  const { id, frontmatter } = briefing.value;
  const text = formatArticleFile(frontmatter, cleaned.body);
  const file = path.join(out, `${id}.md`);
  const checked = parseArticleFile(text, file);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { input: input.name, file, text, kept: cleaned.body.length, removed: cleaned.removed },
  };
}
