/**
 * One content file's text to validated data: a briefing (Markdown with YAML
 * frontmatter) or an actor (YAML). Framework-free, so the Astro loaders, the
 * annotation tools and the tests read content exactly the same way.
 */
import { actorSchema, type Actor } from '../../core/schema/index.ts';
import { articleSchema, type ArticleData } from '../schema/index.ts';
import { checkMarkdownBody } from './markdown-limits.ts';
import {
  ACTOR_SCHEMA_FILE,
  parseYaml,
  splitFrontmatter,
  validate,
  yamlTooLarge,
  type ReadResult,
  type YamlData,
} from './source-file.ts';

export interface ParsedFile<T> {
  data: T;
  lineOf: YamlData['lineOf'];
}

export interface ParsedArticle extends ParsedFile<ArticleData> {
  markdown: {
    /** The Markdown after the frontmatter. */
    body: string;
    /** The file line `body` starts on. */
    line: number;
    /** `body` after a blank line per frontmatter line, so its positions are the file's: what the pipeline renders. */
    padded: string;
  };
}

export function parseArticleFile(text: string, file: string): ReadResult<ParsedArticle> {
  const split = splitFrontmatter(text, file);
  if (!split.ok) return split;
  const result = validate(articleSchema, split.value, file, 'src/sources/schema/article.ts');
  // A body the pipeline cannot render in bounded time is as wrong as a bad field, and reported with them.
  const bodyProblems = checkMarkdownBody(split.value.body, split.value.bodyLine, file);
  if (!result.ok || bodyProblems.length > 0) {
    return { ok: false, problems: [...(result.ok ? [] : result.problems), ...bodyProblems] };
  }
  return {
    ok: true,
    value: {
      data: result.value,
      lineOf: split.value.lineOf,
      markdown: { body: split.value.body, line: split.value.bodyLine, padded: split.value.paddedBody },
    },
  };
}

export function parseActorFile(text: string, file: string): ReadResult<ParsedFile<Actor>> {
  const yaml = yamlTooLarge(text, file, 1, 'the file') ?? parseYaml(text, file, 1);
  if (!yaml.ok) return yaml;
  const result = validate(actorSchema, yaml.value, file, ACTOR_SCHEMA_FILE);
  return result.ok ? { ok: true, value: { data: result.value, lineOf: yaml.value.lineOf } } : result;
}
