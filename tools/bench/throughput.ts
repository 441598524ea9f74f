/**
 * Annotation throughput, in process and without Astro: the matcher with the
 * real registry and with 10,000 more names (the cost must not grow with the
 * number of names), the quote finder on briefings and on pathological
 * input, and discovery (which tags runs with compromise, cached per run:
 * its first pass, as a cold build makes it, is reported too), and the
 * remark stage: Markdown to the HTML tree through mdast and the editors'
 * corrections, beside Sätteri's direct Markdown-to-HTML-tree path it
 * replaced. Each figure is the median of several timed passes after a warm-up.
 */
import { performance } from 'node:perf_hooks';
import remarkRehype from 'remark-rehype';
import { markdownToHast } from 'satteri';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { discoverActors } from '../../src/core/discovery/index.ts';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import { findQuotes } from '../../src/core/quotes/index.ts';
import { buildRegistry, type ActorEntry } from '../../src/core/registry/registry.ts';
import { markdownToMdastParser } from '../../src/core/unified/markdown-to-mdast.ts';
import { remarkCorrections } from '../../src/core/unified/remark-corrections.ts';
import { syntheticActors } from '../eval/synthetic-registry.ts';
import { median } from './statistics.ts';

const PASSES = 5;

export interface Rate {
  megabytes: number;
  /** Median time of one pass over the input. */
  ms: number;
  mbPerSecond: number;
}

export interface MatcherThroughput {
  /** Names and other forms the registry holds. */
  forms: number;
  rate: Rate;
}

export interface PathologicalRate extends Rate {
  input: string;
}

export interface Throughput {
  briefings: number;
  matcher: { real: MatcherThroughput; synthetic: MatcherThroughput };
  quotes: { briefings: Rate; pathological: PathologicalRate[] };
  /** Discovery after matching, with the real registry: the first pass (the tagger's cache empty) and later ones. */
  discovery: { first: Rate; later: Rate };
  /**
   * Markdown to the HTML tree, per briefing: Sätteri straight to hast (the path before the remark stage),
   * and Sätteri to mdast, the corrections step and remark-rehype (the pipeline's path).
   */
  parsing: { direct: Rate; remarkStage: Rate };
}

const megabytesOf = (texts: readonly string[]) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;

/** Time `pass` over `texts` (one call per text, as the build makes one per briefing), after a first untimed pass. */
function rate(texts: readonly string[], pass: (text: string) => unknown): Rate {
  for (const text of texts) pass(text);
  const times = Array.from({ length: PASSES }, () => {
    const start = performance.now();
    for (const text of texts) pass(text);
    return performance.now() - start;
  });
  const megabytes = megabytesOf(texts);
  const ms = median(times);
  return { megabytes, ms, mbPerSecond: megabytes / (ms / 1000) };
}

function matcher(actors: readonly ActorEntry[], bodies: readonly string[]): MatcherThroughput {
  const { registry } = buildRegistry(actors);
  const forms = actors.reduce(
    (sum, { data }) => sum + 1 + data.aliases.length + data.demonyms.length + data.metonyms.length,
    0,
  );
  return { forms, rate: rate(bodies, (text) => findMentions(registry, text, {})) };
}

/** A megabyte of quote marks that never pair up, in the shapes a broken scrape produces. */
export const PATHOLOGICAL_INPUTS: Record<string, string> = {
  'opening marks “': '“',
  'closing marks ”': '”',
  'straight marks "': '"',
  'opening marks between words': '“word ',
  'mixed marks “ ‘ "': '“ ‘ " ',
};

/** Discovery on each body, given the registry's mentions of it (found before timing). */
function discovery(actors: readonly ActorEntry[], bodies: readonly string[]): Throughput['discovery'] {
  const { registry } = buildRegistry(actors);
  const mentions = new Map(bodies.map((text) => [text, findMentions(registry, text, {}).mentions]));
  const pass = (text: string) => discoverActors(registry, text, mentions.get(text) ?? []);
  const start = performance.now();
  for (const text of bodies) pass(text);
  const ms = performance.now() - start;
  const megabytes = megabytesOf(bodies);
  return { first: { megabytes, ms, mbPerSecond: megabytes / (ms / 1000) }, later: rate(bodies, pass) };
}

/** The pipeline's first steps up to the HTML tree, against Sätteri's direct path (the same options). */
export function remarkStage(bodies: readonly string[]): Throughput['parsing'] {
  const options = { position: true, features: { frontmatter: false } };
  const stage = unified()
    .use(markdownToMdastParser)
    .use(remarkCorrections)
    .use(remarkRehype, { allowDangerousHtml: true });
  return {
    direct: rate(bodies, (text) => markdownToHast(text, options)),
    remarkStage: rate(bodies, (text) => {
      const file = new VFile(text);
      return stage.runSync(stage.parse(file), file);
    }),
  };
}

export function measureThroughput(realActors: readonly ActorEntry[], bodies: readonly string[]): Throughput {
  const real = matcher(realActors, bodies);
  // 5,000 made-up actors with a name and an alias each: 10,000 more names.
  const synthetic = matcher([...realActors, ...syntheticActors(5_000)], bodies);
  const pathological = Object.entries(PATHOLOGICAL_INPUTS).map(([input, unit]) => {
    const text = unit.repeat(Math.ceil(1e6 / Buffer.byteLength(unit)));
    return { input, ...rate([text], (whole) => findQuotes(whole)) };
  });
  return {
    briefings: bodies.length,
    matcher: { real, synthetic },
    quotes: { briefings: rate(bodies, (text) => findQuotes(text)), pathological },
    discovery: discovery(realActors, bodies),
    parsing: remarkStage(bodies),
  };
}
