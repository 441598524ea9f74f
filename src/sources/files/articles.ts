/**
 * Every briefing of a content folder, read, validated and checked against
 * the actor registry, framework-free.
 */
import { readContentFolder, type ReadEntry } from './content-files.ts';
import { parseArticleFile, type ParsedArticle } from './entry-files.ts';
import type { ContentProblem } from './problems.ts';
import { unknownActorReferences } from './references.ts';

export interface ReadArticles {
  entries: ReadEntry<ParsedArticle>[];
  problems: ContentProblem[];
}

/**
 * Read `directory`'s briefings; an `actors` reference must name one of
 * `actorIds` (the registry's, broken files included).
 */
export async function readArticles(
  root: string,
  directories: { articles: string; actors: string },
  actorIds: readonly string[],
): Promise<ReadArticles> {
  const { entries, problems } = await readContentFolder(root, directories.articles, '.md', parseArticleFile);
  return {
    entries,
    problems: [...problems, ...unknownActorReferences(entries, 'actors', actorIds, directories.actors)],
  };
}
