/**
 * `npm run bench [-- --sizes 1000,5000 --runs 3 --seed 1 --quick]`
 *
 * Generates deterministic corpora of synthetic briefings, builds each with
 * the annotated site and with the plain Astro 7 reference site in tools/bench/reference-site/
 * (cold, warm, after editing one briefing, after adding one), measures annotation throughput
 * and the weight of every page kind, writes tools/bench/results.json and
 * tools/bench/results.md, and prints the Markdown. Exit codes: 0 done, 1 a build
 * or the registry failed, 2 wrong command line.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { parseBenchOptions, USAGE, UsageError, type BenchOptions } from './bench-options.ts';
import { outDirOf, runScenarios, SITES, warmUp, type ScenarioOptions } from './build-scenarios.ts';
import { castPools } from './corpus-cast.ts';
import { generateCorpus, readBack, writeCorpus, type GeneratedBriefing } from './corpus.ts';
import { BuildFailed, detectMemoryProbe } from './measured-run.ts';
import { measureSiteWeight } from './page-weight.ts';
import { formatResults } from './results-table.ts';
import type { BenchResults, MeasuredSize, SizeResult } from './results.ts';
import { snapshotSources } from './source-snapshot.ts';
import { measureThroughput } from './throughput.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WORK = path.join(ROOT, 'tools/bench/.work');
/** Briefings whose text the throughput figures are measured on (about 5 MB). */
const THROUGHPUT_BRIEFINGS = 1_000;
/** Briefings of the untimed first build of each site. */
const WARM_UP_BRIEFINGS = 20;

/** Written through Prettier, so the recorded results pass the repository's format check. */
async function writeFormatted(file: string, text: string): Promise<void> {
  const config = await resolveConfig(file);
  await writeFile(file, await format(text, { ...config, filepath: file }));
}

async function main(options: BenchOptions): Promise<void> {
  const probe = detectMemoryProbe();
  const snapshot = await snapshotSources(ROOT, path.join(WORK, 'source'));
  const source = snapshot.root;
  if (snapshot.commit) {
    const changes = snapshot.commit.uncommittedChanges ? ' with its uncommitted changes' : '';
    console.log(`Building from a copy of commit ${snapshot.commit.id}${changes} in ${path.relative(ROOT, source)}/.`);
  }
  const actorsDirectory = path.join(source, 'content/actors');
  const registry = await loadRegistry(source, 'content/actors');
  if (registry.problems.length > 0) {
    throw new Error(
      `The actor registry has problems; fix them first:\n${registry.problems.map(formatProblem).join('\n')}`,
    );
  }
  const largest = Math.max(...options.sizes);
  console.log(`Generating ${largest.toLocaleString('en-GB')} briefings (seed ${options.seed})…`);
  // One more than the largest size: the briefing each size's add scenario files.
  const corpus = generateCorpus({ count: largest + 1, seed: options.seed, pools: castPools(registry.entries) });
  const nextAfter = (count: number) => corpus[count] as GeneratedBriefing;

  const sample = corpus.slice(0, THROUGHPUT_BRIEFINGS).map((briefing) => readBack(briefing).body);
  console.log(`Measuring the matcher and the quote finder on ${sample.length.toLocaleString('en-GB')} briefings…`);
  const throughput = measureThroughput(registry.entries, sample);

  const report: ScenarioOptions['report'] = (site, build, { wallMs, peakRssMb }) =>
    console.log(`  ${site} ${build}: ${(wallMs / 1000).toFixed(1)} s, ${peakRssMb.toFixed(0)} MB`);
  const warmUpDir = path.join(WORK, 'warm-up');
  const warmUpCorpus = corpus.slice(0, WARM_UP_BRIEFINGS);
  await rm(warmUpDir, { recursive: true, force: true });
  await writeCorpus(path.join(warmUpDir, 'corpus'), warmUpCorpus, actorsDirectory);
  console.log('\nWarming up (untimed):');
  warmUp({
    root: source,
    workDir: warmUpDir,
    corpusDir: path.join(warmUpDir, 'corpus'),
    briefings: warmUpCorpus,
    added: nextAfter(warmUpCorpus.length),
    runs: 1,
    probe,
    report,
  });

  const sizes: SizeResult[] = [];
  for (const size of options.sizes) {
    const workDir = path.join(WORK, String(size));
    const corpusDir = path.join(workDir, 'corpus');
    const briefings = corpus.slice(0, size);
    await rm(workDir, { recursive: true, force: true });
    await writeCorpus(corpusDir, briefings, actorsDirectory);
    console.log(`\n${size.toLocaleString('en-GB')} briefings (logs in ${path.relative(ROOT, workDir)}/logs/):`);
    const corpusMegabytes = briefings.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0) / 1e6;
    let timings;
    try {
      timings = await runScenarios({
        root: source,
        workDir,
        corpusDir,
        briefings,
        added: nextAfter(size),
        runs: options.runs,
        probe,
        report,
      });
    } catch (error) {
      // A build that fails at one size (out of memory at 20,000) is that size's result; the others stand.
      if (!(error instanceof BuildFailed)) throw error;
      console.log(`  ${error.message}`);
      const { label, wallMs, peakRssMb, reason } = error;
      sizes.push({ briefings: size, corpusMegabytes, failed: { build: label, wallMs, peakRssMb, cause: reason } });
      continue;
    }
    const sites = Object.fromEntries(
      SITES.map((site) => [site, { ...timings.sites[site], weight: measureSiteWeight(outDirOf(workDir, site)) }]),
    ) as MeasuredSize['sites'];
    sizes.push({ briefings: size, corpusMegabytes, sites, editorsOnly: timings.editorsOnly });
  }

  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: os.availableParallelism(),
      memoryGb: os.totalmem() / 1e9,
      node: process.version,
      platform: `${os.type()} ${os.release()}`,
    },
    commit: snapshot.commit,
    options: { sizes: options.sizes, runs: options.runs, seed: options.seed },
    memoryProbe: probe,
    sizes,
    throughput,
  };
  const markdown = formatResults(results);
  // A smoke run must not replace the recorded results.
  const outDir = options.quick ? WORK : path.join(ROOT, 'tools/bench');
  const name = options.quick ? 'quick-results' : 'results';
  await mkdir(outDir, { recursive: true });
  await writeFormatted(path.join(outDir, `${name}.json`), JSON.stringify(results));
  await writeFormatted(path.join(outDir, `${name}.md`), markdown);
  console.log(`\n${markdown}\nWritten to ${path.relative(ROOT, path.join(outDir, name))}.json and .md`);
}

try {
  await main(parseBenchOptions(process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
