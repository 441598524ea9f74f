/**
 * Regenerates the sample briefings in content/articles/ from the Wikinews
 * articles in ../shared/corpus/wikinews/ (one JSON file each).
 *
 *   node_modules/.bin/node scripts/import-wikinews.ts
 *
 * Wikinews text is licensed CC BY 2.5: every briefing written here carries
 * the credit ("Wikinews contributors") and a link to its source page in its
 * frontmatter; keep both in anything derived from these files.
 *
 * The output depends only on the corpus, so running the script again
 * rewrites the same bytes (and overwrites hand edits to these files). It never
 * deletes: if a corpus title changes, remove the briefing with the old name.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import { articleSchema } from '../src/schema/article.ts';
import { ID_PATTERN } from '../src/schema/ids.ts';

const corpus = new URL('../../shared/corpus/wikinews/', import.meta.url);
const articles = new URL('../content/articles/', import.meta.url);

const SLUG_MAX_WORDS = 8;
const SLUG_MAX_CHARS = 60;
const SUMMARY_MAX_CHARS = 400;

interface WikinewsArticle {
  title: string;
  date: string;
  dateline: string;
  source_url: string;
  licence_url: string;
  body: string;
  topic?: string;
}

/** Lower-case ASCII words joined by hyphens, short enough to read in a URL. */
function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "Warhol's" should read "warhols" and "U.S." "us", not "warhol-s" and "u-s".
    .replace(/(?<=[a-z0-9])['’](?=[a-z])/g, '')
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = words[0] ?? '';
  for (const word of words.slice(1, SLUG_MAX_WORDS)) {
    if (slug.length + 1 + word.length > SLUG_MAX_CHARS) break;
    slug += `-${word}`;
  }
  // A cut title should not end mid-phrase ("...-state-of").
  return slug.replace(/(?:-(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with))+$/, '');
}

/**
 * A period after these does not end a sentence: titles, single initials
 * ("George W. Bush") and the initialisms news text uses mid-sentence
 * ("U.S. President"). Other initialisms ("Washington D.C. The") are allowed
 * to end one: cutting a summary there is rarely wrong, and a wrong cut
 * still shows in the diff of the generated files.
 */
const NOT_A_SENTENCE_END =
  /(?:^|[\s("“])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|No|vs|[A-Z]|U\.S|U\.K|U\.N)\.$/;

/** The lead, or as many of its first sentences as fit the length of a brief. */
function summarise(lead: string): string {
  if (lead.length <= SUMMARY_MAX_CHARS) return lead;
  // A sentence ends at . ! or ?, maybe followed by closing quotes, then a
  // space and something that can start a sentence.
  const ends = [...lead.matchAll(/[.!?]["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])/g)]
    .map((m) => m.index + m[0].length)
    .filter((end) => !NOT_A_SENTENCE_END.test(lead.slice(0, end)));
  const fitting = ends.filter((end) => end <= SUMMARY_MAX_CHARS);
  // If even the first sentence is too long, a whole sentence still beats a cut one.
  const end = fitting.at(-1) ?? ends[0] ?? lead.length;
  return lead.slice(0, end);
}

function toBriefing(article: WikinewsArticle): { file: string; text: string } {
  const paragraphs = article.body.split(/\n[ \t]*\n/);
  // The dateline repeats the date; the page shows that already.
  if (paragraphs[0] === article.dateline) paragraphs.shift();
  const lead = paragraphs[0];
  if (!lead) throw new Error(`${article.title}: no body text after the dateline`);

  // Tags are labels readers browse by; "other" is the corpus's "no topic".
  const topic = article.topic
    ?.trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const frontmatter = {
    title: article.title,
    date: article.date,
    source: { name: 'Wikinews', url: article.source_url },
    summary: summarise(lead),
    tags: topic && topic !== 'other' ? ['wikinews', topic] : ['wikinews'],
    license: { name: 'CC BY 2.5', url: article.licence_url, attribution: 'Wikinews contributors' },
  };
  // Fail here, naming the article, rather than in someone else's build.
  const checked = articleSchema.safeParse(frontmatter);
  if (!checked.success) throw new Error(`${article.title}: ${JSON.stringify(checked.error.issues)}`);

  // Text nodes make toMarkdown escape exactly what Markdown would otherwise
  // read as syntax, so the page shows the words as published.
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  const id = `${article.date}-${slugify(article.title)}`;
  if (!ID_PATTERN.test(id)) throw new Error(`${article.title}: "${id}" is not a valid article id`);
  // lineWidth 0: one line per field, so a title or URL can be found with grep.
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return { file: `${id}.md`, text: `---\n${yaml}---\n\n${toMarkdown(tree)}` };
}

const written = new Map<string, string>();
for (const folder of ['amalgum', 'gum']) {
  const directory = new URL(`${folder}/`, corpus);
  for (const name of readdirSync(directory)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const source = `${folder}/${name}`;
    const article = JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as WikinewsArticle;
    const { file, text } = toBriefing(article);
    // Two titles on one day could share a slug; one would silently overwrite the other.
    const earlier = written.get(file);
    if (earlier) throw new Error(`${source} and ${earlier} would both be written to ${file}`);
    written.set(file, source);
    writeFileSync(new URL(file, articles), text);
    console.log(`content/articles/${file}  <-  ${source}`);
  }
}
