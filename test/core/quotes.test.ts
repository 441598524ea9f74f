/**
 * The quote core on real sentences: the seed briefing, the Wikinews
 * briefings in content/articles/, and the cases the finder and attribution
 * must get right (kinds, nesting, splits, paragraph runs, apostrophes,
 * unbalanced marks, speakers by name, pronoun, nominal and description).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import * as quotes from '../../src/core/quotes/index.ts';
import { findQuotes, type Quote, type QuotesResult } from '../../src/core/quotes/index.ts';
import { speakerDirectory } from '../../src/core/quotes/speaker-directory.ts';
import { registryAt } from '../../src/core/registry/registry.ts';
import { calendarDateTextSchema } from '../../src/core/schema/index.ts';
import { ROOT } from '../helpers/build.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();
const directory = speakerDirectory(registry);
/** The seed briefing's date: its text is read with the registry of that day, as the build reads the briefing. */
const seedDirectory = speakerDirectory(registryAt(registry, calendarDateTextSchema.parse('2024-12-02')));

function find(text: string, on = directory): QuotesResult {
  return findQuotes(text, on);
}

/** The quote whose first span starts with `words`. */
function quoteStarting(result: QuotesResult, words: string): Quote {
  const quote = result.quotes.find((candidate) => candidate.text.startsWith(words));
  if (quote === undefined)
    throw new Error(`no quote starting "${words}" in ${JSON.stringify(result.quotes.map((q) => q.text))}`);
  return quote;
}

/** A short view of a quote for table assertions. */
function summary(quote: Quote) {
  return {
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker && { name: quote.speaker.name, id: quote.speaker.id, actor: quote.speaker.actor },
    cue: quote.cue,
  };
}

/** A briefing's Markdown body as plain text, the way the annotation plugins hand it over. */
function briefingText(file: string): string {
  const markdown = readFileSync(path.join(ROOT, 'content/articles', file), 'utf8');
  return markdown.replace(/^---\n[\s\S]*?\n---\n/u, '').replace(/\\([[\]])/gu, '$1');
}

describe('the seed briefing', () => {
  const seed = readFileSync(path.join(ROOT, '../shared/seed/syria-iran-militias-2024-12.txt'), 'utf8');
  // The scraped file has one paragraph per line; the core reads blank-line paragraphs.
  const text = seed.split('\n').join('\n\n');
  const result = find(text, seedDirectory);

  test('finds the four quotes with their speakers and actors', () => {
    const speech = result.quotes.filter((quote) => quote.kind === 'speech').map(summary);
    expect(speech).toEqual([
      {
        text: 'These are fresh reinforcements being sent to aid our comrades on the front lines in the north,',
        kind: 'speech',
        speaker: { name: 'a senior army force', id: null, actor: null },
        cue: 'told',
      },
      {
        text: 'We of course continue to support Bashar Assad and we continue contacts at the appropriate levels,',
        kind: 'speech',
        speaker: { name: 'a spokesperson for the Russian government', id: null, actor: 'russia' },
        cue: 'stated',
      },
      {
        text: 'We entered Syria many years ago at the official invitation of the Syrian government when the Syrian people faced the threat of terrorism,',
        kind: 'speech',
        speaker: { name: 'Esmaeil Baqaei', id: 'esmaeil-baqaei', actor: 'iran' },
        cue: 'said',
      },
      {
        text: 'I clearly announce full-fledged support to President Assad, government, army, and people of Syria by the Islamic Republic of Iran,',
        kind: 'speech',
        speaker: { name: 'Abbas Araghchi', id: 'abbas-araghchi', actor: 'iran' },
        cue: 'stated',
      },
    ]);
  });

  test('keeps the outlet an unnamed source spoke to', () => {
    expect(quoteStarting(result, 'These are fresh').speaker).toMatchObject({
      via: 'description',
      description: 'a senior army force',
      outlet: 'Reuters',
    });
  });

  test('resolves the spokesperson to the one introduced earlier in the paragraph', () => {
    const speaker = quoteStarting(result, 'We of course').speaker;
    expect(speaker).toMatchObject({ via: 'nominal', description: 'a spokesperson for the Russian government' });
    expect(text.slice(speaker?.start, speaker?.end)).toBe('the spokesperson');
  });

  test('reads the scraped teaser’s quote as a title, not speech', () => {
    expect(summary(quoteStarting(result, 'One Nation'))).toEqual({
      text: 'One Nation, One Election',
      kind: 'title',
      speaker: null,
      cue: null,
    });
  });

  test('the briefing in content/ gives the same quotes', () => {
    const briefing = find(briefingText('2024-12-02-iranian-backed-militias-enter-syria.md'), seedDirectory);
    expect(briefing.quotes.map(summary)).toEqual(result.quotes.filter((quote) => quote.kind === 'speech').map(summary));
    expect(briefing.diagnostics).toEqual([]);
  });
});

