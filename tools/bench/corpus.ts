/**
 * The benchmark's synthetic corpus: wire-news briefings of 600–900 words
 * naming the registry's actors, with look-alike traps and quotations in
 * every form, written as real briefing files so both the annotated site and
 * the plain reference site build them.
 *
 * Deterministic: briefing `i` of seed `s` is the same text on every run and
 * machine (given the same registry), and does not depend on the corpus size,
 * so the 1,000-briefing corpus is the first thousand of the 5,000.
 */
import { appendFile, cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { formatArticleFile, type TextBlock } from '../ingest/article-file.ts';
import { slugify } from '../../src/core/text/slug.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { formatProblem } from '../../src/sources/files/problems.ts';
import type { ArticleData } from '../../src/sources/schema/index.ts';
import { pickCast, type CastPools } from './corpus-cast.ts';
import {
  createWriter,
  CURLY_QUOTES,
  PARAGRAPH_FORMS,
  STRAIGHT_QUOTES,
  type BriefingWriter,
  type ParagraphForm,
} from './corpus-writer.ts';
import { createRandom, type Random } from '../../src/site/seeded-random.ts';

/** The length of a briefing's body, in words (whitespace-separated). */
export const BODY_WORDS = { min: 600, max: 900 } as const;

/** Paragraphs that pad a briefing to its length, narrative the most often. */
const FILLER_FORMS: readonly ParagraphForm[] = [
  'narrative',
  'narrative',
  'narrative',
  'said-after',
  'said-colon',
  'split-quote',
  'according-to',
  'scare-quote',
  'trap',
];

/** Briefing dates: one a day from here, so every id is unique and the archive spans years. */
const FIRST_DATE = Date.UTC(2010, 0, 1);
const DAY = 86_400_000;

export interface GeneratedBriefing {
  /** The entry id and file name without `.md`: `<date>-<slug>`. */
  id: string;
  /** The whole file: frontmatter and Markdown body. */
  text: string;
  /** Words in the body. */
  words: number;
}

export const countWords = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** A seed of its own per briefing, mixed from the corpus seed and the index (a golden-ratio step). */
function briefingSeed(seed: number, index: number): number {
  return (seed ^ Math.imul(index + 1, 0x9e3779b1)) | 0;
}

function body(writer: BriefingWriter, random: Random): { blocks: TextBlock[]; words: number } {
  const blocks: TextBlock[] = [];
  let words = 0;
  const add = (paragraphs: string[]) => {
    for (const text of paragraphs) blocks.push({ kind: 'paragraph', text });
    words += paragraphs.reduce((sum, text) => sum + countWords(text), 0);
  };
  add(writer.write('narrative'));
  for (const form of random.shuffle(PARAGRAPH_FORMS)) add(writer.write(form));
  if (random.chance(0.3)) blocks.push({ kind: 'heading', text: 'Background' });
  // Stop below the maximum by more than the longest sentence, then pad with sentences where a paragraph would overshoot.
  const target = random.int(BODY_WORDS.min + 20, BODY_WORDS.max - 60);
  while (words < target) {
    const next = writer.write(random.pick(FILLER_FORMS));
    const size = next.reduce((sum, text) => sum + countWords(text), 0);
    add(words + size <= BODY_WORDS.max ? next : [writer.sentence()]);
  }
  return { blocks, words };
}

export function generateBriefing(pools: CastPools, seed: number, index: number): GeneratedBriefing {
  const random = createRandom(briefingSeed(seed, index));
  const cast = pickCast(random, pools);
  // Most wire copy uses typographic quotes; some arrives with straight ones.
  const writer = createWriter(random, cast, random.chance(0.2) ? STRAIGHT_QUOTES : CURLY_QUOTES);
  const title = writer.headline();
  const date = new Date(FIRST_DATE + index * DAY).toISOString().slice(0, 10);
  const id = `${date}-${slugify(title)}`;
  const summary = `${writer.sentence()} ${writer.sentence()}`;
  const { blocks, words } = body(writer, random);
  const text = formatArticleFile(
    {
      title,
      date,
      source: { name: 'Benchmark Wire', url: `https://example.com/bench/${id}` },
      summary,
      tags: [cast.focus.id, cast.rival.id],
      // Some briefings tag an actor, as editors do for one the text only implies.
      ...(random.chance(0.3) ? { actors: [cast.group.id] } : {}),
    },
    blocks,
  );
  return { id, text, words };
}

/**
 * A generated briefing read back as the build reads it: frontmatter checked
 * against the article schema, and the Markdown body. A problem here is a bug
 * in the generator, so it throws.
 */
export function readBack(briefing: GeneratedBriefing): { data: ArticleData; body: string } {
  const parsed = parseArticleFile(briefing.text, `${briefing.id}.md`);
  if (!parsed.ok) {
    throw new Error(`Generated briefing ${briefing.id} is invalid:\n${parsed.problems.map(formatProblem).join('\n')}`);
  }
  return { data: parsed.value.data, body: parsed.value.markdown.body };
}

export function generateCorpus(options: { count: number; seed: number; pools: CastPools }): GeneratedBriefing[] {
  return Array.from({ length: options.count }, (_, index) => generateBriefing(options.pools, options.seed, index));
}

/**
 * Write a content tree the build reads with `BRIEFINGS_CONTENT_DIR`:
 * `articles/` from the corpus, and `actors/` copied from the repository so the
 * registry is the real one.
 */
export async function writeCorpus(
  directory: string,
  briefings: readonly GeneratedBriefing[],
  actorsDirectory: string,
): Promise<void> {
  await rm(directory, { recursive: true, force: true });
  await mkdir(path.join(directory, 'articles'), { recursive: true });
  for (const { id, text } of briefings) await writeFile(path.join(directory, 'articles', `${id}.md`), text);
  await cp(actorsDirectory, path.join(directory, 'actors'), { recursive: true });
}

/** A briefing filed between two builds: the archive's next, dated after all the others. */
export async function addBriefing(directory: string, briefing: GeneratedBriefing): Promise<void> {
  await writeFile(path.join(directory, 'articles', `${briefing.id}.md`), briefing.text);
}

/** The edit an editor makes between two builds: one paragraph added to one briefing. */
export async function editBriefing(directory: string, briefing: GeneratedBriefing): Promise<void> {
  await appendFile(
    path.join(directory, 'articles', `${briefing.id}.md`),
    '\nThis briefing was updated after publication with a correction from the editors.\n',
  );
}
