/**
 * The editor's corrections and the remark stage, through the real pipeline
 * and registry: what a reader gets (the corrected annotation, never the link
 * syntax), what an editor is told (file:line:column and the rule), and a
 * site's own remark plugin running before the sanitiser.
 */
import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { actorCardId } from '../../src/core/unified/actor-card-id.ts';
import type { CorrectionRule } from '../../src/core/unified/corrections.ts';
import { createBriefingProcessor, renderBriefing } from '../../src/core/unified/pipeline.ts';
import type { ActorId } from '../../src/core/schema/index.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();
const processor = createBriefingProcessor({ registry, actorHref: (actor) => `/actors/${actor}/`, actorCardId });

async function render(markdown: string, correctionRules: CorrectionRule[] = [], options = { processor }) {
  const rendered = await renderBriefing(options.processor, {
    markdown,
    path: 'content/articles/2024-12-03-x.md',
    taggedActors: [],
    correctionRules,
  });
  const notes = rendered.messages.map(
    ({ line, column, reason, ruleId, fatal }) => `${line}:${column}: ${reason} [${ruleId}]${fatal ? ' (error)' : ''}`,
  );
  return { ...rendered, notes };
}

const linksOf = (record: { mentions: { text: string; actor: string }[] }) =>
  record.mentions.map(({ text, actor }) => `${text} → ${actor}`);

describe('corrections written as links', () => {
  test('an unknown id is an error at the link, with the closest id as a hint', async () => {
    const { notes } = await render('Aid stalled.\n\n[The regime](actor:syrian-goverment) closed the crossing.\n');
    expect(notes).toEqual([
      '3:1: No actor "syrian-goverment" for the correction of "The regime" (did you mean "syrian-government"?) [correction-unknown-actor] (error)',
    ]);
  });

  test('an unknown speaker id is an error too', async () => {
    const { notes } = await render('"The border is shut," [the minister](speaker:rusia) said.\n');
    expect(notes.filter((note) => note.includes('(error)'))).toEqual([
      '1:23: No actor "rusia" for the correction of "the minister" (did you mean "russia"?) [correction-unknown-actor] (error)',
    ]);
  });

  test('the reader sees the words and the corrected link, never the correction syntax', async () => {
    const { html, record } = await render('[The regime](actor:syrian-government) shelled [Idlib](actor:none) again.\n');
    expect(html).not.toMatch(/actor:|speaker:/);
    expect(html).toContain('>The regime</a> shelled Idlib again.');
    expect(linksOf(record)).toEqual(['The regime → syrian-government']);
  });

  test('actor:none removes a link the matcher made; a discovered actor left unnamed is not discovered', async () => {
    // Whether the matcher links "Kenya" or discovery finds a person, something is linked there without the correction.
    const plain = await render('The writer Kenya Barris met aid workers in Beirut.\n');
    expect(plain.record.mentions.map(({ text }) => text)).toEqual([expect.stringMatching(/^Kenya/)]);
    const corrected = await render('The writer [Kenya Barris](actor:none) met aid workers in Beirut.\n');
    expect(linksOf(corrected.record)).toEqual([]);
    expect(corrected.record.discovered).toEqual([]);
    const titled = 'Lebanese Prime Minister Fouad Siniora said the talks had failed.\n';
    expect((await render(titled)).record.discovered.map(({ id }) => id)).toEqual(['fouad-siniora']);
    const unlinked = await render(titled.replace('Fouad Siniora', '[Fouad Siniora](actor:none)'));
    expect(unlinked.record.discovered).toEqual([]);
    expect(linksOf(unlinked.record)).toEqual(['Lebanese → lebanon']);
  });

  test('a correction that changes nothing any more is a note, not an error', async () => {
    const { notes } = await render('[Russia](actor:russia) and [Hama](actor:none) were named.\n');
    expect(notes).toEqual([
      '1:1: "Russia" is linked to russia without the correction: it can go [correction-unused]',
      '1:28: Nothing is linked at "Hama" any more: the correction can go [correction-unused]',
    ]);
  });

  test('a link inside code is code, not a correction', async () => {
    const { html, notes } = await render('Write `[Kenya](actor:none)` to unlink a name.\n');
    expect(html).toContain('<code>[Kenya](actor:none)</code>');
    expect(notes).toEqual([]);
  });

  test('speaker: credits the quotation the attribution belongs to, and settles the note about it', async () => {
    const markdown = '"We will not leave Syria," [the spokesperson](speaker:russia) said.\n';
    const plain = await render(markdown.replace('[the spokesperson](speaker:russia)', 'the spokesperson'));
    expect(plain.notes.some((note) => note.endsWith('[speaker-unknown]'))).toBe(true);
    const { record, notes } = await render(markdown);
    expect(record.quotes.map(({ speaker }) => speaker && [speaker.id, speaker.actor, speaker.via])).toEqual([
      ['russia', 'russia', 'correction'],
    ]);
    expect(notes).toEqual([]);
  });

  test('the words a speaker correction covers link to the speaker’s page, as a named speaker’s do', async () => {
    const { html } = await render('"We will not leave Syria," [the spokesperson](speaker:russia) said.\n');
    expect(html).toContain(
      '<a href="/actors/russia/" class="speaker" aria-description="Speaker: Russia">the spokesperson</a> said.',
    );
  });

  test('speaker:none makes a quotation read as speech into words that are not speech', async () => {
    const { record } = await render(
      'Banners reading ["Down with the tyrant"](speaker:none) hung in the square, Syria\'s state agency said.\n',
    );
    expect(record.quotes.map(({ kind, speaker }) => [kind, speaker])).toEqual([['scare', null]]);
  });

  test('noncharacters in a body are dropped, so they cannot pass for the pipeline’s marks', async () => {
    const { html } = await render('Russia\uFDD0\uFDE0\uFDD1 said\uFDD2 nothing.\n');
    expect(html).not.toMatch(/[\uFDD0-\uFDEF]/);
    expect(html).toContain('</a> said nothing.');
  });
});

