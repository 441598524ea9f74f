/**
 * The ingest tool: scraped text and saved pages to briefing entries. The
 * pieces are tested in-process on real sentences; the command line runs as a
 * child process (as an editor runs it) for its output, files and exit codes.
 *
 * `UPDATE=1 npx vitest run test/ingest.test.ts` rewrites the expected files
 * of the page fixtures; review them in the diff.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createBriefingProcessor, renderBriefing } from '../../src/core/unified/pipeline.ts';
import { blocksToMarkdown, type TextBlock } from '../../tools/ingest/article-file.ts';
import { removeBoilerplate, type ScrapedBlock } from '../../tools/ingest/boilerplate.ts';
import { findDate } from '../../tools/ingest/dates.ts';
import { ingest, type IngestedEntry } from '../../tools/ingest/ingest.ts';
import { detectFormat, type InputText } from '../../tools/ingest/read-input.ts';
import { textToBlocks } from '../../tools/ingest/text-blocks.ts';
import { writeEntry } from '../../tools/ingest/write-entry.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { ROOT } from '../helpers/build.ts';
import { parseFragment } from '../helpers/dist.ts';
import { contentRegistry } from '../helpers/registry.ts';

const SEED = path.resolve(ROOT, '../shared/seed/syria-iran-militias-2024-12.txt');
const SEED_ENTRY = path.join(ROOT, 'content/articles/2024-12-02-iranian-backed-militias-enter-syria.md');
const FIXTURES = path.join(ROOT, 'test/tools/ingest-fixtures');
const NEWS_PAGE = path.join(FIXTURES, 'news-page/input.html');
const UPDATE = Boolean(process.env['UPDATE']);

const seedText = () => readFileSync(SEED, 'utf8');
const seedTitle = () => {
  const parsed = parseArticleFile(readFileSync(SEED_ENTRY, 'utf8'), SEED_ENTRY);
  if (!parsed.ok) throw new Error('the seed entry in content/ does not parse');
  return parsed.value.data.title;
};

function ingested(input: InputText, overrides: Parameters<typeof ingest>[1] = {}): IngestedEntry {
  const result = ingest(input, overrides, 'content/articles');
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

function body(entry: string): string {
  const parsed = parseArticleFile(entry, 'entry.md');
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed.value.markdown.body;
}

const briefingProcessor = createBriefingProcessor({
  registry: await contentRegistry(),
  actorHref: (actor) => `/actors/${actor}/`,
});

/** The text of each block as a reader sees it: the body through the site's briefing pipeline. */
async function renderedBlocks(markdown: string): Promise<string[]> {
  const { html } = await renderBriefing(briefingProcessor, { markdown, path: 'entry.md', taggedActors: [] });
  return [...parseFragment(html).children].map((element) => element.textContent);
}

const temporaryFolders: string[] = [];
function temporaryFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ingest-test-'));
  temporaryFolders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of temporaryFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** `npm run ingest -- …args`, without npm: the same Node and script. */
