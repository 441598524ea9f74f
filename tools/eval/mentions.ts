/**
 * `npm run eval:mentions [-- --verbose]`: mention precision and recall on
 * the labelled briefings and on the sentences written for the unseen error
 * classes, everyday look-alikes linked to a state, false links on the GUM
 * Wikinews articles (registry and discovery apart), and the matcher's
 * throughput with the real registry and with 10,000 more names.
 *
 * Each labelled set's own errors (false links, misses, look-alikes linked)
 * are printed only with `--verbose`, under the set's name: a batch kept
 * blind is scored by its counts, and its errors must not be read. The
 * content/ briefings kept blind never have their rows or errors printed.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { settleMentions } from '../../src/core/discovery/settle.ts';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import { buildRegistry, type ActorEntry, type Registry } from '../../src/core/registry/registry.ts';
import { readContentFolder } from '../../src/sources/files/content-files.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { loadNotActors } from '../../src/sources/not-actors.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { readGumGold, scoreDiscovery } from './discovery-gold.ts';
import { contentSet, scoreBriefings, scoreGum, type LookalikeScore } from './mention-gold.ts';
import { totalScore, type MentionScore } from './mention-scores.ts';
import { syntheticActors } from './synthetic-registry.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const root = process.cwd();
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const line = (name: string, score: MentionScore, lookalikes?: LookalikeScore | null) =>
  `| ${name} | ${score.truePositives} | ${score.falsePositives.length} | ${score.misses.length} | ${percent(score.precision)} | ${percent(score.recall)} | ${lookalikes ? `${lookalikes.linked.length} of ${lookalikes.lookalikes}; ${lookalikes.stateMentionsLinked} of ${lookalikes.stateMentions}` : ''} |`;

// The registry the build uses: the base layer (every state, international organisations) and content/actors.
const { registry, entries: realActors } = await loadRegistry(root, 'content/actors');

console.log('## Mentions against labels\n');
console.log(
  '| labelled set | correct | false | missed | precision | recall | look-alikes linked; states beside them linked |\n|---|---|---|---|---|---|---|',
);
const briefings = await scoreBriefings(root, registry);
const written = briefings.filter(({ source }) => contentSet(source) === null);
const inContentSet = (set: ReturnType<typeof contentSet>) =>
  briefings.filter(({ source }) => contentSet(source) === set);
const tuned = inContentSet('tuned');
const realTuning = inContentSet('real-tuning');
const realBlind = inContentSet('real-blind');
// Each content/ briefing's own row only with --verbose (three dozen rows would bury the sets' table), and never
// one kept blind.
const readable = briefings.filter(({ source }) => contentSet(source) !== 'real-blind');
const rows = values.verbose ? readable : written;
for (const { source, score, lookalikes } of rows) console.log(line(path.basename(source), score, lookalikes));
const total = (name: string, sets: typeof briefings) => line(name, totalScore(sets.map(({ score }) => score)));
console.log(total(`**content/: the ${tuned.length} briefings rules were tuned on before stop 45**`, tuned));
console.log(total(`**content/: the ${realTuning.length} real briefings open for tuning since stop 46**`, realTuning));
console.log(total(`**content/: the ${realBlind.length} real briefings kept blind**`, realBlind));
console.log(total('**sentences for the unseen classes**', written));
console.log(total('**all**', briefings));

// Whether a briefing shows on each actor's page it belongs on: pairs, not mentions, so only per briefing.
console.log(
  '\n| content/ briefings | actor–briefing pairs labelled | covered (linked at least once) | linked, not labelled |',
);
console.log('|---|---|---|---|');
for (const [name, sets] of [
  [`the ${tuned.length} tuned before stop 45`, tuned],
  [`the ${realTuning.length} real, open for tuning`, realTuning],
  [`the ${realBlind.length} real, kept blind`, realBlind],
] as const) {
  const { pairs } = totalScore(sets.map(({ score }) => score));
  console.log(
    `| ${name} | ${pairs.labelled} | ${pairs.covered} (${percent(pairs.covered / pairs.labelled)}) | ${pairs.linked - pairs.covered} |`,
  );
}

/** The look-alikes of `sets` linked to a state, and the true state mentions beside them linked. */
const lookalikeLine = (sets: typeof briefings) => {
  const scored = sets.flatMap(({ lookalikes }) => (lookalikes ? [lookalikes] : []));
  const sum = (pick: (score: LookalikeScore) => number) => scored.reduce((sofar, score) => sofar + pick(score), 0);
  return (
    `${sum((score) => score.linked.length)} of ${sum((score) => score.lookalikes)}` +
    `; true state mentions in the same sentences linked: ${sum((score) => score.stateMentionsLinked)} of ${sum((score) => score.stateMentions)}`
  );
};
console.log(`\nEveryday look-alikes linked to a state: ${lookalikeLine(written)}`);
console.log(`In the real briefings open for tuning: ${lookalikeLine(realTuning)}`);
console.log(`In the real briefings kept blind: ${lookalikeLine(realBlind)}`);
if (values.verbose) {
  for (const { source, score, lookalikes: scored } of readable) {
    const errors = [
      ...score.falsePositives.map(
        (mention) => `  false link: "${mention.text}" → ${mention.actor} at ${mention.start}`,
      ),
      ...score.misses.map((mention) => `  missed: "${mention.text}" → ${mention.actor} at ${mention.start}`),
      ...(scored?.linked ?? []).map(
        ({ text, actor, start }) => `  look-alike linked: "${text}" → ${actor} at ${start}`,
      ),
    ];
    if (errors.length > 0) console.log(`\n${path.basename(source)}:\n${errors.join('\n')}`);
  }
} else {
  console.log("(each set's errors: `npm run eval:mentions -- --verbose`; never for a batch kept blind)");
}

