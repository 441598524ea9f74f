/**
 * Names in time: the registry read at a briefing's date, through the real
 * pipeline on sentences of the kind the briefings print, and the registry's
 * views and memberships by date.
 */
import { describe, expect, test } from 'vitest';
import type { NameTrie } from '../../src/core/registry/name-trie.ts';
import { buildRegistry, registryAt } from '../../src/core/registry/registry.ts';
import { tokenize } from '../../src/core/text/tokens.ts';
import { createBriefingProcessor, renderBriefing } from '../../src/core/unified/pipeline.ts';
import { actorSchema, calendarDateTextSchema, type ActorId } from '../../src/core/schema/index.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();

/** The registry on a day written as in a file. */
const on = (date: string) => registryAt(registry, calendarDateTextSchema.parse(date));

/** Each mention of the briefing as `text → actor`, the briefing dated `date`. */
async function linksOn(date: string, markdown: string): Promise<string[]> {
  const processor = createBriefingProcessor({
    registry: on(date),
    actorHref: (id) => `/actors/${id}/`,
  });
  const { record } = await renderBriefing(processor, { markdown, path: 'test.md', taggedActors: [] });
  return record.mentions.map(({ text, actor }) => `${text} → ${actor}`);
}

describe('a name means the actor that held it on the briefing’s date', () => {
  const sentence = 'The Syrian government said it would hold talks, and Damascus called for calm in the north.';

  test.each([
    ['2013-08-23', 'syrian-government'],
    ['2024-12-02', 'syrian-government'],
    ['2024-12-07', 'syrian-government'],
    ['2024-12-08', 'syrian-caretaker-government'],
    ['2025-01-30', 'syrian-caretaker-government'],
    ['2025-03-28', 'syrian-caretaker-government'],
    ['2025-03-29', 'syrian-transitional-government'],
    ['2026-06-01', 'syrian-transitional-government'],
  ])('on %s, "the Syrian government" and "Damascus" as a government are %s', async (date, actor) => {
    expect(await linksOn(date, sentence)).toEqual([`Syrian government → ${actor}`, `Damascus → ${actor}`]);
  });

  test('Damascus as a place is no government on any date', async () => {
    expect(await linksOn('2025-01-30', 'Thousands gathered in Damascus to celebrate.')).toEqual([]);
  });

  test('names that were only ever one actor’s keep it after a change: the Assad government in 2025', async () => {
    expect(
      await linksOn(
        '2025-03-30',
        'The Syrian government asked for the sanctions imposed on the Assad government to end.',
      ),
    ).toEqual(['Syrian government → syrian-transitional-government', 'Assad government → syrian-government']);
  });

  test('a briefing with no date is read before any period starts: names keep their first meaning', async () => {
    const processor = createBriefingProcessor({ registry, actorHref: (id) => `/actors/${id}/` });
    const { record } = await renderBriefing(processor, {
      markdown: 'The Syrian government denied the report.',
      path: 'test.md',
      taggedActors: [],
    });
    expect(record.mentions.map(({ actor }) => actor)).toEqual(['syrian-government']);
  });

  test('a capital that passed from one government to the next is, with no date, the state they govern', async () => {
    const processor = createBriefingProcessor({ registry, actorHref: (id) => `/actors/${id}/` });
    const { record } = await renderBriefing(processor, {
      markdown: 'Damascus denied the report.',
      path: 'test.md',
      taggedActors: [],
    });
    expect(record.mentions.map(({ actor }) => actor)).toEqual(['syria']);
  });
});

describe('a name no actor holds on the briefing’s date', () => {
  const notesOn = async (date: string, markdown: string) => {
    const processor = createBriefingProcessor({ registry: on(date), actorHref: (id) => `/actors/${id}/` });
    const { messages } = await renderBriefing(processor, { markdown, path: 'test.md', taggedActors: [] });
    return messages.map(({ line, column, reason, ruleId }) => `${line}:${column}: ${reason} [${ruleId}]`);
  };
  const sentence = 'Units of the Syrian army that fled in December have not returned.';

  test('is a note with its place, and no link', async () => {
    expect(await notesOn('2025-02-10', sentence)).toEqual([
      '1:14: "Syrian army" names no actor on this briefing\'s date (it named Syrian Arab Army until 2024-12-08); ' +
        'not linked [name-out-of-period]',
    ]);
    expect(await linksOn('2025-02-10', sentence)).toEqual(['Syrian → syria']);
  });

  test('is linked, with no note, inside its period', async () => {
    expect(await notesOn('2024-11-10', sentence)).toEqual([]);
    expect(await linksOn('2024-11-10', sentence)).toEqual(['Syrian army → syrian-arab-army']);
  });
});

