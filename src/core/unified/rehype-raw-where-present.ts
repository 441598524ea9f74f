/**
 * rehype-raw, run only on a tree that holds raw HTML. It parses the whole
 * tree again through parse5 to turn raw nodes into elements, a tenth of a
 * briefing's annotation time, and most briefings are plain Markdown with no
 * raw node, which it would hand back unchanged.
 */
import type { Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import { EXIT, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

function holdsRaw(tree: Root): boolean {
  let found = false;
  visitParents(tree, 'raw', () => {
    found = true;
    return EXIT;
  });
  return found;
}

export function rehypeRawWherePresent() {
  const parseRaw = rehypeRaw();
  return (tree: Root, file: VFile): Root => (holdsRaw(tree) ? parseRaw(tree, file) : tree);
}
