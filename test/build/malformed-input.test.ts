/**
 * Malformed content through a real build: every broken file of a content
 * tree is reported in one run, with its file and line, whichever collection
 * it is in, and the site built before stays exactly as it was.
 *
 * The trees are generated here (bytes that are not UTF-8, UTF-16, links,
 * names with newlines cannot sit in the repository as ordinary fixtures).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';
import { actorText, articleText, snapshot, writeContentTree, type FixtureFile } from '../helpers/fixture-site.ts';

const TREE = 'malformed';
const DIR = `test/output/content/${TREE}`;

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    bytes[index * 2 + (endian === 'le' ? 0 : 1)] = code & 0xff;
    bytes[index * 2 + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

/** The "billion laughs": nine levels of nine aliases each, a billion strings if expanded. */
const BILLION_LAUGHS = [
  'lol0: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  ...'bcdefghi'.split('').map(
    (anchor, index) =>
      `lol${index + 1}: &${anchor} [${Array(9)
        .fill(`*${'abcdefghi'[index] ?? ''}`)
        .join(', ')}]`,
  ),
].join('\n');

/**
 * One case per file: what it holds and the problems it must produce, as
 * `line: message` (the file is put in front). Lines count in the file:
 * `articleText` puts the frontmatter on lines 1–8 and the body from line 9.
 */
interface Case {
  file: string;
  content: FixtureFile;
  problems: string[];
}

const GOOD = articleText();