describe('a title means whoever held the office on the briefing’s date', () => {
  test.each([
    ['2013-08-23', ['Syrian president → bashar-al-assad', 'President of Syria → bashar-al-assad']],
    ['2024-12-02', ['Syrian president → bashar-al-assad', 'President of Syria → bashar-al-assad']],
    ['2025-02-10', ['Syrian president → ahmed-al-sharaa', 'President of Syria → ahmed-al-sharaa']],
    ['2025-03-30', ['Syrian president → ahmed-al-sharaa', 'President of Syria → ahmed-al-sharaa']],
  ])('on %s', async (date, links) => {
    const markdown = 'The Syrian president flew to Riyadh; the President of Syria rarely travels in winter.';
    expect(await linksOn(date, markdown)).toEqual(links);
  });

  test('a title followed by a name is one mention of the person the name says, whatever the date', async () => {
    expect(await linksOn('2024-12-02', 'Syrian President Bashar Assad met the envoy.')).toEqual([
      'Syrian → syria',
      'Bashar Assad → bashar-al-assad',
    ]);
    expect(
      await linksOn('2024-12-02', 'President Bashar al-Assad and the President of Syria Bashar al-Assad.'),
    ).toEqual(['Bashar al-Assad → bashar-al-assad', 'Syria → syria', 'Bashar al-Assad → bashar-al-assad']);
    expect(await linksOn('2025-03-30', "Syria's president, Ahmed al-Sharaa, named a cabinet.")).toEqual([
      'Syria → syria',
      'Ahmed al-Sharaa → ahmed-al-sharaa',
    ]);
    expect(await linksOn('2025-03-30', 'Syrian President Bashar Assad fled before the offensive ended.')).toEqual([
      'Syrian → syria',
      'Bashar Assad → bashar-al-assad',
    ]);
  });

  test('a former holder, a vice president or a then-president is not the holder on the date', async () => {
    expect(await linksOn('2025-03-30', 'The former Syrian president lives in Moscow.')).toEqual(['Syrian → syria']);
    expect(await linksOn('2025-03-30', 'The Vice President of Syria opened the session.')).toEqual(['Syria → syria']);
    expect(await linksOn('2025-03-30', 'He had met the then-President of Syria in 2010.')).toEqual(['Syria → syria']);
  });

  test('in the weeks when no one held the office, the title is a note, not a link', async () => {
    const processor = createBriefingProcessor({ registry: on('2024-12-20'), actorHref: (id) => `/actors/${id}/` });
    const { record, messages } = await renderBriefing(processor, {
      markdown: 'Crowds waited for the Syrian president to be named.',
      path: 'test.md',
      taggedActors: [],
    });
    expect(record.mentions.map(({ text, actor }) => `${text} → ${actor}`)).toEqual(['Syrian → syria']);
    expect(messages.map(({ line, column, reason, ruleId }) => `${line}:${column}: ${reason} [${ruleId}]`)).toEqual([
      '1:23: "Syrian president" names no actor on this briefing\'s date (it named Ahmed al-Sharaa from 2025-01-29; ' +
        'Bashar al-Assad from 2000-07-17 until 2024-12-08); not linked [name-out-of-period]',
    ]);
  });
});

