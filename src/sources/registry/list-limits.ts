/**
 * How many entries one list of an editor's actor file may hold. Real actors
 * have under ten names in a list; a file with thousands (an alias bomb) is a
 * mistake or an attack on the build and on the actor page that lists them.
 * It is refused once, at the list's key, and left out of the registry, so its
 * entries are not also reported one by one (each a clash or a name too long).
 *
 * The core compiles any number of names in linear time
 * (`test/core/pathological.test.ts`); this limit is the editors' layer's.
 */
import type { Actor } from '../../core/schema/index.ts';
import type { ReadEntry } from '../files/content-files.ts';
import type { ParsedFile } from '../files/entry-files.ts';
import type { ContentProblem } from '../files/problems.ts';

export const MAX_LIST_ENTRIES = 100;

const LIST_FIELDS = ['aliases', 'demonyms', 'metonyms', 'titles', 'memberOf'] as const;

/** One problem per list over the limit, at the line of its key. */
export function oversizedLists(files: readonly ReadEntry<ParsedFile<Actor>>[]): ContentProblem[] {
  return files.flatMap(({ source, data, lineOf }) =>
    LIST_FIELDS.flatMap((field): ContentProblem[] => {
      const count = data[field]?.length ?? 0;
      return count > MAX_LIST_ENTRIES
        ? [
            {
              file: source.file,
              line: lineOf([field]),
              field,
              message: `holds ${count} entries; an actor may have at most ${MAX_LIST_ENTRIES} in one list, so list fewer`,
            },
          ]
        : [];
    }),
  );
}
