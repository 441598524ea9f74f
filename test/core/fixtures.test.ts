/**
 * The briefing pipeline on whole files: each folder of test/fixtures/ holds
 * a briefing (`input.md`, frontmatter and all) and what the pipeline makes of
 * it with the real registry: the HTML (`output.html`), the annotation record
 * (`record.json`) and the notes with their positions (`messages.txt`).
 *
 * `UPDATE=1 npx vitest run test/core/fixtures.test.ts` writes the expected
 * files from the current pipeline; review their diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { actorCardId } from '../../src/core/unified/actor-card-id.ts';
import { renderBriefing } from '../../src/core/unified/pipeline.ts';
import { processorOnDate } from '../../src/core/unified/processor-on-date.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { correctionRulesOf } from '../../src/sources/schema/correction-rules.ts';
import { ROOT } from '../helpers/build.ts';
import { contentRegistry } from '../helpers/registry.ts';

const FIXTURES = path.join(ROOT, 'test/fixtures');
const update = Boolean(process.env['UPDATE']);

const registry = await contentRegistry();

/** The pipeline as the build runs it for a briefing of `date`: with the registry on that date. */
const processorOn = processorOnDate({ registry, actorHref: (actor) => `/actors/${actor}/`, actorCardId });

/** Each outcome as the text of its expected file. */
async function run(folder: string): Promise<Record<string, string>> {
  const file = path.relative(ROOT, path.join(FIXTURES, folder, 'input.md'));
  const parsed = parseArticleFile(readFileSync(path.join(ROOT, file), 'utf8'), file);
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  const { data, markdown, lineOf } = parsed.value;
  const rendered = await renderBriefing(processorOn(data.date), {
    markdown: markdown.padded,
    path: file,
    taggedActors: data.actors,
    correctionRules: correctionRulesOf(data.corrections, lineOf),
  });
  const messages = rendered.messages.map(
    ({ line, column, reason, ruleId }) => `${line ?? '?'}:${column ?? '?'}: ${reason} [${ruleId ?? 'none'}]\n`,
  );
  return {
    'output.html': `${rendered.html}\n`,
    'record.json': `${JSON.stringify(rendered.record, null, 2)}\n`,
    'messages.txt': messages.join(''),
  };
}

const folders = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(FIXTURES, entry.name, 'input.md')))
  .map((entry) => entry.name)
  .sort();

describe('pipeline fixtures', () => {
  test('there are fixtures to run', () => {
    expect(folders.length).toBeGreaterThan(0);
  });

  test.each(folders)('%s', async (folder) => {
    for (const [name, actual] of Object.entries(await run(folder))) {
      const expected = path.join(FIXTURES, folder, name);
      if (update) writeFileSync(expected, actual);
      else if (!existsSync(expected)) throw new Error(`${path.relative(ROOT, expected)} is missing: run with UPDATE=1`);
      expect(actual, `${folder}/${name}`).toBe(readFileSync(expected, 'utf8'));
    }
  });
});