describe('memberships by date', () => {
  const memberOf = (date: string, id: string) => on(date).actors.get(id as ActorId)?.memberOf;

  test.each([
    ['2016-06-01', []],
    ['2024-12-02', ['hayat-tahrir-al-sham']],
    ['2025-01-29', ['syrian-caretaker-government']],
    ['2025-03-29', ['syrian-transitional-government']],
  ])('on %s Ahmed al-Sharaa belongs to %j', (date, groups) => {
    expect(memberOf(date, 'ahmed-al-sharaa')).toEqual(groups);
  });

  test('Bashar al-Assad speaks for the Syrian government until it falls, and for no one after', () => {
    expect(memberOf('2024-12-02', 'bashar-al-assad')).toEqual(['syrian-government']);
    expect(memberOf('2025-01-30', 'bashar-al-assad')).toEqual([]);
  });

  test('a government belongs to its state only while it exists', () => {
    const governments = (date: string) =>
      ['syrian-government', 'syrian-caretaker-government', 'syrian-transitional-government'].filter((id) =>
        memberOf(date, id)?.includes('syria' as ActorId),
      );
    expect(governments('2013-08-23')).toEqual(['syrian-government']);
    expect(governments('2024-12-08')).toEqual(['syrian-caretaker-government']);
    expect(governments('2025-03-29')).toEqual(['syrian-transitional-government']);
  });

  test('with no date, a metonym held by governments in turn names the state they share; one held by one actor keeps it', () => {
    const entry = (id: string, data: Record<string, unknown>) => ({
      id: id as ActorId,
      data: actorSchema.parse({ kind: 'government', description: 'A made-up actor.', ...data }),
    });
    const { registry: invented } = buildRegistry([
      entry('ruritania', { name: 'Ruritania', kind: 'state' }),
      entry('royal-cabinet', {
        name: 'Royal Cabinet',
        metonyms: [{ text: 'Strelsau', until: '2019-05-01' }],
        memberOf: ['ruritania'],
      }),
      entry('peoples-council', {
        name: 'Peoples Council',
        metonyms: [{ text: 'Strelsau', from: '2019-05-01' }],
        memberOf: ['ruritania'],
      }),
      entry('harbour-board', {
        name: 'Harbour Board',
        kind: 'organisation',
        metonyms: [{ text: 'Zenda', until: '2019-05-01' }],
        memberOf: ['ruritania'],
      }),
    ]);
    const actorOf = (view: typeof invented, name: string) =>
      view.trie.longestAt(tokenize(name), 0)?.forms.map(({ actor }) => actor);
    expect(actorOf(invented, 'Strelsau')).toEqual(['ruritania']);
    expect(actorOf(registryAt(invented, calendarDateTextSchema.parse('2010-01-01')), 'Strelsau')).toEqual([
      'royal-cabinet',
    ]);
    expect(actorOf(invented, 'Zenda')).toEqual(['harbour-board']);
  });

  test('a membership of its own period is cut to the days its actor exists', () => {
    const entry = (id: string, data: Record<string, unknown>) => ({
      id: id as ActorId,
      data: actorSchema.parse({ kind: 'organisation', description: 'A made-up actor.', ...data }),
    });
    const { registry: invented } = buildRegistry([
      entry('league', { name: 'League' }),
      entry('alliance', { name: 'Alliance' }),
      entry('old-front', {
        name: 'Old Front',
        from: '2010-01-01',
        until: '2020-01-01',
        memberOf: [
          { actor: 'league', from: '2015-01-01' },
          { actor: 'alliance', until: '2009-01-01' },
        ],
      }),
      entry('standing-body', { name: 'Standing Body', memberOf: ['league'] }),
    ]);
    const at = (date: string, id: string) =>
      registryAt(invented, calendarDateTextSchema.parse(date)).actors.get(id as ActorId)?.memberOf;
    expect(at('2012-06-01', 'old-front')).toEqual([]);
    expect(at('2016-06-01', 'old-front')).toEqual(['league']);
    expect(at('2021-06-01', 'old-front')).toEqual([]);
    // A membership that ends before its actor begins holds on no day at all.
    expect(at('2008-06-01', 'old-front')).toEqual([]);
    // An actor with no period keeps its memberships on every date.
    expect(at('1990-06-01', 'standing-body')).toEqual(['league']);
  });
});

test('officials of a state speak for the government it had on the briefing’s date', async () => {
  const creditOn = async (date: string) => {
    const processor = createBriefingProcessor({ registry: on(date), actorHref: (id) => `/actors/${id}/` });
    const markdown = 'Syrian officials said the crossing would “stay open for aid convoys”.';
    const { record } = await renderBriefing(processor, { markdown, path: 'test.md', taggedActors: [] });
    return record.quotes.map(({ speaker }) => speaker?.actor);
  };
  expect(await creditOn('2013-08-23')).toEqual(['syrian-government']);
  expect(await creditOn('2025-01-30')).toEqual(['syrian-caretaker-government']);
  expect(await creditOn('2025-06-01')).toEqual(['syrian-transitional-government']);
});

