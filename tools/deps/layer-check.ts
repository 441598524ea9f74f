/**
 * Checks the layer rule: dependency-cruiser's rules (`rules.ts`) and the
 * folder-cycle check (`folder-cycles.ts`) over the project's code.
 *
 * dependency-cruiser reads no `.astro` file, so the check runs on a mirror
 * of the code under a scratch folder: every script file copied as it is and
 * every `X.astro` written as `X.astro.ts` holding its scripts
 * (`astro-script.ts`). An import of `./X.astro` resolves to `X.astro.ts`,
 * since the resolver tries the path with `.ts` added, and the report names
 * it `X.astro` again. The scratch folder sits inside the project so npm
 * packages resolve from its `node_modules`.
 */
import { access, copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { cruise, type ICruiseResult, type IForbiddenRuleType, type IViolation } from 'dependency-cruiser';
import { astroScript } from './astro-script.ts';
import { folderCycles, type FolderCycle } from './folder-cycles.ts';
import { forbidden, runtimeForbidden } from './rules.ts';

/** What the check reads, relative to the project root. */
export const CHECKED_PATHS = ['src', 'tools', 'test', 'astro.config.mjs'];

/** Folders that hold output or installed packages, never the project's code. */
const SKIPPED = /(^|\/)(node_modules|dist|dist\.building|dist\.previous|\.astro|\.work|output)$/u;
const SCRIPT_FILE = /\.(ts|mts|cts|js|mjs|cjs|css)$/u;

export interface LayerViolation {
  rule: string;
  comment: string;
  from: string;
  /** The import as written; none when `to` is reached through other modules. */
  specifier?: string;
  /** The imported module, with the modules in between when it is reached through them. */
  to: string;
}

export interface LayerReport {
  /** Modules of the project that were read, `.astro` files included. */
  modules: number;
  astroFiles: number;
  violations: LayerViolation[];
  folderCycles: FolderCycle[];
}

export interface LayerCheckOptions {
  /** The project root. */
  root: string;
  /** Files and folders to check, relative to the root. */
  paths?: readonly string[];
  /** A folder inside the project for the mirror, removed afterwards. */
  scratch: string;
}

const original = (name: string) => name.replace(/\.astro\.ts$/u, '.astro');

/** Copies the script files of `path` (relative to `root`) into `mirror`; returns how many `.astro` files it wrote. */
async function mirrorPath(root: string, path: string, mirror: string, skip: string): Promise<number> {
  const source = join(root, path);
  if (source === skip || SKIPPED.test(path)) return 0;
  const entries = await readdir(source, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (entries === null) {
    const target = join(mirror, path);
    if (path.endsWith('.astro')) {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(`${target}.ts`, astroScript(await readFile(source, 'utf8')));
      return 1;
    }
    if (!SCRIPT_FILE.test(path)) return 0;
    await mkdir(dirname(target), { recursive: true });
    await copyFile(source, target);
    return 0;
  }
  let astroFiles = 0;
  for (const entry of entries) {
    if (entry.isSymbolicLink()) continue;
    astroFiles += await mirrorPath(root, join(path, entry.name), mirror, skip);
  }
  return astroFiles;
}

function describe(violation: IViolation, result: ICruiseResult): LayerViolation {
  const rule = [...forbidden, ...runtimeForbidden].find(({ name }) => name === violation.rule.name);
  const module = result.modules.find(({ source }) => source === violation.from);
  const specifier = module?.dependencies.find(({ resolved }) => resolved === violation.to)?.module;
  const via = (violation.cycle ?? violation.via)?.map(({ name }) => original(name));
  return {
    rule: violation.rule.name,
    comment: rule?.comment ?? '',
    from: original(violation.from),
    ...(specifier === undefined ? {} : { specifier }),
    to: via ? `${original(violation.to)} (via ${via.join(' → ')})` : original(violation.to),
  };
}

/** Cruises the mirror with `rules`; with `typeOnly`, type-only imports are part of the graph. */
async function cruiseMirror(
  mirror: string,
  paths: string[],
  rules: IForbiddenRuleType[],
  typeOnly: boolean,
): Promise<ICruiseResult> {
  const { output } = await cruise(
    paths,
    {
      baseDir: mirror,
      ruleSet: { forbidden: rules },
      validate: true,
      tsPreCompilationDeps: typeOnly,
      doNotFollow: { path: 'node_modules' },
      outputType: 'json',
    },
    { conditionNames: ['import', 'node', 'default', 'types'] },
  );
  return typeof output === 'string' ? (JSON.parse(output) as ICruiseResult) : output;
}

const errors = (result: ICruiseResult) =>
  result.summary.violations
    .filter(({ rule }) => rule.severity === 'error')
    .map((violation) => describe(violation, result));

/** Runs the check; throws only when the code cannot be read or cruised. */
export async function checkLayers({ root, paths = CHECKED_PATHS, scratch }: LayerCheckOptions): Promise<LayerReport> {
  await mkdir(scratch, { recursive: true });
  const mirror = await mkdtemp(join(scratch, 'layers-'));
  try {
    let astroFiles = 0;
    for (const path of paths) astroFiles += await mirrorPath(root, path, mirror, scratch);
    const present = await existing(
      mirror,
      paths.filter((path) => !SKIPPED.test(path)),
    );
    // Type-only imports couple layers too (a type cycle is still a cycle), but bring no code to the browser.
    const all = await cruiseMirror(mirror, present, forbidden, true);
    const runtime = await cruiseMirror(mirror, present, runtimeForbidden, false);
    const local = all.modules.filter(({ source }) => !relative(mirror, join(mirror, source)).startsWith('..'));
    return {
      modules: local.filter(({ coreModule, couldNotResolve }) => !coreModule && !couldNotResolve).length,
      astroFiles,
      violations: [...errors(all), ...errors(runtime)],
      folderCycles: folderCycles(local).map((cycle) => ({
        ...cycle,
        imports: cycle.imports.map((entry) => ({ ...entry, from: original(entry.from), to: original(entry.to) })),
      })),
    };
  } finally {
    await rm(mirror, { recursive: true, force: true });
  }
}

/** The paths the mirror holds (a path with no script file in it was not copied). */
async function existing(mirror: string, paths: readonly string[]): Promise<string[]> {
  const present = await Promise.all(
    paths.map((path) =>
      access(join(mirror, path)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return paths.filter((_, index) => present[index]);
}
