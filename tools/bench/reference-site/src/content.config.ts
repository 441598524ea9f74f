/**
 * The briefings of a generated corpus, read with Astro's own `glob()`
 * loader and rendered by its default Markdown engine: what a plain Astro
 * site does with the same files.
 */
import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const corpus = process.env['BENCH_CORPUS_DIR'];
if (!corpus) {
  throw new Error(
    'BENCH_CORPUS_DIR is not set: the reference site builds a generated corpus; run it through `npm run bench`.',
  );
}

// Named `articles` like the annotated site's collection: the repository's `astro check` types this
// site's page with that collection's types, which agree on what the page reads (`title`, `summary`).
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '*.md', base: pathToFileURL(`${corpus}/articles/`) }),
    schema: z.object({ title: z.string(), summary: z.string() }),
  }),
};
