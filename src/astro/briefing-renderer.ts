/**
 * One briefing rendered as the loader needs it, the same on the main thread
 * and in a render worker (`render-worker.ts`): the processor for its date,
 * built from the registry and settings both sides read, and what comes out
 * as plain data that can cross between threads.
 */
import type { AnnotationRecord } from '../core/record.ts';
import type { ActorId } from '../core/schema/index.ts';
import type { CorrectionRule } from '../core/unified/corrections.ts';
import { actorCardId } from '../core/unified/actor-card-id.ts';
import { renderBriefing } from '../core/unified/pipeline.ts';
import { processorOnDate } from '../core/unified/processor-on-date.ts';
import type { Registry } from '../core/registry/registry.ts';
import type { PluggableList } from 'unified';
import type { ActorLayers } from '../sources/registry/actor-layers.ts';
import { storedNote, type StoredNote } from './review-file.ts';

/** What a briefing's rendering needs besides its own file. */
export interface RendererSettings {
  registry: Registry;
  layers: ActorLayers;
  notActors: ReadonlySet<string>;
  basePath: string;
  remarkPlugins: PluggableList;
}

export type Renderer = (job: RenderJob) => Promise<RenderOutcome>;

/** One briefing to render, as data. */
export interface RenderJob {
  /** Its date, in milliseconds since 1970: the registry on that date reads it. */
  date: number;
  /** The Markdown, padded so that its positions are the file's lines. */
  markdown: string;
  path: string;
  taggedActors: ActorId[];
  correctionRules: CorrectionRule[];
}

export type RenderOutcome =
  | { rendered: { html: string; record: AnnotationRecord; notes: StoredNote[] } }
  /** Out of stack or string space: input past what the limits foresaw. */
  | { tooLarge: string };

export function briefingRenderer(settings: RendererSettings): Renderer {
  const { registry, layers, notActors, basePath, remarkPlugins } = settings;
  // A briefing is read with the registry of its date (one processor per stretch between changes of names).
  const processorOn = processorOnDate({
    registry,
    actorHref: (id) => `${basePath}actors/${id}/`,
    actorCardId,
    discovery: layers.discovery,
    notActors,
    remarkPlugins,
  });
  return async (job) => {
    try {
      const { html, record, messages } = await renderBriefing(processorOn(new Date(job.date)), {
        markdown: job.markdown,
        path: job.path,
        taggedActors: job.taggedActors,
        correctionRules: job.correctionRules,
      });
      return { rendered: { html, record, notes: messages.map(storedNote) } };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return { tooLarge: error.message };
    }
  };
}
