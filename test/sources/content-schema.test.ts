/**
 * The content schemas and the frontmatter reader, on whole files as editors
 * write them. Each bad case asserts the message an editor would read,
 * position included.
 */
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { parseActorFile, parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { readContentText } from '../../src/sources/files/source-file.ts';

const FILE = 'content/articles/x.md';

/** Read, split and validate an article file; return the problems as `file:line: field: message` strings. */
function articleProblems(text: string): string[] {
  const result = parseArticleFile(text, FILE);
  return result.ok ? [] : result.problems.map(formatProblem);
}

function parseArticle(text: string) {
  const result = parseArticleFile(text, FILE);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return { data: result.value.data, body: result.value.markdown.body, bodyLine: result.value.markdown.line };
}

function article(fields: string, body = 'Iranian-backed militias have entered Syria.\n'): string {
  return `---\n${fields}\n---\n\n${body}`;
}

const GOOD_FIELDS = [
  'title: Iranian-backed militias enter Syria',
  'date: 2024-12-02',
  'source:',
  '  name: Example Wire',
  '  url: https://example.org/syria',
  'summary: Militias crossed into Syria overnight.',
].join('\n');

describe('article frontmatter', () => {
  test('a complete article parses, with the date at midnight UTC and defaults filled', () => {
    const { data, body, bodyLine } = parseArticle(article(GOOD_FIELDS));
    expect(data.title).toBe('Iranian-backed militias enter Syria');
    expect(data.date.toISOString()).toBe('2024-12-02T00:00:00.000Z');
    expect(data.source).toEqual({ name: 'Example Wire', url: 'https://example.org/syria' });
    expect(data.tags).toEqual([]);
    expect(data.actors).toEqual([]);
    expect(body).toBe('\nIranian-backed militias have entered Syria.\n');
    expect(bodyLine).toBe(9);
  });

  test('optional byline, tags, actors and licence are kept', () => {
    const { data } = parseArticle(
      article(
        [
          GOOD_FIELDS,
          'byline: Jane Doe',
          'tags: [syria, iran]',
          'actors: [iran, hayat-tahrir-al-sham]',
          'license:',
          '  name: CC BY 2.5',
          '  url: https://creativecommons.org/licenses/by/2.5/',
          '  attribution: Wikinews contributors',
        ].join('\n'),
      ),
    );
    expect(data.byline).toBe('Jane Doe');
    expect(data.tags).toEqual(['syria', 'iran']);
    expect(data.actors).toEqual(['iran', 'hayat-tahrir-al-sham']);
    expect(data.license?.attribution).toBe('Wikinews contributors');
  });

  test.each([
    ['2025-02-30', 'date: "2025-02-30" is not a real calendar date (February 2025 has 28 days)'],
    ['2023-02-29', 'date: "2023-02-29" is not a real calendar date (February 2023 has 28 days)'],
    ['2024-04-31', 'date: "2024-04-31" is not a real calendar date (April 2024 has 30 days)'],
    ['2024-13-01', 'date: "2024-13-01" has no month 13 (months run 01–12)'],
    ['2024-1-5', 'date: "2024-1-5" is not a date in the form YYYY-MM-DD'],
    ['"2 December 2024"', 'date: "2 December 2024" is not a date in the form YYYY-MM-DD'],
  ])('the date %s is refused on its own line', (date, message) => {
    const fields = GOOD_FIELDS.replace('date: 2024-12-02', `date: ${date}`);
    expect(articleProblems(article(fields))).toEqual([`${FILE}:3: ${message}`]);
  });

  test('29 February is accepted in a leap year', () => {
    expect(parseArticle(article(GOOD_FIELDS.replace('2024-12-02', '2024-02-29'))).data.date.getUTCDate()).toBe(29);
  });

  test('a missing title points at the frontmatter and names the field', () => {
    const fields = GOOD_FIELDS.replace('title: Iranian-backed militias enter Syria\n', '');
    expect(articleProblems(article(fields))).toEqual([`${FILE}:1: title: is required`]);
  });

  test('a missing nested field points at its parent', () => {
    const fields = GOOD_FIELDS.replace('  name: Example Wire\n', '');
    expect(articleProblems(article(fields))).toEqual([`${FILE}:4: source.name: is required`]);
  });

  test.each([['javascript:alert(1)'], ['ftp://example.org/file'], ['not a url']])(
    'a source URL %s is refused',
    (url) => {
      const fields = GOOD_FIELDS.replace('https://example.org/syria', JSON.stringify(url));
      expect(articleProblems(article(fields))).toEqual([`${FILE}:6: source.url: must be an http(s) URL`]);
    },
  );

  test('a misspelt field is reported on its line instead of being ignored', () => {
    expect(articleProblems(article(`${GOOD_FIELDS}\nsumary: typo`))).toEqual([
      `${FILE}:8: sumary: is not a known field; check its spelling against the schema in src/sources/schema/article.ts`,
    ]);
  });

  test('an actor reference must look like an id', () => {
    expect(articleProblems(article(`${GOOD_FIELDS}\nactors: [Iran]`))[0]).toMatch(
      /^content\/articles\/x\.md:8: actors\.0: an actor id is lower-case letters/,
    );
  });

  test('every problem of a file is reported, not just the first', () => {
    const fields = 'title: ""\ndate: 2025-02-30\nsource:\n  name: Wire\n  url: javascript:x\nsummary: ok';
    expect(articleProblems(article(fields))).toEqual([
      `${FILE}:2: title: must not be empty`,
      `${FILE}:3: date: "2025-02-30" is not a real calendar date (February 2025 has 28 days)`,
      `${FILE}:6: source.url: must be an http(s) URL`,
    ]);
  });
});

describe('frontmatter reading', () => {
  test.each([
    [
      'Just a body, no frontmatter.\n',
      `${FILE}:1: the file must start with a frontmatter block: a line "---", the fields, a line "---"`,
    ],
    [
      '---\ntitle: x\n\nBody without a closing line.\n',
      `${FILE}:1: the frontmatter opened on line 1 is never closed: add a line "---" after the last field`,
    ],
  ])('a malformed file is refused: %j', (text, message) => {
    expect(articleProblems(text)).toEqual([message]);
  });

  test('YAML syntax errors carry the line in the file, not in the YAML block', () => {
    expect(articleProblems(article(`${GOOD_FIELDS}\ntags: [syria\nbyline: x`))).toEqual([
      expect.stringMatching(/^content\/articles\/x\.md:9: YAML: /),
    ]);
  });

  test('a duplicated key is an error, not a silent overwrite', () => {
    expect(articleProblems(article(`${GOOD_FIELDS}\ntitle: Another title`))).toEqual([
      `${FILE}:8: YAML: Map keys must be unique`,
    ]);
  });

  test('YAML tags such as !!js/function are refused', () => {
    expect(articleProblems(article(`${GOOD_FIELDS}\nbyline: !!js/function "x"`))).toEqual([
      `${FILE}:8: YAML: Unresolved tag: tag:yaml.org,2002:js/function`,
    ]);
  });

  test('YAML anchors and aliases are refused, so alias bombs cannot expand', () => {
    const bomb = 'tags: &a [x, x, x]\nbyline: *a';
    expect(articleProblems(article(`${GOOD_FIELDS}\n${bomb}`))).toEqual([
      `${FILE}:9: YAML aliases (*a) are not allowed; write the value out`,
    ]);
  });

  test('an alias bomb written over many lines is reported at the field that holds it', () => {
    const bomb = ['tags: &a [x, x, x]', 'byline:', '  - [*a, *a, *a]', '  - [*a, *a, *a]'].join('\n');
    expect(articleProblems(article(`${GOOD_FIELDS}\n${bomb}`))).toEqual([
      `${FILE}:9: YAML aliases (*a) are not allowed; write the value out`,
    ]);
  });

  test('a __proto__ key neither pollutes prototypes nor passes as a field', () => {
    expect(articleProblems(article(`${GOOD_FIELDS}\n__proto__:\n  polluted: true`))).toEqual([
      `${FILE}:8: __proto__: is not a known field; check its spelling against the schema in src/sources/schema/article.ts`,
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a list instead of fields is refused', () => {
    expect(articleProblems('---\n- a\n- b\n---\nBody\n')).toEqual([
      `${FILE}:2: expected "key: value" fields, not a list or a lone value`,
    ]);
  });
});

describe('reading a file as text', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const problems = (bytes: Uint8Array) => {
    const result = readContentText(bytes, FILE);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  test.each([[''], ['\n  \n'], ['\uFEFF']])('an empty file (%j) is refused, whatever its kind', (text) => {
    expect(problems(encode(text))).toEqual([`${FILE}:1: the file is empty`]);
  });

  test('UTF-8 with a byte-order mark decodes without the mark', () => {
    expect(readContentText(encode('\uFEFFErdoğan'), FILE)).toEqual({ ok: true, value: 'Erdoğan' });
  });

  test('invalid UTF-8 names the line it is on, never replaced silently', () => {
    const bytes = Uint8Array.from([...encode('---\ntitle: ok\n'), 0x45, 0x72, 0x64, 0x6f, 0xf0, 0x61, 0x6e, 0x0a]);
    const result = readContentText(bytes, FILE);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map(formatProblem)).toEqual([
        `${FILE}:3: the line holds bytes that are not valid UTF-8; save the file as UTF-8`,
      ]);
    }
  });

  test('UTF-16 is recognised by its byte-order mark', () => {
    const result = readContentText(Uint8Array.from([0xff, 0xfe, 0x2d, 0x00]), FILE);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${FILE}:1: the file is UTF-16; save it as UTF-8`,
    ]);
  });
});

describe('actor schema', () => {
  const ACTOR_FILE = 'content/actors/iran.yaml';
  function actor(text: string) {
    const result = parseActorFile(text, ACTOR_FILE);
    return result.ok ? { ok: true as const, value: result.value.data } : result;
  }

  test('aliases are normalised: plain strings match with exact case', () => {
    const result = actor(
      [
        'name: United States',
        'kind: state',
        'description: Country in North America.',
        'wikidata: Q30',
        'aliases:',
        '  - US',
        '  - { text: al-Qaeda, caseSensitive: false }',
        'demonyms: [American]',
        'metonyms: [Washington]',
      ].join('\n'),
    );
    expect(result.ok && result.value).toEqual({
      name: 'United States',
      kind: 'state',
      description: 'Country in North America.',
      wikidata: 'Q30',
      aliases: [
        { text: 'US', caseSensitive: true, shared: false },
        { text: 'al-Qaeda', caseSensitive: false, shared: false },
      ],
      demonyms: ['American'],
      metonyms: ['Washington'],
      memberOf: [],
    });
  });

  test('an unknown kind, a malformed Wikidata id and a bad member id are each reported on their line', () => {
    const result = actor('name: Iran\nkind: country\ndescription: x\nwikidata: 794\nmemberOf: [Middle East]');
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      `${ACTOR_FILE}:2: kind: Invalid option: expected one of "state"|"government"|"armed-group"|"people"|"organisation"|"person"|"media"`,
      `${ACTOR_FILE}:4: wikidata: a Wikidata id looks like Q794`,
      `${ACTOR_FILE}:5: memberOf.0: an actor id is lower-case letters, digits and single hyphens (e.g. "hayat-tahrir-al-sham")`,
    ]);
  });
});
