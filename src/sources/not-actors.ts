/**
 * The editors' list of names that are no actor (`content/not-actors.yaml`):
 * fictional characters and groups, products, vehicles, works, which the
 * cues of news text would otherwise make people and organisations (`Bruce
 * Wayne`, `Klingon Assault Group`). Discovery skips them; editors extend
 * the list in content, never in code.
 *
 * The file maps a lower-case heading to a list of names, kept as discovery
 * compares them (`nameKey`), read as every editors' list is
 * (`files/headed-lists.ts`).
 */
import { nameKey } from '../core/discovery/index.ts';
import { loadHeadedLists, parseHeadedLists, type HeadedListReader } from './files/headed-lists.ts';
import type { ContentProblem } from './files/problems.ts';

/** The project's file, relative to its root (as problems name it); `contentDirectories` names another tree's. */
export const NOT_ACTORS_FILE = 'content/not-actors.yaml';

const READER: HeadedListReader = { schemaFile: 'src/sources/not-actors.ts', entry: 'name', keyOf: nameKey };

export function parseNotActors(text: string, file: string): { names: Set<string>; problems: ContentProblem[] } {
  const { keys, problems } = parseHeadedLists(text, file, READER);
  return { names: keys, problems };
}

/**
 * Read the list at `file` (relative to `root`, as problems name it); a
 * content tree without the file has an empty list.
 */
export async function loadNotActors(
  root: string,
  file: string = NOT_ACTORS_FILE,
): Promise<{ names: Set<string>; problems: ContentProblem[] }> {
  const { keys, problems } = await loadHeadedLists(root, file, READER);
  return { names: keys, problems };
}
