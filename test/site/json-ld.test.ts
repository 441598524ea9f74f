import { describe, expect, test } from 'vitest';
import { actorNodes, actorThing, jsonLdText, type ActorFacts } from '../../src/site/json-ld.ts';

const russia: ActorFacts = {
  name: 'Russia',
  kind: 'state',
  description: 'State in Eastern Europe and Northern Asia.',
  wikidata: 'Q159',
  url: 'https://briefings.example.org/actors/russia/',
};

describe("a page's actors in structured data", () => {
  test('an actor is given in full the first time and by its @id after, without its description or url', () => {
    const node = actorNodes();
    // Two quotations by Russia's spokesperson in a briefing that never names Russia.
    expect([node(russia), node(russia)]).toEqual([
      {
        '@type': 'Country',
        '@id': russia.url,
        name: 'Russia',
        sameAs: 'https://www.wikidata.org/wiki/Q159',
      },
      { '@id': russia.url },
    ]);
  });

  test('on its own page an actor is described, and its page is also its url', () => {
    expect(actorThing(russia)).toEqual({
      '@type': 'Country',
      '@id': russia.url,
      name: 'Russia',
      description: 'State in Eastern Europe and Northern Asia.',
      url: russia.url,
      sameAs: 'https://www.wikidata.org/wiki/Q159',
    });
  });

  test('each page starts afresh', () => {
    actorNodes()(russia);
    expect(actorNodes()(russia)).toHaveProperty('name', 'Russia');
  });

  test('no text from content can close the script element', () => {
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toMatch(/[<>]/);
  });
});
