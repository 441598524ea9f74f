/**
 * What the annotation core finds in one file (actor mentions and
 * quotations), for `npm run annotate`:
 * editors check a briefing before publishing; tests and benchmarks read the
 * JSON.
 *
 * A `.md` file goes through the same pipeline as the build (frontmatter, if
 * any, is validated and its `actors` settle shared aliases), and offsets are
 * into the body text a reader sees: blocks separated by a blank line. A
 * `.txt` file is matched as it is, offsets into the file's text.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PluggableList } from 'unified';
import { createBriefingProcessor, renderBriefing } from '../../src/core/unified/pipeline.ts';
import type { CorrectionRule } from '../../src/core/unified/corrections.ts';
import { formatNote } from '../../src/core/unified/report.ts';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import { findQuotes, type Quote, type QuoteKind, type SpeakerVia } from '../../src/core/quotes/index.ts';
import { discoverActors, mentionsWithDiscovered, type DiscoveredActor } from '../../src/core/discovery/index.ts';
import { settleMentions } from '../../src/core/discovery/settle.ts';
import { speakerDirectory, withDiscovered } from '../../src/core/quotes/speaker-directory.ts';
import { registryAt, type Registry } from '../../src/core/registry/registry.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { correctionRulesOf } from '../../src/sources/schema/correction-rules.ts';
import type { ContentProblem } from '../../src/sources/files/problems.ts';
import { readContentText } from '../../src/sources/files/source-file.ts';
import type { MentionForm } from '../../src/core/registry/registry.ts';
import type { ActorId } from '../../src/core/schema/index.ts';

export interface MentionReport {
  actor: ActorId;
  wikidata: string | null;
  text: string;
  start: number;
  end: number;
  form: MentionForm;
}

export interface QuoteReport {
  text: string;
  kind: QuoteKind;
  /** The first span's offsets, without the quote marks. */
  start: number;
  end: number;
  speaker: { name: string; id: string | null; actor: string | null; via: SpeakerVia } | null;
  cue: string | null;
}

export interface NoteReport {
  message: string;
  ruleId: string;
  line: number | null;
  column: number | null;
}

/** A person or organisation no registry layer holds, as discovery found it in the file. */
export interface DiscoveredReport extends Omit<DiscoveredActor, 'start' | 'end'> {
  /** Where it was first named: the evidence. */
  start: number;
  end: number;
}

export interface AnnotateReport {
  file: string;
  /** The text the offsets point into: the file itself for `.txt`, the rendered body text for `.md`. */
  text: string;
  mentions: MentionReport[];
  quotes: QuoteReport[];
  /** Who discovery would link (their mentions are in `mentions`). */
  discovered: DiscoveredReport[];
  notes: NoteReport[];
}

/** A quotation as the report prints it, from the core's result or the pipeline's record. */
function quoteReport(
  quote: Pick<Quote, 'kind' | 'start' | 'end' | 'cue'> & { speaker: QuoteReport['speaker'] },
  text: string,
): QuoteReport {
  const { kind, start, end, speaker, cue } = quote;
  return {
    text,
    kind,
    start,
    end,
    speaker: speaker && { name: speaker.name, id: speaker.id, actor: speaker.actor, via: speaker.via },
    cue,
  };
}

/** A file that cannot be annotated: its problems, each with file and line. */
export class BadInputError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n'));
    this.problems = problems;
  }
}

/** Line and column of an offset in `text`, for notes on plain-text files. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

export interface AnnotateOptions {
  /** `false` links only the registry's actors (to measure what discovery adds). */
  discovery?: boolean;
  /** The registry's date for a `.txt` article (a briefing has its own). */
  date?: Date;
  /** Names discovery skips (`content/not-actors.yaml`, keyed as `loadNotActors` keys them). */
  notActors?: ReadonlySet<string>;
  /** The site's remark plugins (`briefings.config.ts`), run on a `.md` briefing as the build runs them. */
  remarkPlugins?: PluggableList;
}

/**
 * Annotate one file as the build would. A `.txt` article is read with the
 * registry on `date` where one is given, and as before every change of names
 * otherwise (a capital passed between governments then names their state).
 */
