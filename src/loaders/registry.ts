/**
 * The actor registry read from its folder and compiled for matching, with
 * its problems located by file and line. Used by the Astro loaders, the
 * `annotate` command and the tests alike.
 */
import { createHash } from 'node:crypto';
import { buildRegistry, type Registry } from '../annotate/registry.ts';
import type { Actor, ActorId } from '../schema/index.ts';
import { readContentFolder, type ReadEntry } from './content-files.ts';
import type { ParsedFile } from './entry-files.ts';
import { parseActorFile } from './entry-files.ts';
import type { ContentProblem } from './problems.ts';

export type ActorFileEntry = ReadEntry<ParsedFile<Actor>>;

/** Compile parsed actor files; registry problems come back with the file and line of the field. */
export function compileRegistry(entries: readonly ActorFileEntry[]): {
  registry: Registry;
  problems: ContentProblem[];
} {
  const { registry, problems } = buildRegistry(entries.map(({ source, data }) => ({ id: source.id as ActorId, data })));
  const byId = new Map(entries.map((entry) => [entry.source.id, entry]));
  return {
    registry,
    problems: problems.map((problem) => {
      const entry = byId.get(problem.actor);
      return {
        file: entry?.source.file ?? problem.actor,
        line: entry?.lineOf(problem.path) ?? 1,
        field: problem.path.join('.'),
        message: problem.message,
      };
    }),
  };
}

export interface LoadedRegistry {
  registry: Registry;
  /** Problems in any actor file: unreadable, invalid, or a name two actors claim. */
  problems: ContentProblem[];
  /** Changes whenever any actor file does. */
  digest: string;
}

export async function loadRegistry(root: string, directory: string): Promise<LoadedRegistry> {
  const folder = await readContentFolder(root, directory, '.yaml', parseActorFile);
  const { registry, problems } = compileRegistry(folder.entries);
  const hash = createHash('sha256');
  for (const { source, text } of folder.entries) hash.update(`${source.id}\u0000${text}\u0000`);
  return { registry, problems: [...folder.problems, ...problems], digest: hash.digest('hex') };
}