function runIngest(args: string[], options: { stdin?: string | Buffer } = {}) {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['tools/ingest/main.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    ...(options.stdin === undefined ? {} : { input: options.stdin }),
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the seed scrape', () => {
  const lines = () => seedText().split('\n');

  test('keeps all twelve article paragraphs verbatim and removes the seven junk lines, each listed', () => {
    const entry = ingested({ name: 'seed.txt', format: 'text', text: seedText() }, { date: '2024-12-02', title: 'T' });
    expect(entry.kept).toBe(12);
    expect(entry.removed.map(({ block, reason }) => [block.line, reason, block.text])).toEqual([
      [1, 'link to another article', lines()[0]],
      ...[14, 15, 16, 17, 18, 19].map((line) => [line, 'teaser for another article', lines()[line - 1]]),
    ]);
  });

  test('renders as the twelve paragraphs of the scrape, character for character', async () => {
    const entry = ingested({ name: 'seed.txt', format: 'text', text: seedText() }, { date: '2024-12-02', title: 'T' });
    expect(await renderedBlocks(body(entry.text))).toEqual(lines().slice(1, 13));
  });

  test('npm run ingest writes an entry identical in body to the seed briefing in content/', () => {
    const out = temporaryFolder();
    const result = runIngest([SEED, '--date', '2024-12-02', '--title', seedTitle(), '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const [written, ...others] = readdirSync(out);
    expect(others).toEqual([]);
    expect(written).toMatch(/^2024-12-02-iranian-backed-militias-enter-syria/);
    const entry = readFileSync(path.join(out, written ?? ''), 'utf8');
    expect(body(entry)).toBe(body(readFileSync(SEED_ENTRY, 'utf8')));
    expect(parseArticleFile(entry, 'entry.md')).toMatchObject({
      ok: true,
      value: { data: { title: seedTitle(), source: { name: 'Scraped news report (original outlet not recorded)' } } },
    });
    // The editor is shown every removed line, with its line number.
    expect(result.stdout).toContain('12 blocks kept, 7 removed');
    expect(result.stdout).toContain(`line 1, link to another article: ${lines()[0]}`);
    expect(result.stdout).toContain(`line 19, teaser for another article: ${lines()[18]}`);
  });

  test('the summary is the lead', () => {
    const entry = ingested({ name: 'seed.txt', format: 'text', text: seedText() }, { date: '2024-12-02', title: 'T' });
    expect(entry.text).toContain(`\nsummary: ${lines()[1]}\n`);
  });
});

describe('a saved news page', () => {
  const entry = () => ingested({ name: 'input.html', format: 'html', text: readFileSync(NEWS_PAGE, 'utf8') });
  const expected = (name: string, actual: string) => {
    const file = path.join(FIXTURES, 'news-page', name);
    if (UPDATE) writeFileSync(file, actual);
    return readFileSync(file, 'utf8');
  };

  test('becomes the expected entry: headline, date, source, byline and summary from the page', () => {
    const { text } = entry();
    expect(text).toBe(expected('output.md', text));
    expect(parseArticleFile(text, 'entry.md')).toMatchObject({
      ok: true,
      value: {
        data: {
          title: 'Harbour town votes for a £41m tidal barrier',
          date: new Date('2025-03-14T00:00:00Z'),
          source: { name: 'The Harbour Ledger', url: 'https://ledger.example/news/2025/03/14/tidal-barrier-vote' },
          byline: 'Mara Lindqvist',
        },
      },
    });
  });

  test('keeps the article, subheading included, and shows it as written', async () => {
    expect(await renderedBlocks(body(entry().text))).toEqual([
      "Councillors in Port Aveling voted on Thursday night to build a tidal barrier across the mouth of the harbour, ending a decade of argument over how to protect the town's lower streets from winter surges.",
      'The barrier, estimated at £41m, passed by nine votes to four after a five-hour meeting in which more than sixty residents asked to speak. Work is due to begin in the spring of 2026.',
      '"We have pumped water out of the same basements every January for as long as I have lived here," said Ines Okafor, who chairs the Lower Town residents\' association. "Tonight somebody finally listened."',
      'Opponents, led by the harbour\'s fishing co-operative, warned that the gates would slow boats at the busiest tides. Its secretary, Tomas Ruell, called the plan "a wall with a *maybe* in it" and said the co-operative would ask for a review of the design.',
      'What happens next',
      "The council will now apply to the regional flood fund for half of the cost. The rest would come from borrowing repaid over 30 years, adding about £18 a year to a typical household's bill.",
      '#FloodReady signs have appeared in shop windows along Quay Street since the storms of February, and the town\'s mayor, Bea Hollins, said the vote showed "a town that has decided to stay".',
    ]);
  });

  test('lists everything left out: navigation, byline, dateline, share buttons, related box, footer, cookie banner', () => {
    const removed = entry().removed.map(({ block, reason }) => `${reason}: ${block.text}`);
    expect(removed.join('\n') + '\n').toBe(expected('removed.txt', removed.join('\n') + '\n'));
    expect(removed).toEqual(
      expect.arrayContaining([
        'share, subscribe or cookie prompt: We use cookies to give you the best experience on our site.',
        'outside the article: Home',
        'headline: Harbour town votes for a £41m tidal barrier',
        'byline: By Mara Lindqvist',
        'dateline: 14 March 2025',
        'share, subscribe or cookie prompt: Share on Facebook Share on X Email this article',
        'outside the article: Ferry timetable cut for the winter',
        'outside the article: © 2025 The Harbour Ledger. All rights reserved.',
        'link to another article: Read more: Storm Edith: the night the harbour wall gave way',
        "share, subscribe or cookie prompt: Subscribe to our newsletter for the week's local news every Friday.",
      ]),
    );
  });
});

describe('Markdown escaping', () => {
  const tricky = [
    '*not emphasis* and _not either_ and **nor this**',
    '# not a heading',
    '1. not a list item',
    '2024. The year began quietly.',
    '- not a list item',
    '+ not one either',
    '> not a quotation block',
    '<b>not HTML</b> and <script>alert(1)</script>',
    '&amp; stays written out, as does &copy;',
    '[not a link](https://example.org) and ![not an image](x.png)',
    '`not code` and ``` not a fence',
    'a back\\slash and a \\*',
    'about ~30 to ~40 people, ~~not struck~~',
    '| not | a table |',
    '---',
    '[^1]: not a footnote',
    '<https://example.org> stays text',
    'Price: $30, 50% off_now_',
  ];

  test.each(tricky)('%j renders as itself', async (text) => {
    const blocks: TextBlock[] = [{ kind: 'paragraph', text }];
    expect(await renderedBlocks(blocksToMarkdown(blocks))).toEqual([text]);
  });

  test('subheadings stay headings', () => {
    expect(blocksToMarkdown([{ kind: 'heading', text: 'What happens next' }])).toBe('## What happens next\n');
  });
});

describe('boilerplate rules', () => {
  const article = (...texts: string[]): ScrapedBlock[] =>
    texts.map((text, index) => ({ kind: 'paragraph', text, line: index + 1 }));
  const reasons = (blocks: ScrapedBlock[]) =>
    removeBoilerplate(blocks, [], { title: undefined, byline: undefined }).removed.map(({ block, reason }) => [
      block.line,
      reason,
    ]);
  const LEAD = 'Rebels captured Aleppo on Friday, the Syrian Observatory for Human Rights said.';

  test.each([
    ['Read More : Another story', 'link to another article'],
    ['Related: Another story', 'link to another article'],
    ['Also read - Another story', 'link to another article'],
    ['RELATED STORIES', 'link to another article'],
    ['Share this article', 'share, subscribe or cookie prompt'],
    ['Subscribe to our newsletter', 'share, subscribe or cookie prompt'],
    ['Follow us on Telegram', 'share, subscribe or cookie prompt'],
    ['Advertisement', 'advertisement'],
  ])('%j anywhere in the text is removed: %s', (text, reason) => {
    expect(reasons(article(LEAD, text, LEAD))).toEqual([[2, reason]]);
  });

  test.each([
    'Related talks are due in Geneva next week.',
    'Also read into the statement was a warning to Ankara.',
    'Subscribers to the Observatory’s feed received the report first, and many shared it within minutes of its release.',
  ])('an article sentence that only starts like junk stays: %j', (text) => {
    expect(reasons(article(LEAD, text))).toEqual([]);
  });

  test('headline, byline and dateline at the top become facts', () => {
    const cleaned = removeBoilerplate(
      article('Rebels take Aleppo', 'By Jane Doe and John Roe', 'Updated: Mon 2 Dec 2024 10:32 GMT', LEAD),
      [],
      { title: undefined, byline: undefined },
    );
    expect(cleaned.removed.map(({ reason }) => reason)).toEqual(['headline', 'byline', 'dateline']);
    expect(cleaned).toMatchObject({ headline: 'Rebels take Aleppo', byline: 'Jane Doe and John Roe' });
    expect(cleaned.date?.iso).toBe('2024-12-02');
  });

  test('a byline with a date is the dateline too', () => {
    const cleaned = removeBoilerplate(article('By JANE DOE | 2 December 2024', LEAD), [], {
      title: 'Rebels take Aleppo',
      byline: undefined,
    });
    expect(cleaned).toMatchObject({ byline: 'JANE DOE', date: { iso: '2024-12-02' } });
  });

  test.each([
    ['By Ahmed al-Sharaa', 'Ahmed al-Sharaa'],
    ['By Ursula von der Leyen and Jane Doe', 'Ursula von der Leyen and Jane Doe'],
    ['By Jane Doe, John Roe & Ann Lee', 'Jane Doe, John Roe & Ann Lee'],
    ['By Jean de', undefined],
    ['By the rebels', undefined],
  ])('"%s" is a byline of %s', (line, byline) => {
    const cleaned = removeBoilerplate(article(line, LEAD), [], { title: 'Rebels take Aleppo', byline: undefined });
    expect(cleaned.byline).toBe(byline);
  });

  test('headline, byline and dateline rules stop where the article starts', () => {
    const text = ['By Monday, the rebels had reached Hama.', 'Rebels push on', 'By Jane Doe', '14 March 2025'];
    expect(reasons(article(...text))).toEqual([]);
  });

  test('a paragraph that trails off but names what the article names stays', () => {
    expect(reasons(article(LEAD, 'Asked about Aleppo, the Observatory said only that…'))).toEqual([]);
  });

  test('a teaser for another story is removed although it shares a word or two', () => {
    const teaser = 'The Delhi High Court declined to issue a directive on the rebels…';
    expect(reasons(article(LEAD, teaser))).toEqual([[2, 'teaser for another article']]);
  });
});

describe('reading input', () => {
  test('one paragraph per line, or blank-line separated and hard-wrapped', () => {
    expect(textToBlocks('One.\n\nTwo\ncontinues.\n\n\nThree.\n')).toEqual([
      { kind: 'paragraph', text: 'One.', line: 1 },
      { kind: 'paragraph', text: 'Two continues.', line: 3 },
      { kind: 'paragraph', text: 'Three.', line: 7 },
    ]);
    expect(textToBlocks('One.\r\nTwo.\r\n')).toEqual([
      { kind: 'paragraph', text: 'One.', line: 1 },
      { kind: 'paragraph', text: 'Two.', line: 2 },
    ]);
  });

  test.each([
    ['page.html', 'Some text', 'html'],
    ['-', '  <!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['notes.txt', '<html> is how pages start', 'text'],
    ['-', 'Plain text.', 'text'],
  ] as const)('%s starting %j is %s', (name, text, format) => {
    expect(detectFormat(name, text)).toBe(format);
  });

  test.each([
    ['2 December 2024', '2024-12-02'],
    ['Updated Dec. 2, 2024, 10:32 a.m.', '2024-12-02'],
    ['Sept 9th 2023', '2023-09-09'],
    ['2024-12-02T23:30:00-05:00', '2024-12-02'],
    ['February 30, 2025', '2025-02-30'],
  ])('finds the date in %j', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });
});

describe('writing an entry', () => {
  test('never replaces an existing file without force, and leaves no temporary file', async () => {
    const file = path.join(temporaryFolder(), 'articles', '2024-12-02-x.md');
    expect(await writeEntry(file, 'first', { force: false })).toBe(true);
    expect(await writeEntry(file, 'second', { force: false })).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(await writeEntry(file, 'third', { force: true })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('third');
    expect(readdirSync(path.dirname(file))).toEqual(['2024-12-02-x.md']);
  });
});

describe('the command line', () => {
  const STORY = [
    'Ferry service returns to Port Aveling',
    'Published 2 April 2025',
    'The harbour ferry ran again on Tuesday after a winter without a service.',
    'Share this article',
  ].join('\n');

  test('a folder ingests every file in it', () => {
    const input = temporaryFolder();
    const out = temporaryFolder();
    writeFileSync(path.join(input, 'ferry.txt'), STORY);
    copyFileSync(NEWS_PAGE, path.join(input, 'barrier.html'));
    writeFileSync(path.join(input, '.DS_Store'), Buffer.from([0xff, 0xfe, 0]));
    const result = runIngest([input, '--source-name', 'Port Aveling Post', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      '2025-03-14-harbour-town-votes-for-a-41m-tidal-barrier.md',
      '2025-04-02-ferry-service-returns-to-port-aveling.md',
    ]);
    const ferry = readFileSync(path.join(out, '2025-04-02-ferry-service-returns-to-port-aveling.md'), 'utf8');
    expect(ferry).toContain('source:\n  name: Port Aveling Post\n');
    expect(body(ferry)).toBe('\nThe harbour ferry ran again on Tuesday after a winter without a service.\n');
    expect(result.stdout).toContain('line 4, share, subscribe or cookie prompt: Share this article');
  });

  test('- reads standard input', () => {
    const out = temporaryFolder();
    const result = runIngest(['-', '--out', out], { stdin: STORY });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('from <stdin>.');
    expect(readdirSync(out)).toEqual(['2025-04-02-ferry-service-returns-to-port-aveling.md']);
  });

  test('--dry-run shows the entry and what was removed, and writes nothing', () => {
    const out = temporaryFolder();
    const result = runIngest(['-', '--dry-run', '--out', out], { stdin: STORY });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('title: Ferry service returns to Port Aveling\ndate: 2025-04-02\n');
    expect(result.stdout).toContain('line 1, headline: Ferry service returns to Port Aveling');
    expect(result.stdout).toContain('line 2, dateline: Published 2 April 2025');
    expect(readdirSync(out)).toEqual([]);
  });

  test('an existing entry is kept unless --force is given', () => {
    const out = temporaryFolder();
    const target = path.join(out, '2025-04-02-ferry-service-returns-to-port-aveling.md');
    writeFileSync(target, 'an editor’s version');
    const refused = runIngest(['-', '--out', out], { stdin: STORY });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toBe(
      `<stdin>:1: ${target} already exists; pass --force to replace it\nNothing was written.\n`,
    );
    expect(readFileSync(target, 'utf8')).toBe('an editor’s version');
    expect(runIngest(['-', '--out', out, '--force'], { stdin: STORY }).status).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('title: Ferry service returns to Port Aveling');
  });

  test.each([
    [
      'non-UTF-8 input',
      [
        'bad.txt',
        Buffer.concat([Buffer.from('Headline here\nPublished 2 April 2025\nCaf'), Buffer.from([0xe9, 0x2e])]),
      ],
      [],
      'bad.txt:3: the line holds bytes that are not valid UTF-8; save the file as UTF-8',
    ],
    [
      'no headline and no --title',
      ['seed.txt', seedText()],
      ['--date', '2024-12-02'],
      'seed.txt:1: no headline found; give the title with --title "…"',
    ],
    [
      'an impossible --date',
      ['story.txt', STORY],
      ['--date', '2025-02-30'],
      'story.txt:1: --date: "2025-02-30" is not a real calendar date (February 2025 has 28 days)',
    ],
    [
      'an impossible dateline',
      ['story.txt', STORY.replace('2 April', '31 April')],
      [],
      'story.txt:2: dateline: "2025-04-31" is not a real calendar date (April 2025 has 30 days); give the date with --date YYYY-MM-DD',
    ],
    [
      'no date anywhere',
      ['story.txt', STORY.replace('Published 2 April 2025\n', '')],
      [],
      'story.txt:1: no date found; give it with --date YYYY-MM-DD',
    ],
    [
      'a source URL that is not a web address',
      ['story.txt', STORY],
      ['--source-url', 'javascript:alert(1)'],
      '2025-04-02-ferry-service-returns-to-port-aveling.md:6: source.url: must be an http(s) URL',
    ],
  ] as const)('refuses %s with exit code 1, naming file and line', (_, [name, content], args, message) => {
    const folder = temporaryFolder();
    const out = path.join(folder, 'out');
    writeFileSync(path.join(folder, name), content);
    const result = runIngest([path.join(folder, name), ...args, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toContain(message);
    expect(result.stderr).toMatch(/Nothing was written\.\n$/);
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    [['--titel', 'x', 'story.txt'], "Unknown option '--titel'"],
    [[], 'name a file, a folder, or - for standard input'],
    [['a.txt', 'b.txt'], 'one input at a time (got 2)'],
    [['--date'], "Option '--date <value>' argument missing"],
  ])('a wrong command line %j exits 2 with the usage', (args, message) => {
    const result = runIngest(args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run ingest -- <file|folder|->');
  });

  test('--title with a folder is a usage error', () => {
    const input = temporaryFolder();
    writeFileSync(path.join(input, 'ferry.txt'), STORY);
    const result = runIngest([input, '--title', 'One title for many', '--out', temporaryFolder()]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--title and --source-url describe one article');
  });
});