const ARTICLES: Case[] = [
  {
    file: 'articles/2025-01-01-invalid-utf8.md',
    content: concat(utf8(articleText({}, 'Erdo')), Uint8Array.of(0xf0), utf8('an spoke.\n')),
    problems: ['10: the line holds bytes that are not valid UTF-8; save the file as UTF-8'],
  },
  {
    file: 'articles/2025-01-02-utf16-le.md',
    content: concat(Uint8Array.of(0xff, 0xfe), utf16(GOOD, 'le')),
    problems: ['1: the file is UTF-16; save it as UTF-8'],
  },
  {
    file: 'articles/2025-01-03-utf16-be.md',
    content: concat(Uint8Array.of(0xfe, 0xff), utf16(GOOD, 'be')),
    problems: ['1: the file is UTF-16; save it as UTF-8'],
  },
  {
    file: 'articles/2025-01-04-utf16-without-bom.md',
    content: utf16(GOOD, 'le'),
    problems: [
      '1: the line holds NUL characters: the file is probably UTF-16 without a byte-order mark; save it as UTF-8',
    ],
  },
  { file: 'articles/2025-01-05-empty.md', content: '', problems: ['1: the file is empty'] },
  {
    file: 'articles/2025-01-06-unterminated.md',
    content: '---\ntitle: A briefing\ndate: 2024-12-02\n\nThe body, but the frontmatter never closed.\n',
    problems: ['1: the frontmatter opened on line 1 is never closed: add a line "---" after the last field'],
  },
  {
    file: 'articles/2025-01-07-invalid-yaml.md',
    content: articleText({ tags: '[syria, iran', byline: 'Jane Doe' }),
    problems: ['9: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  },
  {
    file: 'articles/2025-02-30-impossible-date.md',
    content: articleText({ date: '2025-02-30' }),
    problems: ['3: date: "2025-02-30" is not a real calendar date (February 2025 has 28 days)'],
  },
  {
    file: 'articles/2025-01-09-unknown-actor.md',
    content: articleText({ actors: '[iran, irn]' }),
    problems: [`8: actors.1: no actor "irn" in ${DIR}/actors/ (did you mean "iran"?)`],
  },
  // Two files with one id: in a subfolder, with the wrong extension, in capitals.
  { file: 'articles/2025-01-10-duplicate.md', content: GOOD, problems: [] },
  {
    file: 'articles/more/2025-01-10-duplicate.md',
    content: GOOD,
    problems: [
      `1: has the same id "2025-01-10-duplicate" as ${DIR}/articles/2025-01-10-duplicate.md; rename one of them`,
    ],
  },
  {
    file: 'articles/2025-01-10-duplicate.markdown',
    content: GOOD,
    problems: [`1: only .md files belong in ${DIR}/articles/; rename it or move it out of the folder`],
  },
  {
    file: 'articles/2025-01-10-Duplicate.md',
    content: GOOD,
    problems: [
      '1: the file name "2025-01-10-Duplicate" becomes a URL, so it must be lower-case letters, digits and single hyphens',
    ],
  },
  // Names that are not one clean URL segment.
  ...['2025-01-11-a b', '2025-01-11-%2e%2e', '2025-01-11-a\\b', '2025-01-11-..', '2025-01-11-é'].map((id) => ({
    file: `articles/${id}.md`,
    content: GOOD,
    problems: [
      `1: the file name ${JSON.stringify(id)} becomes a URL, so it must be lower-case letters, digits and single hyphens`,
    ],
  })),
  {
    file: 'articles/2025-01-12-line\nbreak.md',
    content: GOOD,
    problems: [
      '1: the file name "2025-01-12-line\\nbreak" becomes a URL, so it must be lower-case letters, digits and single hyphens',
    ],
  },
  {
    file: 'articles/2025-01-13-symlink.md',
    content: { symlinkTo: path.join(ROOT, 'package.json') },
    problems: ['1: is a symbolic link; put the file itself here'],
  },
  {
    file: 'articles/2025-01-14-yaml-tags.md',
    content: articleText({ byline: '!!js/function "function () { return 1; }"', tags: '!!binary aGVsbG8=' }),
    problems: [
      '8: YAML: Unresolved tag: tag:yaml.org,2002:js/function',
      '9: YAML: Unresolved tag: tag:yaml.org,2002:binary',
    ],
  },
  {
    file: 'articles/2025-01-15-billion-laughs.md',
    content: `---\n${BILLION_LAUGHS}\n---\n\nBody.\n`,
    problems: ['3: YAML aliases (*a) are not allowed; write the value out'],
  },
  {
    file: 'articles/2025-01-16-proto.md',
    // A computed key: a literal `__proto__:` would set the prototype instead of a field.
    content: articleText({ ['__proto__']: '\n  polluted: true', constructor: '{ prototype: x }' }),
    problems: [
      '8: __proto__: is not a known field; check its spelling against the schema in src/sources/schema/article.ts',
      '10: constructor: is not a known field; check its spelling against the schema in src/sources/schema/article.ts',
    ],
  },
  {
    file: 'articles/2025-01-17-deep-yaml.md',
    content: articleText({ tags: `${'['.repeat(5000)}${']'.repeat(5000)}` }),
    problems: ['8: YAML: the value nests too deeply to read; no field needs more than a few levels'],
  },
  {
    file: 'articles/2025-01-18-huge-frontmatter.md',
    content: articleText({ summary: 'x'.repeat(40_000) }),
    problems: ['1: the frontmatter is 40 KB of YAML; at most 32 KB is read'],
  },
  {
    file: 'articles/2025-01-19-huge-body.md',
    content: articleText({}, 'Iran said nothing. '.repeat(30_000)),
    problems: [
      '9: the body is 557 KB; a briefing may be at most 512 KB (is it a whole web page, or several articles in one file?)',
    ],
  },
  {
    file: 'articles/2025-01-20-deep-nesting.md',
    content: articleText(
      {},
      [
        'Iran said nothing.',
        '',
        `${'>'.repeat(10_000)} Iran`,
        '',
        `${'*'.repeat(10_000)}Iran${'*'.repeat(10_000)}`,
        '',
        `${'<div>'.repeat(10_000)}Iran${'</div>'.repeat(10_000)}`,
      ].join('\n'),
    ),
    problems: [
      '12: block quotes and list items nest more than 100 levels deep here; no briefing needs that, so flatten it',
      '14: emphasis, strikethrough and link brackets nest more than 100 levels deep here; no briefing needs that, so flatten it',
      '14: the body has more than 5,000 emphasis marks (*, _, ~) and brackets by this line; no article is marked up that densely (is it really one article?)',
      '16: HTML elements nest more than 100 levels deep here; no briefing needs that, so flatten it',
    ],
  },
];

const ACTORS: Case[] = [
  {
    file: 'not-actors.yaml',
    content: 'fiction:\n  - Batman\nProducts:\n  - batman\n',
    problems: [
      '3: Products: a heading is lower-case letters, digits and hyphens',
      '4: Products.0: "batman" is listed already; list a name once',
    ],
  },
  {
    file: 'actors/iran.yaml',
    content: actorText(),
    problems: [
      `1: name: name "Iran" of iran is also the alias "Iran" of claims-iran at ${DIR}/actors/claims-iran.yaml:4; ` +
        'remove one, or mark the alias `shared: true` in both entries so each briefing decides',
    ],
  },
  {
    file: 'actors/bad-kind.yaml',
    content: actorText({ name: 'Bad Kind', kind: 'country' }),
    problems: [
      '2: kind: Invalid option: expected one of "state"|"government"|"armed-group"|"people"|"organisation"|"person"|"media"',
    ],
  },
  {
    file: 'actors/claims-iran.yaml',
    // Reported once, on the entry the registry reads second, which names this file and line.
    content: actorText({ name: 'Claimant', kind: 'organisation', aliases: '[Iran]' }),
    problems: [],
  },
  {
    file: 'actors/self-member.yaml',
    content: actorText({ name: 'Self Member', kind: 'person', memberOf: '[self-member, nowhere]' }),
    problems: [
      '4: memberOf.0: an actor cannot be a member of itself',
      `4: memberOf.1: no actor "nowhere" in ${DIR}/actors/ (did you mean "niger"?)`,
    ],
  },
  {
    file: 'actors/invalid-utf8.yaml',
    content: concat(utf8('name: Recep Tayyip Erdo'), Uint8Array.of(0xc4), utf8('an\nkind: person\n')),
    problems: ['1: the line holds bytes that are not valid UTF-8; save the file as UTF-8'],
  },
  {
    file: 'actors/long-alias.yaml',
    content: actorText({ name: 'Long Alias', aliases: `[${'word '.repeat(20).trim()}]` }),
    problems: [`4: aliases.0: "${'word '.repeat(20).trim()}" is longer than 16 words and marks; shorten it`],
  },
  {
    file: 'actors/billion-laughs.yaml',
    content: BILLION_LAUGHS,
    problems: ['2: YAML aliases (*a) are not allowed; write the value out'],
  },
  {
    file: 'actors/proto.yaml',
    content: actorText({ name: 'Proto', ['__proto__']: '{ kind: state }' }),
    problems: ['4: __proto__: is not a known field; check its spelling against the schema in src/core/schema/actor.ts'],
  },
  {
    file: 'actors/Bad_Name.yaml',
    content: actorText({ name: 'Bad Name' }),
    problems: [
      '1: the file name "Bad_Name" becomes a URL, so it must be lower-case letters, digits and single hyphens',
    ],
  },
];

/** `dir/file:line: message`, as the build prints it (a newline in a name shown as `\n`). */
function expected(cases: Case[]): string[] {
  return cases.flatMap(({ file, problems }) =>
    problems.map((problem) => `${DIR}/${file.replaceAll('\n', '\\u000a')}:${problem}`),
  );
}

describe('a content tree where every file is broken in its own way', () => {
  let before: Record<string, string>;
  let build: BuildResult;
  beforeAll(() => {
    const good = buildSite({ name: 'malformed', contentDir: 'test/sites/minimal' });
    expect(good.status).toBe(0);
    before = snapshot(good.outDir);
    const contentDir = writeContentTree(
      TREE,
      Object.fromEntries([...ARTICLES, ...ACTORS].map(({ file, content }) => [file, content])),
    );
    build = buildSite({ name: 'malformed', contentDir, keep: true });
  });

  test('fails', () => {
    expect(build.status).not.toBe(0);
  });

  test('lists every problem of both collections in one report, each with its file and line', () => {
    const all = [...expected(ARTICLES), ...expected(ACTORS)];
    expect(build.output).toContain(`The articles and actors collections have ${all.length} problems:`);
    const reported = build.output.split('\n').filter((line) => line.startsWith(`${DIR}/`));
    expect(reported.sort()).toEqual([...all].sort());
  });

  test('leaves the site built before exactly as it was', () => {
    expect(build.output).toContain('was left as it was');
    expect(snapshot(build.outDir)).toEqual(before);
    expect(existsSync(`${build.outDir}.building`)).toBe(false);
  });

  test('prints no stack trace of a crash, only the report', () => {
    expect(build.output).not.toMatch(/Maximum call stack|RangeError|TypeError/);
  });
});

describe('a broken actor file alone', () => {
  test('fails the build with its problem, not also with each briefing that names the actor', () => {
    const contentDir = writeContentTree('malformed-actor-only', {
      'articles/2024-12-02-tagged.md': articleText({ actors: '[militia]' }),
      'actors/militia.yaml': actorText({ name: 'The Militia', kind: 'armed-group', memberOf: '[militia]' }),
    });
    const build = buildSite({ name: 'malformed-actor-only', contentDir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The actors collection has one problem:');
    expect(build.output).toContain(
      'test/output/content/malformed-actor-only/actors/militia.yaml:4: memberOf.0: an actor cannot be a member of itself',
    );
  });

  test('that does not parse: references to it are not also "unknown"', () => {
    const contentDir = writeContentTree('malformed-actor-unparsed', {
      'articles/2024-12-02-tagged.md': articleText({ actors: '[militia]' }),
      'actors/militia.yaml': actorText({ name: 'The Militia', kind: 'militia' }),
    });
    const build = buildSite({ name: 'malformed-actor-unparsed', contentDir });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('The actors collection has one problem:');
    expect(build.output).toContain('test/output/content/malformed-actor-unparsed/actors/militia.yaml:2: kind:');
    expect(build.output).not.toContain('no actor "militia"');
  });
});
