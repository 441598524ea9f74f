/**
 * Site-internal URLs. Every link goes through here so the site works at the
 * root of a host and under a sub-path (`astro build --base /briefings/`).
 */
import type { ActorList } from './actor-lists.ts';

/** The configured base, always ending in a slash: `/` or `/briefings/`. */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A path inside the site (`briefings/x/`, no leading slash) as an absolute-path URL. */
export function sitePath(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export function briefingPath(id: string): string {
  return sitePath(`briefings/${id}/`);
}

export function actorPath(id: string): string {
  return sitePath(`actors/${id}/`);
}

/**
 * A sentence or quotation of a briefing, by its stable anchor id: the
 * permalink actor pages and the quote ledger use.
 */
export function briefingAnchorPath(briefingId: string, anchorId: string): string {
  return `${briefingPath(briefingId)}#${anchorId}`;
}

/**
 * Page `n` of one of an actor's lists (src/site/actor-lists.ts): page 1 is its
 * section on the actor page, later pages have their own address.
 */
export function actorListPath(id: string, list: ActorList, n: number): string {
  return n === 1 ? `${actorPath(id)}#${list}` : sitePath(`actors/${id}/${list}/${n}/`);
}

/** An actor's RSS feed: the briefings that mention it. */
export function actorFeedPath(id: string): string {
  return sitePath(`actors/${id}/rss.xml`);
}
