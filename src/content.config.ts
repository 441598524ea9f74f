/**
 * The two content collections. Schemas live in src/schema/ so the annotation
 * plugins validate the registry with exactly what Astro validates here.
 */
import { defineCollection } from 'astro:content';
import briefingsConfig from '../briefings.config.ts';
import { actorsLoader, articlesLoader } from './astro/loaders.ts';
import { contentDirectories } from './sources/files/content-directories.ts';
import { actorSchema } from './core/schema/index.ts';
import { articleSchema } from './sources/schema/index.ts';

const { articles: articlesDirectory, actors: actorsDirectory, notActors: notActorsFile } = contentDirectories();

export const collections = {
  articles: defineCollection({
    loader: articlesLoader({
      directory: articlesDirectory,
      actorsDirectory,
      notActorsFile,
      remarkPlugins: briefingsConfig.remarkPlugins ?? [],
    }),
    schema: articleSchema,
  }),
  actors: defineCollection({
    loader: actorsLoader({ directory: actorsDirectory, articlesDirectory, notActorsFile }),
    schema: actorSchema,
  }),
};
