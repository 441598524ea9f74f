/**
 * The editors' side of discovery: every actor discovery finds across the
 * briefings, merged as the pages merge them (`mergeDiscovered`), most
 * mentioned first; and a registry entry written from one of them for an
 * editor to correct (`npm run actors -- promote <id>`).
 */
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

/**
 * Write `content/actors/<id>.yaml` from the candidate `id`: its name, kind,
 * affiliation and the short forms the briefings used, with a description
 * saying where it was found, for the editor to correct. Never overwrites.
 */
export async function promoteCandidate(
  root: string,
  directories: { articles: string; actors: string },
  id: string,
): Promise<string> {
  const { candidates, problems } = await findCandidates(root, directories);
  if (problems.length > 0) {
    throw new PromoteError(
      `the content has problems; fix them first:\n${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n')}`,
    );
  }
  const candidate = candidates.find((each) => each.id === id);
  if (!candidate) {
    const near = candidates.filter((each) => each.id.includes(id) || id.includes(each.id)).map((each) => each.id);
    throw new PromoteError(
      `no discovered actor has the id "${id}"${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''} (npm run actors -- candidates lists them)`,
    );
  }
  const { data, evidence } = candidate;
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
  const text =
    `# Written by \`npm run actors -- promote ${id}\` from what the briefings say: check every field.\n` +
    stringify({
      name: entry.name,
      kind: entry.kind,
      description: entry.description,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(entry.memberOf.length > 0 ? { memberOf: entry.memberOf } : {}),
    });
  const file = path.join(root, directories.actors, `${id}.yaml`);
  if (!(await writeEntry(file, text, { force: false }))) {
    throw new PromoteError(`${path.relative(root, file)} already exists; nothing was written`);
  }
  return path.relative(root, file);
}
