/**
 * The pipeline's one data channel: what each step leaves on the file for
 * the steps after it. Declared here, once, so no step reads untyped
 * `file.data` and every key says who writes it and who reads it.
 *
 * A step imports this module for its side effect (`import './vfile-data.ts'`)
 * and reads only keys written by steps before it in `pipeline.ts`.
 */
import type { DiscoveredActor } from '../discovery/index.ts';
import type { Mention } from '../mentions/matcher.ts';
import type { Quote } from '../quotes/index.ts';
import type { AnnotationRecord, MentionRecord, QuoteRecord, SentenceRecord } from '../record.ts';
import type { Relation } from '../relations/index.ts';
import type { ActorId } from '../schema/index.ts';
import type { Correction, CorrectionRule } from './corrections.ts';
import type { BodyText } from './hast-text.ts';

declare module 'vfile' {
  interface DataMap {
    // Input: set by whoever makes the file (`renderBriefing`).

    /** Actors the briefing's frontmatter tags: they settle shared aliases. */
    taggedActors: ActorId[];
    /** The frontmatter's briefing-wide corrections (`corrections: { unlink, link }`). */
    correctionRules: CorrectionRule[];

    // Working data: written by one step, read by later ones.

    /**
     * The editor's corrections: the links in the text (`remarkCorrections`), placed in the body text
     * and joined by one per place a frontmatter rule's phrase occurs (`rehypeCorrectionSpans`).
     */
    corrections: Correction[];

    /**
     * The body text of the sanitised tree, computed once by the first step that needs it
     * (`bodyTextFor`). Its blocks keep pointing at the tree's elements while markup is added.
     */
    bodyText: BodyText;
    /** Mentions of registered actors (`rehypeActorMentions`), joined by discovered ones (`rehypeDiscovery`). */
    mentions: Mention[];
    /** People and organisations no registry layer holds (`rehypeDiscovery`); their mentions are in `mentions`. */
    discovered: DiscoveredActor[];
    /** Quotations as found, before markup (`rehypeQuotes`). */
    quotes: Quote[];
    /** The sentences with their anchor ids, as marked up (`rehypeSentences`). */
    sentences: SentenceRecord[];
    /** The quotations with ids, sentences and whether the page marks them up (`rehypeQuoteMarkup`). */
    quoteRecords: QuoteRecord[];
    /** The mentions with their sentences and whether the page links them (`rehypeMentionLinks`). */
    mentionRecords: MentionRecord[];
    /** Edges between the actors each sentence names (`rehypeRelations`). */
    relations: Relation[];

    // Output: what `renderBriefing` hands out.

    /** The briefing's annotation record, assembled once by the last step (`rehypeRecord`). */
    record: AnnotationRecord;
  }
}
