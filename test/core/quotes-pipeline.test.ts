/**
 * Quotations inside the real briefing pipeline: the seed briefing's four
 * quotes with their speakers and actors, the markup (`<q>`, `<blockquote>`,
 * permalinks, speaker links), the data record, `npm run annotate -- --json`
 * and the messages with file:line.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createBriefingProcessor, renderBriefing } from '../../src/core/unified/pipeline.ts';
import { actorCardId } from '../../src/core/unified/actor-card-id.ts';
import { processorOnDate } from '../../src/core/unified/processor-on-date.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { ROOT } from '../helpers/build.ts';
import { linkedActor, parseFragment } from '../helpers/dist.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();
const processor = createBriefingProcessor({
  registry,
  actorHref: (actor) => `/base/actors/${actor}/`,
  actorCardId,
});

const onDate = processorOnDate({ registry, actorHref: (actor) => `/base/actors/${actor}/`, actorCardId });

const SEED = 'content/articles/2024-12-02-iranian-backed-militias-enter-syria.md';

async function render(markdown: string, file = 'content/articles/test.md', on = processor) {
  const result = await renderBriefing(on, { markdown, path: file, taggedActors: [] });
  return { ...result, body: parseFragment(result.html) };
}

/** An attribute's value, undefined when the element does not carry it. */
const attribute = (element: Element | null | undefined, name: string) => element?.getAttribute(name) ?? undefined;
/** The text of every element `selector` matches, run together. */
const text = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent).join('');

