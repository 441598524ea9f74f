/**
 * The body text of a file's tree, computed once per file and shared by the
 * plugins that need it (they run on the same tree, in order).
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import './vfile-data.ts';
import { bodyTextOf, type BodyText } from './hast-text.ts';

export function bodyTextFor(tree: Root, file: VFile): BodyText {
  file.data.bodyText ??= bodyTextOf(tree);
  return file.data.bodyText;
}
