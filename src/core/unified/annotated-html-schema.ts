/**
 * What a briefing's HTML may hold once annotated: what survives sanitising
 * (`sanitize-schema.ts`) and the markup the annotation steps add after it —
 * sentence spans, quotation markup, mention and speaker links, each with
 * the classes, ids and data the pages and styles read. Nothing of it can run
 * script, load anything or style the page.
 *
 * It checks HTML that was stored and is read back (`annotated-html.ts`), so
 * it must allow all that the pipeline writes and nothing else: a step that
 * adds an attribute must add it here too, or its briefings are rendered again,
 * with a warning, on every warm build (`test/core/annotated-html.test.ts`
 * checks every pipeline fixture's output, and hostile Markdown's, against it).
 */
import type { Options as SanitizeSchema } from 'rehype-sanitize';
import { briefingSanitizeSchema } from './sanitize-schema.ts';

const sanitized = briefingSanitizeSchema.attributes ?? {};
const everywhere = (sanitized['*'] ?? []).filter((attribute) => !(Array.isArray(attribute) && attribute[0] === 'id'));
// `aria-description` is newer than the attribute tables hast names properties by: it keeps its HTML name.
const description = 'aria-description';
/** The sanitiser finds an attribute's first definition: a class list of ours replaces the one allowed before. */
const withoutClasses = (tag: string) =>
  (sanitized[tag] ?? []).filter((attribute) => !(Array.isArray(attribute) && attribute[0] === 'className'));

export const annotatedHtmlSchema: SanitizeSchema = {
  ...briefingSanitizeSchema,
  attributes: {
    ...sanitized,
    // Footnotes' ids (prefixed by the sanitiser), and `stableIds`' of sentences and quotations: `s-1a2b3c4d`, `q-…-2`.
    '*': [...everywhere, ['id', /^(?:user-content-|[sq]-[\da-f]{8}(?:-\d+)?$)/]],
    a: [
      ...withoutClasses('a'),
      description,
      'interestfor',
      ['className', 'data-footnote-backref', 'actor', /^actor--[a-z-]+$/, 'speaker', 'quote-speaker'],
    ],
    q: [...(sanitized['q'] ?? []), description, ['className', 'quote']],
    blockquote: [...(sanitized['blockquote'] ?? []), description, 'dataSpeaker', ['className', 'quote']],
  },
  // Names were prefixed when the body was sanitised; a second prefix would change them.
  clobber: [],
};