describe('kinds', () => {
  test.each([
    ['the “One Nation, One Election” plan', 'One Nation, One Election', 'title'],
    ['examining the "One Nation, One Election"…', 'One Nation, One Election', 'title'],
    ['launched Operation "Dawn of Freedom" on Sunday.', 'Dawn of Freedom', 'title'],
    [
      'The attack was launched on Wednesday by a user labelled "Anonymous", on the website "Insurgency Wiki".',
      'Anonymous',
      'title',
    ],
    [
      'The attack was launched on Wednesday by a user labelled "Anonymous", on the website "Insurgency Wiki".',
      'Insurgency Wiki',
      'title',
    ],
    ['The "History" section of the site explains the incident.', 'History', 'title'],
    ['named their robot "Robogee."', 'Robogee.', 'title'],
    ['"Sensitive government document found on rainy Ottawa street" — CBC.ca, August 15, 2008', 'Sensitive', 'title'],
    ['Western states arm so-called "moderate" rebels.', 'moderate', 'scare'],
    ['the girls were granted "parole" status on the grounds', 'parole', 'scare'],
    ['adding the words "and Emergency" to the name.', 'and Emergency', 'scare'],
    ['served with "electric" Kool Aid and tables adorned with colorful gumball "pills".', 'pills', 'scare'],
    ['“We take document security seriously,” she said.', 'We take', 'speech'],
    ['He also stated that Hamas "must stop firing rockets" into Israel.', 'must stop firing rockets', 'speech'],
  ])('%s: “%s…” is %s', (sentence, words, kind) => {
    expect(quoteStarting(find(sentence), words).kind).toBe(kind);
  });

  test('only speech has a speaker', () => {
    const result = find('Olmert said the army would "respond with force" under the so-called "Gaza plan".');
    expect(result.quotes.map(({ kind, speaker }) => ({ kind, speaker }))).toEqual([
      { kind: 'speech', speaker: expect.objectContaining({ name: 'Ehud Olmert' }) },
      { kind: 'scare', speaker: null },
    ]);
  });
});