const gum = totalScore((await scoreGum(root, registry)).map(({ score }) => score));
const notActors = (await loadNotActors(root)).names;
const discovered = scoreDiscovery(registry, readGumGold(), notActors).links.filter(
  (link) => link.verdict === 'no-entity',
);
console.log(
  `\nGUM Wikinews articles (24): ${gum.truePositives} correct registry links; false links: registry ${gum.falsePositives.length}, discovery ${discovered.length}`,
);
for (const mention of gum.falsePositives)
  console.log(`  false registry link: "${mention.text}" → ${mention.actor} at ${mention.start}`);
for (const link of discovered) console.log(`  false discovery link: ${link.article}: "${link.text}" → ${link.actor}`);

// Throughput on the briefings' Markdown, repeated to about 4 MB: the matcher alone, and the matcher with
// the settling step after it (the registry's mentions as the build finds them).
const articles = await readContentFolder(root, 'content/articles', '.md', parseArticleFile);
const sample = articles.entries.map(({ markdown }) => markdown.body).join('\n\n');
const text = sample.repeat(Math.ceil(4_000_000 / sample.length));
const megabytes = Buffer.byteLength(text) / 1e6;

type Finder = (compiled: Registry, input: string) => unknown;
const matcher: Finder = (compiled, input) => findMentions(compiled, input);
const settled: Finder = (compiled, input) => settleMentions(compiled, input, findMentions(compiled, input));

function throughput(actors: ActorEntry[], find: Finder): { rate: number; forms: number } {
  const compiled = buildRegistry(actors, { everydayCompounds: registry.everydayCompounds }).registry;
  find(compiled, sample); // warm up
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    find(compiled, text);
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

const synthetic = [...realActors, ...syntheticActors(5_000)];
const real = throughput(realActors, matcher);
const large = throughput(synthetic, matcher);
const realSettled = throughput(realActors, settled);
const largeSettled = throughput(synthetic, settled);
console.log(`\n## Matcher throughput (${megabytes.toFixed(1)} MB of briefing text, median of 5)\n`);
console.log('| registry | names and forms | matcher MB/s | matcher + settling MB/s |\n|---|---|---|---|');
console.log(
  `| base layer + content/actors | ${real.forms} | ${real.rate.toFixed(1)} | ${realSettled.rate.toFixed(1)} |`,
);
console.log(
  `| the same + 10,000 synthetic names | ${large.forms} | ${large.rate.toFixed(1)} | ${largeSettled.rate.toFixed(1)} |`,
);
console.log(
  `\nRatio: ${(real.rate / large.rate).toFixed(2)}× matcher, ${(realSettled.rate / largeSettled.rate).toFixed(2)}× with settling (must stay within 2×)`,
);
