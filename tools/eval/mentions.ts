/**
 * `npm run eval:mentions`: mention precision and recall on the labelled
 * briefings, false links on the GUM Wikinews articles, and the matcher's
 * throughput with the real registry and with 10,000 more names.
 */
import { performance } from 'node:perf_hooks';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import { buildRegistry, type ActorEntry } from '../../src/core/registry/registry.ts';
import { readContentFolder } from '../../src/sources/files/content-files.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { scoreBriefings, scoreGum } from './mention-gold.ts';
import { totalScore, type MentionScore } from './mention-scores.ts';
import { syntheticActors } from './synthetic-registry.ts';

const root = process.cwd();
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const line = (name: string, score: MentionScore) =>
  `| ${name} | ${score.truePositives} | ${score.falsePositives.length} | ${score.misses.length} | ${percent(score.precision)} | ${percent(score.recall)} |`;

// The registry the build uses: the base layer (every state, international organisations) and content/actors.
const { registry, entries: realActors } = await loadRegistry(root, 'content/actors');

console.log('## Mentions against labels\n');
console.log('| briefing | correct | false | missed | precision | recall |\n|---|---|---|---|---|---|');
const briefings = await scoreBriefings(root, registry);
for (const { source, score } of briefings) console.log(line(source.replace(/^content\/articles\//, ''), score));
console.log(line('**all four**', totalScore(briefings.map(({ score }) => score))));

const gum = totalScore((await scoreGum(root, registry)).map(({ score }) => score));
console.log(
  `\nGUM Wikinews articles (24): ${gum.truePositives} correct links, ${gum.falsePositives.length} false links`,
);
for (const mention of gum.falsePositives)
  console.log(`  false link: "${mention.text}" → ${mention.actor} at ${mention.start}`);

// Throughput: the matcher alone on the briefings' Markdown, repeated to about 4 MB.
const articles = await readContentFolder(root, 'content/articles', '.md', parseArticleFile);
const sample = articles.entries.map(({ markdown }) => markdown.body).join('\n\n');
const text = sample.repeat(Math.ceil(4_000_000 / sample.length));
const megabytes = Buffer.byteLength(text) / 1e6;

function throughput(actors: ActorEntry[]): { rate: number; forms: number } {
  const compiled = buildRegistry(actors).registry;
  findMentions(compiled, sample); // warm up
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    findMentions(compiled, text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[2] ?? 0;
  const forms = actors.reduce(
    (sum, { data }) => sum + 1 + data.aliases.length + data.demonyms.length + data.metonyms.length,
    0,
  );
  return { rate: megabytes / (median / 1000), forms };
}

const real = throughput(realActors);
const large = throughput([...realActors, ...syntheticActors(5_000)]);
console.log(`\n## Matcher throughput (${megabytes.toFixed(1)} MB of briefing text, median of 5)\n`);
console.log('| registry | names and forms | MB/s |\n|---|---|---|');
console.log(`| base layer + content/actors | ${real.forms} | ${real.rate.toFixed(1)} |`);
console.log(`| the same + 10,000 synthetic names | ${large.forms} | ${large.rate.toFixed(1)} |`);
console.log(`\nRatio: ${(real.rate / large.rate).toFixed(2)}× (must stay within 2×)`);
