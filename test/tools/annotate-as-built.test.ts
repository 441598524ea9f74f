/**
 * `npm run annotate` reads a file as the build would: a plain-text article's
 * mentions are settled on evidence like a briefing's, discovery skips the
 * editors' names that are no actor, and a briefing's frontmatter corrections
 * apply.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { annotateFile } from '../../tools/annotate/annotate-file.ts';
import { loadNotActors } from '../../src/sources/not-actors.ts';
import { ROOT } from '../helpers/build.ts';
import { articleText, writeContentTree } from '../helpers/fixture-site.ts';
import { contentRegistry } from '../helpers/registry.ts';

const registry = await contentRegistry();
const { names: notActors } = await loadNotActors(ROOT);
const tree = writeContentTree('annotate-as-built', {
  'georgia.txt': 'Voters in Atlanta, Georgia lined up for hours, Governor Brian Kemp said.\n',
  'fiction.txt': "Players suit up in Bruce Wayne's manor, said Kevin Conroy, the voice of Batman.\n",
  'articles/2024-12-02-corrected.md': articleText(
    { corrections: '\n  unlink: [Tehran]' },
    'Tehran said it would send advisers. Iran denied it.\n',
  ),
});
const file = (name: string) => path.join(ROOT, tree, name);
const links = (report: { mentions: { text: string; actor: string }[] }) =>
  report.mentions.map(({ text, actor }) => `${text} → ${actor}`);

describe('annotate as the build reads', () => {
  test('a plain-text article is settled: Georgia beside Atlanta is no country', async () => {
    const report = await annotateFile(file('georgia.txt'), registry, { notActors });
    expect(links(report)).toEqual(['Brian Kemp → brian-kemp']);
    expect(report.notes).toContainEqual(
      expect.objectContaining({ ruleId: 'us-state', line: 1, column: 20, message: expect.stringContaining('Atlanta') }),
    );
  });

  test('names on the editors’ list are never discovered, whatever their cues', async () => {
    const without = await annotateFile(file('fiction.txt'), registry);
    expect(without.discovered.map(({ id }) => id)).toContain('bruce-wayne');
    const report = await annotateFile(file('fiction.txt'), registry, { notActors });
    expect(report.discovered.map(({ id }) => id)).toEqual(['kevin-conroy']);
  });

  test('a briefing’s frontmatter corrections apply: an unlinked phrase is plain text', async () => {
    const report = await annotateFile(file('articles/2024-12-02-corrected.md'), registry, { notActors });
    expect(links(report)).toEqual(['Iran → iran']);
  });
});
