/**
 * The layer rule as dependency-cruiser rules. Paths are relative to the
 * project root (or to its mirror, see `layer-check.ts`), so `^src/` never
 * matches the benchmark's reference site under `tools/bench/reference-site/src/`.
 *
 * Folder cycles are not here: dependency-cruiser's `scope: 'folder'` rules
 * point each folder's edges at the innermost folder of the imported file,
 * so a cycle whose way back enters a subfolder (`a/` → `b/c/x.ts`, `b/y.ts`
 * → `a/`) goes unseen. `folder-cycles.ts` checks them on the cruise result.
 */
import { builtinModules } from 'node:module';
import type { IForbiddenRuleType } from 'dependency-cruiser';

/** Node's built-in modules, with or without the `node:` prefix, as dependency-cruiser resolves them. */
const NODE_BUILTINS = `^(node:)?(${builtinModules
  .filter((name) => !name.includes('/'))
  .map((name) => name.replace(/^node:/u, ''))
  .join('|')})(/|$)`;
/** The framework, as resolved (`node_modules/astro/…`) or as left unresolved (`astro`, `astro/zod`, `astro:content`). */
const ASTRO = ['(^|node_modules/)astro($|[/:])', '(^|node_modules/)@astrojs/'];
/** File system and processes: what keeps the core runnable anywhere text and a registry exist. */
const FS_AND_PROCESSES = '^(node:)?(fs|fs/promises|child_process)$';

/**
 * The core's folders from the bottom up: a folder imports only folders of a
 * lower or equal rank. `schema/` and `text/` share the bottom rank, the
 * folder-cycle check keeps them from importing each other both ways.
 */
const CORE_ORDER: readonly (readonly string[])[] = [
  ['schema/', 'text/'],
  ['registry/'],
  ['mentions/'],
  ['discovery/'],
  ['quotes/'],
  ['relations/'],
  ['record.ts'],
  ['unified/'],
];

const corePath = (entries: readonly string[]) =>
  `^src/core/(${entries.map((entry) => entry.replace(/\./gu, '\\.') + (entry.endsWith('/') ? '' : '$')).join('|')})`;

const coreOrderRules: IForbiddenRuleType[] = CORE_ORDER.slice(0, -1).map((rank, index) => ({
  name: `core-order-${rank.join('-').replace(/[/.]/gu, '')}`,
  comment: `src/core/{${rank.join(',')}} imports only what sits below it: ${CORE_ORDER.slice(0, index + 1)
    .flat()
    .join(', ')}`,
  severity: 'error',
  from: { path: corePath(rank) },
  to: { path: corePath(CORE_ORDER.slice(index + 1).flat()) },
}));

/** A local import from `from` to anything outside `allowed` (npm packages and Node built-ins are not local). */
function onlyLocal(name: string, comment: string, from: string, allowed: string): IForbiddenRuleType {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from },
    to: { dependencyTypes: ['local'], pathNot: allowed },
  };
}

/** Rules on every import, type-only ones included. */
export const forbidden: IForbiddenRuleType[] = [
  {
    name: 'no-circular',
    comment: 'Modules import each other in one direction; a cycle means one of them belongs elsewhere',
    severity: 'error',
    from: {},
    to: { circular: true },
  },
  onlyLocal('core-imports-core', 'src/core runs on text and a registry alone', '^src/core/', '^src/core/'),
  {
    name: 'core-no-framework',
    comment: 'src/core knows neither Astro nor the file system nor processes',
    severity: 'error',
    from: { path: '^src/core/' },
    to: { path: [...ASTRO, FS_AND_PROCESSES] },
  },
  ...coreOrderRules,
  onlyLocal(
    'sources-import-core',
    'src/sources reads content and hands it to the core',
    '^src/sources/',
    '^src/(core|sources)/',
  ),
  onlyLocal(
    'store-imports-core',
    'src/store keeps what the core made, for the loader to write and the site to read',
    '^src/store/',
    '^src/(core|store)/',
  ),
  onlyLocal(
    'astro-imports-sources-core-store',
    'src/astro adapts sources, core and the annotation store to Astro',
    '^src/astro/',
    '^src/(core|sources|store|astro)/',
  ),
  onlyLocal(
    'site-imports-core-sources-store',
    'src/site aggregates records for pages',
    '^src/site/',
    '^src/(core|sources|store|site)/',
  ),
  onlyLocal(
    'pages-import-site-core',
    'pages, components and layouts render what src/site aggregates',
    '^src/(pages|components|layouts)/',
    '^src/(site|core|sources|pages|components|layouts|styles|client)/',
  ),
  {
    name: 'sources-types-only-above-loaders',
    comment: 'src/site, pages, components and layouts take only types from src/sources: the loaders did the reading',
    severity: 'error',
    from: { path: '^src/(site|pages|components|layouts)/' },
    to: { path: '^src/sources/', dependencyTypesNot: ['type-only'] },
  },
  onlyLocal(
    'client-imports-site',
    'browser code uses only browser-safe site modules',
    '^src/client/',
    '^src/(client|site)/',
  ),
  {
    name: 'no-tools-in-src',
    comment: 'commands depend on the site, never the other way; only tests import tools',
    severity: 'error',
    from: { path: '^(src/|test/helpers/)' },
    to: { path: '^tools/' },
  },
  {
    name: 'no-tests-in-src',
    comment: 'the site and the commands never import tests',
    severity: 'error',
    from: { path: '^(src|tools)/' },
    to: { path: '^test/' },
  },
];

/**
 * Rules on the imports that survive compilation: a type-only import brings
 * no code along, so it cannot make browser code need Node.
 */
export const runtimeForbidden: IForbiddenRuleType[] = [
  {
    name: 'client-browser-safe',
    comment: 'nothing the browser code reaches needs Node or Astro',
    severity: 'error',
    from: { path: '^src/client/' },
    to: { path: [NODE_BUILTINS, ...ASTRO], reachable: true },
  },
];
