/**
 * Branded identifiers: an actor id and an article id are both strings, but a
 * function that wants one must never silently accept the other.
 */
import { z } from 'zod';

export type ActorId = string & { readonly __brand: 'ActorId' };
export type ArticleId = string & { readonly __brand: 'ArticleId' };

/**
 * Ids become URL path segments (`/actors/<id>/`, `/briefings/<id>/`), so they
 * are lower-case ASCII words joined by single hyphens: no dots, slashes or
 * anything a static host could read as a path.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const actorIdSchema = z
  .string()
  .regex(ID_PATTERN, 'an actor id is lower-case letters, digits and single hyphens (e.g. "hayat-tahrir-al-sham")')
  .transform((id) => id as ActorId);
