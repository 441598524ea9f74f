/**
 * Malformed input read one file at a time: characters, YAML tags and keys,
 * sizes and names that must be refused, each with its line, before any
 * build. `test/build/malformed-input.test.ts` puts whole broken trees
 * through a real build.
 */
import { describe, expect, test } from 'vitest';
import { parseActorFile, parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { formatProblem, type ContentProblem } from '../../src/sources/files/problems.ts';
import { readContentText } from '../../src/sources/files/source-file.ts';
import { actorText, articleText } from '../helpers/fixture-site.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('reading one file', () => {
  const FILE = 'content/articles/x.md';
  const problems = (result: { ok: true } | { ok: false; problems: ContentProblem[] }) =>
    result.ok ? [] : result.problems.map(formatProblem);

  test('a NUL character is refused with its line, not passed on to the page', () => {
    expect(problems(readContentText(utf8('---\ntitle: x\u0000y\n'), FILE))).toEqual([
      `${FILE}:2: the line holds a NUL character; remove it`,
    ]);
  });

  test.each([
    ['!!binary aGVsbG8=', 'tag:yaml.org,2002:binary'],
    ['!!set { a, b }', 'tag:yaml.org,2002:set'],
    ['!!omap [a: 1]', 'tag:yaml.org,2002:omap'],
    ['!!timestamp 2024-12-02', 'tag:yaml.org,2002:timestamp'],
    ['!!python/object:os.system x', 'tag:yaml.org,2002:python/object:os.system'],
    ['!local x', '!local'],
  ])('the YAML 1.1 or custom tag in %j is refused, not turned into an object', (value, tag) => {
    expect(problems(parseArticleFile(articleText({ byline: value }), FILE))).toEqual([
      `${FILE}:8: YAML: Unresolved tag: ${tag}`,
    ]);
  });

  test('a key that is a list or a mapping is refused', () => {
    expect(problems(parseArticleFile(articleText({ '? [a]\n': ' b' }), FILE))).toEqual([
      `${FILE}:8: YAML: a key must be a plain name, not a list or a mapping`,
    ]);
  });

  test('an actor file of more than 32 KB is not parsed', () => {
    const text = actorText({ aliases: `[${Array.from({ length: 5000 }, (_, index) => `Alias ${index}`).join(', ')}]` });
    expect(problems(parseActorFile(text, 'content/actors/iran.yaml'))).toEqual([
      'content/actors/iran.yaml:1: the file is 58 KB of YAML; at most 32 KB is read',
    ]);
  });

  test('a control character in a name or value cannot break a report into two lines', () => {
    expect(formatProblem({ file: 'a\nb.md', line: 1, field: 'title\r', message: 'x\u001b[31m' })).toBe(
      'a\\u000ab.md:1: title\\u000d: x\\u001b[31m',
    );
  });
});
