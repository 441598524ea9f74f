/**
 * The editors' list of names that are no actor (`content/not-actors.yaml`):
 * read with every problem at its line, and kept out of discovery.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { discoverActors } from '../../src/core/discovery/index.ts';
import { settleMentions } from '../../src/core/discovery/settle.ts';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import type { Registry } from '../../src/core/registry/registry.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { loadNotActors, parseNotActors } from '../../src/sources/not-actors.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { ROOT } from '../helpers/build.ts';

const FILE = 'content/not-actors.yaml';
let registry: Registry;

beforeAll(async () => {
  ({ registry } = await loadRegistry(ROOT, 'content/actors'));
});

describe('the list of names that are no actor', () => {
  test('the project’s list loads without a problem and holds the fiction of the Wikinews briefings', async () => {
    const { names, problems } = await loadNotActors(ROOT);
    expect(problems).toEqual([]);
    expect(names).toContain('bruce wayne');
    expect(names).toContain('klingon assault group');
  });

  test('names are kept in one letter case and spacing, so the list matches however the text writes them', () => {
    expect(parseNotActors('fiction:\n  - "Bruce  Wayne"\n  - Klingon Assault Group\n', FILE).names).toEqual(
      new Set(['bruce wayne', 'klingon assault group']),
    );
  });

  test('every problem is reported with its line, and the well-formed names still load', () => {
    const listedTwice = parseNotActors(
      'fiction:\n  - Bruce Wayne\nproducts:\n  - PlayStation VR\n  - bruce wayne\n',
      FILE,
    );
    expect(listedTwice.problems.map(formatProblem)).toEqual([
      `${FILE}:5: products.1: "bruce wayne" is listed already; list a name once`,
    ]);
    expect(listedTwice.names).toEqual(new Set(['bruce wayne', 'playstation vr']));
    expect(parseNotActors('Fiction:\n  - Bruce Wayne\n', FILE).problems.map(formatProblem)).toEqual([
      `${FILE}:1: Fiction: a heading is lower-case letters, digits and hyphens`,
    ]);
    expect(parseNotActors('fiction:\n  - Batman\n  - ""\n', FILE).problems.map(formatProblem)).toEqual([
      `${FILE}:3: fiction.1: a name cannot be empty`,
    ]);
    expect(parseNotActors('fiction: [Batman\n', FILE).problems[0]).toMatchObject({
      file: FILE,
      line: 2,
      message: expect.stringMatching(/^YAML: /u),
    });
  });

  test('an empty file is an empty list', () => {
    expect(parseNotActors('# nothing yet\n', FILE)).toEqual({ names: new Set(), problems: [] });
  });
});

describe('discovery leaves the listed names alone', () => {
  const text =
    "Players suit up in Bruce Wayne's manor, said Kevin Conroy, the voice of Batman. " +
    'The Klingon Assault Group collected donations.';
  const discover = (notActors: ReadonlySet<string>) => {
    const registered = settleMentions(registry, text, findMentions(registry, text)).mentions;
    return discoverActors(registry, text, registered, { notActors }).actors.map(({ id }) => id);
  };

  test('without the list, the cues of the text make actors of fiction; with it, only the real person remains', async () => {
    expect(discover(new Set())).toEqual(expect.arrayContaining(['bruce-wayne', 'klingon-assault-group']));
    const { names } = await loadNotActors(ROOT);
    expect(discover(names)).toEqual(['kevin-conroy']);
  });
});
