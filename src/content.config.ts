/**
 * The two content collections. Schemas live in src/schema/ so the annotation
 * plugins validate the registry with exactly what Astro validates here.
 */
import { defineCollection } from 'astro:content';
import { actorsLoader, articlesLoader } from './loaders/collections.ts';
import { contentDirectories } from './lib/content-directories.ts';
import { actorSchema, articleSchema } from './schema/index.ts';

const { articles: articlesDirectory, actors: actorsDirectory } = contentDirectories();

export const collections = {
  articles: defineCollection({
    loader: articlesLoader({ directory: articlesDirectory, actorsDirectory }),
    schema: articleSchema,
  }),
  actors: defineCollection({
    loader: actorsLoader({ directory: actorsDirectory, articlesDirectory }),
    schema: actorSchema,
  }),
};
