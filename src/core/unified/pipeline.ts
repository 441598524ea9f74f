/**
 * The one place the briefing pipeline is assembled, and why each step sits
 * where it does:
 *
 * 1. markdown-to-hast (Sätteri): CommonMark and GitHub's tables, footnotes,
 *    strikethrough, straight to an HTML tree with raw HTML kept as raw nodes.
 * 2. rehype-raw: raw HTML becomes real elements so that…
 * 3. rehype-sanitize sees everything: only the allow-list survives. Nothing
 *    after it can add an unsafe node.
 * 4. rehype-actor-mentions, rehype-discovery and rehype-quotes: find
 *    mentions of registered actors, then people and organisations no layer
 *    holds (around the registered mentions, never inside them), then
 *    quotations, whose speakers may be either, in the sanitised text, which
 *    is exactly what a reader sees. All three only read the tree.
 * 5. rehype-annotation-markup: sentence anchors, quotations, mention and
 *    speaker links (our own elements, with attributes from the registry),
 *    and the data record. It changes the tree once, after all finding is done.
 * 6. rehype-relations: who backs, fights, meets or condemns whom, read from
 *    the record's sentences and mentions; it cites sentence ids, so it runs
 *    after the markup step gave them, and only adds to the record.
 * 7. rehype-stringify.
 *
 * Astro's Markdown processor is not used for briefings: the registry must
 * be known before rendering, annotations must follow the sanitiser, and
 * Astro adds its own rehype steps after user plugins.
 */
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { ActorId } from '../schema/index.ts';
import type { BriefingAnnotations } from '../record.ts';
import { rehypeActorMentions } from './rehype-actor-mentions.ts';
import { rehypeAnnotationMarkup, type AnnotationMarkupOptions } from './rehype-annotation-markup.ts';
import { rehypeDiscovery } from './rehype-discovery.ts';
import { rehypeQuotes } from './rehype-quotes.ts';
import { rehypeRelations } from './rehype-relations.ts';
import { markdownToHastParser } from './markdown-to-hast.ts';
import { briefingSanitizeSchema } from './sanitize-schema.ts';
import { speakerDirectory } from '../quotes/speaker-directory.ts';

export interface BriefingPipelineOptions extends AnnotationMarkupOptions {
  /** Find people and organisations no registry layer holds (on unless turned off, to measure without it). */
  discovery?: boolean;
}

export interface RenderedBriefing {
  html: string;
  /** The body text a reader sees, blocks separated by a blank line: annotation offsets point into it. */
  text: string;
  annotations: BriefingAnnotations;
  /** What the pipeline was unsure about, with positions in the source. */
  messages: VFile['messages'];
}

export function createBriefingProcessor(options: BriefingPipelineOptions) {
  const { registry, discovery = true } = options;
  return unified()
    .use(markdownToHastParser)
    .use(rehypeRaw)
    .use(rehypeSanitize, briefingSanitizeSchema)
    .use(rehypeActorMentions, { registry })
    .use(rehypeDiscovery, { registry, enabled: discovery })
    .use(rehypeQuotes, { directory: speakerDirectory(registry) })
    .use(rehypeAnnotationMarkup, options)
    .use(rehypeRelations, { registry })
    .use(rehypeStringify);
}

export type BriefingProcessor = ReturnType<typeof createBriefingProcessor>;

export interface BriefingSource {
  /** The Markdown, padded so that its positions are the file's lines. */
  markdown: string;
  /** The file, for messages. */
  path: string;
  taggedActors: readonly ActorId[];
}

export async function renderBriefing(processor: BriefingProcessor, source: BriefingSource): Promise<RenderedBriefing> {
  const file = new VFile({
    value: source.markdown,
    path: source.path,
    data: { taggedActors: [...source.taggedActors] },
  });
  const html = String(await processor.process(file));
  const annotations = {
    ...(file.data.annotations ?? { sentences: [], mentions: [], quotes: [], actors: [], discovered: [] }),
    relations: file.data.relations ?? [],
  };
  return { html, text: file.data.bodyText?.text ?? '', annotations, messages: file.messages };
}