async function renderFile(file: string) {
  const parsed = parseArticleFile(readFileSync(path.join(ROOT, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  // A briefing file is read with the registry on its date, as the build reads it.
  return render(parsed.value.markdown.padded, file, onDate(parsed.value.data.date));
}

describe('the seed briefing', async () => {
  const { body, record, messages } = await renderFile(SEED);
  const speech = record.quotes.filter((quote) => quote.kind === 'speech');

  test('all four quotes are found, attributed and credited to their actors', () => {
    expect(
      speech.map(({ text, speaker, cue }) => ({
        words: text.split(' ').slice(0, 4).join(' '),
        speaker: speaker && { name: speaker.name, id: speaker.id, actor: speaker.actor, outlet: speaker.outlet },
        cue,
      })),
    ).toEqual([
      {
        words: 'These are fresh reinforcements',
        speaker: { name: 'a senior army force', id: null, actor: null, outlet: 'Reuters' },
        cue: 'told',
      },
      {
        words: 'We of course continue',
        speaker: { name: 'a spokesperson for the Russian government', id: null, actor: 'russia', outlet: undefined },
        cue: 'stated',
      },
      {
        words: 'We entered Syria many',
        speaker: { name: 'Esmaeil Baqaei', id: 'esmaeil-baqaei', actor: 'iran', outlet: undefined },
        cue: 'said',
      },
      {
        words: 'I clearly announce full-fledged',
        speaker: { name: 'Abbas Araghchi', id: 'abbas-araghchi', actor: 'iran', outlet: undefined },
        cue: 'stated',
      },
    ]);
    expect(record.quotes).toHaveLength(4);
    expect(messages.filter((message) => String(message.ruleId).startsWith('quote'))).toEqual([]);
  });

  test('each quote is a <q> with a permalink id, a description naming its speaker, and a link to their page', () => {
    const marked = [...body.querySelectorAll('q.quote')].map((element) => ({
      id: attribute(element, 'id'),
      description: attribute(element, 'aria-description'),
      page: attribute(element.querySelector('a.quote-speaker'), 'href'),
    }));
    const speakerPage = (id: string | null | undefined) => (id ? `/base/actors/${id}/` : undefined);
    expect(marked).toEqual(
      speech.map((quote) => ({
        id: quote.id,
        description: expect.stringMatching(/^Quotation by /u) as unknown,
        // The speaker's page, or that of the actor a speaker with none speaks for.
        page: speakerPage(quote.speaker?.id ?? quote.speaker?.actor),
      })),
    );
    // Each names its own speaker.
    expect(marked.map(({ description }) => description?.replace(/^Quotation by | \(.*\)$/gu, ''))).toEqual(
      speech.map((quote) => quote.speaker?.name),
    );
    // The speaker's and the credited actor's ids are in the record and the link, not repeated on the quote.
    expect(body.querySelectorAll('q[data-speaker], q[data-speaker-id], q[data-actor]').length).toBe(0);
    expect(attribute(body.querySelector('#' + (speech[2]?.id ?? '')), 'aria-description')).toBe(
      'Quotation by Esmaeil Baqaei (Iran)',
    );
    // The marks are part of the quotation as the reader sees it.
    expect(body.querySelector('q.quote')?.textContent).toMatch(/^“These are fresh.*north,”$/u);
  });

  test('a quote sits whole inside the sentence the record names, with the mentions inside it linked', () => {
    for (const quote of speech) {
      const element = body.querySelector(`#${quote.id}`);
      expect(element?.parentElement?.matches(`span#${quote.sentence}`)).toBe(true);
    }
    expect(
      [...body.querySelectorAll(`#${speech[3]?.id ?? ''} a.actor`)].flatMap((link) => linkedActor(link) ?? []),
    ).toEqual(['bashar-al-assad', 'syria', 'iran']);
  });

  test('the attribution links to the speaker: a nominal to the actor it speaks for', () => {
    expect(text(body, 'a.speaker')).toBe('the spokesperson');
    expect(attribute(body.querySelector('a.speaker'), 'href')).toBe('/base/actors/russia/');
    // A name that is already a mention link is not linked twice.
    expect(
      [...body.querySelectorAll('a.actor[href$="/esmaeil-baqaei/"]')].at(-1)?.parentElement?.textContent ?? '',
    ).toContain('Baqaei said');
    expect(body.querySelectorAll('a a').length).toBe(0);
  });

  test('mention links name the hover card of their actor', () => {
    expect(attribute(body.querySelector('a.actor[href$="/iran/"]'), 'interestfor')).toBe('card-iran');
  });
});

describe('markup', () => {
  test('a paragraph that is all quotation becomes a block quotation', async () => {
    const { body, record } = await render(
      [
        'Abbas Araghchi spoke at length. He said:',
        '',
        '“We will not abandon our friends in Damascus, whatever the cost.”',
      ].join('\n'),
    );
    const [quote] = record.quotes;
    const block = body.querySelector('blockquote.quote');
    expect(attribute(block, 'id')).toBe(quote?.id);
    // The style writes the speaker's name under a block quotation: the one quote that carries it as data.
    expect(attribute(block, 'data-speaker')).toBe('Abbas Araghchi');
    expect(attribute(block, 'aria-description')).toBe('Quotation by Abbas Araghchi (Iran)');
    expect(attribute(block, 'data-actor')).toBeUndefined();
    expect(text(body, 'blockquote.quote > p > span[id^="s-"]')).toMatch(/^“We will not abandon/u);
    expect(body.querySelectorAll('q').length).toBe(0);
  });

  test('a quotation split by its attribution is one record, both halves marked, one permalink', async () => {
    const { body, record } = await render(
      '“We entered Syria at the invitation of its government,” Esmaeil Baqaei said, “and we will stay.”',
    );
    expect(record.quotes).toHaveLength(1);
    expect(record.quotes[0]?.text).toBe('We entered Syria at the invitation of its government, … and we will stay.');
    expect(body.querySelectorAll('q.quote').length).toBe(2);
    expect(body.querySelectorAll('q.quote[id]').length).toBe(1);
    expect(
      [...body.querySelectorAll('q.quote')].flatMap((element) => element.getAttribute('aria-description') ?? []),
    ).toEqual(['Quotation by Esmaeil Baqaei (Iran)', 'Quotation by Esmaeil Baqaei (Iran)']);
  });

  test('a quotation inside a quotation is part of the outer one', async () => {
    const { body, record } = await render(
      'Esmaeil Baqaei spoke. “They told us ‘we are leaving tomorrow,’ and then they stayed,” Baqaei said.',
    );
    expect(record.quotes).toHaveLength(1);
    expect(body.querySelectorAll('q.quote').length).toBe(1);
    expect(text(body, 'q.quote')).toBe('“They told us ‘we are leaving tomorrow,’ and then they stayed,”');
  });

  test('three adjacent quotations are three <q>, each with its own permalink', async () => {
    const { body, record } = await render(
      'Outside parliament the protesters chanted “No more war.” “Bring our soldiers home.” “Peace now, not later.”',
    );
    expect(record.quotes.map((quote) => quote.text)).toEqual([
      'No more war.',
      'Bring our soldiers home.',
      'Peace now, not later.',
    ]);
    expect([...body.querySelectorAll('q.quote')].map((element) => element.textContent)).toEqual([
      '“No more war.”',
      '“Bring our soldiers home.”',
      '“Peace now, not later.”',
    ]);
    expect(new Set([...body.querySelectorAll('q.quote')].map((element) => element.id)).size).toBe(3);
  });

  test('nothing inside inline code or a code block is a quotation, and prose around code still is', async () => {
    const { body, record, messages } = await render(
      [
        'To reproduce the fault, run `curl -H "Accept: text/html" "$URL"` twice, the engineer said.',
        '',
        '```',
        'print("The minister said the code was fine")',
        '```',
        '',
        'The ticket shows `status: "closed"`, but the operator said the outage was “far from over”.',
      ].join('\n'),
    );
    expect(record.quotes.map((quote) => quote.text)).toEqual(['far from over']);
    expect(body.querySelectorAll('code q, pre q').length).toBe(0);
    // The code's marks would be unbalanced and its quotes unattributed, were they read as prose.
    expect(messages.filter((message) => String(message.ruleId).startsWith('quote-'))).toEqual([]);
  });

  test('spaced guillemets are inside the <q> with the words', async () => {
    const { body } = await render('Le ministre a déclaré : « Nous resterons ici », selon l’agence.');
    expect(text(body, 'q.quote')).toBe('« Nous resterons ici »');
  });

  test('scare quotes and titles are data, not marked as speech', async () => {
    const { body, record } = await render(
      'The government unveiled its "One Nation, One Election" plan to fight so-called "moderate" rebels.',
    );
    expect(record.quotes.map(({ kind, marked }) => ({ kind, marked }))).toEqual([
      { kind: 'title', marked: false },
      { kind: 'scare', marked: false },
    ]);
    expect(body.querySelectorAll('q').length).toBe(0);
  });

  test('a quotation that crosses other markup keeps its data and is reported at its line', async () => {
    const { record, messages } = await render(
      ['Intro line.', '', 'Esmaeil Baqaei said: “We will *stay,” for now* and left.'].join('\n'),
    );
    expect(record.quotes[0]?.marked).toBe(false);
    expect(record.quotes[0]?.speaker?.id).toBe('esmaeil-baqaei');
    expect(messages.map((message) => `${message.line}:${message.column}: ${message.ruleId}`)).toContain(
      '3:22: quote-across-markup',
    );
  });

  test('an unbalanced mark and an unattributed quote are reported with line and column', async () => {
    const { messages } = await render(
      ['First paragraph.', '', '“Nobody knows.”', '', 'The minister spoke of “a new era for the region.'].join('\n'),
    );
    const reported = messages.map((message) => `${message.line}:${message.column}: ${message.ruleId}`);
    // The unclosed quote runs to its paragraph's end: a quotation of its own, with no cue beside it.
    expect(reported).toEqual(['5:23: quote-unclosed', '3:1: quote-unattributed', '5:23: quote-unattributed']);
  });

  test('quote ids are stable: the same words keep their permalink when the text around them changes', async () => {
    const words = '“We entered Syria at the invitation of its government,” Baqaei said.';
    const before = await render(`Esmaeil Baqaei spoke. ${words}`);
    const after = await render(`Something else happened first.\n\nEsmaeil Baqaei spoke on Monday. ${words}`);
    expect(after.record.quotes[0]?.id).toBe(before.record.quotes[0]?.id);
  });
});

describe('npm run annotate -- --json', () => {
  test('prints the quotes with kind, offsets, speaker and cue', () => {
    const run = spawnSync(process.execPath, ['tools/annotate/main.ts', SEED, '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      text: string;
      quotes: { text: string; kind: string; start: number; end: number; speaker: unknown; cue: string }[];
    };
    expect(report.quotes).toHaveLength(4);
    for (const quote of report.quotes) expect(report.text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(report.quotes[2]).toMatchObject({
      kind: 'speech',
      speaker: { name: 'Esmaeil Baqaei', id: 'esmaeil-baqaei', actor: 'iran' },
      cue: 'said',
    });
  });
});

describe('a discovered person speaks for a body they belong to, not for where they come from', () => {
  /** The speech quote's speaker and credited actor, with the discovered person's affiliation and its basis. */
  async function credit(markdown: string) {
    const { record } = await render(markdown);
    const [quote] = record.quotes.filter((found) => found.kind === 'speech');
    const person = record.discovered.find((actor) => actor.id === quote?.speaker?.id);
    return {
      speaker: quote?.speaker?.name,
      actor: quote?.speaker?.actor,
      memberOf: person?.memberOf,
      origin: person?.origin,
    };
  }

  test.each([
    [
      'a nationality before a profession',
      'American economist Dana Whitfield said: “Rates will fall before the winter.”',
      { speaker: 'Dana Whitfield', actor: null, memberOf: ['united-states'], origin: true },
    ],
    [
      'a town the text places the person in',
      'Dana Whitfield, a retired teacher from Tulsa, Oklahoma, said: “We were never told about the closure.”',
      { speaker: 'Dana Whitfield', actor: null, memberOf: ['united-states'], origin: true },
    ],
    [
      'a national office with its state',
      'Lebanese Prime Minister Rami Haddad said: “We will not be dragged into this war.”',
      { speaker: 'Rami Haddad', actor: 'lebanon', memberOf: ['lebanon'], origin: undefined },
    ],
    [
      'an armed force’s role with its owner’s demonym before it',
      'Lebanese army spokesman Karim Nassar said: “Our units have entered the villages.”',
      { speaker: 'Karim Nassar', actor: 'lebanon', memberOf: ['lebanon'], origin: undefined },
    ],
    [
      'a military profession held for oneself, with a nationality',
      'American military historian Dana Whitfield said: “No army has held that ridge for long.”',
      { speaker: 'Dana Whitfield', actor: null, memberOf: ['united-states'], origin: true },
    ],
    [
      'a state’s ambassador',
      'Farid Nasser, Iran’s ambassador to Iraq, said: “Our borders stay open to pilgrims.”',
      { speaker: 'Farid Nasser', actor: 'iran', memberOf: ['iran'], origin: undefined },
    ],
    [
      'a government’s spokesman, named by its seat',
      'Kremlin spokesman Dmitry Orlov told reporters: “It is an attempt to gain time to rearm.”',
      { speaker: 'Dmitry Orlov', actor: 'russia', memberOf: ['russia'], origin: undefined },
    ],
    [
      'a role for a named body, set off by a comma before the name',
      'A spokeswoman for the Jordanian foreign ministry, Lina Haddad, said the two had agreed. “We want the border to be a bridge,” Haddad said.',
      { speaker: 'Lina Haddad', actor: 'jordan', memberOf: ['jordan'], origin: undefined },
    ],
    [
      'an office with no owner, in a sentence that opens on a capital',
      'In Islamabad, a foreign office spokeswoman, Amna Qureshi, said the rules were clear. “Pakistan has hosted Afghans for forty years,” Qureshi said.',
      { speaker: 'Amna Qureshi', actor: 'pakistan', memberOf: ['pakistan'], origin: undefined },
    ],
    [
      'a foreign office in a capital: its own state, not the capital’s',
      'In Islamabad, a British foreign office spokeswoman, Amna Qureshi, said the rules were clear. “We are watching closely,” Qureshi said.',
      { speaker: 'Amna Qureshi', actor: 'united-kingdom', memberOf: ['united-kingdom'], origin: undefined },
    ],
    [
      'an ambassador in a capital may be anyone’s',
      'In Islamabad, Ambassador Amna Qureshi said the rules were clear. “We are watching closely,” Qureshi said.',
      { speaker: 'Amna Qureshi', actor: null, memberOf: [], origin: undefined },
    ],
    [
      'a role owned by `its`: the body named just before',
      'The International Committee of the Red Cross said its teams had evacuated 30 families. Its head of delegation, Beatrice Morel, said hospitals were short of blood. “We are asking both sides to let ambulances through,” Morel said.',
      {
        speaker: 'Beatrice Morel',
        actor: 'international-committee-of-the-red-cross',
        memberOf: ['international-committee-of-the-red-cross'],
        origin: undefined,
      },
    ],
    [
      'an expert at an institution gives a view of their own',
      'Hana Rashid, a security analyst at the University of Sulaimani, said the group was patient. “These are small cells,” Rashid said.',
      { speaker: 'Hana Rashid', actor: null, memberOf: ['university-of-sulaimani'], origin: undefined },
    ],
    [
      'a spokeswoman at the same institution speaks for it',
      'Hana Rashid, a spokeswoman for the University of Sulaimani, said the campus was closed. “Classes will resume on Monday,” Rashid said.',
      {
        speaker: 'Hana Rashid',
        actor: 'university-of-sulaimani',
        memberOf: ['university-of-sulaimani'],
        origin: undefined,
      },
    ],
    [
      'a role named by its body’s noun: the body of that noun named just before',
      'Jets struck targets overnight, the Israeli military said. “Every launcher we find will be destroyed,” military spokesman Lt. Col. Avi Shalem told reporters.',
      { speaker: 'Avi Shalem', actor: 'israel-defense-forces', memberOf: ['israel-defense-forces'], origin: undefined },
    ],
    [
      'a government body’s role with no body named: the state the passage reports',
      'Iran said on Monday it was ready to resume talks. Foreign ministry spokesman Reza Mohammadi told a news conference the country had shown good faith. “The ball is in the court of the Europeans,” Mohammadi said.',
      { speaker: 'Reza Mohammadi', actor: 'iran', memberOf: ['iran'], origin: undefined },
    ],
    [
      'a company’s spokesman is no state’s',
      'Iran said on Monday it was ready to resume talks. Company spokesman Reza Mohammadi said the plant would reopen. “We are ready,” Mohammadi said.',
      { speaker: 'Reza Mohammadi', actor: null, memberOf: [], origin: undefined },
    ],
    [
      'an office with no owner, in a briefing about one state: that state’s',
      'Canada tightened its rules on Friday. Canada’s archives were moved. Environment Minister John Baird said: “We take document security seriously.”',
      { speaker: 'John Baird', actor: 'canada', memberOf: ['canada'], origin: undefined },
    ],
    [
      'an opposition office in the same briefing is no government’s',
      'Canada tightened its rules on Friday. Canada’s archives were moved. Labour’s Shadow Home Secretary Yvette Cooper said: “This is damning.”',
      { speaker: 'Yvette Cooper', actor: null, memberOf: [], origin: undefined },
    ],
    [
      'an office with no owner where two states are named alike: neither',
      'Canada and France tightened their rules on Friday. Environment Minister John Baird said: “We take document security seriously.”',
      { speaker: 'John Baird', actor: null, memberOf: [], origin: undefined },
    ],
    [
      'a local office serves the place a capital names, not its government',
      'The Governor of Washington, Maria Delgado, signed a bill on Thursday. “Nobody should have to choose between rent and groceries,” Delgado said.',
      { speaker: 'Maria Delgado', actor: null, memberOf: ['united-states'], origin: true },
    ],
    [
      'a role for a body the registry does not hold',
      'A spokeswoman for the family, Lina Haddad, said they had not been told. “We want answers,” Haddad said.',
      { speaker: 'Lina Haddad', actor: null, memberOf: [], origin: undefined },
    ],
    [
      'a role held for oneself, for a state',
      'A lawyer for Syria, Lina Haddad, said the case was weak. “The court has no jurisdiction,” Haddad said.',
      { speaker: 'Lina Haddad', actor: null, memberOf: [], origin: undefined },
    ],
  ])('%s', async (_, markdown, expected) => {
    expect(await credit(markdown)).toEqual(expected);
  });
});

test('a body named with its owner is found again by the words the text writes it with: its document speaks for the owner', async () => {
  const { record } = await render(
    'The Kenyan Wildlife Office began charging new park fees on Monday. The Wildlife Office letter reads “gates close at dusk for every visitor”.',
  );
  const office = record.discovered.find((actor) => actor.id === 'kenya-wildlife-office');
  expect(office && { name: office.name, forms: office.forms, memberOf: office.memberOf }).toEqual({
    name: 'Kenyan Wildlife Office',
    forms: [{ text: 'Wildlife Office', probable: false }],
    memberOf: ['kenya'],
  });
  const [quote] = record.quotes.filter((found) => found.kind === 'speech');
  expect(quote?.speaker && { name: quote.speaker.name, actor: quote.speaker.actor, via: quote.speaker.via }).toEqual({
    name: 'Kenyan Wildlife Office',
    actor: 'kenya',
    via: 'document',
  });
});

test('a state’s news agency speaks for its state; an outlet that belongs to no one, for itself', async () => {
  const { record } = await render(
    '“Foolhardy provocation deserves harsh punishment,” said KCNA. “The talks failed,” Reuters said.',
  );
  expect(record.quotes.map(({ speaker }) => [speaker?.id, speaker?.actor])).toEqual([
    ['kcna', 'north-korea'],
    ['reuters', 'reuters'],
  ]);
});

test('the armed groups of Middle-East wire copy are actors of their own: a Houthi spokesman speaks for the Houthis, Kataib Hezbollah is not Hezbollah', async () => {
  const { record } = await render(
    'Houthi military spokesman Yahya Saree said the group had fired a missile. “We will widen our operations,” Saree said.\n\n' +
      'Kataib Hezbollah said it would suspend its attacks. “We did this to avoid embarrassing the government,” the group said.\n\n' +
      'The Kurdistan Workers Party (PKK) said it would lay down its arms. “The era of armed struggle is over,” the PKK said.',
  );
  expect(record.quotes.map(({ speaker }) => speaker?.actor)).toEqual([
    'houthis',
    'kataib-hezbollah',
    'kurdistan-workers-party',
  ]);
  expect(record.mentions.filter(({ actor }) => actor === 'hezbollah')).toEqual([]);
});

describe('a shared alias in a speaker’s description', () => {
  const commander = async (opening: string) => {
    const { record } = await render(
      `${opening} pushed toward the city on Friday. “We will not stop until we reach the capital,” a commander ` +
        'in the rebel operations room told reporters.',
    );
    return record.quotes.find((quote) => quote.kind === 'speech')?.speaker?.actor ?? null;
  };

  test('is the one actor sharing it that the briefing names', async () => {
    expect(await commander('Syrian rebels')).toBe('syrian-rebels');
  });

  test.each([
    ['neither actor named', 'The rebels'],
    ['both actors named', 'Syrian rebels, unlike the Libyan rebels in 2011,'],
  ])('must not fire: %s', async (_, opening) => {
    expect(await commander(opening)).toBeNull();
  });
});