export async function annotateFile(
  file: string,
  undated: Registry,
  { discovery = true, date, notActors = new Set(), remarkPlugins = [] }: AnnotateOptions = {},
): Promise<AnnotateReport> {
  const extension = path.extname(file);
  if (extension !== '.md' && extension !== '.txt') {
    throw new BadInputError([{ file, line: 1, message: 'annotate reads a .md briefing or a .txt article' }]);
  }
  if (extension === '.md' && date !== undefined) {
    throw new BadInputError([{ file, line: 1, message: "--date is for a .txt article; a briefing's date is its own" }]);
  }
  const read = readContentText(await readFile(file), file);
  if (!read.ok) throw new BadInputError(read.problems);
  const text = read.value;
  const registry = date === undefined ? undated : registryAt(undated, date);
  const wikidata = (actor: ActorId) => registry.actors.get(actor)?.wikidata ?? null;

  if (extension === '.txt') {
    const { mentions, notes } = settleMentions(registry, text, findMentions(registry, text));
    const found = discovery
      ? discoverActors(registry, text, mentions, { notActors })
      : { actors: [], mentions: [], absorbed: [], notes: [] };
    const named = mentions.map(({ actor }) => actor);
    const { quotes, diagnostics } = findQuotes(text, withDiscovered(speakerDirectory(registry, named), found.actors));
    return {
      file,
      text,
      mentions: mentionsWithDiscovered(mentions, found).map((mention) => ({
        ...mention,
        wikidata: wikidata(mention.actor),
      })),
      quotes: quotes.map((quote) =>
        quoteReport(quote, [quote.text, ...(quote.parts ?? []).map((part) => part.text)].join(' … ')),
      ),
      discovered: found.actors,
      notes: [
        ...notes.map((note) => ({
          message: note.message,
          ruleId: note.ruleId,
          ...lineAndColumn(text, note.start),
        })),
        ...found.notes.map((note) => ({
          message: note.message,
          ruleId: note.ruleId,
          ...lineAndColumn(text, note.start),
        })),
        ...diagnostics.map((diagnostic) => ({
          message: diagnostic.message,
          ruleId: diagnostic.ruleId,
          ...lineAndColumn(text, diagnostic.offset),
        })),
      ],
    };
  }

  let markdown = text;
  let taggedActors: readonly ActorId[] = [];
  let correctionRules: CorrectionRule[] = [];
  // A briefing's names mean what they meant on its date.
  let registryOnDate = registry;
  if (text.startsWith('---')) {
    const parsed = parseArticleFile(text, file);
    if (!parsed.ok) throw new BadInputError(parsed.problems);
    markdown = parsed.value.markdown.padded;
    taggedActors = parsed.value.data.actors;
    correctionRules = correctionRulesOf(parsed.value.data.corrections, parsed.value.lineOf);
    registryOnDate = registryAt(registry, parsed.value.data.date);
  }
  return annotateMarkdown(file, markdown, registryOnDate, {
    discovery,
    notActors,
    remarkPlugins,
    taggedActors,
    correctionRules,
  });
}

/** What a briefing's body brings besides its text: its tagged actors and its editors' corrections. */
export interface MarkdownOptions extends Omit<AnnotateOptions, 'date'> {
  taggedActors?: readonly ActorId[];
  correctionRules?: CorrectionRule[];
}

/**
 * Annotate a briefing's Markdown body through the build's pipeline with
 * `registry` as given (already on the briefing's date): what a reader of its
 * page sees. `file` names it in notes.
 */
export async function annotateMarkdown(
  file: string,
  markdown: string,
  registry: Registry,
  {
    discovery = true,
    notActors = new Set(),
    remarkPlugins = [],
    taggedActors = [],
    correctionRules = [],
  }: MarkdownOptions = {},
): Promise<AnnotateReport> {
  const wikidata = (actor: ActorId) => registry.actors.get(actor)?.wikidata ?? null;
  const processor = createBriefingProcessor({
    registry,
    actorHref: (actor) => `/actors/${actor}/`,
    discovery,
    notActors,
    remarkPlugins,
  });
  const {
    record,
    messages,
    text: bodyText,
  } = await renderBriefing(processor, {
    markdown,
    path: file,
    taggedActors,
    correctionRules,
  });
  return {
    file,
    text: bodyText,
    mentions: record.mentions.map(({ actor, text: surface, start, end, form }) => ({
      actor,
      wikidata: wikidata(actor),
      text: surface,
      start,
      end,
      form,
    })),
    quotes: record.quotes.map((quote) => quoteReport(quote, quote.text)),
    discovered: record.discovered.map(({ sentence, ...actor }) => {
      const first = record.mentions.find((mention) => mention.actor === actor.id && mention.sentence === sentence);
      return { ...actor, start: first?.start ?? 0, end: first?.end ?? 0 };
    }),
    notes: messages.map((message) => ({
      message: message.reason,
      ruleId: message.ruleId ?? 'annotation',
      line: message.line ?? null,
      column: message.column ?? null,
    })),
  };
}

/** The report for a reader: one line per mention, then the notes. */
export function formatReport(report: AnnotateReport, registry: Registry): string {
  const lines = [`${report.file}: ${report.mentions.length} mentions`];
  const discovered = new Map(report.discovered.map((actor) => [actor.id, actor]));
  for (const mention of report.mentions) {
    const actor = registry.actors.get(mention.actor) ?? discovered.get(mention.actor);
    const how = discovered.has(mention.actor) ? `${mention.form}, discovered` : mention.form;
    lines.push(
      `  ${String(mention.start).padStart(6)}  ${mention.text}  →  ${actor?.name ?? mention.actor} (${mention.actor}, ${how})`,
    );
  }
  if (report.discovered.length > 0) {
    lines.push(
      `${report.discovered.length} discovered actors (in no registry layer; \`npm run actors -- promote <id>\` adds one)`,
    );
    for (const actor of report.discovered) {
      const member = actor.memberOf.length > 0 ? `, member of ${actor.memberOf.join(', ')}` : '';
      const role = actor.role ? `, ${actor.role}` : '';
      lines.push(
        `  ${String(actor.start).padStart(6)}  ${actor.name}  →  ${actor.id} (${actor.kind}${role}${member}; by ${actor.cue})`,
      );
    }
  }
  lines.push(`${report.quotes.length} quotes`);
  for (const quote of report.quotes) {
    const speaker = quote.speaker
      ? `${quote.speaker.name}${quote.speaker.actor ? ` (${quote.speaker.actor})` : ''}`
      : quote.kind === 'speech'
        ? 'unattributed'
        : quote.kind;
    lines.push(`  ${String(quote.start).padStart(6)}  “${quote.text}”  →  ${speaker}`);
  }
  if (report.notes.length > 0) {
    lines.push(`${report.notes.length} notes`);
    for (const note of report.notes) {
      lines.push(`  ${formatNote(report.file, { ...note, reason: note.message })}`);
    }
  }
  return lines.join('\n');
}
