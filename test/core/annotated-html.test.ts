/**
 * The check stored briefing HTML passes before it is reused: everything the
 * pipeline writes passes (every fixture's output, and hostile Markdown after
 * the sanitiser), and anything it never writes is named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { actorCardId } from '../../src/core/unified/actor-card-id.ts';
import { annotatedHtmlProblem } from '../../src/core/unified/annotated-html.ts';
import { renderBriefing } from '../../src/core/unified/pipeline.ts';
import { processorOnDate } from '../../src/core/unified/processor-on-date.ts';
import { ROOT } from '../helpers/build.ts';
import { contentRegistry } from '../helpers/registry.ts';

const FIXTURES = path.join(ROOT, 'test/fixtures');
const processorOn = processorOnDate({
  registry: await contentRegistry(),
  actorHref: (actor) => `/actors/${actor}/`,
  actorCardId,
});

describe('what the pipeline writes passes', () => {
  test.each(readdirSync(FIXTURES).filter((name) => !name.includes('.')))('the fixture %s', (name) => {
    expect(annotatedHtmlProblem(readFileSync(path.join(FIXTURES, name, 'output.html'), 'utf8'))).toBeNull();
  });

  test('hostile Markdown, once sanitised and annotated', async () => {
    const markdown = [
      'Iran said "the talks will resume in Vienna," according to Abbas Araghchi.[^1]',
      '',
      '<img src="x" onerror="alert(1)"> <a href="javascript:alert(1)">Russia</a> <script>alert(1)</script>',
      '',
      '| Actor | Said |\n| :-- | --: |\n| Hezbollah | "We will stay," the group said. |',
      '',
      '- [x] Turkey closed the crossing.\n- [ ] <span style="color:red" id="s-12345678">Syria</span>',
      '',
      '[^1]: Reported by Reuters.',
    ].join('\n');
    const { html } = await renderBriefing(processorOn(new Date('2024-12-02')), {
      markdown,
      path: 'hostile.md',
      taggedActors: [],
    });
    expect(html).toContain('class="actor');
    expect(annotatedHtmlProblem(html)).toBeNull();
  });
});

describe('what it never writes is named', () => {
  test.each([
    ['<p>Iran<script>alert(1)</script></p>', '<script> is not allowed'],
    ['<p><img src="x" onerror="alert(1)"></p>', 'the onError attribute of <img> is not allowed ("alert(1)")'],
    [
      '<p><a href="javascript:alert(1)" class="actor actor--state">Iran</a></p>',
      'the href attribute of <a> is not allowed ("javascript:alert(1)")',
    ],
    ['<p>Iran<!-- a comment hides what follows --></p>', 'a comment is not allowed'],
    ['<p style="position:fixed">Iran</p>', 'the style attribute of <p> is not allowed ("position:fixed")'],
    [
      '<p><span class="sentence overlay">Iran</span></p>',
      'the className attribute of <span> is not allowed (["sentence","overlay"])',
    ],
    ['<p id="main">Iran</p>', 'the id attribute of <p> is not allowed ("main")'],
    ['<iframe src="https://example.org/"></iframe>', '<iframe> is not allowed'],
    ['<form><button>Send</button></form>', '<form> is not allowed'],
  ])('%s', (html, problem) => {
    expect(annotatedHtmlProblem(html)).toBe(problem);
  });
});
