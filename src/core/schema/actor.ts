/**
 * The actor registry's schema: one YAML file per actor in `content/actors/`.
 * Shared by the `actors` content collection and the annotation plugins, so
 * what Astro validates and what the matcher matches can never drift apart.
 */
import { z } from 'zod';
import { actorIdSchema } from './ids.ts';

export const ACTOR_KINDS = ['state', 'government', 'armed-group', 'people', 'organisation', 'person', 'media'] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];

const nonEmptyText = z.string().trim().min(1, 'must not be empty');

/**
 * A name the actor goes by in running text. Written as a plain string, or as
 * `{ text, caseSensitive, shared }` to say how it is matched.
 */
export const aliasSchema = z
  .union([
    nonEmptyText,
    z.strictObject({
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
    }),
  ])
  .transform((alias) => (typeof alias === 'string' ? { text: alias, caseSensitive: true, shared: false } : alias));

export type Alias = z.output<typeof aliasSchema>;

export const actorSchema = z.strictObject({
  /** Display name, as a headline would write it: `Iran`, `Hayat Tahrir al-Sham`, `Abbas Araghchi`. */
  name: nonEmptyText,
  /** What sort of actor this is; decides grouping and link styling. */
  kind: z.enum(ACTOR_KINDS),
  /** One or two plain-text sentences saying who or what this is. */
  description: nonEmptyText,
  /** Other names in running text (`HTS`, `Islamic Republic of Iran`); the name itself is always matched. */
  aliases: z.array(aliasSchema).default([]),
  /** Adjectives and nouns for the actor's people or belonging: `Iranian`, `Iranians`, `Kurdish`. */
  demonyms: z.array(nonEmptyText).default([]),
  /** Places standing for the actor, capitals used for governments: `Tehran`, `Moscow`. */
  metonyms: z.array(nonEmptyText).default([]),
  /**
   * For people: the name used alone once the full name has appeared
   * (`Araghchi`, `Assad`, `Ban` for Ban Ki-moon). Defaults to the last word
   * of `name`, without an Arabic article (`al-Assad` → `Assad`).
   */
  surname: nonEmptyText.optional(),
  /** Ids of the actors this one belongs to or speaks for: Abbas Araghchi → `iran`. */
  memberOf: z.array(actorIdSchema).default([]),
  /** Wikidata item id (`Q794`) where one exists, to disambiguate and to link out. */
  wikidata: z
    .string({ error: 'a Wikidata id looks like Q794' })
    .regex(/^Q[1-9]\d*$/, 'a Wikidata id looks like Q794')
    .optional(),
});

export type Actor = z.output<typeof actorSchema>;
