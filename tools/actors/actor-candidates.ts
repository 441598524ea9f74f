/**
 * The editors' side of discovery: every actor discovery finds across the
 * briefings, merged as the pages merge them (`mergeDiscovered`), most
 * mentioned first; and a registry entry written from one of them for an
 * editor to correct (`npm run actors -- promote <id>`).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { AnnotationRecord } from '../../src/core/record.ts';
import { mergeDiscovered, type MergedDiscovery } from '../../src/site/discovery-merge.ts';
import { renderBriefing } from '../../src/core/unified/pipeline.ts';
import { processorOnDate } from '../../src/core/unified/processor-on-date.ts';
import { surnameOf } from '../../src/core/registry/registry.ts';
import { writeEntry } from '../ingest/write-entry.ts';
import { readArticles } from '../../src/sources/files/articles.ts';
import type { ContentProblem } from '../../src/sources/files/problems.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { loadNotActors } from '../../src/sources/not-actors.ts';
import briefingsConfig from '../../briefings.config.ts';
import { correctionRulesOf } from '../../src/sources/schema/correction-rules.ts';
import { actorSchema } from '../../src/core/schema/index.ts';

export interface Candidate extends MergedDiscovery<string> {
  /** Links to it across the briefings. */
  mentions: number;
}

export interface CandidateList {
  candidates: Candidate[];
  /** Problems in the content that stop the briefings being read, with file and line. */
  problems: ContentProblem[];
}

/** Every discovered actor in the briefings under `directories`, most mentioned first (ties by id). */
export async function findCandidates(
  root: string,
  directories: { articles: string; actors: string; notActors?: string },
): Promise<CandidateList> {
  const registry = await loadRegistry(root, directories.actors);
  const notActors = await loadNotActors(root, directories.notActors);
  const articles = await readArticles(root, directories, registry.ids);
  const problems = [...registry.problems, ...notActors.problems, ...articles.problems];
  if (problems.length > 0) return { candidates: [], problems };

  const processorOn = processorOnDate({
    registry: registry.registry,
    actorHref: (id) => `/actors/${id}/`,
    notActors: notActors.names,
    remarkPlugins: briefingsConfig.remarkPlugins ?? [],
  });
  const found: { briefing: string; record: AnnotationRecord }[] = [];
  for (const { source, data, markdown, lineOf } of articles.entries) {
    // As the build reads it: an editor's correction of a name settles whether it is a candidate.
    const { record } = await renderBriefing(processorOn(data.date), {
      markdown: markdown.padded,
      path: source.file,
      taggedActors: data.actors,
      correctionRules: correctionRulesOf(data.corrections, lineOf),
    });
    found.push({ briefing: source.file, record });
  }
  const mentions = new Map<string, number>();
  for (const { record } of found) {
    for (const { actor } of record.mentions) mentions.set(actor, (mentions.get(actor) ?? 0) + 1);
  }
  const merged = mergeDiscovered(
    found.map(({ briefing, record }) => ({
      briefing,
      records: record.discovered,
      sentences: new Map(record.sentences.map((sentence) => [sentence.id, sentence])),
    })),
  );
  const candidates = merged
    .map((candidate) => ({ ...candidate, mentions: mentions.get(candidate.id) ?? 0 }))
    .sort((a, b) => b.mentions - a.mentions || a.id.localeCompare(b.id));
  return { candidates, problems: [] };
}

/** The candidates as a table for a terminal: id, kind, affiliation, counts and the first evidence. */
export function formatCandidates(candidates: readonly Candidate[]): string {
  if (candidates.length === 0) return 'Discovery finds no actor outside the registry in these briefings.';
  const lines = [`${candidates.length} discovered actors, most mentioned first:`, ''];
  for (const { id, data, evidence, mentions } of candidates) {
    const member = data.memberOf.length > 0 ? `, member of ${data.memberOf.join(', ')}` : '';
    const briefings = new Set(evidence.map(({ briefing }) => briefing)).size;
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    lines.push(
      `${id}  ${data.name} (${data.kind}${member}) — ${count(mentions, 'mention')} in ${count(briefings, 'briefing')}`,
    );
    const [first] = evidence;
    if (first) {
      const how = `${first.cue}${first.role ? `: ${first.role}` : ''}`;
      lines.push(`    ${first.briefing} (by ${how}): “${first.sentence?.text ?? ''}”`);
    }
  }
  return lines.join('\n');
}

