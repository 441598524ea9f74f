/**
 * The benchmark's results as Markdown: the build table (annotated against
 * plain Astro), throughput, page weight per page kind, and the targets.
 * Units: seconds, megabytes and kilobytes of 10^3 and 10^6 bytes.
 */
import type { SiteTimings } from './build-scenarios.ts';
import type { Measurement } from './measured-run.ts';
import type { SiteWeight } from './page-weight.ts';
import {
  checkTargets,
  coldMedian,
  measured,
  ratio,
  type BenchResults,
  type FailedSize,
  type MeasuredSize,
  type SizeResult,
} from './results.ts';
import { median } from './statistics.ts';
import type { Rate } from './throughput.ts';

const count = (value: number) => value.toLocaleString('en-GB');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const times = (value: number) => `${value.toFixed(2)}×`;
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}

function failedRow({ briefings, failed }: FailedSize): string[] {
  const memory = failed.peakRssMb === null ? '' : `, ${failed.peakRssMb.toFixed(0)} MB`;
  return [
    count(briefings),
    failed.build,
    `fails after ${seconds(failed.wallMs)}${memory}: ${failed.cause}`,
    '',
    '',
    '',
  ];
}

function buildRows(size: SizeResult, runs: number): string[][] {
  return measured(size) ? measuredRows(size, runs) : [failedRow(size)];
}

function measuredRows(
  { briefings, sites: { annotated, reference }, editorsOnly }: MeasuredSize,
  runs: number,
): string[][] {
  const size = count(briefings);
  const compare = (label: string, a: string, b: string, value: number, target: string) => [
    size,
    label,
    a,
    b,
    times(value),
    target,
  ];
  // Cold runs: the median, and the range where there were several (a shared machine spreads them).
  const cold = (runs: readonly Measurement[], key: 'wallMs' | 'peakRssMb') => {
    const [digits, scale, unit] = key === 'wallMs' ? [1, 1000, 's'] : [0, 1, 'MB'];
    const value = (raw: number) => (raw / scale).toFixed(digits);
    const values = runs.map((run) => run[key]);
    const range = values.length > 1 ? ` (${value(Math.min(...values))}–${value(Math.max(...values))})` : '';
    return `${value(median(values))} ${unit}${range}`;
  };
  const coldRatio = (key: 'wallMs' | 'peakRssMb') => ratio(coldMedian(annotated, key), coldMedian(reference, key));
  const once = (label: string, pick: (site: SiteTimings) => Measurement, target: string) =>
    compare(
      label,
      seconds(pick(annotated).wallMs),
      seconds(pick(reference).wallMs),
      ratio(pick(annotated).wallMs, pick(reference).wallMs),
      target,
    );
  const weight = (site: SiteWeight) => `${count(site.htmlPages)} pages, ${(site.bytes / 1e6).toFixed(1)} MB`;
  return [
    compare(
      `cold, median of ${runs}`,
      cold(annotated.cold, 'wallMs'),
      cold(reference.cold, 'wallMs'),
      coldRatio('wallMs'),
      '≤ 2.5×',
    ),
    once('warm, cache kept', (site) => site.warm, ''),
    once('after editing one briefing', (site) => site.edit, '≤ 1.5×'),
    once('after adding one briefing, the newest', (site) => site.add, ''),
    compare(
      `peak memory, cold, median of ${runs}`,
      cold(annotated.cold, 'peakRssMb'),
      cold(reference.cold, 'peakRssMb'),
      coldRatio('peakRssMb'),
      '≤ 1.5×',
    ),
    [
      size,
      'built site',
      weight(annotated.weight),
      weight(reference.weight),
      times(ratio(annotated.weight.bytes, reference.weight.bytes)),
      '≤ 8×',
    ],
    ...(editorsOnly
      ? [
          compare(
            `cold, editors' layer alone (no base layer, no discovery), median of ${runs}`,
            cold(editorsOnly, 'wallMs'),
            cold(reference.cold, 'wallMs'),
            ratio(median(editorsOnly.map((run) => run.wallMs)), coldMedian(reference, 'wallMs')),
            '',
          ),
        ]
      : []),
  ];
}

