/**
 * `predecessor` and `successor` between actors' files: each names an actor,
 * never the actor itself, and two files that both speak of one handover
 * agree on it. Either side alone is enough; pages show the other side too.
 */
import { closest } from 'fastest-levenshtein';
import type { Actor, ActorId } from '../../core/schema/index.ts';
import type { ReadEntry } from '../files/content-files.ts';
import type { ParsedFile } from '../files/entry-files.ts';
import type { ContentProblem } from '../files/problems.ts';

const SIDES = { predecessor: 'successor', successor: 'predecessor' } as const;

type Side = keyof typeof SIDES;

export function successionProblems(
  files: readonly ReadEntry<ParsedFile<Actor>>[],
  ids: readonly string[],
  directory: string,
): ContentProblem[] {
  const known = new Set(ids);
  const byId = new Map(files.map((file) => [file.source.id, file]));
  return files.flatMap(({ source, data, lineOf }) =>
    (Object.keys(SIDES) as Side[]).flatMap((side): ContentProblem[] => {
      const other: ActorId | undefined = data[side];
      if (other === undefined) return [];
      const at = { file: source.file, line: lineOf([side]), field: side };
      if (other === source.id) return [{ ...at, message: `an actor cannot be its own ${side}` }];
      if (!known.has(other)) {
        return [
          { ...at, message: `no actor "${other}" in ${directory}/ (did you mean "${closest(other, [...ids])}"?)` },
        ];
      }
      const mirror = byId.get(other)?.data[SIDES[side]];
      return mirror !== undefined && mirror !== source.id && known.has(mirror)
        ? [
            {
              ...at,
              message: `${other} names ${mirror} as its ${SIDES[side]}, not ${source.id}; make the two files agree`,
            },
          ]
        : [];
    }),
  );
}
