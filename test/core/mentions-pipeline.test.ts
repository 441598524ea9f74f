/**
 * The mention plugins inside the real briefing pipeline: where links may and
 * may not go, sentence anchors, the data record and the messages.
 */
import { describe, expect, test } from 'vitest';
import { createBriefingProcessor, renderBriefing } from '../../src/core/unified/pipeline.ts';
import type { ActorId } from '../../src/core/schema/index.ts';
import { parseFragment } from '../helpers/dist.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();
const processor = createBriefingProcessor({ registry, actorHref: (actor) => `/base/actors/${actor}/` });

async function render(markdown: string, taggedActors: string[] = []) {
  const result = await renderBriefing(processor, {
    markdown,
    path: 'content/articles/test.md',
    taggedActors: taggedActors as ActorId[],
  });
  return { ...result, body: parseFragment(result.html) };
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((element) => element.textContent);

describe('links', () => {
  test('a mention becomes an accessible link to the actor page, styled by kind, described when its words are not the name', async () => {
    const { body } = await render('Iranian-backed militias entered Syria.');
    const links = [...body.querySelectorAll('a.actor')].map((link) => ({
      text: link.textContent,
      href: link.getAttribute('href') ?? undefined,
      className: link.getAttribute('class') ?? undefined,
      description: link.getAttribute('aria-description') ?? undefined,
    }));
    expect(links).toEqual([
      { text: 'Iranian', href: '/base/actors/iran/', className: 'actor actor--state', description: 'Iran' },
      { text: 'Syria', href: '/base/actors/syria/', className: 'actor actor--state', description: undefined },
    ]);
  });

  test('never inside code, existing links or image alt text; never nested', async () => {
    const { body, record } = await render(
      [
        'See [the Iran talks](https://example.org/iran) and `Iran` in code.',
        '',
        '![Iran at night](https://example.org/i.png) Russia, *Turkey* and **the Kurds**.',
        '',
        '```',
        'Iran',
        '```',
      ].join('\n'),
    );
    expect(body.querySelectorAll('a a').length).toBe(0);
    expect(body.querySelectorAll('code a, pre a').length).toBe(0);
    expect(body.querySelector('img')?.getAttribute('alt')).toBe('Iran at night');
    expect(texts(body, 'a.actor')).toEqual(['Russia', 'Turkey', 'Kurds']);
    expect(texts(body, 'em > a.actor').join('')).toBe('Turkey');
    expect(record.actors.map(({ actor }) => actor)).toEqual(['kurds', 'russia', 'turkey']);
  });

  test('raw HTML is sanitised before annotation: scripts go, unsafe URLs go, text is annotated', async () => {
    const { html, body } = await render(
      'Iran <script>alert(1)</script><a href="javascript:alert(1)">Russia</a> <img src=x onerror=alert(1)>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:/i);
    expect(texts(body, 'a.actor')).toEqual(['Iran']);
  });
});

describe('sentences', () => {
  test('every sentence has a stable id and every mention points at the sentence that holds it', async () => {
    const markdown = 'Iran spoke. Russia listened to Mr. Putin.\n\nTurkey *waited. Then* it acted.';
    const { body, record } = await render(markdown);
    expect(record.sentences.map(({ text }) => text)).toEqual([
      'Iran spoke.',
      'Russia listened to Mr. Putin.',
      // A sentence never breaks inside an inline element.
      'Turkey waited. Then it acted.',
    ]);
    expect(record.mentions.map(({ actor }) => actor)).toEqual(['iran', 'russia', 'vladimir-putin', 'turkey']);
    for (const mention of record.mentions) {
      expect(body.querySelectorAll(`#${mention.sentence} a.actor[href$="/${mention.actor}/"]`).length).toBeGreaterThan(
        0,
      );
    }
    const again = await render(`A new first paragraph.\n\n${markdown}`);
    expect(again.record.sentences.slice(1).map(({ id }) => id)).toEqual(record.sentences.map(({ id }) => id));
  });

  test('a repeated sentence gets its own id', async () => {
    const { record } = await render('Iran spoke.\n\nIran spoke.');
    const [first, second] = record.sentences.map(({ id }) => id);
    expect(second).toBe(`${first}-2`);
  });
});

describe('messages', () => {
  test('unsure cases are messages with the line and column in the file', async () => {
    const { messages } = await render('\n\n\nAraghchi said so.\n\nLater, Abbas Araghchi left.');
    expect(messages.map((message) => `${message.line}:${message.column}: ${message.ruleId}`)).toEqual([
      '4:1: surname-before-name',
    ]);
  });
});
