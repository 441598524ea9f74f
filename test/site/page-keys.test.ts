/**
 * The keys that let a build reuse a page: on the records of content/, a key
 * changes when what its page shows changes, and only then.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { ActorId } from '../../src/core/schema/index.ts';
import { aggregateActors, type ActorSummary, type AnnotatedBriefing } from '../../src/site/actor-aggregate.ts';
import type { Briefing } from '../../src/site/briefings.ts';
import { discoveredEntries } from '../../src/site/discovered-actors.ts';
import { actorPageKey, briefingPageKey } from '../../src/site/page-keys.ts';
import { relationRowsOf, relationsByActor, type ActorRelations } from '../../src/site/relation-rows.ts';
import { contentRecords, type ContentRecords } from '../helpers/content-records.ts';

let content: ContentRecords;
let index: Map<ActorId, ActorSummary>;
let relations: Map<ActorId, ActorRelations>;

const indexOf = (briefings: AnnotatedBriefing[]) => aggregateActors(briefings, content.actors, content.evidence);
const edited = (briefing: Briefing, digest: string): Briefing => ({ ...briefing, digest });

beforeAll(async () => {
  content = await contentRecords();
  index = indexOf(content.briefings);
  relations = relationsByActor(relationRowsOf(content.briefings));
});

const iran = 'iran' as ActorId;
const actorKey = (of: Map<ActorId, ActorSummary>, id: ActorId) => {
  const summary = of.get(id);
  if (!summary) throw new Error(`${id} is not in the index`);
  return actorPageKey(summary, relations.get(id), of);
};

describe("a briefing page's key", () => {
  test('changes with the briefing, and with how the page describes an actor it names; not with their counts', () => {
    const [{ briefing, record }] = content.briefings as [AnnotatedBriefing];
    const key = briefingPageKey(briefing, record, index);
    expect(briefingPageKey(briefing, record, index)).toBe(key);
    expect(briefingPageKey(edited(briefing, 'another version'), record, index)).not.toBe(key);
    const named = record.actors[0]?.actor;
    const summary = named && index.get(named);
    if (!summary) throw new Error('the newest briefing names no actor of the index');
    const described = (change: Partial<ActorSummary>) => new Map(index).set(named, { ...summary, ...change });
    const redescribed = { ...summary.actor, data: { ...summary.actor.data, description: 'Another description.' } };
    expect(briefingPageKey(briefing, record, described({ actor: redescribed }))).not.toBe(key);
    expect(briefingPageKey(briefing, record, described({ first: new Date('1990-01-01') }))).not.toBe(key);
    // Its counts are on its own page, not on the card: a later briefing naming it changes no other briefing's page.
    expect(briefingPageKey(briefing, record, described({ mentions: summary.mentions + 1 }))).toBe(key);
  });

  test('changes with how the page describes the actor a quotation is credited to, named in the text or not', () => {
    const quoted = content.briefings.find(({ record }) => record.quotes.some(({ speaker }) => speaker !== null));
    if (!quoted) throw new Error('no briefing has a quotation with a speaker');
    const { briefing } = quoted;
    const named = new Set(quoted.record.actors.map(({ actor }) => actor));
    const other = [...index.keys()].find((actor) => !named.has(actor)) as ActorId;
    // The same quotations, credited to an actor the text does not name.
    const record = {
      ...quoted.record,
      quotes: quoted.record.quotes.map((quote) =>
        quote.speaker ? { ...quote, speaker: { ...quote.speaker, actor: other } } : quote,
      ),
    };
    const summary = index.get(other) as ActorSummary;
    const renamed = { ...summary.actor, data: { ...summary.actor.data, name: 'Another name' } };
    expect(briefingPageKey(briefing, record, new Map(index).set(other, { ...summary, actor: renamed }))).not.toBe(
      briefingPageKey(briefing, record, index),
    );
  });

  test('does not change when a later briefing names a discovered actor it names as it was described', () => {
    const named = content.briefings.find(({ record }) => record.discovered.length > 0);
    if (!named) throw new Error('no briefing names a discovered actor');
    // The same briefing's records filed again under another id: the actor found in one more briefing, the same way.
    const again: AnnotatedBriefing = { ...named, briefing: { ...named.briefing, id: `${named.briefing.id}-again` } };
    const registered = content.actors.filter(({ id }) => !content.evidence.has(id));
    const indexOfBriefings = (briefings: AnnotatedBriefing[]) => {
      const discovered = discoveredEntries(briefings);
      return aggregateActors(
        briefings,
        [...registered, ...discovered.map(({ actor }) => actor)],
        new Map(discovered.map(({ actor, evidence }) => [actor.id, evidence])),
      );
    };
    expect(briefingPageKey(named.briefing, named.record, indexOfBriefings([again, ...content.briefings]))).toBe(
      briefingPageKey(named.briefing, named.record, indexOfBriefings(content.briefings)),
    );
  });

  test('does not change when a briefing naming none of its actors changes', () => {
    const [target, ...others] = content.briefings;
    if (!target) throw new Error('no briefing');
    const names = new Set(target.record.actors.map(({ actor }) => actor));
    const unrelated = others.find(({ record }) => record.actors.every(({ actor }) => !names.has(actor)));
    if (!unrelated) throw new Error('every briefing shares an actor with the newest');
    const changed = content.briefings.map((entry) =>
      entry === unrelated ? { ...entry, briefing: edited(entry.briefing, 'another version') } : entry,
    );
    expect(briefingPageKey(target.briefing, target.record, indexOf(changed))).toBe(
      briefingPageKey(target.briefing, target.record, index),
    );
  });
});

describe("an actor page's key", () => {
  test('changes when a briefing in its lists changes, not when another does', () => {
    const key = actorKey(index, iran);
    const mentioning = new Set(index.get(iran)?.appearances.map(({ briefing }) => briefing.id));
    const reedit = (pick: (entry: AnnotatedBriefing) => boolean) => {
      const target = content.briefings.find(pick);
      if (!target) throw new Error('no such briefing');
      return indexOf(
        content.briefings.map((entry) =>
          entry === target ? { ...entry, briefing: edited(entry.briefing, 'another version') } : entry,
        ),
      );
    };
    expect(
      actorKey(
        reedit(({ briefing }) => mentioning.has(briefing.id)),
        iran,
      ),
    ).not.toBe(key);
    const elsewhere = reedit(
      ({ briefing, record }) =>
        !mentioning.has(briefing.id) && !record.quotes.some((quote) => quote.speaker?.actor === iran),
    );
    expect(actorKey(elsewhere, iran)).toBe(key);
  });

  test("changes with the count of an actor its relation graph draws, not with another actor's", () => {
    const key = actorKey(index, iran);
    const own = relations.get(iran);
    const drawn = new Set(
      [...(own?.outgoing ?? []), ...(own?.incoming ?? [])].flatMap(({ relation }) => [
        relation.source,
        relation.target,
      ]),
    );
    const recount = (pick: (id: ActorId) => boolean) => {
      const [other, summary] = [...index].find(([id]) => id !== iran && pick(id)) ?? [];
      if (!other || !summary) throw new Error('no such actor');
      return new Map(index).set(other, { ...summary, mentions: summary.mentions + 1 });
    };
    expect(
      actorKey(
        recount((id) => drawn.has(id)),
        iran,
      ),
    ).not.toBe(key);
    expect(
      actorKey(
        recount((id) => !drawn.has(id)),
        iran,
      ),
    ).toBe(key);
  });

  test('changes with how an actor it names is described, not with one it does not name', () => {
    const key = actorKey(index, iran);
    const named = new Set(index.get(iran)?.coActors.map(({ actor }) => actor.id));
    const redescribe = (pick: (id: ActorId) => boolean) => {
      const [other, summary] = [...index].find(([id]) => id !== iran && pick(id)) ?? [];
      if (!other || !summary) throw new Error('no such actor');
      const actor = { ...summary.actor, data: { ...summary.actor.data, name: 'Another name' } };
      return new Map(index).set(other, { ...summary, actor });
    };
    expect(
      actorKey(
        redescribe((id) => named.has(id)),
        iran,
      ),
    ).not.toBe(key);
    const unrelated = (id: ActorId) =>
      !named.has(id) && ![...(index.get(iran)?.members ?? [])].some((member) => member.id === id);
    expect(actorKey(redescribe(unrelated), iran)).toBe(key);
  });
});
