/**
 * Branded actor ids: an actor id is a string, but a function that wants one
 * must never silently accept any string (a name, an article id).
 */
import { z } from 'zod';

export type ActorId = string & { readonly __brand: 'ActorId' };

/**
 * Ids become URL path segments (`/actors/<id>/`, `/briefings/<id>/`), so they
 * are lower-case ASCII words joined by single hyphens: no dots, slashes or
 * anything a static host could read as a path.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id's text, checked; unbranded, so a union of it with other shapes still reports why an id is bad. */
export const actorIdTextSchema = z
  .string()
  .regex(ID_PATTERN, 'an actor id is lower-case letters, digits and single hyphens (e.g. "hayat-tahrir-al-sham")');

export const actorIdSchema = actorIdTextSchema.transform((id) => id as ActorId);
