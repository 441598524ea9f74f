/**
 * One briefing rendered and annotated, as the briefings loader needs it:
 * the same function on the loader's own thread and in each annotation
 * worker (`annotation-pool.ts`), so both give the same bytes. What crosses a
 * thread is plain data: the task, and a result whose notes are plain
 * objects, not vfile messages.
 */
import type { PluggableList } from 'unified';
import type { AnnotationRecord } from '../core/record.ts';
import { buildRegistry, type ActorEntry } from '../core/registry/registry.ts';
import type { ActorId } from '../core/schema/index.ts';
import { actorCardId } from '../core/unified/actor-card-id.ts';
import type { CorrectionRule } from '../core/unified/corrections.ts';
import { renderBriefing } from '../core/unified/pipeline.ts';
import { processorOnDate } from '../core/unified/processor-on-date.ts';

/** Everything a processor is made from, as data a worker can be given. */
export interface AnnotatorSettings {
  /** The registry's merged entries; the loader has checked them, so they compile without problems. */
  entries: ActorEntry[];
  /** Names that are no actor (`content/not-actors.yaml`). */
  notActors: string[];
  /** Whether discovery finds people and organisations no layer holds. */
  discovery: boolean;
  /** The site's base path, ending in `/`. */
  basePath: string;
}

export interface AnnotationTask {
  /** The Markdown, padded so that its positions are the file's lines. */
  markdown: string;
  /** The file, for notes. */
  path: string;
  taggedActors: ActorId[];
  correctionRules: CorrectionRule[];
  /** The briefing's date: it is read with the registry of that day. */
  date: Date;
}

/** A note as it crosses a thread: what a vfile message says and where. */
export interface AnnotationNote {
  line: number | null;
  column: number | null;
  reason: string;
  ruleId: string | null;
  fatal: boolean;
}

export type AnnotationResult =
  | { rendered: true; html: string; record: AnnotationRecord; notes: AnnotationNote[] }
  /** Out of stack or string space: input past what the limits foresaw, to report as the file's problem. */
  | { rendered: false; reason: string };

export type Annotator = (task: AnnotationTask) => Promise<AnnotationResult>;

export function createAnnotator(settings: AnnotatorSettings, remarkPlugins: PluggableList): Annotator {
  const processorOn = processorOnDate({
    registry: buildRegistry(settings.entries).registry,
    actorHref: (id) => `${settings.basePath}actors/${id}/`,
    actorCardId,
    discovery: settings.discovery,
    notActors: new Set(settings.notActors),
    remarkPlugins,
  });
  return async (task) => {
    try {
      const rendered = await renderBriefing(processorOn(task.date), task);
      const notes = rendered.messages.map((message): AnnotationNote => ({
        line: message.line ?? null,
        column: message.column ?? null,
        reason: message.reason,
        ruleId: message.ruleId ?? null,
        fatal: message.fatal === true,
      }));
      return { rendered: true, html: rendered.html, record: rendered.record, notes };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return { rendered: false, reason: error.message };
    }
  };
}
