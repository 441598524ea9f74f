/**
 * Editors' word lists in content/ (`not-actors.yaml`, `everyday-compounds.yaml`):
 * a file maps lower-case headings to lists of entries, each kept under the
 * key its reader compares by. Every problem (a bad heading, an empty entry,
 * an entry listed twice, one the reader refuses) is reported with the file
 * and line, and the entries that are well-formed still load; a content tree
 * without the file has an empty list.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from './problems.ts';
import { parseYaml, readContentText, validate } from './source-file.ts';

export interface HeadedListReader {
  /** The module that says what the file holds, named in a schema problem. */
  schemaFile: string;
  /** What an entry is called in a problem: `name`, `compound`. */
  entry: string;
  /** The key an entry is compared by. */
  keyOf: (entry: string) => string;
  /** Why an entry cannot be used, or null. */
  refuse?: (entry: string) => string | null;
}

const HEADING = /^[a-z][a-z0-9-]*$/u;

export function parseHeadedLists(
  text: string,
  file: string,
  { schemaFile, entry, keyOf, refuse = () => null }: HeadedListReader,
): { keys: Set<string>; problems: ContentProblem[] } {
  const yaml = parseYaml(text, file, 1);
  if (!yaml.ok) return { keys: new Set(), problems: yaml.problems };
  if (yaml.value.data === null || yaml.value.data === undefined) return { keys: new Set(), problems: [] };
  const schema = z.record(
    z.string(),
    z.array(z.string().trim().min(1, `a ${entry} cannot be empty`)).min(1, `a heading lists at least one ${entry}`),
  );
  const valid = validate(schema, yaml.value, file, schemaFile);
  if (!valid.ok) return { keys: new Set(), problems: valid.problems };
  const keys = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const [heading, list] of Object.entries(valid.value)) {
    if (!HEADING.test(heading)) {
      problems.push({
        file,
        line: yaml.value.lineOf([heading]),
        field: heading,
        message: 'a heading is lower-case letters, digits and hyphens',
      });
    }
    list.forEach((written, index) => {
      const line = yaml.value.lineOf([heading, index]);
      const field = `${heading}.${index}`;
      const refused = refuse(written);
      if (refused !== null) {
        problems.push({ file, line, field, message: refused });
        return;
      }
      const key = keyOf(written);
      if (keys.has(key)) {
        problems.push({ file, line, field, message: `"${written}" is listed already; list a ${entry} once` });
      }
      keys.add(key);
    });
  }
  return { keys, problems };
}

/** Read the list at `file` (relative to `root`, as problems name it). */
export async function loadHeadedLists(
  root: string,
  file: string,
  reader: HeadedListReader,
): Promise<{ keys: Set<string>; problems: ContentProblem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { keys: new Set(), problems: [] };
    throw error;
  }
  const text = readContentText(bytes, file);
  if (!text.ok) return { keys: new Set(), problems: text.problems };
  return parseHeadedLists(text.value, file, reader);
}
