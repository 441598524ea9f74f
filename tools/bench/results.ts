/**
 * What one benchmark run found, as written to tools/bench/results.json, and the
 * performance targets checked against it.
 */
import type { SiteName, SiteTimings } from './build-scenarios.ts';
import type { Measurement, MemoryProbe } from './measured-run.ts';
import type { SiteWeight } from './page-weight.ts';
import { median } from './statistics.ts';
import type { Throughput } from './throughput.ts';

export interface SiteResult extends SiteTimings {
  weight: SiteWeight;
}

export interface MeasuredSize {
  briefings: number;
  /** The corpus's Markdown files, in megabytes. */
  corpusMegabytes: number;
  sites: Record<SiteName, SiteResult>;
  /** Cold builds with the editors' layer alone (no base layer, no discovery), where measured. */
  editorsOnly: Measurement[] | null;
}

/** A size at which a build failed (20,000 briefings out of memory): what failed, when, and why. */
export interface FailedSize {
  briefings: number;
  corpusMegabytes: number;
  failed: { build: string; wallMs: number; peakRssMb: number | null; cause: string };
}

export type SizeResult = MeasuredSize | FailedSize;

export const measured = (size: SizeResult): size is MeasuredSize => !('failed' in size);

export interface BenchResults {
  date: string;
  machine: { cpu: string; cores: number; memoryGb: number; node: string; platform: string };
  /** The commit measured, and whether the working tree had uncommitted changes. */
  commit: { id: string; uncommittedChanges: boolean } | null;
  options: { sizes: number[]; runs: number; seed: number };
  memoryProbe: MemoryProbe;
  sizes: SizeResult[];
  throughput: Throughput;
}

export interface TargetCheck {
  target: string;
  measured: string;
  holds: boolean;
}

/** The route of a briefing page in the annotated site. */
export const BRIEFING_PAGE = '/briefings/[id]/';
const PAGE_LIMIT_BYTES = 30_000;

export const coldMedian = (site: SiteTimings, key: 'wallMs' | 'peakRssMb') => median(site.cold.map((run) => run[key]));

export const ratio = (annotated: number, reference: number) => annotated / reference;

/** Sizes at which the annotated site is compared with plain Astro; above them, with its own 5,000. */
const COMPARED_UP_TO = 5_000;
/** The largest size's peak memory, in MB (4 GB). */
const LARGEST_MEMORY_MB = 4_096;

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const times = (value: number) => `${value.toFixed(2)}×`;
  const count = (value: number) => value.toLocaleString('en-GB');
  for (const size of results.sizes.filter((each) => !measured(each))) {
    checks.push({
      target: `${count(size.briefings)} briefings build with default settings`,
      measured: 'failed',
      holds: false,
    });
  }
  const sizes = results.sizes.filter(measured);
  for (const { briefings, sites } of sizes.filter((size) => size.briefings <= COMPARED_UP_TO)) {
    const { annotated, reference } = sites;
    const cold = ratio(coldMedian(annotated, 'wallMs'), coldMedian(reference, 'wallMs'));
    checks.push({
      target: `cold build, ${count(briefings)} briefings: within 2.5× of plain Astro (toward 1.5×)`,
      measured: times(cold),
      holds: cold <= 2.5,
    });
    const edit = ratio(annotated.edit.wallMs, reference.edit.wallMs);
    checks.push({
      target: `after editing one briefing, ${count(briefings)} briefings: within 1.5× of plain Astro`,
      measured: times(edit),
      holds: edit <= 1.5,
    });
    const memory = ratio(coldMedian(annotated, 'peakRssMb'), coldMedian(reference, 'peakRssMb'));
    checks.push({
      target: `peak memory, ${count(briefings)} briefings: within 1.5× of plain Astro`,
      measured: times(memory),
      holds: memory <= 1.5,
    });
    const output = ratio(annotated.weight.bytes, reference.weight.bytes);
    checks.push({
      target: `output, ${count(briefings)} briefings: within 8× the bytes of plain Astro`,
      measured: times(output),
      holds: output <= 8,
    });
  }
  const base = sizes.find((size) => size.briefings === COMPARED_UP_TO);
  const perBriefing = (size: MeasuredSize) => coldMedian(size.sites.annotated, 'wallMs') / size.briefings;
  for (const size of sizes.filter((each) => each.briefings > COMPARED_UP_TO)) {
    const { briefings } = size;
    const peak = coldMedian(size.sites.annotated, 'peakRssMb');
    checks.push({
      target: `peak memory, ${count(briefings)} briefings: at most 4 GB`,
      measured: `${peak.toFixed(0)} MB`,
      holds: peak <= LARGEST_MEMORY_MB,
    });
    if (base) {
      const growth = perBriefing(size) / perBriefing(base);
      checks.push({
        target: `time per briefing, ${count(briefings)} against ${count(COMPARED_UP_TO)} briefings: at most 1.2×`,
        measured: times(growth),
        holds: growth <= 1.2,
      });
    }
  }
  const largest = sizes.at(-1);
  if (largest) {
    const page = largest.sites.annotated.weight.kinds.find(({ kind }) => kind === BRIEFING_PAGE);
    checks.push({
      target: `briefing pages, ${count(largest.briefings)} briefings: under 30 KB gzip (HTML + CSS + JS), no JavaScript`,
      measured: page
        ? `heaviest ${(page.maxTotal / 1000).toFixed(1)} KB, JS at most ${page.maxJs} B`
        : 'no briefing pages found',
      holds: page !== undefined && page.maxTotal < PAGE_LIMIT_BYTES && page.maxJs === 0,
    });
  }
  const { real, synthetic } = results.throughput.matcher;
  const slowdown = real.rate.mbPerSecond / synthetic.rate.mbPerSecond;
  checks.push({
    target: 'matcher with 10,000 more names: within 2× of the real registry',
    measured: `${synthetic.rate.mbPerSecond.toFixed(1)} against ${real.rate.mbPerSecond.toFixed(1)} MB/s: ${times(slowdown)} the time`,
    holds: slowdown <= 2,
  });
  return checks;
}