describe('quote spans', () => {
  test('report the content without the marks, as offsets into the text', () => {
    const text = 'Baqaei said: “We entered Syria many years ago.”';
    const [quote] = find(text).quotes;
    expect(quote).toMatchObject({ start: 14, end: 46, text: 'We entered Syria many years ago.' });
    expect(text.slice(quote?.start, quote?.end)).toBe(quote?.text);
  });

  test.each([
    ['curly double', '“We are here,” he said.', 'We are here,'],
    ['straight double', '"We are here," he said.', 'We are here,'],
    ['curly single', '‘We are here,’ he said.', 'We are here,'],
    ['straight single', "'We are here,' he said.", 'We are here,'],
    ['mixed curly and straight', '“We are here," he said.', 'We are here,'],
  ])('balance %s marks', (_, text, content) => {
    expect(find(text).quotes.map((quote) => quote.text)).toEqual([content]);
  });

  test.each([
    [
      'two apostrophes as a double mark',
      "In his book ''Make Your Kid a Millionaire,'' he suggested saving.",
      'Make Your Kid a Millionaire,',
    ],
    [
      'a closing mark typed as an opening one',
      'The minister said “we will win the war.“ However, the army retreated.',
      'we will win the war.',
    ],
    ['spaces just inside the marks', 'He said " we will stay " and left.', 'we will stay'],
  ])('read %s', (_, text, content) => {
    const result = find(text);
    expect(result.quotes.map((quote) => quote.text)).toEqual([content]);
    const unbalanced = result.diagnostics.filter(
      ({ ruleId }) => ruleId === 'quote-unclosed' || ruleId === 'quote-unopened',
    );
    expect(unbalanced).toEqual([]);
  });

  test('report nested quotes as part of the outer one', () => {
    const text = '“They told us ‘leave now’ and we left,” the resident said. "He called them "rats" twice," she added.';
    expect(find(text).quotes.map((quote) => quote.text)).toEqual([
      'They told us ‘leave now’ and we left,',
      'He called them "rats" twice,',
    ]);
  });

  test.each([
    ["Russia's allies and Iran’s envoy", []],
    ["the '90s and the ’80s", []],
    ['He is 5\'11" tall and 6′2″ in boots.', []],
    ["rock 'n' roll", []],
    ["the rebels’ leaders and the ministers' aides", []],
    ["the rebels' 'red line' held", ['red line']],
  ])('leave apostrophes and primes alone: %s', (text, found) => {
    const result = find(text);
    expect(result.quotes.map((quote) => quote.text)).toEqual(found);
    expect(result.diagnostics).toEqual([]);
  });

  test('link a quotation split by its attribution, with one speaker', () => {
    const text =
      '“The people making these allegations should come forward,” said Ruto; “I don’t think rumor mongering is going anywhere.”';
    const [quote, ...others] = find(text).quotes;
    expect(others).toEqual([]);
    expect(quote).toMatchObject({
      text: 'The people making these allegations should come forward,',
      speaker: { name: 'William Ruto', id: 'william-ruto', actor: 'kenya' },
      cue: 'said',
      parts: [{ text: 'I don’t think rumor mongering is going anywhere.', link: 'attribution' }],
    });
  });

  test('link the next sentence quoted after the attribution', () => {
    const text =
      '"My conversations with Kenyans have underscored a crisis," Annan said. "Only Kenya\'s politicians can solve that crisis."';
    const [quote, ...others] = find(text).quotes;
    expect(others).toEqual([]);
    expect(quote?.parts?.map(({ text: part, link }) => ({ part, link }))).toEqual([
      { part: "Only Kenya's politicians can solve that crisis.", link: 'attribution' },
    ]);
  });

  test('keep quotes with attributions of their own apart', () => {
    const text = '“We are here,” he said. “We will stay,” she replied.';
    expect(find(text).quotes.map((quote) => [quote.text, quote.parts])).toEqual([
      ['We are here,', undefined],
      ['We will stay,', undefined],
    ]);
  });

  test('run a quotation across paragraphs when the next one opens with a mark', () => {
    const text = [
      'Professor Cres Eastman said the study was clear. “Pregnant women are getting about half as much as they require.',
      '“So that alarms me, because there is serious potential for brain damage,” he said.',
    ].join('\n\n');
    const result = find(text);
    expect(result.diagnostics).toEqual([]);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]).toMatchObject({
      text: 'Pregnant women are getting about half as much as they require.',
      parts: [{ text: 'So that alarms me, because there is serious potential for brain damage,', link: 'paragraph' }],
      speaker: { name: 'Cres Eastman', via: 'pronoun' },
      cue: 'said',
    });
  });

  test('never run a quote into a paragraph that does not open with a mark', () => {
    const text = '“We are here, he said.\n\nThe next paragraph is narrative.';
    const result = find(text);
    expect(result.quotes.map(({ text, parts }) => ({ text, parts }))).toEqual([
      { text: 'We are here, he said.', parts: undefined },
    ]);
    expect(result.diagnostics).toContainEqual({
      offset: 0,
      message: 'Opening “ has no closing ” before the end of its paragraph',
      ruleId: 'quote-unclosed',
    });
  });
});

