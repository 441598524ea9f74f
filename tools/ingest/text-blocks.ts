/**
 * Scraped plain text to blocks. Scrapers write either one paragraph per line
 * (the seed file) or hard-wrapped paragraphs separated by blank lines; a blank
 * line between two lines of text tells the second kind apart.
 */
import type { ScrapedBlock } from './boilerplate.ts';

export function textToBlocks(text: string): ScrapedBlock[] {
  const unixText = text.replace(/\r\n?/g, '\n');
  const lines = unixText.split('\n').map((line, index) => ({ text: line.trim(), line: index + 1 }));
  const separated = /\S[ \t]*\n[ \t]*\n\s*\S/.test(unixText);
  const blocks: ScrapedBlock[] = [];
  let open: ScrapedBlock | undefined;
  for (const { text: line, line: number } of lines) {
    if (line === '') {
      open = undefined;
    } else if (separated && open) {
      // A wrapped line continues its paragraph; the page shows the break as a space.
      open.text += ` ${line}`;
    } else {
      open = { kind: 'paragraph', text: line, line: number };
      blocks.push(open);
    }
  }
  return blocks;
}
