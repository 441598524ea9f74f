/**
 * Discovery scored against the GUM entity gold (`../shared/eval-data/gum-news/`,
 * read at evaluation time, never copied): researcher-labelled person and
 * organisation mentions in 24 Wikinews articles.
 *
 * - A link is right when it lies inside a gold person or organisation
 *   mention of the same sort (a person for a person; anything else for an
 *   organisation, as GUM labels a state acting politically `organization`).
 * - A false link lies in no gold person or organisation mention, or in one
 *   of the other sort.
 * - Recall is over gold entities named somewhere by a capitalised word:
 *   the share with at least one mention linked.
 */
import { discoverActors } from '../../src/core/discovery/index.ts';
import { settleMentions } from '../../src/core/discovery/settle.ts';
import { findMentions, type Mention } from '../../src/core/mentions/matcher.ts';
import type { Registry } from '../../src/core/registry/registry.ts';
import { readEvalData } from './eval-data.ts';

interface GoldEntity {
  start: number;
  end: number;
  text: string;
  type: 'person' | 'organization';
  eid: string;
  named: boolean;
  /** The Wikipedia article GUM links the entity to, if any. */
  identity: string | null;
}

interface GoldArticle {
  id: string;
  text: string;
  entities: GoldEntity[];
}

export interface LinkJudgement {
  article: string;
  text: string;
  actor: string;
  kind: 'person' | 'organisation';
  verdict: 'right' | 'wrong-sort' | 'no-entity';
}

export interface DiscoveryScore {
  /** Discovered links, judged. */
  links: LinkJudgement[];
  /** Gold entities with a proper name, and how many of them have a mention linked by each layer. */
  entities: number;
  linkedByRegistry: number;
  linkedByAll: number;
  /** Of the entities the registry links nowhere, how many discovery links. */
  unregistered: number;
  linkedByDiscovery: number;
}

const PROPER = /(?:^|\s)\p{Lu}/u;

/** Pronouns, which carry their entity's Wikipedia article in GUM as every mention of it does. */
const PRONOUN = /^(?:i|me|my|we|us|our|you|your|he|him|his|she|her|it|its|they|them|their)$/iu;

/**
 * The gold's named people and organisations: a mention with a proper noun in it, or one GUM links to a
 * Wikipedia article that is no pronoun (`the Indonesian Navy`, whose words GUM tags as an adjective and a
 * common noun, is named by its article all the same).
 */
export function readGumGold(): GoldArticle[] {
  return readEvalData<GoldArticle>('gum-news', ['--types', 'person,organization']).map((article) => ({
    ...article,
    entities: article.entities.filter(
      (entity) => entity.named || (entity.identity !== null && !PRONOUN.test(entity.text)),
    ),
  }));
}

const inside = (link: { start: number; end: number }, entity: GoldEntity) =>
  link.start >= entity.start && link.end <= entity.end;
const overlaps = (link: { start: number; end: number }, entity: GoldEntity) =>
  link.start < entity.end && link.end > entity.start;

/** `notActors`: the editors' list of names that are no actor, as the build hands it to discovery. */
export function scoreDiscovery(
  registry: Registry,
  articles: readonly GoldArticle[],
  notActors: ReadonlySet<string> = new Set(),
): DiscoveryScore {
  const score: DiscoveryScore = {
    links: [],
    entities: 0,
    linkedByRegistry: 0,
    linkedByAll: 0,
    unregistered: 0,
    linkedByDiscovery: 0,
  };
  for (const article of articles) {
    const registered = settleMentions(registry, article.text, findMentions(registry, article.text)).mentions;
    const discovery = discoverActors(registry, article.text, registered, { notActors });
    const kinds = new Map(discovery.actors.map((actor) => [actor.id, actor.kind]));
    for (const mention of discovery.mentions) {
      const kind = kinds.get(mention.actor) === 'person' ? 'person' : 'organisation';
      const holding = article.entities.filter((entity) => inside(mention, entity));
      const sameSort = holding.some((entity) => (entity.type === 'person') === (kind === 'person'));
      score.links.push({
        article: article.id,
        text: mention.text,
        actor: mention.actor,
        kind,
        verdict: sameSort ? 'right' : holding.length > 0 ? 'wrong-sort' : 'no-entity',
      });
    }
    const named = article.entities.filter((entity) => PROPER.test(entity.text));
    for (const mentions of Map.groupBy(named, (entity) => entity.eid).values()) {
      const linked = (links: readonly Mention[]) =>
        mentions.some((entity) => links.some((link) => overlaps(link, entity)));
      const byRegistry = linked(registered);
      const byDiscovery = linked(discovery.mentions);
      score.entities++;
      if (byRegistry) score.linkedByRegistry++;
      if (byRegistry || byDiscovery) score.linkedByAll++;
      if (!byRegistry) {
        score.unregistered++;
        if (byDiscovery) score.linkedByDiscovery++;
      }
    }
  }
  return score;
}
