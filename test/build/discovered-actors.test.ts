/**
 * Discovered actors in a built site: pages of their own marked as found in
 * the text, with the sentences as evidence, in the actor index and the
 * export, and the probable spelling reported with its file and line.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, ROOT, type BuildResult } from '../helpers/build.ts';

describe('a built site', () => {
  let build: BuildResult;
  const page = (file: string) => parseHTML(readFileSync(path.join(build.outDir, file), 'utf8')).document;
  const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent ?? '';

  beforeAll(() => {
    // Notes are printed when a briefing is rendered: a cold build renders every one.
    rmSync(path.join(ROOT, 'test/output/.cache/discovered-actors'), { recursive: true, force: true });
    build = buildSite({ name: 'discovered-actors', contentDir: 'test/sites/discovered-actors' });
  });

  test('builds, and reports the probable spelling with its file and line', () => {
    expect(build.status).toBe(0);
    expect(build.output).toContain(
      'test/sites/discovered-actors/articles/2015-12-15-flag-referendum-result.md:13:81: "Lettle" is probably Andrew Little',
    );
  });

  test('the same person in two briefings is one page, marked as found in the text, with both sentences as evidence', () => {
    const document = page('actors/john-key/index.html');
    expect(text(document, 'h1')).toBe('John Key');
    expect(text(document, '.discovered-note h2')).toBe('Found in the text, not yet reviewed');
    const evidence = [...document.querySelectorAll('.discovered-note__evidence a')].map(
      (link) => link.getAttribute('href') ?? '',
    );
    expect(evidence).toHaveLength(2);
    for (const href of evidence) {
      const [briefing, anchor] = href.split('#');
      const target = page(`${briefing?.replace(/^\//, '')}index.html`);
      expect(
        target.getElementById(anchor ?? '')?.querySelectorAll('a[href="/actors/john-key/"]').length,
      ).toBeGreaterThan(0);
    }
    expect(text(document, '.actor-page__facts a[href="/actors/new-zealand/"]')).toBe('New Zealand');
    // His quotes are his, and New Zealand's.
    expect(document.getElementById('said-by')?.parentElement?.textContent).toContain(
      'It is a great day for New Zealanders',
    );
    expect(page('actors/new-zealand/index.html').getElementById('said-by')?.parentElement?.textContent).toContain(
      'It is a great day',
    );
  });

  test('the actor index marks discovered actors; the export says where they were found', () => {
    const document = page('actors/index.html');
    const row = (id: string) => document.querySelector(`th a[href="/actors/${id}/"]`)?.closest('th');
    expect(row('john-key')?.querySelector('.discovered-mark')?.textContent).toBe('found in text');
    expect(row('new-zealand')?.querySelectorAll('.discovered-mark')).toHaveLength(0);
    const actors = JSON.parse(readFileSync(path.join(build.outDir, 'actors.json'), 'utf8')) as {
      actors?: { id: string; discovered: unknown; memberOf: string[] }[];
    };
    const list = actors.actors ?? (actors as unknown as { id: string; discovered: unknown; memberOf: string[] }[]);
    expect(list.find((actor) => actor.id === 'john-key')).toMatchObject({
      memberOf: ['new-zealand'],
      discovered: [
        { briefing: '2015-12-15-flag-referendum-result', cue: 'title' },
        { briefing: '2015-05-07-new-zealand-flag-process', cue: 'title' },
      ],
    });
    expect(list.find((actor) => actor.id === 'iran')?.discovered).toBeNull();
  });
});