const rateCells = (rate: Rate) => [
  `${rate.megabytes.toFixed(1)} MB`,
  rate.mbPerSecond.toFixed(1),
  `${rate.ms.toFixed(0)} ms`,
];

function throughputTable({ throughput }: BenchResults): string {
  const { matcher, quotes, briefings } = throughput;
  const input = `${count(briefings)} briefings`;
  return table(
    ['what', 'input', 'size', 'MB/s', 'one pass'],
    [
      [`matcher, real registry (${count(matcher.real.forms)} forms)`, input, ...rateCells(matcher.real.rate)],
      [
        `matcher, + 10,000 synthetic names (${count(matcher.synthetic.forms)} forms)`,
        input,
        ...rateCells(matcher.synthetic.rate),
      ],
      ['quote finder', input, ...rateCells(quotes.briefings)],
      ...quotes.pathological.map((rate) => ['quote finder, pathological', rate.input, ...rateCells(rate)]),
      ['discovery, first pass (tagger cache empty)', input, ...rateCells(throughput.discovery.first)],
      ['discovery, later passes', input, ...rateCells(throughput.discovery.later)],
      [
        'Markdown to HTML tree: Sätteri directly (before the remark stage)',
        input,
        ...rateCells(throughput.parsing.direct),
      ],
      [
        'Markdown to HTML tree: Sätteri to mdast, remark stage, remark-rehype',
        input,
        ...rateCells(throughput.parsing.remarkStage),
      ],
    ],
  );
}

function weightTable(weight: SiteWeight): string {
  return table(
    [
      'page kind',
      'pages',
      'HTML',
      'CSS',
      'JS (most)',
      'total (median)',
      'heaviest',
      'upright fonts',
      'with them (median)',
      'italics, where set',
    ],
    weight.kinds.map((kind) => [
      `\`${kind.kind}\``,
      count(kind.pages),
      kilobytes(kind.html),
      kilobytes(kind.css),
      kind.maxJs === 0 ? '0' : kilobytes(kind.maxJs),
      kilobytes(kind.total),
      kilobytes(kind.maxTotal),
      kilobytes(kind.fonts),
      kilobytes(kind.withFonts),
      kilobytes(kind.italicFonts),
    ]),
  );
}

export function formatResults(results: BenchResults): string {
  const { machine, commit, options, memoryProbe } = results;
  const commitNote = commit
    ? ` Commit ${commit.id}${commit.uncommittedChanges ? ' with uncommitted changes' : ''}.`
    : '';
  const probe =
    memoryProbe === 'gnu-time' ? 'GNU time (largest process of the build)' : 'each Node process of the build (largest)';
  const sections = [
    '# Benchmark results',
    `\`npm run bench\` on ${results.date.slice(0, 10)}: ${machine.cores} × ${machine.cpu}, ${machine.memoryGb.toFixed(1)} GB RAM, Node ${machine.node}, ${machine.platform}.${commitNote} Corpus seed ${options.seed}; peak memory by ${probe}.`,
    '## Builds: annotated site against plain Astro 7',
    table(
      ['briefings', 'build', 'annotated', 'plain Astro', 'ratio', 'target'],
      results.sizes.flatMap((size) => buildRows(size, options.runs)),
    ),
    '## Annotation throughput',
    throughputTable(results),
    ...results.sizes
      .filter(measured)
      .flatMap(({ briefings, sites }) => [
        `## Page weight, annotated site, ${count(briefings)} briefings (gzip; fonts as woff2)`,
        weightTable(sites.annotated.weight),
      ]),
    '## Targets',
    table(
      ['target', 'measured', 'holds'],
      checkTargets(results).map(({ target, measured, holds }) => [target, measured, holds ? 'yes' : '**no**']),
    ),
  ];
  return `${sections.join('\n\n')}\n`;
}
