/**
 * The `corrections` frontmatter of a briefing: read into one rule per
 * phrase with the line it is written on (where a note about it points), and
 * refused with its line where it is malformed.
 */
import { describe, expect, test } from 'vitest';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { correctionRulesOf } from '../../src/sources/schema/correction-rules.ts';

const FILE = 'content/articles/2024-12-03-x.md';

function article(corrections: string): string {
  return [
    '---',
    'title: Reinforcements move south',
    'date: 2024-12-03',
    'source:',
    '  name: Example Wire',
    'summary: Two brigades moved south overnight.',
    corrections,
    '---',
    '',
    'The regime moved two brigades south; Bruce Wayne was not there.',
    '',
  ].join('\n');
}

describe('briefing-wide corrections', () => {
  test('each phrase becomes a rule with its own line', () => {
    const parsed = parseArticleFile(
      article(
        [
          'corrections:',
          '  unlink: [Bruce Wayne, Kenya Barris]',
          '  link:',
          '    the regime: syrian-government',
          '    The regime: syrian-government',
        ].join('\n'),
      ),
      FILE,
    );
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    expect(correctionRulesOf(parsed.value.data.corrections, parsed.value.lineOf)).toEqual([
      { phrase: 'Bruce Wayne', actor: null, line: 8 },
      { phrase: 'Kenya Barris', actor: null, line: 8 },
      { phrase: 'the regime', actor: 'syrian-government', line: 10 },
      { phrase: 'The regime', actor: 'syrian-government', line: 11 },
    ]);
  });

  test('a briefing without them has no rules', () => {
    const parsed = parseArticleFile(article(''), FILE);
    if (!parsed.ok) throw new Error('does not parse');
    expect(correctionRulesOf(parsed.value.data.corrections, parsed.value.lineOf)).toEqual([]);
  });

  test('an id that is not an id and a misspelt key are each refused on their line', () => {
    const parsed = parseArticleFile(
      article(['corrections:', '  unlik: [Bruce Wayne]', '  link:', '    the regime: Syrian Government'].join('\n')),
      FILE,
    );
    expect(parsed.ok ? [] : parsed.problems.map(formatProblem)).toEqual([
      `${FILE}:8: corrections.unlik: is not a known field; check its spelling against the schema in src/sources/schema/article.ts`,
      `${FILE}:10: corrections.link.the regime: an actor id is lower-case letters, digits and single hyphens (e.g. "hayat-tahrir-al-sham")`,
    ]);
  });
});