describe('corrections written as reference links', () => {
  const markdown = [
    '[The regime][gov] shelled Idlib as [Iran][] watched, and [the spokesman][moscow] denied it.',
    '',
    '"We were not there," [the spokesman][moscow] said.',
    '',
    '[gov]: actor:syrian-government',
    '[iran]: actor:none',
    '[moscow]: speaker:russia',
    '[moscow]: actor:iran',
    '',
  ].join('\n');

  test('each form (full, collapsed) reads its definition, and the first definition of a label wins', async () => {
    const { record, html, notes } = await render(markdown);
    expect(linksOf(record)).toEqual(['The regime → syrian-government']);
    expect(record.quotes.map(({ speaker }) => speaker && [speaker.id, speaker.via])).toEqual([
      ['russia', 'correction'],
    ]);
    expect(html).not.toMatch(/actor:|speaker:|\[gov\]/);
    expect(html).toContain('>The regime</a> shelled Idlib as Iran watched');
    // The first [moscow] is no quotation's attribution, so it changes nothing there.
    expect(notes).toEqual([
      '1:58: No quotation near "the spokesman" to attribute: the correction can go [correction-unused]',
    ]);
  });

  test('a definition no link uses is a note at its line; an ordinary reference link stays a link', async () => {
    const { html, notes } = await render(
      'Talks resumed in [Geneva][un].\n\n[un]: https://www.ungeneva.org/\n[old]: actor:none\n',
    );
    expect(html).toContain('<a href="https://www.ungeneva.org/">Geneva</a>');
    expect(notes).toEqual(['4:1: The correction [old]: actor:none is used by no link [correction-unused]']);
  });
});

describe('briefing-wide rules from the frontmatter', () => {
  const rules = (...list: [string, string | null][]): CorrectionRule[] =>
    list.map(([phrase, actor], index) => ({ phrase, actor: actor as ActorId | null, line: 7 + index }));

  test('every occurrence of a phrase is linked, or never, and a link in the text wins', async () => {
    const { record } = await render(
      'Residents said the regime cut the power. Kenya Barris filmed it; the regime denied it.\n\n[the regime](actor:none) is a phrase here.\n',
      rules(['the regime', 'syrian-government'], ['Kenya Barris', null]),
    );
    expect(linksOf(record)).toEqual(['the regime → syrian-government', 'the regime → syrian-government']);
  });

  test('a rule whose phrase is not in the text is a note at its line', async () => {
    const { notes } = await render('Nothing here.\n', rules(['Bruce Wayne', null]));
    expect(notes).toEqual([
      '7:1: The rule for "Bruce Wayne" matches nothing: the phrase is not in the text any more [correction-unused]',
    ]);
  });

  test('a rule naming no actor is an error at its line', async () => {
    const { notes } = await render(
      'Residents said the regime cut the power.\n',
      rules(['the regime', 'syrian-governmnet']),
    );
    expect(notes).toEqual([
      '7:1: No actor "syrian-governmnet" for the correction of "the regime" (did you mean "syrian-government"?) [correction-unknown-actor] (error)',
    ]);
  });
});

describe('the remark stage', () => {
  test('a site’s remark plugin runs after the corrections are read, and the sanitiser after it', async () => {
    const seen: string[] = [];
    const remarkSiteNote = () => (tree: Root) => {
      seen.push(...tree.children.map((node) => node.type));
      tree.children.push(
        { type: 'paragraph', children: [{ type: 'text', value: 'Added by the site.' }] },
        { type: 'html', value: '<script>alert(1)</script><b onclick="x()">bold</b>' },
      );
    };
    const withPlugin = createBriefingProcessor({
      registry,
      actorHref: (actor) => `/actors/${actor}/`,
      actorCardId,
      remarkPlugins: [remarkSiteNote],
    });
    const { html } = await render('[Kenya Barris](actor:none) wrote.\n', [], { processor: withPlugin });
    expect(seen).toEqual(['paragraph']);
    expect(html).toMatch(/<p><span [^>]+>Added by the site\.<\/span><\/p>/);
    expect(html).toContain('<b>bold</b>');
    expect(html).not.toMatch(/script|onclick|actor:/);
  });
});
