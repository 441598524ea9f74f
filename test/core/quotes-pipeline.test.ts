/**
 * Quotations inside the real briefing pipeline: the seed briefing's four
 * quotes with their speakers and actors, the markup (`<q>`, `<blockquote>`,
 * permalinks, speaker links), the data record, `npm run annotate -- --json`
 * and the messages with file:line.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { createBriefingProcessor, renderBriefing } from '../../src/core/unified/pipeline.ts';
import { actorCardId } from '../../src/core/unified/actor-card-id.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { ROOT } from '../helpers/build.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();
const processor = createBriefingProcessor({
  registry,
  actorHref: (actor) => `/base/actors/${actor}/`,
  actorCardId,
});

const SEED = 'content/articles/2024-12-02-iranian-backed-militias-enter-syria.md';

async function render(markdown: string, file = 'content/articles/test.md') {
  const result = await renderBriefing(processor, { markdown, path: file, taggedActors: [] });
  return { ...result, $: cheerio.load(result.html, null, false) };
}

async function renderFile(file: string) {
  const parsed = parseArticleFile(readFileSync(path.join(ROOT, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return render(parsed.value.markdown.padded, file);
}

describe('the seed briefing', async () => {
  const { $, record, messages } = await renderFile(SEED);
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

  test('each quote is a <q> with its speaker and actor, a permalink id and an accessible description', () => {
    const marked = $('q.quote')
      .map((_, element) => ({
        id: $(element).attr('id'),
        speaker: $(element).attr('data-speaker'),
        speakerId: $(element).attr('data-speaker-id'),
        actor: $(element).attr('data-actor'),
        description: $(element).attr('aria-description'),
      }))
      .get();
    expect(marked).toEqual(
      speech.map((quote) => ({
        id: quote.id,
        speaker: quote.speaker?.name,
        speakerId: quote.speaker?.id ?? undefined,
        actor: quote.speaker?.actor ?? undefined,
        description: expect.stringMatching(/^Quotation by /u) as unknown,
      })),
    );
    expect($('#' + (speech[2]?.id ?? '')).attr('aria-description')).toBe('Quotation by Esmaeil Baqaei (Iran)');
    // The marks are part of the quotation as the reader sees it.
    expect($('q.quote').first().text()).toMatch(/^“These are fresh.*north,”$/u);
  });

  test('a quote sits whole inside the sentence the record names, with the mentions inside it linked', () => {
    for (const quote of speech) {
      const element = $(`#${quote.id}`);
      expect(element.parent().is(`span.sentence#${quote.sentence}`)).toBe(true);
    }
    expect(
      $(`#${speech[3]?.id ?? ''} a.actor`)
        .map((_, link) => $(link).attr('data-actor'))
        .get(),
    ).toEqual(['bashar-al-assad', 'syria', 'iran']);
  });

  test('the attribution links to the speaker: a nominal to the actor it speaks for', () => {
    const spokesperson = $('a.speaker');
    expect(spokesperson.text()).toBe('the spokesperson');
    expect(spokesperson.attr('href')).toBe('/base/actors/russia/');
    // A name that is already a mention link is not linked twice.
    expect($('a.actor[data-actor="esmaeil-baqaei"]').last().parent().text()).toContain('Baqaei said');
    expect($('a a').length).toBe(0);
  });

  test('mention links name the hover card of their actor', () => {
    expect($('a.actor[data-actor="iran"]').first().attr('interestfor')).toBe('actor-card-iran');
  });
});

describe('markup', () => {
  test('a paragraph that is all quotation becomes a block quotation', async () => {
    const { $, record } = await render(
      [
        'Abbas Araghchi spoke at length. He said:',
        '',
        '“We will not abandon our friends in Damascus, whatever the cost.”',
      ].join('\n'),
    );
    const [quote] = record.quotes;
    const block = $('blockquote.quote');
    expect(block.attr('id')).toBe(quote?.id);
    expect(block.attr('data-speaker')).toBe('Abbas Araghchi');
    expect(block.attr('data-actor')).toBe('iran');
    expect(block.children('p').children('span.sentence').text()).toMatch(/^“We will not abandon/u);
    expect($('q').length).toBe(0);
  });

  test('a quotation split by its attribution is one record, both halves marked, one permalink', async () => {
    const { $, record } = await render(
      '“We entered Syria at the invitation of its government,” Esmaeil Baqaei said, “and we will stay.”',
    );
    expect(record.quotes).toHaveLength(1);
    expect(record.quotes[0]?.text).toBe('We entered Syria at the invitation of its government, … and we will stay.');
    expect($('q.quote').length).toBe(2);
    expect($('q.quote[id]').length).toBe(1);
    expect(
      $('q.quote')
        .map((_, element) => $(element).attr('data-speaker'))
        .get(),
    ).toEqual(['Esmaeil Baqaei', 'Esmaeil Baqaei']);
  });

  test('a quotation inside a quotation is part of the outer one', async () => {
    const { $, record } = await render(
      'Esmaeil Baqaei spoke. “They told us ‘we are leaving tomorrow,’ and then they stayed,” Baqaei said.',
    );
    expect(record.quotes).toHaveLength(1);
    expect($('q.quote').length).toBe(1);
    expect($('q.quote').text()).toBe('“They told us ‘we are leaving tomorrow,’ and then they stayed,”');
  });

  test('scare quotes and titles are data, not marked as speech', async () => {
    const { $, record } = await render(
      'The government unveiled its "One Nation, One Election" plan to fight so-called "moderate" rebels.',
    );
    expect(record.quotes.map(({ kind, marked }) => ({ kind, marked }))).toEqual([
      { kind: 'title', marked: false },
      { kind: 'scare', marked: false },
    ]);
    expect($('q').length).toBe(0);
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
    expect(reported).toEqual(['5:23: quote-unclosed', '3:1: quote-unattributed']);
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
