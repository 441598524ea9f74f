/**
 * References between entries (`actors` in a briefing, `memberOf` in an
 * actor) must name an actor of the registry.
 */
import { closest } from 'fastest-levenshtein';
import type { ReadEntry } from './content-files.ts';
import type { ParsedFile } from './entry-files.ts';
import type { ContentProblem } from './problems.ts';

/**
 * A problem for every id in an entry's reference list that names no actor,
 * with the closest id as a hint.
 */
export function unknownActorReferences(
  entries: readonly ReadEntry<ParsedFile<Partial<Record<'actors' | 'memberOf', readonly string[]>>>>[],
  field: 'actors' | 'memberOf',
  actorIds: readonly string[],
  actorsDirectory: string,
): ContentProblem[] {
  const known = new Set(actorIds);
  const hint = (id: string) => (actorIds.length > 0 ? ` (did you mean "${closest(id, [...actorIds])}"?)` : '');
  return entries.flatMap(({ source, data, lineOf }) =>
    (data[field] ?? []).flatMap((id, index): ContentProblem[] =>
      known.has(id)
        ? []
        : [
            {
              file: source.file,
              line: lineOf([field, index]),
              field: `${field}.${index}`,
              message: `no actor "${id}" in ${actorsDirectory}/${hint(id)}`,
            },
          ],
    ),
  );
}
