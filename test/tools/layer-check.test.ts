/**
 * The layer check (`npm run deps`) on a small tree with one violation of
 * each kind planted, and the `.astro` reader and folder-cycle finder it
 * stands on. The tree lives under test/output/ so npm packages resolve.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroScript } from '../../tools/deps/astro-script.ts';
import { folderCycles, type CruisedModule } from '../../tools/deps/folder-cycles.ts';
import { checkLayers, type LayerReport } from '../../tools/deps/layer-check.ts';
import { ROOT } from '../helpers/build.ts';

const TREE = path.join(ROOT, 'test/output/layer-check');

const PLANTED: Record<string, string> = {
  // The core reads a file and imports the unified adapters from below them.
  'src/core/text/read.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'src/core/text/upward.ts': "import { adapter } from '../unified/adapter.ts';\nexport const upward = adapter;\n",
  'src/core/unified/adapter.ts': "import { read } from '../text/read.ts';\nexport const adapter = read;\n",
  // Two modules importing each other: one cycle, reported once.
  'src/core/text/ping.ts': "import { pong } from './pong.ts';\nexport const ping = () => pong;\n",
  'src/core/text/pong.ts': "import { ping } from './ping.ts';\nexport const pong = () => ping;\n",
  // base-layer/ → files/deep/, files/ → base-layer/: a folder cycle through a subfolder.
  'src/sources/base-layer/index.ts': "import { deep } from '../files/deep/deep.ts';\nexport const base = deep;\n",
  'src/sources/files/deep/deep.ts': 'export const deep = 1;\n',
  'src/sources/files/reader.ts': "import { base } from '../base-layer/index.ts';\nexport const reader = base;\n",
  'src/astro/loader.ts': 'export const loader = 1;\n',
  // A page imports a loader; its inline script's import is not bundled and not checked.
  'src/pages/index.astro': [
    '---',
    "import { loader } from '../astro/loader.ts';",
    "import Card from '../components/Card.astro';",
    '---',
    '<Card value={loader} />',
    "<script>import '../client/search.ts';</script>",
    "<script is:inline>import '../../tools/command.ts';</script>",
    '',
  ].join('\n'),
  'src/components/Card.astro':
    "---\nimport { sitePath } from '../site/urls.ts';\n---\n<a href={sitePath('/')}>home</a>\n",
  // Browser code reaches node:path at run time; the type-only import of astro:content brings no code.
  'src/client/search.ts': "import { sitePath } from '../site/urls.ts';\nexport const search = sitePath;\n",
  'src/site/urls.ts':
    "import path from 'node:path';\nimport type { CollectionEntry } from 'astro:content';\nexport type Entry = CollectionEntry<'articles'>;\nexport const sitePath = (p: string) => path.posix.join('/', p);\n",
  'test/helpers/helper.ts': "import { command } from '../../tools/command.ts';\nexport const helper = command;\n",
  'tools/command.ts': "import { reader } from '../src/sources/files/reader.ts';\nexport const command = reader;\n",
};

let report: LayerReport;

beforeAll(async () => {
  rmSync(TREE, { recursive: true, force: true });
  for (const [file, text] of Object.entries(PLANTED)) {
    mkdirSync(path.dirname(path.join(TREE, file)), { recursive: true });
    writeFileSync(path.join(TREE, file), text);
  }
  report = await checkLayers({ root: TREE, paths: ['src', 'tools', 'test'], scratch: path.join(TREE, 'scratch') });
});

afterAll(() => rmSync(TREE, { recursive: true, force: true }));

describe('the layer check on a planted tree', () => {
  test('reads the .astro files through their scripts', () => {
    expect(report.astroFiles).toBe(2);
    expect(report.modules).toBe(Object.keys(PLANTED).length);
  });

  test('reports each planted import once, with the import as written', () => {
    expect(
      report.violations.map(({ rule, from, specifier }) => `${rule}: ${from} ${specifier ?? '(reached)'}`).sort(),
    ).toEqual([
      'client-browser-safe: src/client/search.ts (reached)',
      'core-no-framework: src/core/text/read.ts fs',
      'core-order-schema-text: src/core/text/upward.ts ../unified/adapter.ts',
      'no-circular: src/core/text/ping.ts ./pong.ts',
      'no-tools-in-src: test/helpers/helper.ts ../../tools/command.ts',
      'pages-import-site-core: src/pages/index.astro ../astro/loader.ts',
    ]);
  });

  test('names the runtime path by which browser code reaches Node', () => {
    const reached = report.violations.find(({ rule }) => rule === 'client-browser-safe');
    expect(reached?.to).toBe('path (via src/site/urls.ts → path)');
  });

  test('finds the folder cycle through a subfolder', () => {
    expect(report.folderCycles).toEqual([
      expect.objectContaining({ folder: 'src/core', entries: ['text/', 'unified/'] }),
      {
        folder: 'src/sources',
        entries: ['base-layer/', 'files/'],
        imports: [
          {
            from: 'src/sources/base-layer/index.ts',
            specifier: '../files/deep/deep.ts',
            to: 'src/sources/files/deep/deep.ts',
          },
          {
            from: 'src/sources/files/reader.ts',
            specifier: '../base-layer/index.ts',
            to: 'src/sources/base-layer/index.ts',
          },
        ],
      },
    ]);
  });
});

describe('folderCycles', () => {
  const modules = (edges: Record<string, string[]>): CruisedModule[] =>
    Object.entries(edges).map(([source, targets]) => ({
      source,
      dependencies: targets.map((resolved) => ({ module: resolved, resolved, dependencyTypes: ['local', 'import'] })),
    }));

  test.each([
    ['sibling folders', { 'a/x.ts': ['b/y.ts'], 'b/y.ts': ['a/z.ts'] }, [['', ['a/', 'b/']]]],
    ['a folder and a file beside it', { 'a/x.ts': ['f.ts'], 'f.ts': ['a/y.ts'] }, [['', ['a/', 'f.ts']]]],
    ['folders deep down', { 'p/q/a/x.ts': ['p/q/b/c/d.ts'], 'p/q/b/y.ts': ['p/q/a/x.ts'] }, [['p/q', ['a/', 'b/']]]],
    ['one direction only', { 'a/x.ts': ['b/y.ts'], 'a/z.ts': ['b/c/w.ts'] }, []],
    ['files alone (a module cycle, reported elsewhere)', { 'a.ts': ['b.ts'], 'b.ts': ['a.ts'] }, []],
    ['npm and unresolved imports', { 'a/x.ts': ['../node_modules/b/y.js'] }, []],
  ])('%s', (_, edges, expected) => {
    expect(folderCycles(modules(edges)).map(({ folder, entries }) => [folder, entries])).toEqual(expected);
  });
});

describe('astroScript', () => {
  test.each([
    ['the frontmatter', "---\nimport A from './A.astro';\n---\n<A />\n", "import A from './A.astro';"],
    ['no frontmatter', '<p>text</p>\n', ''],
    ['a bundled script', "<p />\n<script>\n  import './c.ts';\n</script>\n", "\n  import './c.ts';\n"],
    ['a module script', '<script type="module">import \'./c.ts\';</script>', "import './c.ts';"],
    ['an inline script', "<script is:inline>import './c.ts';</script>", ''],
    ['a data block', '<script type="application/ld+json" set:html={data} />', ''],
  ])('%s', (_, source, expected) => {
    expect(astroScript(source)).toBe(expected);
  });
});
