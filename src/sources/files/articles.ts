/**
 * Every briefing of a content folder, read, validated and checked against
 * the actor registry, framework-free.
 */
import { parseContentTexts, readContentTexts, type ContentText, type ReadEntry } from './content-files.ts';
import { parseArticleFile, type ParsedArticle } from './entry-files.ts';
import type { ContentProblem } from './problems.ts';
import { unknownActorReferences } from './references.ts';

export interface ReadArticles {
  entries: ReadEntry<ParsedArticle>[];
  problems: ContentProblem[];
}

/**
 * Parse briefings read by `readContentTexts`; an `actors` reference must
 * name one of `actorIds` (the registry's, broken files included).
 */
export function parseArticles(
  texts: readonly ContentText[],
  actorsDirectory: string,
  actorIds: readonly string[],
): ReadArticles {
  const { entries, problems } = parseContentTexts(texts, parseArticleFile);
  return {
    entries,
    problems: [...problems, ...unknownActorReferences(entries, 'actors', actorIds, actorsDirectory)],
  };
}

/** Read and parse `directory`'s briefings (`readContentTexts`, then `parseArticles`). */
export async function readArticles(
  root: string,
  directories: { articles: string; actors: string },
  actorIds: readonly string[],
): Promise<ReadArticles> {
  const { texts, problems } = await readContentTexts(root, directories.articles, '.md');
  const parsed = parseArticles(texts, directories.actors, actorIds);
  return { entries: parsed.entries, problems: [...problems, ...parsed.problems] };
}
