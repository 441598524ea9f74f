/**
 * The curated organisations of the base layer, read from
 * `organisations.yaml` exactly as an actor file is: strict UTF-8, YAML 1.2
 * without tags or aliases, the actor schema, and every problem located by
 * file and line. The file maps ids to actors, so one file holds them all
 * without giving up a line per field.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ActorEntry } from '../../core/registry/registry.ts';
import type { ContentProblem } from '../files/problems.ts';
import { ACTOR_SCHEMA_FILE, parseYaml, readContentText, validate } from '../files/source-file.ts';
import { actorIdSchema, actorSchema } from '../../core/schema/index.ts';

/** The file, relative to the project root (as problems name it). */
export const ORGANISATIONS_FILE = 'src/sources/base-layer/organisations.yaml';
/** Peoples and faith communities that act in the news, curated and read the same way. */
export const PEOPLES_FILE = 'src/sources/base-layer/peoples.yaml';
/** The news agencies and broadcasters that speak for a state or group, curated and read the same way. */
export const STATE_MEDIA_FILE = 'src/sources/base-layer/state-media.yaml';
/** Independent news outlets that news is told things by, curated and read the same way. */
export const OUTLETS_FILE = 'src/sources/base-layer/outlets.yaml';

/**
 * Parse and validate the organisations file's text. An id must be usable as
 * an actor id and not be one of `takenIds` (the base layer's entries read
 * before: the states, and for a later file the organisations), and a
 * `memberOf` must name another entry of the file or one of `takenIds` (a
 * state's news agency belongs to its state): the base layer stands on its
 * own, whatever the editors' layer holds.
 */
export function parseOrganisations(
  text: string,
  file: string,
  takenIds: ReadonlySet<string> = new Set(),
): { entries: ActorEntry[]; problems: ContentProblem[] } {
  const yaml = parseYaml(text, file, 1);
  if (!yaml.ok) return { entries: [], problems: yaml.problems };
  const { data, lineOf } = yaml.value;
  const entries: ActorEntry[] = [];
  const problems: ContentProblem[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const id = actorIdSchema.safeParse(key);
    if (!id.success) {
      problems.push({ file, line: lineOf([key]), message: `"${key}": ${id.error.issues[0]?.message ?? 'bad id'}` });
      continue;
    }
    if (takenIds.has(key)) {
      problems.push({ file, line: lineOf([key]), message: `"${key}" is already the id of a state; choose another` });
      continue;
    }
    const actor = validate(
      actorSchema,
      { data: value, lineOf: (field) => lineOf([key, ...field]) },
      file,
      ACTOR_SCHEMA_FILE,
    );
    if (actor.ok) {
      entries.push({ id: id.data, data: actor.value });
    } else {
      const fieldOf = (field?: string) => (field === undefined ? key : `${key}.${field}`);
      problems.push(...actor.problems.map((problem) => ({ ...problem, field: fieldOf(problem.field) })));
    }
  }
  const ids = new Set<string>(entries.map(({ id }) => id));
  for (const { id, data: actor } of entries) {
    actor.memberOf.forEach((parent, index) => {
      if (!ids.has(parent) && !takenIds.has(parent)) {
        problems.push({
          file,
          line: lineOf([id, 'memberOf', index]),
          field: `${id}.memberOf.${index}`,
          message: `no organisation "${parent}" in this file`,
        });
      }
    });
  }
  return { entries, problems: problems.sort((a, b) => a.line - b.line) };
}

/** Read a curated file of the base layer (the organisations, or the peoples) of the project at `root`. */
export async function loadOrganisations(
  root: string,
  takenIds?: ReadonlySet<string>,
  file: string = ORGANISATIONS_FILE,
): Promise<{ entries: ActorEntry[]; problems: ContentProblem[] }> {
  const text = readContentText(await readFile(path.join(root, file)), file);
  if (!text.ok) return { entries: [], problems: text.problems };
  return parseOrganisations(text.value, file, takenIds);
}
