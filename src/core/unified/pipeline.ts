/**
 * The one place the briefing pipeline is assembled, and why each step sits
 * where it does:
 *
 * 1. markdown-to-mdast (Sätteri): CommonMark and GitHub's tables, footnotes,
 *    strikethrough, to a Markdown tree with raw HTML kept as raw nodes.
 * 2. The remark stage, on the Markdown tree:
 *    - remark-corrections: the editor's corrections, written as links
 *      (`[the regime](actor:syrian-government)`), are read and their words
 *      put back as text, first, so no other plugin sees the link syntax;
 *    - the site's own remark plugins (`remarkPlugins`), in their order.
 * 3. remark-rehype: the Markdown tree becomes an HTML tree; raw HTML stays raw.
 * 4. rehype-raw, where the tree holds raw HTML: it becomes real elements so that…
 * 5. rehype-sanitize sees everything, whatever the remark stage added: only
 *    the allow-list survives. Nothing after it can add an unsafe node.
 * 6. rehype-correction-spans: the corrections are placed in the body text
 *    (and the frontmatter's rules at each place their phrase occurs) before
 *    any step reads that text.
 * 7. Finding, on the sanitised text, which is exactly what a reader sees;
 *    these steps only read the tree:
 *    - rehype-actor-mentions: mentions of registered actors (the registry
 *      a processor is made with is the registry on the briefing's date:
 *      `registryAt`);
 *    - rehype-name-periods: names that name no actor on that date, noted
 *      where no mention found on the date covers them, so after it;
 *    - rehype-discovery: people and organisations no layer holds, around
 *      the registered mentions, never inside them;
 *    - rehype-quotes: quotations, whose speakers may be either, so it comes
 *      after both.
 * 8. rehype-apply-corrections: the editor's corrections replace what the
 *    finders found, once all finding is done and before anything is marked
 *    up, so the page, the relations and the record all show the corrected
 *    annotation.
 * 9. Markup, once all finding is done, so no finder reads our own elements.
 *    A range inside an element is wrapped inside it, and where two ranges
 *    would cross, the one wrapped first keeps its markup and the later one
 *    is reported; so the order is one of precedence:
 *    - rehype-sentences: sentences are cut so that none crosses an inline
 *      element or a quotation, and the steps after it record sentence ids;
 *    - rehype-quote-markup: `<q>` and `<blockquote>`; a quotation matters
 *      more to a reader than one link in it;
 *    - rehype-mention-links: a mention's link, inside whatever holds it;
 *    - rehype-speaker-links: a link on the speaker's words only where no
 *      mention link is, so it comes after the mention links.
 * 10. rehype-relations: edges between the actors a sentence names; they cite
 *    sentence ids, so it runs after rehype-sentences. It only reads.
 * 11. rehype-record: the annotation record, written once from what every
 *    step before it found, so it comes last of the annotation steps.
 * 12. rehype-stringify.
 *
 * Astro's Markdown processor is not used for briefings: the registry must
 * be known before rendering, annotations must follow the sanitiser, and
 * Astro adds its own rehype steps after user plugins.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { speakerDirectory } from '../quotes/speaker-directory.ts';
import { emptyRecord, type AnnotationRecord } from '../record.ts';
import type { ActorId } from '../schema/index.ts';
import type { CorrectionRule } from './corrections.ts';
import { markdownToMdastParser } from './markdown-to-mdast.ts';
import { rehypeApplyCorrections } from './rehype-apply-corrections.ts';
import { rehypeCorrectionSpans } from './rehype-correction-spans.ts';
import { remarkCorrections } from './remark-corrections.ts';
import { rehypeActorMentions } from './rehype-actor-mentions.ts';
import { rehypeDiscovery } from './rehype-discovery.ts';
import { rehypeMentionLinks, type MentionLinkOptions } from './rehype-mention-links.ts';
import { rehypeNamePeriods } from './rehype-name-periods.ts';
import { rehypeQuoteMarkup } from './rehype-quote-markup.ts';
import { rehypeQuotes } from './rehype-quotes.ts';
import { rehypeRawWherePresent } from './rehype-raw-where-present.ts';
import { rehypeRecord } from './rehype-record.ts';
import { rehypeRelations } from './rehype-relations.ts';
import { rehypeSentences } from './rehype-sentences.ts';
import { rehypeSpeakerLinks } from './rehype-speaker-links.ts';
import { briefingSanitizeSchema } from './sanitize-schema.ts';
import './vfile-data.ts';

export interface BriefingPipelineOptions extends MentionLinkOptions {
  /** Find people and organisations no registry layer holds (on unless turned off, to measure without it). */
  discovery?: boolean;
  /** Names discovery never makes an actor: the editors' `content/not-actors.yaml` (`sources/not-actors.ts`). */
  notActors?: ReadonlySet<string>;
  /** The site's own remark plugins, run after the corrections are read and before the sanitiser. */
  remarkPlugins?: PluggableList;
}

export interface RenderedBriefing {
  html: string;
  /** The body text a reader sees, blocks separated by a blank line: annotation offsets point into it. */
  text: string;
  record: AnnotationRecord;
  /** What the pipeline was unsure about, with positions in the source. */
  messages: VFile['messages'];
}

export function createBriefingProcessor(options: BriefingPipelineOptions) {
  const { registry, actorHref, discovery = true, notActors, remarkPlugins = [] } = options;
  return unified()
    .use(markdownToMdastParser)
    .use(remarkCorrections)
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWherePresent)
    .use(rehypeSanitize, briefingSanitizeSchema)
    .use(rehypeCorrectionSpans)
    .use(rehypeActorMentions, { registry })
    .use(rehypeNamePeriods, { registry })
    .use(rehypeDiscovery, { registry, enabled: discovery, ...(notActors ? { notActors } : {}) })
    .use(rehypeQuotes, { directory: speakerDirectory(registry) })
    .use(rehypeApplyCorrections, { registry })
    .use(rehypeSentences)
    .use(rehypeQuoteMarkup, { registry })
    .use(rehypeMentionLinks, options)
    .use(rehypeSpeakerLinks, { actorHref })
    .use(rehypeRelations, { registry })
    .use(rehypeRecord)
    .use(rehypeStringify);
}

export type BriefingProcessor = ReturnType<typeof createBriefingProcessor>;

export interface BriefingSource {
  /** The Markdown, padded so that its positions are the file's lines. */
  markdown: string;
  /** The file, for messages. */
  path: string;
  taggedActors: readonly ActorId[];
  /** The frontmatter's briefing-wide corrections. */
  correctionRules?: readonly CorrectionRule[];
}

export async function renderBriefing(processor: BriefingProcessor, source: BriefingSource): Promise<RenderedBriefing> {
  const file = new VFile({
    value: source.markdown,
    path: source.path,
    data: { taggedActors: [...source.taggedActors], correctionRules: [...(source.correctionRules ?? [])] },
  });
  const html = String(await processor.process(file));
  return {
    html,
    text: file.data.bodyText?.text ?? '',
    record: file.data.record ?? emptyRecord(),
    messages: file.messages,
  };
}
