/**
 * Hover cards where the browser has no interest invokers: a rule per actor
 * that shows its card while one of its mentions is hovered or focused, and
 * only inside `@supports not selector(:interest-source)`, so a browser with
 * interest invokers never applies it. The page's CSP names the rule's text by
 * its hash (`styleHash`), so the page must ask for the hash before its head is
 * written: the briefing page does, and the cards print the same text.
 */
import { createHash } from 'node:crypto';
import { actorCardId } from '../core/unified/actor-card-id.ts';
import type { ActorId } from '../core/schema/index.ts';

/** The style element's text for these actors' cards ('' for none). */
export function cardFallbackCss(actors: readonly ActorId[]): string {
  if (actors.length === 0) return '';
  // Actor ids are checked when content loads (lower-case letters, digits, hyphens): no escaping needed in CSS.
  // A mention names its actor only in its link, whose address ends in the id whatever the base path.
  const shown = actors.map(
    (actor) => `main:has(a.actor[href$="/${actor}/"]:is(:hover,:focus-visible)) #${actorCardId(actor)}`,
  );
  return `@supports not selector(:interest-source){${shown.join(',')}{display:block}}`;
}

/** A CSP source naming a style element's exact text. */
export function styleHash(css: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(css).digest('base64')}`;
}
