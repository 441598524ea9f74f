/**
 * `npx node tools/eval/name-finders.ts [--verbose]`: would the `compromise` tagger find, with no cue, the
 * people and organisations discovery misses (issue #21), at a precision the build can keep?
 *
 * Each finder proposes spans of a person or an organisation. Only spans that overlap nothing the build
 * already links count, as what the finder would add:
 * - on the 16 real briefings open for tuning: a span equal to a labelled mention that is no state's is right
 *   (and said apart when its label's actor is the id the name itself gives: `Microsoft` → microsoft); one
 *   overlapping a label otherwise, or none, is false; the misses left are the labels still missed;
 * - on the GUM articles: a span in no gold person or organisation of its sort is a false link, as
 *   `npm run eval:discovery` judges discovered links;
 * - on the written sets (every batch but the one kept blind): spans not labelled, and everyday look-alikes
 *   they cover.
 * The finder's time is measured on the open half, a briefing at a time, beside the build's own.
 * The blind briefings and the blind batch are never read.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { discoverActors } from '../../src/core/discovery/index.ts';
import { settleMentions } from '../../src/core/discovery/settle.ts';
import { findMentions } from '../../src/core/mentions/matcher.ts';
import { slugify } from '../../src/core/text/slug.ts';
import { loadNotActors } from '../../src/sources/not-actors.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { annotateFile } from '../annotate/annotate-file.ts';
import { readGumGold } from './discovery-gold.ts';
import { REAL_TUNING_BRIEFINGS } from './mention-gold.ts';
import type { LabelledMention } from './mention-scores.ts';

interface Span {
  start: number;
  end: number;
  text: string;
  kind: 'person' | 'organisation';
}
type Finder = (text: string) => Span[];

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const root = process.cwd();
const { registry } = await loadRegistry(root, 'content/actors');
const notActors = (await loadNotActors(root)).names;

/** A compromise view's matches in each block, without the punctuation and possessive the tagger keeps. */
function viewSpans(text: string, view: (document: ReturnType<typeof nlp>) => { json(options: object): unknown }) {
  const spans: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  for (const block of text.split('\n\n')) {
    const found = view(nlp(block)).json({ offset: true }) as { offset: { start: number; length: number } }[];
    for (const { offset: at } of found) {
      const raw = block.slice(at.start, at.start + at.length);
      const name = raw.replace(/(?:['’]s?|[\s.,;:!?)"”’-]+)+$/u, '').replace(/^[\s("“‘]+/u, '');
      const start = offset + at.start + raw.indexOf(name);
      if (/^\p{Lu}/u.test(name)) spans.push({ start, end: start + name.length, text: name });
    }
    offset += block.length + 2;
  }
  return spans;
}

const people: Finder = (text) =>
  viewSpans(text, (document) => document.people()).map((span) => ({ ...span, kind: 'person' }));
const organisations: Finder = (text) =>
  viewSpans(text, (document) => document.organizations()).map((span) => ({ ...span, kind: 'organisation' }));
const oneWord = (span: Span) => !/\s/u.test(span.text);
/** No capitalised word right before or after the span across a space: the span is a name run of its own. */
const wholeRun = (text: string, span: Span) =>
  !/\p{Lu}[\p{L}\p{N}.'’-]* $/u.test(text.slice(Math.max(0, span.start - 30), span.start)) &&
  !/^ \p{Lu}/u.test(text.slice(span.end, span.end + 2));
/** The tagger's word list; its typings give the model as a bare `object`. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[] | undefined> } }).one.lexicon;

const finders: Record<string, Finder> = {
  'people() + organizations()': (text) => [...people(text), ...organisations(text)],
  'people()': people,
  'organizations(), two words or more': (text) => organisations(text).filter((span) => !oneWord(span)),
  'organizations(), one word, a whole run': (text) =>
    organisations(text).filter((span) => oneWord(span) && wholeRun(text, span)),
  "the lexicon's organisations, one word, a whole run": (text) =>
    [...text.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{N}&]*(?![\p{L}\p{N}&-])/gu)]
      .map((match): Span => ({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        kind: 'organisation',
      }))
      .filter((span) => [LEXICON[span.text.toLowerCase()] ?? []].flat().includes('Organization'))
      .filter((span) => wholeRun(text, span)),
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && a.end > b.start;
const spanOf = (mention: { start: number; text: string }) => ({
  start: mention.start,
  end: mention.start + mention.text.length,
});
const keyOf = ({ start, text, actor }: LabelledMention) => `${start}\u0000${text}\u0000${actor}`;
const isState = (actor: string) => registry.actors.get(actor as never)?.kind === 'state';

interface Gold {
  source: string;
  mentions: LabelledMention[];
  lookalikes?: { start: number; text: string }[];
}
const goldDirectory = path.join(root, 'test/gold/mentions');
/** A labelled set as the build annotates it, and the time that took. */
async function annotated(file: string) {
  const gold = JSON.parse(await readFile(path.join(goldDirectory, file), 'utf8')) as Gold;
  const began = performance.now();
  const report = await annotateFile(path.join(root, gold.source), registry, { notActors });
  return { gold, report, milliseconds: performance.now() - began };
}

// One at a time, so each briefing's time is its own.
const open: Awaited<ReturnType<typeof annotated>>[] = [];
for (const source of REAL_TUNING_BRIEFINGS) open.push(await annotated(`${path.basename(source, '.md')}.json`));
// The written batches: a content/ briefing's labels are named by its date, the GUM labels are scored apart.
const written = await Promise.all(
  (await readdir(goldDirectory))
    .filter((file) => file.endsWith('.json') && !/^\d/u.test(file))
    .filter((file) => file !== 'gum.json' && file !== 'unseen-batch-24.json')
    .map(annotated),
);
const gum = readGumGold().map((article) => {
  const registered = settleMentions(registry, article.text, findMentions(registry, article.text)).mentions;
  const discovered = discoverActors(registry, article.text, registered, { notActors }).mentions;
  return { article, linked: [...registered, ...discovered] };
});
// The median, as the first briefing also pays for loading the tagger and the registry's tries.
const buildTime = open.map(({ milliseconds }) => milliseconds).sort((a, b) => a - b)[open.length >> 1] ?? 0;
console.log(`The build's annotation of one open briefing: ${buildTime.toFixed(0)} ms (median).`);
console.log(
  '\n| finder | open half: right (of them the id the name gives) / false / missed | GUM false (true) | written: not labelled / on a look-alike | ms a briefing |\n|---|---|---|---|---|',
);

for (const [name, finder] of Object.entries(finders)) {
  finder('The tagger builds its model on the first call.');
  let milliseconds = 0;
  const errors: string[] = [];
  /** The finder's spans that overlap nothing linked, once each. */
  const added = (text: string, linked: readonly { start: number; end: number }[], timed = false) => {
    const began = performance.now();
    const spans = finder(text);
    if (timed) milliseconds += performance.now() - began;
    const fresh = spans.filter((span) => !linked.some((mention) => overlaps(span, mention)));
    return [...new Map(fresh.map((span) => [`${span.start}:${span.end}`, span])).values()];
  };
  const openTally = { right: 0, rightId: 0, false: 0, missed: 0 };
  for (const { gold, report } of open) {
    const found = new Set(report.mentions.map(keyOf));
    const missed = gold.mentions.filter((mention) => !found.has(keyOf(mention)));
    const recovered = new Set<LabelledMention>();
    for (const span of added(report.text, report.mentions, true)) {
      const label = missed.find(
        (mention) => mention.start === span.start && spanOf(mention).end === span.end && !isState(mention.actor),
      );
      if (label) {
        recovered.add(label);
        openTally.right++;
        if (slugify(span.text) === label.actor) openTally.rightId++;
      } else {
        openTally.false++;
        errors.push(`open half, false: "${span.text}" (${span.kind})`);
      }
    }
    openTally.missed += missed.length - recovered.size;
  }
  const gumTally = { false: 0, right: 0 };
  for (const { article, linked } of gum) {
    for (const span of added(article.text, linked)) {
      const sameSort = article.entities.some(
        (entity) =>
          span.start >= entity.start &&
          span.end <= entity.end &&
          (entity.type === 'person') === (span.kind === 'person'),
      );
      if (sameSort) gumTally.right++;
      else {
        gumTally.false++;
        errors.push(`GUM ${article.id}, false: "${span.text}" (${span.kind}) at ${span.start}`);
      }
    }
  }
  const writtenTally = { unlabelled: 0, lookalikes: 0 };
  for (const { gold, report } of written) {
    for (const span of added(report.text, report.mentions)) {
      if (!gold.mentions.some((mention) => mention.start === span.start && spanOf(mention).end === span.end)) {
        writtenTally.unlabelled++;
        errors.push(`${path.basename(gold.source)}, not labelled: "${span.text}" (${span.kind})`);
      }
      if ((gold.lookalikes ?? []).some((lookalike) => overlaps(span, spanOf(lookalike)))) writtenTally.lookalikes++;
    }
  }
  console.log(
    `| ${name} | +${openTally.right} (${openTally.rightId}) / +${openTally.false} / ${openTally.missed} | +${gumTally.false} (+${gumTally.right}) | +${writtenTally.unlabelled} / ${writtenTally.lookalikes} | ${(milliseconds / open.length).toFixed(1)} |`,
  );
  if (values.verbose) for (const error of errors) console.log(`  ${error}`);
}
