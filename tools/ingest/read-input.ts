/**
 * What the ingest CLI reads: one file, every file in a folder, or standard
 * input. Bytes become text through the content loaders' strict UTF-8 reader,
 * so a scrape saved in another encoding is refused with the file and line
 * instead of being ingested with replacement characters in its words.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ContentProblem } from '../../src/sources/files/problems.ts';
import { readContentText } from '../../src/sources/files/source-file.ts';

/** How messages name standard input. */
const STDIN_NAME = '<stdin>';

export interface InputText {
  /** The path as given (or {@link STDIN_NAME}), for messages. */
  name: string;
  format: 'html' | 'text';
  text: string;
}

export interface Inputs {
  inputs: InputText[];
  /** The target was a folder: options that describe one article do not apply. */
  isFolder: boolean;
  problems: ContentProblem[];
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);
/** A saved page opens with a doctype or `<html>`, maybe after comments; scraped text never does. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

/** By extension where it says, otherwise by how the text starts (standard input, `.md`, no extension). */
export function detectFormat(name: string, text: string): InputText['format'] {
  const extension = path.extname(name).toLowerCase();
  if (HTML_EXTENSIONS.has(extension)) return 'html';
  if (TEXT_EXTENSIONS.has(extension)) return 'text';
  return HTML_START.test(text) ? 'html' : 'text';
}

function decode(bytes: Uint8Array, name: string): { input?: InputText; problems: ContentProblem[] } {
  const text = readContentText(bytes, name);
  if (!text.ok) return { problems: text.problems };
  return { input: { name, format: detectFormat(name, text.value), text: text.value }, problems: [] };
}

async function readAll(stream: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Read `target`: `-` for standard input, a file, or a folder, whose files
 * (not sub-folders; dotfiles skipped) are read in name order.
 */
export async function readInputs(target: string, stdin: AsyncIterable<Uint8Array>): Promise<Inputs> {
  const collect = (results: ReturnType<typeof decode>[], isFolder: boolean): Inputs => ({
    inputs: results.flatMap((result) => (result.input ? [result.input] : [])),
    isFolder,
    problems: results.flatMap((result) => result.problems),
  });
  if (target === '-') return collect([decode(await readAll(stdin), STDIN_NAME)], false);

  let isFolder: boolean;
  try {
    isFolder = (await stat(target)).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { inputs: [], isFolder: false, problems: [{ file: target, line: 1, message: 'no such file or folder' }] };
  }
  if (!isFolder) return collect([decode(await readFile(target), target)], false);

  const files = (await readdir(target, { withFileTypes: true }))
    .filter((entry: Dirent) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(target, entry.name))
    .sort();
  if (files.length === 0) {
    return {
      inputs: [],
      isFolder,
      problems: [{ file: target, line: 1, message: 'the folder has no files to ingest' }],
    };
  }
  return collect(await Promise.all(files.map(async (file) => decode(await readFile(file), file))), true);
}
