/**
 * The builds the benchmark times, for the annotated site and for the plain
 * Astro reference site in tools/bench/reference-site/, on one generated corpus:
 *
 * - cold: output and content cache removed first, `runs` times, the two
 *   sites alternating so that a slower spell of a shared machine hits both;
 * - warm: built again at once, the content-layer cache kept;
 * - edit: one briefing changed, then built again with the cache kept;
 * - add: then one briefing filed, the archive's newest, and built again;
 * - layers: up to 1,000 briefings, the annotated site cold again with the
 *   editors' layer alone (no base layer, no discovery), `runs` times, to
 *   show what the other two layers cost.
 *
 * Vite's own dependency cache (`node_modules/.vite`) is left alone for both.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { addBriefing, editBriefing, type GeneratedBriefing } from './corpus.ts';
import { runMeasured, type Measurement, type MemoryProbe } from './measured-run.ts';

export const SITES = ['annotated', 'reference'] as const;
export type SiteName = (typeof SITES)[number];

export interface SiteTimings {
  cold: Measurement[];
  warm: Measurement;
  edit: Measurement;
  add: Measurement;
}

/** The largest corpus the editors'-layer-only builds run on: they answer a question about 1,000 briefings. */
export const LAYER_COMPARISON_MAX = 1000;

export interface ScenarioOptions {
  root: string;
  /** Where this corpus's outputs, caches and logs go. */
  workDir: string;
  corpusDir: string;
  briefings: readonly GeneratedBriefing[];
  /** The briefing the add scenario files: the corpus's next. */
  added: GeneratedBriefing;
  runs: number;
  probe: MemoryProbe;
  /** Called after every build, for progress output. */
  report: (site: BuildName, build: string, measurement: Measurement) => void;
}

export const outDirOf = (workDir: string, site: SiteName) => path.join(workDir, `dist-${site}`);

/** What a build is named by in logs, output and cache folders: a site, or the annotated site with the editors' layer alone. */
type BuildName = SiteName | 'editors-only';

/** The command and environment of one site's build. */
function buildCommand(site: BuildName, options: ScenarioOptions): { args: string[]; env: NodeJS.ProcessEnv } {
  const { root, workDir, corpusDir } = options;
  const outDir = path.join(workDir, `dist-${site}`);
  const cacheDir = path.join(workDir, `cache-${site}`);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  return site !== 'reference'
    ? {
        // What editors run (`npm run build`), search index and all.
        args: [path.join(root, 'tools/build/main.ts'), '--outDir', outDir],
        env: {
          ...env,
          BRIEFINGS_CONTENT_DIR: corpusDir,
          BRIEFINGS_CACHE_DIR: cacheDir,
          ...(site === 'editors-only' ? { BRIEFINGS_ACTOR_LAYERS: 'editors' } : {}),
        },
      }
    : {
        args: [
          path.join(root, 'node_modules/astro/bin/astro.mjs'),
          'build',
          '--root',
          path.join(root, 'tools/bench/reference-site'),
          '--outDir',
          outDir,
        ],
        env: { ...env, BENCH_CORPUS_DIR: corpusDir, BENCH_CACHE_DIR: cacheDir },
      };
}

function build(site: BuildName, name: string, options: ScenarioOptions): Measurement {
  const { args, env } = buildCommand(site, options);
  const measurement = runMeasured({
    label: `${site} ${name}`,
    args,
    cwd: options.root,
    env,
    logFile: path.join(options.workDir, 'logs', `${site}-${name}.log`),
    probe: options.probe,
  });
  options.report(site, name, measurement);
  return measurement;
}

/**
 * One untimed build of each site, on a small corpus, before any timing:
 * Vite re-optimises its dependency cache after the lock file changes, and
 * the first build after that (or on a cold file cache) would otherwise count
 * against whichever site happens to go first.
 */
export function warmUp(options: ScenarioOptions): void {
  for (const site of SITES) build(site, 'warm-up', options);
}

export interface ScenarioTimings {
  sites: Record<SiteName, SiteTimings>;
  /** Cold builds of the annotated site with the editors' layer alone; null past `LAYER_COMPARISON_MAX`. */
  editorsOnly: Measurement[] | null;
}

export async function runScenarios(options: ScenarioOptions): Promise<ScenarioTimings> {
  const cold: Record<SiteName, Measurement[]> = { annotated: [], reference: [] };
  for (let run = 1; run <= options.runs; run++) {
    for (const site of SITES) {
      rmSync(outDirOf(options.workDir, site), { recursive: true, force: true });
      rmSync(path.join(options.workDir, `cache-${site}`), { recursive: true, force: true });
      cold[site].push(build(site, `cold-${run}`, options));
    }
  }
  const warm = { annotated: build('annotated', 'warm', options), reference: build('reference', 'warm', options) };
  // The briefing in the middle of the archive, so neither the home page's newest nor the oldest.
  const edited = options.briefings[Math.floor(options.briefings.length / 2)];
  if (edited === undefined) throw new Error('The benchmark corpus is empty; give --sizes of at least 1.');
  await editBriefing(options.corpusDir, edited);
  const edit = { annotated: build('annotated', 'edit', options), reference: build('reference', 'edit', options) };
  await addBriefing(options.corpusDir, options.added);
  const add = { annotated: build('annotated', 'add', options), reference: build('reference', 'add', options) };
  const editorsOnly: Measurement[] = [];
  if (options.briefings.length <= LAYER_COMPARISON_MAX) {
    for (let run = 1; run <= options.runs; run++) {
      rmSync(path.join(options.workDir, 'dist-editors-only'), { recursive: true, force: true });
      rmSync(path.join(options.workDir, 'cache-editors-only'), { recursive: true, force: true });
      editorsOnly.push(build('editors-only', `cold-${run}`, options));
    }
  }
  return {
    sites: {
      annotated: { cold: cold.annotated, warm: warm.annotated, edit: edit.annotated, add: add.annotated },
      reference: { cold: cold.reference, warm: warm.reference, edit: edit.reference, add: add.reference },
    },
    editorsOnly: editorsOnly.length > 0 ? editorsOnly : null,
  };
}
