/**
 * The actor registry's schema: one YAML file per actor in `content/actors/`.
 * Shared by the `actors` content collection and the annotation plugins, so
 * what Astro validates and what the matcher matches can never drift apart.
 */
import { z } from 'zod';
import { calendarDateTextSchema, type CalendarDate } from './calendar-date.ts';
import { actorIdSchema, actorIdTextSchema, type ActorId } from './ids.ts';

export const ACTOR_KINDS = ['state', 'government', 'armed-group', 'people', 'organisation', 'person', 'media'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/**
 * When something holds: from `from` (the first day) until `until` (the
 * first day it no longer holds), either end open when left out. Half-open, so
 * one actor's `until` and its successor's `from` can be the same day without
 * the two overlapping.
 */
const periodFields = {
  /** The first day it holds, `YYYY-MM-DD`; left out: since before any briefing. */
  from: calendarDateTextSchema.optional(),
  /** The first day it no longer holds, `YYYY-MM-DD`; left out: still holds. */
  until: calendarDateTextSchema.optional(),
};

/** The one rule of a period: it ends after it starts. */
function endsAfterStart(period: { from?: string | undefined; until?: string | undefined }, ctx: z.RefinementCtx) {
  if (period.from !== undefined && period.until !== undefined && period.until <= period.from) {
    ctx.addIssue({
      code: 'custom',
      path: ['until'],
      message: `until ${period.until} must be after from ${period.from} (until is the first day it no longer holds)`,
    });
  }
}

/** A name as plain text, or `{ text, from, until }` for a name that means this actor only for a time. */
const timedText = z.union([
  nonEmptyText,
  z.strictObject({ text: nonEmptyText, ...periodFields }).superRefine(endsAfterStart),
]);

/**
 * A name the actor goes by in running text. Written as a plain string, or as
 * `{ text, caseSensitive, shared, from, until }` to say how and when it is matched.
 */
export const aliasSchema = z
  .union([
    nonEmptyText,
    z
      .strictObject({
        /** The literal text, never a pattern. */
        text: nonEmptyText,
        /**
         * Match the letter case exactly (the default): `US` is the United States,
         * `us` is not. Set `false` for names whose case varies in print
         * (`al-Qaeda` / `Al-Qaeda`).
         */
        caseSensitive: z.boolean().default(true),
        /**
         * Another actor claims the same text on purpose (`Georgia` the country
         * and the US state). Both entries must say so; each briefing then links
         * the alias to whichever of them it tags in `actors` or names in other
         * words, and reports it when it cannot tell.
         */
        shared: z.boolean().default(false),
        ...periodFields,
      })
      .superRefine(endsAfterStart),
  ])
  .transform((alias) => (typeof alias === 'string' ? { text: alias, caseSensitive: true, shared: false } : alias));

/** A name form as the rest of the code reads it: how it is matched, without its period. */
export interface Alias {
  text: string;
  caseSensitive: boolean;
  shared: boolean;
}

/**
 * A membership: an actor id, or `{ actor, from, until }` for one that held only for a time.
 * (The id is branded after the union: a union reports an option's own message only when no option transforms.)
 */
const membershipSchema = z
  .union([actorIdTextSchema, z.strictObject({ actor: actorIdTextSchema, ...periodFields }).superRefine(endsAfterStart)])
  .transform((entry) =>
    typeof entry === 'string' ? (entry as ActorId) : { ...entry, actor: entry.actor as ActorId, text: entry.actor },
  );

/** The fields whose entries may carry a period. */
export type PeriodField = 'name' | 'aliases' | 'demonyms' | 'metonyms' | 'titles' | 'memberOf';

/**
 * A name or membership that holds only for a time: which entry (its field and
 * index in the file, for file:line) and its text (the actor id for `memberOf`).
 */
export interface EntryPeriod {
  field: PeriodField;
  index: number;
  text: string;
  from: CalendarDate | null;
  until: CalendarDate | null;
}

type Timed = { text: string; from?: CalendarDate | undefined; until?: CalendarDate | undefined };

const textOf = (entry: string | Timed) => (typeof entry === 'string' ? entry : entry.text);

function periodOf(field: PeriodField, index: number, entry: string | Timed): EntryPeriod[] {
  if (typeof entry === 'string' || (entry.from === undefined && entry.until === undefined)) return [];
  return [{ field, index, text: entry.text, from: entry.from ?? null, until: entry.until ?? null }];
}

export const actorSchema = z
  .strictObject({
    /**
     * Display name, as a headline would write it: `Iran`, `Hayat Tahrir al-Sham`, `Abbas Araghchi`.
     * `{ text, from, until }` when the name means this actor only for a time (`Syrian government`).
     */
    name: timedText,
    /** What sort of actor this is; decides grouping and link styling. */
    kind: z.enum(ACTOR_KINDS),
    /** One or two plain-text sentences saying who or what this is. */
    description: nonEmptyText,
    /** Other names in running text (`HTS`, `Islamic Republic of Iran`); the name itself is always matched. */
    aliases: z.array(aliasSchema).default([]),
    /** Adjectives and nouns for the actor's people or belonging: `Iranian`, `Iranians`, `Kurdish`. */
    demonyms: z.array(timedText).default([]),
    /** Places standing for the actor, capitals used for governments: `Tehran`, `Moscow`. */
    metonyms: z.array(timedText).default([]),
    /**
     * Offices that name their holder in running text, for people: `President of Syria`,
     * `Syrian President`. Usually `{ text, from, until }`, since an office changes hands; matched
     * whatever the letter case (`the Syrian president`), and never when a name follows it
     * (`Syrian President Bashar al-Assad` is the person the name says).
     */
    titles: z.array(timedText).default([]),
    /**
     * For people: the name used alone once the full name has appeared
     * (`Araghchi`, `Assad`, `Ban` for Ban Ki-moon). Defaults to the last word
     * of `name`, without an Arabic article (`al-Assad` → `Assad`).
     */
    surname: nonEmptyText.optional(),
    /**
     * Ids of the actors this one belongs to or speaks for: Abbas Araghchi → `iran`;
     * `{ actor, from, until }` for a membership that held for a time (a leader who changed office).
     */
    memberOf: z.array(membershipSchema).default([]),
    /** Wikidata item id (`Q794`) where one exists, to disambiguate and to link out. */
    wikidata: z
      .string({ error: 'a Wikidata id looks like Q794' })
      .regex(/^Q[1-9]\d*$/, 'a Wikidata id looks like Q794')
      .optional(),
    ...periodFields,
    /** The actor this one took over from (a government from the one it replaced). */
    predecessor: actorIdSchema.optional(),
    /** The actor that took over from this one. */
    successor: actorIdSchema.optional(),
  })
  .superRefine(endsAfterStart)
  // The fields keep the shapes every reader knows (texts, ids); the periods are listed beside them.
  .transform(({ name, demonyms, metonyms, titles, memberOf, aliases, ...rest }) => {
    const periods = [
      ...periodOf('name', 0, name),
      ...aliases.flatMap((alias, index) => periodOf('aliases', index, alias)),
      ...demonyms.flatMap((entry, index) => periodOf('demonyms', index, entry)),
      ...metonyms.flatMap((entry, index) => periodOf('metonyms', index, entry)),
      ...titles.flatMap((entry, index) => periodOf('titles', index, entry)),
      ...memberOf.flatMap((entry, index) => periodOf('memberOf', index, entry)),
    ];
    return {
      ...rest,
      name: textOf(name),
      aliases: aliases.map(({ text, caseSensitive, shared }): Alias => ({ text, caseSensitive, shared })),
      demonyms: demonyms.map(textOf),
      metonyms: metonyms.map(textOf),
      // Left out when empty, so actors built in code (discovered ones) need not say they hold no office.
      ...(titles.length > 0 ? { titles: titles.map(textOf) } : {}),
      memberOf: memberOf.map((entry) => (typeof entry === 'string' ? entry : entry.actor)),
      ...(periods.length > 0 ? { periods } : {}),
    };
  });

export type Actor = z.output<typeof actorSchema>;
