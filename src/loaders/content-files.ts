/**
 * Finding a collection's files and giving each its id, framework-free.
 *
 * Nothing in a content folder is skipped silently: a file with the wrong
 * extension, a name that cannot be a URL segment, or two files with the same
 * id are problems, because each would otherwise be an article that quietly
 * never appears on the site.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { ID_PATTERN } from '../schema/ids.ts';
import type { ContentProblem } from './problems.ts';

export interface ContentFile {
  /** The entry id: the file name without its extension. */
  id: string;
  /** Absolute path. */
  absolutePath: string;
  /** Path relative to the project root, used in messages and stored on the entry. */
  file: string;
}

export interface ContentFolder {
  files: ContentFile[];
  problems: ContentProblem[];
}

/**
 * List every file below `directory` (recursively, in a stable order) that
 * should be an entry with the given extension. Dotfiles such as `.DS_Store`
 * are the only files passed over.
 */
export async function listContentFiles(root: string, directory: string, extension: string): Promise<ContentFolder> {
  const absoluteDirectory = path.resolve(root, directory);
  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');
  let entries;
  try {
    entries = await readdir(absoluteDirectory, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], problems: [] };
    throw error;
  }
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  const firstFileById = new Map<string, string>();
  const candidates = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (absolute) =>
        !relative(absolute)
          .split('/')
          .some((part) => part.startsWith('.')),
    )
    .sort();
  for (const absolutePath of candidates) {
    const file = relative(absolutePath);
    const name = path.basename(absolutePath);
    if (!name.endsWith(extension)) {
      problems.push({
        file,
        line: 1,
        message: `only ${extension} files belong in ${directory}/; rename it or move it out of the folder`,
      });
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        line: 1,
        message: `the file name "${id}" becomes a URL, so it must be lower-case letters, digits and single hyphens`,
      });
      continue;
    }
    const earlier = firstFileById.get(id);
    if (earlier) {
      problems.push({ file, line: 1, message: `has the same id "${id}" as ${earlier}; rename one of them` });
      continue;
    }
    firstFileById.set(id, file);
    files.push({ id, absolutePath, file });
  }
  return { files, problems };
}
