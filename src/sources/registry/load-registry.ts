/**
 * The actor registry as the build sees it: the base layer (every state,
 * the main international organisations) under the editors' files in
 * content/actors/, merged, compiled for matching, and with every problem
 * located by file and line; with it, the editors' everyday compounds
 * (`everyday-compounds.yaml` beside the actors folder) the settling step
 * reads. Used by the Astro loaders, the `annotate` command and the tests alike.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { baseLayerEntries, mergeLayers } from '../base-layer/index.ts';
import { buildRegistry, type ActorEntry, type Registry } from '../../core/registry/registry.ts';
import type { Actor, ActorId } from '../../core/schema/index.ts';
import { EVERYDAY_COMPOUNDS_FILE, loadEverydayCompounds } from '../everyday-compounds.ts';
import { readContentFolder, type ReadEntry } from '../files/content-files.ts';
import type { ParsedFile } from '../files/entry-files.ts';
import { parseActorFile } from '../files/entry-files.ts';
import type { ContentProblem } from '../files/problems.ts';
import { unknownActorReferences } from '../files/references.ts';
import { oversizedLists } from './list-limits.ts';
import { successionProblems } from './succession.ts';

export type ActorFileEntry = ReadEntry<ParsedFile<Actor>>;

/** Where problems in generated base-layer entries are reported (they have no file of their own). */
const BASE_LAYER = 'src/sources/base-layer';

/** Compile actor entries; problems come back with the file and line of the field where an editor's file has it. */
export function compileRegistry(
  entries: readonly ActorEntry[],
  files: readonly ActorFileEntry[],
  everydayCompounds: ReadonlySet<string> = new Set(),
): { registry: Registry; problems: ContentProblem[] } {
  const byId = new Map(files.map((file) => [file.source.id, file]));
  const fileOf = (actor: ActorId) => byId.get(actor)?.source.file ?? `${BASE_LAYER} (${actor})`;
  const lineOf = (actor: ActorId, path: readonly (string | number)[]) => byId.get(actor)?.lineOf(path) ?? 1;
  const { registry, problems } = buildRegistry(entries, {
    locate: (actor, path) => `${fileOf(actor)}:${lineOf(actor, path)}`,
    everydayCompounds,
  });
  return {
    registry,
    problems: problems.map((problem) => ({
      file: fileOf(problem.actor),
      line: lineOf(problem.actor, problem.path),
      field: problem.path.join('.'),
      message: problem.message,
    })),
  };
}

export interface LoadedRegistry {
  registry: Registry;
  /** Every actor, base layer and editors' files merged: what gets a page. */
  entries: ActorEntry[];
  /** The editors' files as read, for file paths and lines. */
  files: ActorFileEntry[];
  /** Every actor id a reference may name: the merged entries, and editors' files that failed to parse. */
  ids: string[];
  /**
   * Problems in any actor file or the base layer: unreadable, invalid, a list
   * over the limit, a name two actors claim on the same day, a `memberOf`,
   * `predecessor` or `successor` naming no actor or the actor itself, a
   * predecessor and successor that disagree; and any in the everyday compounds' file.
   */
  problems: ContentProblem[];
  /** Where an editor's entry took a name from the base layer: said, never silent. */
  notices: string[];
  /** Changes whenever any actor or everyday compound does. */
  digest: string;
}

/**
 * The registry of the editors' files in `directory`, over the base layer; with
 * `base` off, over only the base-layer actors the editors' files name (a member
 * of, predecessor or successor), and the ones those name, so that an editor's
 * file that names one still builds.
 */
export async function loadRegistry(
  root: string,
  directory: string,
  { base: withBase = true }: { base?: boolean } = {},
): Promise<LoadedRegistry> {
  const folder = await readContentFolder(root, directory, '.yaml', parseActorFile);
  const oversized = oversizedLists(folder.entries);
  // A file over the limits is reported once, as itself, not compiled (and reported again name by name).
  const refused = new Set(oversized.map(({ file }) => file));
  const editors = folder.entries
    .filter(({ source }) => !refused.has(source.file))
    .map(({ source, data }) => ({ id: source.id as ActorId, data }));
  const wholeBase = await baseLayerEntries(root);
  const base = withBase ? wholeBase : { ...wholeBase, entries: namedFrom(editors, wholeBase.entries) };
  const merged = mergeLayers(base.entries, editors);
  // The everyday compounds sit beside the actors folder, as `content/everyday-compounds.yaml` does.
  const compounds = await loadEverydayCompounds(
    root,
    path.posix.join(path.posix.dirname(directory), EVERYDAY_COMPOUNDS_FILE),
  );
  const { registry, problems } = compileRegistry(merged.entries, folder.entries, compounds.compounds);
  const digest = createHash('sha256')
    .update(JSON.stringify([merged.entries, [...compounds.compounds].sort()]))
    .digest('hex');
  // A broken file is reported once, as itself: references to it are not also "unknown".
  const ids = [...new Set([...merged.entries.map(({ id }) => id), ...folder.ids])];
  return {
    registry,
    entries: merged.entries,
    files: folder.entries,
    ids,
    problems: [
      ...folder.problems,
      ...oversized,
      ...base.problems,
      ...problems,
      ...selfMemberships(folder.entries),
      ...unknownActorReferences(folder.entries, 'memberOf', ids, directory),
      ...successionProblems(folder.entries, ids, directory),
      ...compounds.problems,
    ],
    notices: merged.notices,
    digest,
  };
}

/** The entries of `pool` that `from` names, directly or through other entries of `pool`. */
function namedFrom(from: readonly ActorEntry[], pool: readonly ActorEntry[]): ActorEntry[] {
  const byId = new Map(pool.map((entry) => [entry.id, entry]));
  const kept = new Map<ActorId, ActorEntry>();
  const visit = ({ data }: ActorEntry) => {
    for (const id of [...data.memberOf, data.predecessor, data.successor]) {
      const named = id === undefined ? undefined : byId.get(id);
      if (named === undefined || kept.has(named.id)) continue;
      kept.set(named.id, named);
      visit(named);
    }
  };
  from.forEach(visit);
  return [...kept.values()];
}

/** `memberOf` naming the actor itself. */
function selfMemberships(files: readonly ActorFileEntry[]): ContentProblem[] {
  return files.flatMap(({ source, data, lineOf }) =>
    data.memberOf.flatMap((id, index): ContentProblem[] =>
      id === source.id
        ? [
            {
              file: source.file,
              line: lineOf(['memberOf', index]),
              field: `memberOf.${index}`,
              message: 'an actor cannot be a member of itself',
            },
          ]
        : [],
    ),
  );
}