/** Why a promotion did not happen; the message says what to do. */
export class PromoteError extends Error {}

/** Which candidates to promote: these ids, or every one a briefing names (its file, or its id). */
export type PromoteSelection = { ids: readonly string[] } | { briefing: string };

/** The registry entry written for a candidate, for the editor to correct. */
function entryText(candidate: Candidate): string {
  const { id, data, evidence } = candidate;
  const surname = surnameOf(data);
  const aliases = data.aliases.filter((alias) => alias.text !== surname).map((alias) => alias.text);
  const where = [...new Set(evidence.map(({ briefing }) => path.basename(briefing, '.md')))].join(', ');
  const entry = actorSchema.parse({
    name: data.name,
    kind: data.kind,
    description: `${evidence[0]?.role ? `${evidence[0].role}. ` : ''}Promoted from discovery (named in ${where}); replace with one or two sentences saying who this is.`,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(data.memberOf.length > 0 ? { memberOf: data.memberOf } : {}),
  });
  return (
    `# Written by \`npm run actors -- promote ${id}\` from what the briefings say: check every field.\n` +
    stringify({
      name: entry.name,
      kind: entry.kind,
      description: entry.description,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(entry.memberOf.length > 0 ? { memberOf: entry.memberOf } : {}),
    })
  );
}

function chosenCandidates(root: string, candidates: readonly Candidate[], selection: PromoteSelection): Candidate[] {
  if ('briefing' in selection) {
    const given = selection.briefing;
    // A briefing's id (its file name without `.md`) or its file, relative to the project or absolute.
    const names = (file: string) =>
      given.includes('/') || given.endsWith('.md')
        ? path.resolve(root, file) === path.resolve(root, given)
        : path.basename(file, '.md') === given;
    const named = candidates.filter(({ evidence }) => evidence.some(({ briefing }) => names(briefing)));
    if (named.length === 0) {
      throw new PromoteError(`no discovered actor is named in ${given} (npm run actors -- candidates lists them)`);
    }
    return named;
  }
  return [...new Set(selection.ids)].map((id) => {
    const candidate = candidates.find((each) => each.id === id);
    if (candidate) return candidate;
    const near = candidates.filter((each) => each.id.includes(id) || id.includes(each.id)).map((each) => each.id);
    throw new PromoteError(
      `no discovered actor has the id "${id}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (npm run actors -- candidates lists them); nothing was written`,
    );
  });
}

/**
 * Write `content/actors/<id>.yaml` for each chosen candidate: its name, kind,
 * affiliation and the short forms the briefings used, with a description
 * saying where it was found, for the editor to correct. Every choice is
 * checked before anything is written, so an unknown id or an existing file
 * writes nothing; never overwrites. Returns the files written.
 */
export async function promoteCandidates(
  root: string,
  directories: { articles: string; actors: string },
  selection: PromoteSelection,
): Promise<string[]> {
  const { candidates, problems } = await findCandidates(root, directories);
  if (problems.length > 0) {
    throw new PromoteError(
      `the content has problems; fix them first:\n${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}`,
    );
  }
  const chosen = chosenCandidates(root, candidates, selection).map((candidate) => ({
    candidate,
    file: path.join(root, directories.actors, `${candidate.id}.yaml`),
  }));
  const existing = chosen.filter(({ file }) => existsSync(file)).map(({ file }) => path.relative(root, file));
  if (existing.length > 0) throw new PromoteError(`${existing.join(', ')} already exist; nothing was written`);
  const written: string[] = [];
  for (const { candidate, file } of chosen) {
    if (!(await writeEntry(file, entryText(candidate), { force: false }))) {
      throw new PromoteError(
        `${path.relative(root, file)} appeared while promoting; written so far: ${written.join(', ') || 'none'}`,
      );
    }
    written.push(path.relative(root, file));
  }
  return written;
}
