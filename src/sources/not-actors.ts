/**
 * The editors' list of names that are no actor (`content/not-actors.yaml`):
 * fictional characters and groups, products, vehicles, works, which the
 * cues of news text would otherwise make people and organisations (`Bruce
 * Wayne`, `Klingon Assault Group`). Discovery skips them; editors extend
 * the list in content, never in code.
 *
 * The file maps a lower-case heading to a list of names, kept as discovery
 * compares them (`nameKey`). Every problem (a
 * bad heading, an empty name, a name listed twice) is reported with the
 * file and line, and the names that are well-formed still load.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { nameKey } from '../core/discovery/index.ts';
import type { ContentProblem } from './files/problems.ts';
import { parseYaml, readContentText, validate } from './files/source-file.ts';

/** The project's file, relative to its root (as problems name it); `contentDirectories` names another tree's. */
export const NOT_ACTORS_FILE = 'content/not-actors.yaml';

const notActorsSchema = z.record(
  z.string(),
  z.array(z.string().trim().min(1, 'a name cannot be empty')).min(1, 'a heading lists at least one name'),
);
const HEADING = /^[a-z][a-z0-9-]*$/u;

export function parseNotActors(text: string, file: string): { names: Set<string>; problems: ContentProblem[] } {
  const yaml = parseYaml(text, file, 1);
  if (!yaml.ok) return { names: new Set(), problems: yaml.problems };
  if (yaml.value.data === null || yaml.value.data === undefined) return { names: new Set(), problems: [] };
  const valid = validate(notActorsSchema, yaml.value, file, 'src/sources/not-actors.ts');
  if (!valid.ok) return { names: new Set(), problems: valid.problems };
  const names = new Set<string>();
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
    list.forEach((name, index) => {
      const key = nameKey(name);
      if (names.has(key)) {
        problems.push({
          file,
          line: yaml.value.lineOf([heading, index]),
          field: `${heading}.${index}`,
          message: `"${name}" is listed already; list a name once`,
        });
      }
      names.add(key);
    });
  }
  return { names, problems };
}

/**
 * Read the list at `file` (relative to `root`, as problems name it); a
 * content tree without the file has an empty list.
 */
export async function loadNotActors(
  root: string,
  file: string = NOT_ACTORS_FILE,
): Promise<{ names: Set<string>; problems: ContentProblem[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(root, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { names: new Set(), problems: [] };
    throw error;
  }
  const text = readContentText(bytes, file);
  if (!text.ok) return { names: new Set(), problems: text.problems };
  return parseNotActors(text.value, file);
}
