/**
 * Structured data (schema.org as JSON-LD) for briefing and actor pages:
 * what an article is about and whom it mentions, each actor pointing to its
 * page here and to Wikidata.
 */
import type { ActorKind } from '../core/schema/index.ts';

/** The schema.org type closest to each kind of actor. */
const SCHEMA_TYPES: Record<ActorKind, string> = {
  state: 'Country',
  government: 'GovernmentOrganization',
  'armed-group': 'Organization',
  people: 'Thing',
  organisation: 'Organization',
  person: 'Person',
  media: 'NewsMediaOrganization',
};

export interface ActorFacts {
  name: string;
  kind: ActorKind;
  description: string;
  wikidata: string | null;
  /** The actor's page, absolute. */
  url: string;
}

/**
 * An actor as a schema.org thing: its page is its `@id`, Wikidata its `sameAs`. On its own page it
 * is described and its page is also its `url`; elsewhere (`described: false`) the `@id` alone leads
 * to the page, which a briefing would otherwise write twice for every actor it names.
 */
export function actorThing(actor: ActorFacts, { described = true } = {}): Record<string, unknown> {
  return {
    '@type': SCHEMA_TYPES[actor.kind],
    '@id': actor.url,
    name: actor.name,
    ...(described ? { description: actor.description, url: actor.url } : {}),
    ...(actor.wikidata ? { sameAs: `https://www.wikidata.org/wiki/${actor.wikidata}` } : {}),
  };
}

/**
 * An actor described elsewhere in the same page's data, by its `@id`: a
 * briefing names each actor once in `mentions` and points to it from
 * `about` and from its quotations, instead of repeating its description.
 */
export function actorReference(actor: Pick<ActorFacts, 'url'>): Record<string, unknown> {
  return { '@id': actor.url };
}

/**
 * Actors for one page's data, each given in full (undescribed) the first time
 * and by its `@id` after: a briefing lists its mentions first, so its
 * quotations point to them, and an actor only quotations name (a speaker's
 * state the text never mentions) is given in full once, not per quotation.
 */
export function actorNodes(): (actor: ActorFacts) => Record<string, unknown> {
  const given = new Set<string>();
  return (actor) => {
    if (given.has(actor.url)) return actorReference(actor);
    given.add(actor.url);
    return actorThing(actor, { described: false });
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: the only markup
 * a page writes with `set:html` besides sanitiser output. Every `<`, `>` and
 * `&` is escaped as a JSON unicode escape, so no text from content can close
 * the element (`</script>`) or open a comment; U+2028/2029 are escaped for
 * old JavaScript parsers.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...data }).replace(
    /[<>&\u2028\u2029]/gu,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
