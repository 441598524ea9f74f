/**
 * The schema of a briefing's frontmatter (`content/articles/<date>-<slug>.md`).
 * The body is Markdown as published and is never rewritten by the build.
 */
import { z } from 'zod';
import { calendarDateSchema } from './calendar-date.ts';
import { actorIdSchema } from '../../core/schema/ids.ts';

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

export const articleSchema = z.strictObject({
  /** The headline. */
  title: nonEmptyText,
  /** Publication date, `YYYY-MM-DD`; must exist in the calendar. */
  date: calendarDateSchema,
  /** Where the text comes from. */
  source: z.strictObject({
    /** Publisher as readers know it: `Wikinews`, `Reuters`. */
    name: nonEmptyText,
    /**
     * The original article. Left out only where it is truly unknown (a
     * scraped text saved without its page); never invent one.
     */
    url: webUrl.optional(),
  }),
  /** The one-paragraph brief shown in lists and feeds. */
  summary: nonEmptyText,
  /** Who wrote it, where the source names someone. */
  byline: nonEmptyText.optional(),
  /** Free topic labels: `syria`, `elections`. */
  tags: z.array(nonEmptyText).default([]),
  /** Actors to tag although the text only implies them; ids from `content/actors/`. */
  actors: z.array(actorIdSchema).default([]),
  /**
   * Briefing-wide corrections of the automatic annotations, for a phrase the
   * briefing repeats; a link in the text (`[Kenya Barris](actor:none)`)
   * corrects one place. A link in the text wins over a rule here.
   */
  corrections: z
    .strictObject({
      /** Phrases never linked to any actor in this briefing: `[Kenya Barris, Bruce Wayne]`. */
      unlink: z.array(nonEmptyText).default([]),
      /** Phrases linked to an actor wherever they occur: `{ the regime: syrian-government }`. */
      link: z.record(nonEmptyText, actorIdSchema).default({}),
    })
    .optional(),
  /** Licence terms the source requires us to show (Wikinews: CC BY 2.5, credit its contributors). */
  license: z
    .strictObject({
      /** Short licence name: `CC BY 2.5`. */
      name: nonEmptyText,
      /** The licence text. */
      url: webUrl,
      /** The credit line the licence asks for: `Wikinews contributors`. */
      attribution: nonEmptyText,
    })
    .optional(),
});

export type ArticleData = z.output<typeof articleSchema>;
