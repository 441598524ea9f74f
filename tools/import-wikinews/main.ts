/**
 * Regenerates the sample briefings in content/articles/ from the Wikinews
 * articles in ../shared/corpus/wikinews/ (one JSON file each).
 *
 *   npm run import:wikinews
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
import { formatArticleFile } from '../ingest/article-file.ts';
import { slugify } from '../../src/core/text/slug.ts';
import { summarise } from '../ingest/summary.ts';
import { articleSchema } from '../../src/sources/schema/article.ts';
import { ID_PATTERN } from '../../src/core/schema/ids.ts';

const corpus = new URL('../../../shared/corpus/wikinews/', import.meta.url);
const articles = new URL('../../content/articles/', import.meta.url);

interface WikinewsArticle {
  title: string;
  date: string;
  dateline: string;
  source_url: string;
  licence_url: string;
  body: string;
  topic?: string;
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

  const id = `${article.date}-${slugify(article.title)}`;
  if (!ID_PATTERN.test(id)) throw new Error(`${article.title}: "${id}" is not a valid article id`);
  const blocks = paragraphs.map((text) => ({ kind: 'paragraph' as const, text }));
  return { file: `${id}.md`, text: formatArticleFile(frontmatter, blocks) };
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