describe('adjacent quotations and marks of other languages', () => {
  test('three quotations side by side are three, each with its own words', () => {
    const result = find(
      'Outside parliament the crowd chanted “No more war.” “Bring our soldiers home.” “Peace now, not later.”',
    );
    expect(result.quotes.map((quote) => quote.text)).toEqual([
      'No more war.',
      'Bring our soldiers home.',
      'Peace now, not later.',
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  test('adjacent straight quotations with no space between them stay apart', () => {
    const result = find('The placards read "Bread." "Work." "Freedom." and nothing else.');
    expect(result.quotes.map((quote) => quote.text)).toEqual(['Bread.', 'Work.', 'Freedom.']);
  });

  test.each([
    [
      'French guillemets with spaces inside',
      'Le ministre a déclaré : « Nous resterons ici », selon l’agence.',
      'Nous resterons ici',
    ],
    ['guillemets without spaces', 'The paper called the plan «a folly» on Monday.', 'a folly'],
    ['German guillemets facing inwards', 'Der Kanzler sagte: »Wir bleiben hier.« Dann ging er.', 'Wir bleiben hier.'],
    ['German low-high marks', 'Der Kanzler sagte: „Wir bleiben hier.“ Dann ging er.', 'Wir bleiben hier.'],
    ['Polish low and right marks', 'Premier powiedział: „Zostajemy tutaj.” Potem wyszedł.', 'Zostajemy tutaj.'],
    ['a German single quotation inside a double one', 'Er sagte: „Das ist ‚nicht‘ gut.“', 'Das ist ‚nicht‘ gut.'],
    [
      'CJK corner brackets with white corners nested',
      '首相は「我々は『絶対に』残る」と述べた。',
      '我々は『絶対に』残る',
    ],
    ['CJK corner brackets in English prose', 'The prime minister wrote 「我々は残る」 on Monday.', '我々は残る'],
  ])('%s', (_, text, quoted) => {
    const result = find(text);
    expect(result.quotes.map((quote) => quote.text)).toEqual([quoted]);
    expect(result.diagnostics.filter(({ ruleId }) => ruleId.startsWith('quote-un'))).toEqual([]);
  });

  test('an unclosed guillemet or corner bracket is reported with the mark that would close it', () => {
    expect(find('Il a dit « nous restons, puis il est parti.').diagnostics[0]?.message).toBe(
      'Opening « has no closing » before the end of its paragraph',
    );
    expect(find('彼は「我々は残ると言った。').diagnostics[0]?.message).toBe(
      'Opening 「 has no closing 」 before the end of its paragraph',
    );
  });

  test('an English ‘ after a space still opens: only before a space or stop does it close, as in German', () => {
    const result = find('Officials called it ‘a temporary measure’ and moved on.');
    expect(result.quotes.map((quote) => quote.text)).toEqual(['a temporary measure']);
  });
});

describe('unbalanced marks', () => {
  test('an opening mark never closed runs to the end of its paragraph and is reported at its offset', () => {
    const result = find('The minister said “we will win and left.\n\nThe vote is on Sunday.');
    expect(result.quotes.map(({ text, kind, speaker }) => ({ text, kind, speaker: speaker?.name }))).toEqual([
      { text: 'we will win and left.', kind: 'speech', speaker: 'the minister' },
    ]);
    expect(result.diagnostics).toContainEqual({
      offset: 18,
      ruleId: 'quote-unclosed',
      message: 'Opening “ has no closing ” before the end of its paragraph',
    });
  });

  test.each([
    [
      'a closing mark never opened',
      'The minister said we will win” and left.',
      [{ offset: 29, ruleId: 'quote-unopened', message: 'Closing ” has no opening mark before it' }],
    ],
  ])('%s stays literal text and is reported at its offset', (_, text, diagnostics) => {
    const result = find(text);
    expect(result.quotes).toEqual([]);
    expect(result.diagnostics).toEqual(diagnostics);
  });

  test('a straight mark typed after the comma that introduces a quote opens it', () => {
    const text =
      'Professor Burrows said resources would be accessible for schools," For example, schools can run their own flag discussions".';
    expect(find(text).quotes.map(({ text, kind }) => ({ text, kind }))).toEqual([
      { text: 'For example, schools can run their own flag discussions', kind: 'speech' },
    ]);
  });

  test('quotes inside an unclosed one still stand on their own', () => {
    const result = find('He said “the so-called ‘moderate’ rebels were armed.');
    expect(result.quotes.map(({ text, kind }) => ({ text, kind }))).toEqual([{ text: 'moderate', kind: 'scare' }]);
    expect(result.diagnostics.map(({ offset, ruleId }) => ({ offset, ruleId }))).toEqual([
      { offset: 8, ruleId: 'quote-unclosed' },
    ]);
  });
});

describe('attribution', () => {
  test.each([
    [
      'a name after the quote',
      '“We entered Syria at the invitation of its government,” Baqaei said.',
      'Esmaeil Baqaei',
      'iran',
      'said',
    ],
    [
      'an inverted cue',
      '"The occupier must halt his fire immediately," said Fawzi Barhoum, a Hamas spokesman.',
      'Fawzi Barhoum',
      'hamas',
      'said',
    ],
    [
      'a colon intro',
      'Araghchi said: “I clearly announce full-fledged support to President Assad.”',
      'Abbas Araghchi',
      'iran',
      'said',
    ],
    [
      'said in a statement',
      '"Fears about supposed floods of refugees are grossly exaggerated," Guterres said in a statement.',
      'António Guterres',
      'unhcr',
      'said',
    ],
    [
      'according to',
      'According to Ban Ki-moon, "all parties must stop the violence now."',
      'Ban Ki-moon',
      'united-nations',
      'According to',
    ],
    [
      'a title before the name',
      'Iranian Foreign Minister Abbas Araghchi said, “We support the government, army and people of Syria.”',
      'Abbas Araghchi',
      'iran',
      'said',
    ],
    [
      'an appositive before the cue',
      '"Our revolutionaries are controlling several neighborhoods," Abdel Hafiz Ghoga, a spokesman for the rebels, said.',
      'Abdel Hafiz Ghoga',
      'national-transitional-council',
      'said',
    ],
    [
      'a participle after a comma',
      'Former UN weapons inspector Hans Blix recommended a commitment not to attack Iran, stating, "regime changes from the outside are not a panacea."',
      'Hans Blix',
      'united-nations',
      'stating',
    ],
    ['a metonym', '“We continue contacts at the appropriate levels,” the Kremlin said.', 'Russia', 'russia', 'said'],
  ])('%s', (_, text, name, actor, cue) => {
    const [quote] = find(text).quotes;
    expect(quote?.speaker).toMatchObject({ name, actor });
    expect(quote?.cue).toBe(cue);
    expect(text.slice(quote?.cueStart, quote?.cueEnd)).toBe(cue);
  });

  test.each([
    [
      'a party and state after the name',
      '“We will override the veto,” Sen. Jane Roe (D-Wis.) said Friday.',
      'Sen. Jane Roe',
      'said',
    ],
    ['a rank abbreviated before the name', 'Adm. Mike Mullen said: “Nothing changes.”', 'Adm. Mike Mullen', 'said'],
    [
      'two ranks abbreviated before the name',
      '“We hold the line,” said Maj. Gen. Qassem Soleimani.',
      'Maj. Gen. Qassem Soleimani',
      'said',
    ],
    ['a sentence that opens with the cue', 'Said Ellis: “Nobody here wants a tax cut for the rich.”', 'Ellis', 'Said'],
    [
      'a colon ending the paragraph before',
      'He spoke to the crowd and then said:\n\n"We will stay until the work is done."',
      'He',
      'said',
    ],
    [
      'a colon with no cue',
      'The minister called for calm: “Nobody should take the law into their own hands.”',
      'The minister',
      ':',
    ],
    ['a dash after the quote', '“He is someone that no one can trust.” ― Carla Ruiz', 'Carla Ruiz', '―'],
    [
      'a long appositive before the cue',
      '“It is an invasion of the state’s domain,” John Smith, the attorney general of a state that sued the agency, said at an event.',
      'John Smith',
      'said',
    ],
    [
      'a noun phrase with a modifier',
      'Protesters marching through the streets chanted “What curfew?” until late in the night.',
      'Protesters marching through the streets',
      'chanted',
    ],
  ])('names the speaker for %s', (_, text, surface, cue) => {
    const [quote] = findQuotes(text).quotes;
    expect(text.slice(quote?.speaker?.start, quote?.speaker?.end)).toBe(surface);
    expect(quote?.cue).toBe(cue);
  });

  test.each([
    [
      'the verb that governs the sentence, read from its start',
      'Annan says the government’s flurry of late-night statements about the talks was “unhelpful, even for them.”',
      'Kofi Annan',
      'says',
    ],
    [
      'a verb with its own speaker over `according to`',
      'According to this Inter Press Service report, ex-CIA official Paul Pillar led the estimates and told the agency that they "addressed the Iranian fears of attack explicitly."',
      'Paul Pillar',
      'told',
    ],
  ])('a partial quote in reported speech is credited to %s', (_, text, name, cue) => {
    const [quote] = find(text).quotes;
    expect(quote).toMatchObject({ kind: 'speech', cue, speaker: { name } });
  });

  test('a full stop inside the marks ends the sentence the attribution could be in', () => {
    const text = 'They added, “We remain committed to our work.” Furthermore, the charity confirmed the deaths.';
    expect(find(text).quotes[0]).toMatchObject({ cue: 'added', speaker: { via: 'pronoun' } });
  });

  test('a plural definite description is a group of its own, not an earlier role', () => {
    const text = 'It was a coordinated revolt that rebels had planned. "We will not stop," the rebels said.';
    expect(find(text).quotes[0]?.speaker).toMatchObject({ name: 'the rebels', via: 'description' });
    expect(find(text).diagnostics).toEqual([]);
  });

  test('a surname alone points back to the full name introduced before', () => {
    const text =
      'Professor Cres Eastman led the study.\n\n"Pregnant women are getting half the iodine they need," Professor Eastman said.';
    expect(find(text).quotes[0]?.speaker).toMatchObject({ name: 'Cres Eastman', via: 'name' });
  });

  test('a pronoun goes back to the nearest person named before it', () => {
    const text =
      'Environment Canada spokeswoman Sujata Raisinghani confirmed that the papers were found. "We take document security seriously," she said.';
    const [quote] = find(text).quotes;
    expect(quote?.speaker).toMatchObject({ name: 'Sujata Raisinghani', id: null, via: 'pronoun' });
    expect(text.slice(quote?.speaker?.start, quote?.speaker?.end)).toBe('she');
  });

  test('a pronoun takes the actor of the registered person it points to', () => {
    const text = 'Kofi Annan met the president on Friday. "Kenya cannot afford a recurrence of the crisis," he said.';
    expect(find(text).quotes[0]?.speaker).toMatchObject({
      name: 'Kofi Annan',
      id: 'kofi-annan',
      actor: 'united-nations',
    });
  });

  test('`it` goes back to a body', () => {
    const text =
      '"War maniacs made another grave provocation," said KCNA. "Foolhardy provocation deserves harsh punishment," it added.';
    // KCNA is registered (the base layer's state news agencies): the speaker goes by its registered name.
    expect(find(text).quotes.map((quote) => quote.speaker?.name)).toEqual([
      'Korean Central News Agency',
      'Korean Central News Agency',
    ]);
  });

  test('a description is an unnamed source with the actor it names', () => {
    const text = '"The strikes hit the wrong village," a senior Syrian army officer told Reuters.';
    expect(find(text).quotes[0]?.speaker).toMatchObject({
      name: 'a senior Syrian army officer',
      id: null,
      actor: 'syrian-arab-army',
      via: 'description',
      outlet: 'Reuters',
    });
  });

  test('a quote paragraph with no cue continues the previous speaker', () => {
    const text = [
      '"I\'m told two things: that it\'s neither classified nor secret," Baird said.',
      '"We will look into how the papers came to be on a road."',
    ].join('\n\n');
    expect(find(text).quotes.map((quote) => [quote.speaker?.name, quote.speaker?.via])).toEqual([
      ['Baird', 'name'],
      ['Baird', 'continuation'],
    ]);
  });

  test('a speech quote with no speaker is kept, unattributed, and reported', () => {
    const text = 'The walls were covered in graffiti.\n\n"We are here and we are fighting Gaddafi until the end."';
    const result = find(text);
    expect(result.quotes.map(({ kind, speaker, cue }) => ({ kind, speaker, cue }))).toEqual([
      { kind: 'speech', speaker: null, cue: null },
    ]);
    expect(result.diagnostics).toEqual([
      {
        offset: 37,
        message: 'Quotation has no speaker: no cue such as “said” or “according to” next to it',
        ruleId: 'quote-unattributed',
      },
    ]);
  });

  test('a speaker missing from the registry is reported where it is named', () => {
    const text = '"This government is so consumed with control of information," Dewar said.';
    expect(find(text).diagnostics).toEqual([
      { offset: 62, message: 'Speaker “Dewar” is not in the actor registry', ruleId: 'speaker-unknown' },
    ]);
  });

  test('without a directory, speakers keep the names the text gives them', () => {
    const [quote] = findQuotes('“We entered Syria many years ago,” Baqaei said.').quotes;
    expect(quote?.speaker).toMatchObject({ name: 'Baqaei', id: null, actor: null });
  });
});

describe('the Wikinews briefings', () => {
  test.each([
    [
      '2009-01-18-israel-announces-ceasefire-in-gaza-strip-rocket-fire.md',
      'The occupier must halt his fire',
      { name: 'Fawzi Barhoum', id: 'fawzi-barhoum', actor: 'hamas' },
    ],
    [
      '2009-10-10-former-un-head-annan-warns-kenya-over-future.md',
      'My conversations with Kenyans',
      { name: 'Kofi Annan', id: 'kofi-annan', actor: 'united-nations' },
    ],
    [
      '2011-08-22-libya-rebels-edge-closer-to-tripoli.md',
      'The armed units defending Tripoli',
      { name: 'Moussa Ibrahim', id: 'moussa-ibrahim', actor: 'libya' },
    ],
    [
      '2011-06-22-un-report-says-80-per-cent-of-worlds.md',
      'We are also concerned with the 7m people',
      { name: 'Mans Nyberg', id: 'mans-nyberg', actor: 'unhcr' },
    ],
    [
      '2013-08-23-syrian-army-bombs-damascus-suburbs-after-allegedly-using.md',
      'We hope that the results will clarify',
      { name: 'Aleksandr Lukashevich', id: 'aleksandr-lukashevich', actor: 'russia' },
    ],
    [
      '2006-02-12-newspaper-alleges-us-drawing-up-plans-to-attack.md',
      'the Iranian fear of an attack',
      { name: 'Ellen Laipson', id: 'ellen-laipson', actor: 'united-states' },
    ],
    [
      '2018-01-26-save-the-children-organisation-suspends-all-activities.md',
      'We remain committed',
      { name: 'Save the Children', id: 'save-the-children', actor: 'save-the-children' },
    ],
  ])('%s: “%s…”', (file, words, speaker) => {
    const quote = quoteStarting(find(briefingText(file)), words);
    expect(quote.kind).toBe('speech');
    expect(quote.speaker).toMatchObject(speaker);
  });

  test('finds no speech in a briefing without quotes', () => {
    expect(find(briefingText('2006-01-12-hundreds-dead-in-hajj-stampede.md'))).toEqual({ quotes: [], diagnostics: [] });
  });
});

describe('pathological input', () => {
  const MEGABYTE = 1024 * 1024;

  test.each([
    ['straight double marks', '"'.repeat(MEGABYTE)],
    ['opening curly marks', '“'.repeat(MEGABYTE)],
    ['closing curly marks', '”'.repeat(MEGABYTE)],
    ['straight single marks', "'".repeat(MEGABYTE)],
    ['marks and words', 'he said “ ‘ " '.repeat(MEGABYTE / 16)],
  ])('a megabyte of %s completes with at most one message per reported mark', (_, text) => {
    const result = find(text);
    expect(Array.isArray(result.quotes)).toBe(true);
    expect(result.diagnostics.length).toBeLessThanOrEqual(101);
    for (const diagnostic of result.diagnostics) expect(diagnostic.offset).toBeLessThan(text.length);
  });

  test('10,000-deep nesting is one quote', () => {
    const depth = 10_000;
    const text = `${'“‘'.repeat(depth)}deep${'’”'.repeat(depth)} Baqaei said.`;
    const result = find(text);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]?.text).toHaveLength(text.indexOf(' Baqaei said.') - 2);
    expect(result.diagnostics).toEqual([]);
  });

  test('100,000 quotes continuing one attribution are one quotation', () => {
    const result = find(`“We will stay,” Baqaei said, ${'“And we will stay here.” '.repeat(100_000)}`);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]?.parts).toHaveLength(100_000);
  });

  test('a quotation running across 100,000 paragraphs is one quote', () => {
    const paragraphs = 100_000;
    const result = find(`${'“We will stay.\n\n'.repeat(paragraphs)}“We will stay,” Baqaei said.`);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]?.parts).toHaveLength(paragraphs);
    expect(result.quotes[0]?.speaker?.name).toBe('Esmaeil Baqaei');
  });

  test('10,000 unclosed openers are reported with the rest summed up', () => {
    const result = find('“a '.repeat(10_000));
    const marks = result.diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('quote-'));
    expect(marks.filter((diagnostic) => diagnostic.ruleId !== 'quote-unattributed')).toHaveLength(101);
    expect(marks.filter((diagnostic) => diagnostic.ruleId !== 'quote-unattributed').at(-1)).toEqual({
      offset: 300,
      message: '9900 more unbalanced quote marks from here on are not listed',
      ruleId: 'quote-marks-elided',
    });
  });
});

describe('the public API', () => {
  test('exports the finder and the empty directory, nothing else at run time', () => {
    expect(Object.keys(quotes).sort()).toEqual(['EMPTY_DIRECTORY', 'findQuotes']);
  });

  test('the empty directory knows no one', () => {
    expect(quotes.EMPTY_DIRECTORY.lookupName('Baqaei')).toBeNull();
    expect(quotes.EMPTY_DIRECTORY.actorInDescription('a spokesperson for the Russian government')).toBeNull();
  });

  test('a quote has the shape the annotate CLI prints', () => {
    const [quote] = findQuotes('“We are here,” Baqaei said.', directory).quotes;
    expect(Object.keys(quote ?? {}).sort()).toEqual([
      'cue',
      'cueEnd',
      'cueStart',
      'end',
      'kind',
      'speaker',
      'start',
      'text',
    ]);
    expect(Object.keys(quote?.speaker ?? {}).sort()).toEqual(['actor', 'end', 'id', 'name', 'start', 'via']);
  });
});
