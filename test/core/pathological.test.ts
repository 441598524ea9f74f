/**
 * Pathological input, in the spirit of cmark's pathological tests: huge
 * bodies, walls of quote marks, nesting thousands of levels deep, and a
 * registry of hostile names. Each case must finish and give sane output;
 * none asserts a time (speed is `npm run bench`'s business).
 *
 * The Markdown toolchain recurses per level of nesting and is quadratic in
 * nested inline markup, so the deepest and densest cases are refused by the
 * loader's limits (src/sources/files/markdown-limits.ts) before they reach it;
 * everything the limits let through is rendered here at its largest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createBriefingProcessor, renderBriefing } from '../../src/core/unified/pipeline.ts';
import { findQuotes } from '../../src/core/quotes/index.ts';
import { buildRegistry, type ActorEntry } from '../../src/core/registry/registry.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import {
  checkMarkdownBody,
  MAX_BODY_BYTES,
  MAX_INLINE_MARKERS,
  MAX_NESTING,
} from '../../src/sources/files/markdown-limits.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { actorSchema, type ActorId } from '../../src/core/schema/index.ts';
import { ROOT } from '../helpers/build.ts';
import { parseFragment } from '../helpers/dist.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();
const processor = createBriefingProcessor({
  registry,
  actorHref: (actor) => `/actors/${actor}/`,
  actorCardId: (actor) => `actor-card-${actor}`,
});

async function render(markdown: string, processorToUse = processor) {
  const result = await renderBriefing(processorToUse, { markdown, path: 'x.md', taggedActors: [] });
  return { ...result, body: parseFragment(result.html) };
}

/** How deep `selector` elements nest inside each other in `root`. */
function nestingDepth(root: ParentNode, selector: string): number {
  let deepest = 0;
  for (const element of root.querySelectorAll(selector)) {
    if (element.querySelector(selector) !== null) continue;
    let depth = 1;
    for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
      if (parent.matches(selector)) depth++;
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

const N = 10_000;

describe('the limits a body is checked against before rendering', () => {
  const BLOCK = 'block quotes and list items nest';
  const INLINE = 'emphasis, strikethrough and link brackets nest';
  const HTML = 'HTML elements nest';
  const MARKERS = 'emphasis marks (*, _, ~) and brackets';

  test.each([
    ['block quotes', `${'>'.repeat(N)} Iran`, [BLOCK]],
    ['block quotes with spaces', `${'> '.repeat(N)}Iran`, [BLOCK]],
    ['bullet lists', `${'- '.repeat(N)}Iran`, [BLOCK]],
    ['ordered lists', `${'1. '.repeat(N)}Iran`, [BLOCK]],
    ['block quotes in list items', `${'- > '.repeat(N)}Iran`, [BLOCK]],
    ['emphasis', `${'*'.repeat(N)}Iran${'*'.repeat(N)}`, [INLINE, MARKERS]],
    ['underscores', `${'_'.repeat(N)}Iran${'_'.repeat(N)}`, [INLINE, MARKERS]],
    ['alternating emphasis', `${'*a _b '.repeat(N / 2)}Iran${' b_ a*'.repeat(N / 2)}`, [INLINE, MARKERS]],
    ['strong emphasis', `${'**a '.repeat(N)}Iran${' a**'.repeat(N)}`, [INLINE, MARKERS]],
    ['strikethrough', `${'~~a '.repeat(N)}Iran${' a~~'.repeat(N)}`, [INLINE, MARKERS]],
    ['links', `${'[a '.repeat(N)}Iran${'](https://example.org)'.repeat(N)}`, [INLINE, MARKERS]],
    ['images', `${'![a '.repeat(N)}Iran${'](https://example.org/i.png)'.repeat(N)}`, [INLINE, MARKERS]],
    ['link openers with no closers', `${'[a '.repeat(N)}Iran`, [INLINE, MARKERS]],
    // Openers of one kind that closers of another cannot hide.
    ['openers among closers of another mark', `${'*a b_ '.repeat(N / 2)}${'c* '.repeat(N / 2)}`, [INLINE, MARKERS]],
    ['emphasis closers with no openers', 'a* '.repeat(N), [MARKERS]],
    ['link closers with no openers', 'a] '.repeat(N), [MARKERS]],
    ['divs', `${'<div>'.repeat(N)}Iran${'</div>'.repeat(N)}`, [HTML]],
    ['spans, one per line', `${'<span>\n'.repeat(N)}Iran`, [HTML]],
    ['unclosed formatting elements', `${'<b><i>'.repeat(N / 2)}Iran`, [HTML]],
    ['tables in tables', `${'<table><tr><td>'.repeat(N)}Iran`, [HTML]],
  ])('%s, 10,000 deep, are refused with the line where they go too deep', (_, body, kinds) => {
    const problems = checkMarkdownBody(`Iran said nothing.\n\n${body}`, 9, 'x.md');
    expect(problems.map(({ message }) => kinds.find((kind) => message.includes(kind))).sort()).toEqual(
      [...kinds].sort(),
    );
    // The body starts on line 9; the construct on its third line, 11 (spans: the 101st of them).
    for (const problem of problems) expect(problem.line).toBe(body.startsWith('<span>\n') ? 111 : 11);
  });

  test('a body over the size limit is refused, and named with its size', () => {
    const problems = checkMarkdownBody('Iran said nothing. '.repeat(5_000_000 / 19), 9, 'x.md');
    expect(problems.map(formatProblem)).toEqual([
      'x.md:9: the body is 4.8 MB; a briefing may be at most 512 KB (is it a whole web page, or several articles in one file?)',
    ]);
  });

  test('lists nested by indentation count their levels', () => {
    const body = Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
    expect(checkMarkdownBody(body, 1, 'x.md').map(formatProblem)).toEqual([
      `x.md:${MAX_NESTING + 1}: ${BLOCK} more than ${MAX_NESTING} levels deep here; no briefing needs that, so flatten it`,
    ]);
  });

  test('what real briefings hold passes: emphasis, links, snake_case, HTML that closes, code', () => {
    const paragraphs = [
      '*Emphasis*, **strong**, ~~struck~~, a [link](https://example.org) and ![an image](https://example.org/i.png).',
      'A file_name_with_underscores, 2 * 3 = 6, a footnote.[^1]',
      '<details><summary>More</summary><p>Inside <b>bold</b><br></p></details>',
      '> Quoted\n> > and quoted again\n\n- a\n  - b\n    - c',
    ];
    // Tags in code count too (an upper bound is what keeps the check simple and safe): one sample is fine.
    const body = `${paragraphs.join('\n\n').repeat(200)}\n\n\`\`\`\n<div><div><div>\n\`\`\`\n\n[^1]: The note.`;
    expect(checkMarkdownBody(body, 1, 'x.md')).toEqual([]);
  });

  test('every briefing in content/ passes', () => {
    const directory = path.join(ROOT, 'content/articles');
    const problems = readdirSync(directory).flatMap((name) => {
      const result = parseArticleFile(readFileSync(path.join(directory, name), 'utf8'), name);
      return result.ok ? [] : result.problems.map(formatProblem);
    });
    expect(problems).toEqual([]);
  });
});

describe('what the limits let through renders, at its largest', () => {
  const PARAGRAPH =
    'Iranian-backed militias entered Syria on Monday, the Syrian government said, as Turkey and Russia watched. ' +
    '“We will respond,” Abbas Araghchi said.';

  test('a body of the largest size, all mentions and quotes: every paragraph, every mention', async () => {
    const one = await render(PARAGRAPH);
    const count = Math.floor(MAX_BODY_BYTES / Buffer.byteLength(`${PARAGRAPH}\n\n`));
    const markdown = `${PARAGRAPH}\n\n`.repeat(count);
    expect(checkMarkdownBody(markdown, 1, 'x.md')).toEqual([]);
    const { body, record } = await render(markdown);
    expect(body.querySelectorAll('p')).toHaveLength(count);
    expect(record.mentions).toHaveLength(one.record.mentions.length * count);
    expect(record.quotes).toHaveLength(one.record.quotes.length * count);
  });

  test.each([
    ['“', '“'.repeat((1024 * 1024) / 3)],
    ['"', '"'.repeat(1024 * 1024)],
    ['mixed', '“ ” " ‘ ’ \' « » „ '.repeat((1024 * 1024) / 26)],
  ])(
    'a megabyte of unmatched quote marks (%s) is text, and the finder reports a bounded number of them',
    async (_, marks) => {
      const { text, record, messages } = await render(marks);
      expect(text.replace(/\s/g, '')).toBe(marks.replace(/\s/g, ''));
      expect(record.quotes.length).toBeLessThan(marks.length / 4);
      expect(messages.length).toBeLessThanOrEqual(101);
      // And the finder on its own, without the pipeline.
      expect(findQuotes(marks).quotes.length).toBeLessThan(marks.length / 4);
    },
  );

  test(`nesting ${MAX_NESTING} levels deep in every way at once renders, every level kept`, async () => {
    const markdown = [
      `${'>'.repeat(MAX_NESTING)} Iran said nothing.`,
      `${'- '.repeat(MAX_NESTING)}Iran said nothing.`,
      `${'*'.repeat(MAX_NESTING)}Iran${'*'.repeat(MAX_NESTING)} said nothing.`,
      `${'<div>'.repeat(MAX_NESTING)}Iran said nothing.${'</div>'.repeat(MAX_NESTING)}`,
      // All kinds in one line: quotes holding emphasis holding HTML.
      `${'>'.repeat(MAX_NESTING)} ${'*'.repeat(MAX_NESTING)}${'<span>'.repeat(MAX_NESTING)}Iran${'</span>'.repeat(MAX_NESTING)}${'*'.repeat(MAX_NESTING)}`,
    ].join('\n\n');
    expect(checkMarkdownBody(markdown, 1, 'x.md')).toEqual([]);
    const { body, record } = await render(markdown);
    expect(nestingDepth(body, 'blockquote')).toBe(MAX_NESTING);
    expect(nestingDepth(body, 'ul')).toBe(MAX_NESTING);
    expect(nestingDepth(body, 'em, strong')).toBe(MAX_NESTING / 2);
    expect(nestingDepth(body, 'div')).toBe(MAX_NESTING);
    expect(record.mentions.map(({ actor }) => actor)).toEqual(['iran', 'iran', 'iran', 'iran', 'iran']);
  });

  // Each was quadratic or overflowed the stack once: wrapping copied a list per
  // mention of one sentence, and a block of 100,000 nodes was spread as arguments.
  const largest = (unit: string) => unit.repeat(Math.floor(MAX_BODY_BYTES / Buffer.byteLength(unit)));
  test.each([
    ['mentions in one sentence', largest('US '), 1],
    ['mentions one per line, in one paragraph', largest('US\n'), 1],
    ['mentions in one quotation', `“${largest('US ').slice(6)}”`, 1],
  ])('a body of the largest size of %s renders every mention', async (_, markdown, paragraphs) => {
    expect(checkMarkdownBody(markdown, 1, 'x.md')).toEqual([]);
    const { body, record } = await render(markdown);
    expect(body.querySelectorAll('p')).toHaveLength(paragraphs);
    expect(record.mentions).toHaveLength(markdown.match(/US/g)?.length ?? 0);
    expect(body.querySelectorAll('a[href="/actors/united-states/"]')).toHaveLength(record.mentions.length);
  });

  test('a body of the largest size of quotations in one paragraph: every quotation its own', async () => {
    const markdown = largest('“Iran left,” he said. ');
    const { body, record } = await render(markdown);
    expect(record.quotes).toHaveLength(markdown.match(/“/g)?.length ?? 0);
    expect(body.querySelectorAll('q')).toHaveLength(record.quotes.length);
  });

  test('as many emphasis marks as the limit allows, in one paragraph, render', async () => {
    const markdown = 'Iran* '.repeat(MAX_INLINE_MARKERS);
    expect(checkMarkdownBody(markdown, 1, 'x.md')).toEqual([]);
    const { record } = await render(markdown);
    expect(record.mentions).toHaveLength(MAX_INLINE_MARKERS);
  });
});

describe('a registry of hostile names', () => {
  const actor = (id: string, name: string, aliases: string[]): ActorEntry => ({
    id: id as ActorId,
    data: actorSchema.parse({ name, kind: 'organisation', description: 'A hostile registry entry.', aliases }),
  });
  const LONG_WORD = 'x'.repeat(5_000);
  const CHAIN = Array.from({ length: 15 }, (_, index) => `Wa${index}`).join(' ');
  const entries = [
    // Thousands of names, each a prefix of the next, by letters and by words.
    actor(
      'prefixes',
      'Qa',
      Array.from({ length: 3_000 }, (_, length) => `Q${'a'.repeat(length + 2)}`),
    ),
    actor(
      'word-prefixes',
      'Zed',
      Array.from({ length: 15 }, (_, length) =>
        Array(length + 2)
          .fill('Zed')
          .join(' '),
      ),
    ),
    // Thousands sharing fifteen words, told apart by the sixteenth.
    actor(
      'branches',
      'Branches',
      Array.from({ length: 3_000 }, (_, index) => `${CHAIN} V${index}`),
    ),
    // Pattern syntax, which must stay literal text.
    actor('patterns', 'Pattern', ['X.*', 'X(a+)+$', 'X[^a]', 'X\\d+', 'X$&', 'X|Y', 'X?', 'X{2,}', 'X\\']),
    // Markup, which must stay text wherever the name is written.
    actor('markup', 'M<script>alert(1)</script>', [
      'M"><img src=x onerror=alert(1)>',
      "M' onmouseover='alert(1)",
      'M&amp;lt;b&amp;gt;',
      'M</script><script>',
    ]),
    // Sixteen words of 5,000 letters: an 80 KB name.
    actor('long', 'Long', [Array(16).fill(LONG_WORD).join(' ')]),
  ];
  const { registry: hostile, problems } = buildRegistry(entries);
  const hostileProcessor = createBriefingProcessor({
    registry: hostile,
    actorHref: (id) => `/actors/${id}/`,
    actorCardId: (id) => `actor-card-${id}`,
  });
  /** Markdown that shows `text` as written. */
  const literal = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, '\\$&');

  test('compiles without a problem', () => {
    expect(problems).toEqual([]);
  });

  test('the longest of thousands of nested prefixes wins, by letters and by words', async () => {
    const { record } = await render(
      `Q${'a'.repeat(3_001)} and Q${'a'.repeat(1_500)}b and ${Array(16).fill('Zed').join(' ')} met.`,
      hostileProcessor,
    );
    expect(record.mentions.map(({ actor: id, text }) => [id, text.length])).toEqual([
      ['prefixes', 3_002],
      ['word-prefixes', 16 * 4 - 1],
    ]);
  });

  test('a text of near misses for thousands of branching names finds only the real ones', async () => {
    const markdown = `${`${CHAIN} Vx. `.repeat(2_000)}${CHAIN} V2999.`;
    const { record } = await render(markdown, hostileProcessor);
    expect(record.mentions.map(({ actor: id, text }) => [id, text])).toEqual([['branches', `${CHAIN} V2999`]]);
  });

  test('names with pattern syntax match only themselves', async () => {
    const { record } = await render(
      `${literal('X.*')} and ${literal('X(a+)+$')} were named; Xaaaa, X1, Xb, XY and XX were not.`,
      hostileProcessor,
    );
    expect(record.mentions.map(({ text }) => text)).toEqual(['X.*', 'X(a+)+$']);
  });

  test('names with markup become link text and attribute values, never markup', async () => {
    const names = ['M<script>alert(1)</script>', 'M"><img src=x onerror=alert(1)>', "M' onmouseover='alert(1)"];
    const { body } = await render(names.map((name) => `${literal(name)} said so.`).join('\n\n'), hostileProcessor);
    // `body` is the serialised HTML parsed again, as a browser would.
    expect(body.querySelectorAll('script, img, [onerror], [onmouseover]')).toHaveLength(0);
    const links = [...body.querySelectorAll('a.actor')];
    expect(links.map((link) => link.textContent)).toEqual(names);
    // The actor's name in an attribute, escaped, where the words are another of its names.
    expect(links.map((link) => link.getAttribute('aria-description'))).toEqual([null, names[0], names[0]]);
  });

  test('an 80 KB name is found in a text that holds it', async () => {
    const name = Array(16).fill(LONG_WORD).join(' ');
    const { record } = await render(`Before ${name} after, and ${LONG_WORD} alone.`, hostileProcessor);
    expect(record.mentions.map(({ actor: id, text }) => [id, text.length])).toEqual([['long', name.length]]);
  });

  test('the hostile registry over a large body of its own near misses finishes with the right count', async () => {
    // (Names are apart, with lower-case words between: a run of capitalised words reads as one longer name.)
    const paragraph = `Q${'a'.repeat(2_999)} said, ${Array(15).fill('Zed').join(' ')} met, ${CHAIN} X and ${CHAIN} V7 spoke.`;
    const markdown = `${paragraph}\n\n`.repeat(40);
    const { body, record } = await render(markdown, hostileProcessor);
    expect(body.querySelectorAll('p')).toHaveLength(40);
    expect(record.mentions.map(({ actor: id }) => id)).toEqual(
      Array.from({ length: 40 }, () => ['prefixes', 'word-prefixes', 'branches']).flat(),
    );
  });
});