test('a minister, a spokesman and a ministry found in the text speak for the government of the date', async () => {
  const creditOn = async (date: string, markdown: string) => {
    const processor = createBriefingProcessor({ registry: on(date), actorHref: (id) => `/actors/${id}/` });
    const { record } = await renderBriefing(processor, { markdown, path: 'test.md', taggedActors: [] });
    return record.quotes.map(({ speaker }) => [speaker?.name, speaker?.actor]);
  };
  const markdown =
    'Syrian Foreign Minister Karim Nassar met the envoy in Damascus. “The border will reopen,” Nassar said.\n\n' +
    'Interior ministry spokesman Samer Khoury said 40 people had been held. “The files are with the courts,” he said.';
  expect(await creditOn('2025-01-30', markdown)).toEqual([
    ['Karim Nassar', 'syrian-caretaker-government'],
    ['Samer Khoury', 'syrian-caretaker-government'],
  ]);
  expect(await creditOn('2025-06-01', markdown)).toEqual([
    ['Karim Nassar', 'syrian-transitional-government'],
    ['Samer Khoury', 'syrian-transitional-government'],
  ]);
  // A state the registry has no government for keeps its officials' words itself.
  expect(
    await creditOn('2025-06-01', 'Iranian Foreign Minister Karim Nassar spoke in Tehran. “Talks go on,” Nassar said.'),
  ).toEqual([['Karim Nassar', 'iran']]);
  // Not one who holds no office: an analyst from Syria speaks for no one.
  expect(
    await creditOn('2025-06-01', 'Rami Haddad, a Syrian economist, was gloomy. “Prices will rise,” Haddad said.'),
  ).toEqual([['Rami Haddad', null]]);
});

test('a speaker’s words are credited to the group they belonged to on the briefing’s date', async () => {
  // A made-up registry: no real person is quoted in a test.
  const entry = (id: string, data: Record<string, unknown>) => ({
    id: id as ActorId,
    data: actorSchema.parse({ kind: 'organisation', description: 'A made-up actor.', ...data }),
  });
  const { registry: invented } = buildRegistry([
    entry('old-council', { name: 'Old Council' }),
    entry('new-council', { name: 'New Council' }),
    entry('jana-novak', {
      name: 'Jana Novak',
      kind: 'person',
      memberOf: [
        { actor: 'old-council', until: '2020-01-01' },
        { actor: 'new-council', from: '2020-01-01' },
      ],
    }),
  ]);
  const creditOn = async (date: string) => {
    const processor = createBriefingProcessor({
      registry: registryAt(invented, calendarDateTextSchema.parse(date)),
      actorHref: (id) => `/actors/${id}/`,
    });
    const markdown = '“The vote will go ahead on Monday,” Jana Novak said.';
    const { record } = await renderBriefing(processor, { markdown, path: 'test.md', taggedActors: [] });
    return record.quotes.map(({ speaker }) => [speaker?.id, speaker?.actor]);
  };
  expect(await creditOn('2019-06-01')).toEqual([['jana-novak', 'old-council']]);
  expect(await creditOn('2021-06-01')).toEqual([['jana-novak', 'new-council']]);
});

describe('views', () => {
  test('dates between the same changes share one view, so its trie is built once', () => {
    expect(on('2025-02-01')).toBe(registryAt(registry, new Date('2025-03-15T00:00:00Z')));
    expect(on('2025-02-01')).not.toBe(on('2025-03-29'));
  });

  test('a time-bound name no actor holds on the date is kept apart, for a note, and never matched', () => {
    const tokens = tokenize('Syrian army');
    const holder = (trie: NameTrie) => trie.longestAt(tokens, 0)?.forms.map(({ actor }) => actor);
    const before = on('2024-12-02');
    const after = on('2025-01-30');
    expect([holder(before.trie), holder(before.outOfPeriod)]).toEqual([['syrian-arab-army'], undefined]);
    expect([holder(after.trie), holder(after.outOfPeriod)]).toEqual([['syria'], ['syrian-arab-army']]);
  });
});
