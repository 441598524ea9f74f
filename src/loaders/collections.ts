/**
 * The Astro content loaders for briefings and actors.
 *
 * Why not Astro's `glob()` loader: it parses frontmatter with js-yaml, which
 * rolls `2025-02-30` over to March 2nd before any schema sees it, names no
 * line for a bad field, stops at the first bad file, and only warns about
 * duplicate ids. These loaders read every file, collect every problem with
 * its file:line, and fail the build once with the whole list.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import { closest } from 'fastest-levenshtein';
import type { Actor, ArticleData } from '../schema/index.ts';
import { listContentFiles, type ContentFile } from './content-files.ts';
import { formatProblem, sortProblems, type ContentProblem } from './problems.ts';
import { parseActorFile, parseArticleFile, type ParsedArticle, type ParsedFile } from './entry-files.ts';
import { decodeUtf8, type ReadResult } from './source-file.ts';

/** A file that parsed and validated, ready for the store. */
interface ParsedEntry<T> extends ParsedFile<T> {
  source: ContentFile;
  /** The raw text: the digest that tells a warm build what changed. */
  text: string;
  /** Markdown body and its first line in the file, for collections with a body. */
  markdown?: ParsedArticle['markdown'];
}

interface CollectionSpec<T> {
  directory: string;
  extension: string;
  parse(text: string, source: ContentFile): ReadResult<Omit<ParsedEntry<T>, 'source' | 'text'>>;
  /** Checks that need every entry, or another collection (references). */
  crossCheck?(entries: ParsedEntry<T>[], folder: { root: string; ids: string[] }): Promise<ContentProblem[]>;
}

function contentError(collection: string, problems: ContentProblem[]): AstroError {
  const list = sortProblems(problems).map(formatProblem).join('\n');
  const count = problems.length === 1 ? 'one problem' : `${problems.length} problems`;
  return new AstroError(
    `The ${collection} collection has ${count}:\n${list}`,
    'Fix each file at the line shown and build again; nothing was written to dist/.',
  );
}

/** The configured Markdown processor, with the options Astro's own content layer gives it. */
async function createRenderer(config: LoaderContext['config']) {
  const shared = {
    image: config.image,
    syntaxHighlight: config.markdown.syntaxHighlight,
    shikiConfig: config.markdown.shikiConfig,
  };
  // Astro's resolved-config types mark optional fields `?: T | undefined`,
  // which the renderer's options reject under exactOptionalPropertyTypes;
  // the values are the ones Astro itself passes.
  return config.markdown.processor.createRenderer(shared as AstroMarkdownOptions);
}

function collectionLoader<T extends Record<string, unknown>>(name: string, spec: CollectionSpec<T>): Loader {
  return {
    name,
    async load({ config, collection, store, generateDigest }) {
      const root = fileURLToPath(config.root);
      const folder = await listContentFiles(root, spec.directory, spec.extension);
      const problems = [...folder.problems];
      const entries: ParsedEntry<T>[] = [];
      for (const source of folder.files) {
        const decoded = decodeUtf8(await readFile(source.absolutePath), source.file);
        if (!decoded.ok) {
          problems.push(...decoded.problems);
          continue;
        }
        const parsed = spec.parse(decoded.value, source);
        if (!parsed.ok) {
          problems.push(...parsed.problems);
          continue;
        }
        entries.push({ ...parsed.value, source, text: decoded.value });
      }
      const ids = folder.files.map(({ id }) => id);
      problems.push(...((await spec.crossCheck?.(entries, { root, ids })) ?? []));
      if (problems.length > 0) throw contentError(collection, problems);

      const stale = new Set(store.keys());
      let renderer: Awaited<ReturnType<typeof createRenderer>> | undefined;
      for (const { source, data, text, markdown } of entries) {
        stale.delete(source.id);
        const digest = generateDigest(text);
        if (store.get(source.id)?.digest === digest) continue;
        if (!markdown) {
          store.set({ id: source.id, data, filePath: source.file, digest });
          continue;
        }
        renderer ??= await createRenderer(config);
        // Blank lines in place of the frontmatter keep every position the
        // Markdown pipeline reports on the line it has in the file.
        const { code, metadata } = await renderer.render('\n'.repeat(markdown.line - 1) + markdown.body, {
          frontmatter: data,
          fileURL: pathToFileURL(source.absolutePath),
        });
        store.set({
          id: source.id,
          data,
          body: markdown.body,
          filePath: source.file,
          digest,
          rendered: {
            html: code,
            metadata: { ...metadata, imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths] },
          },
        });
      }
      for (const id of stale) store.delete(id);
    },
  };
}

function didYouMean(id: string, ids: string[]): string {
  return ids.length > 0 ? ` (did you mean "${closest(id, ids)}"?)` : '';
}

/** Briefings: Markdown files with YAML frontmatter, `<date>-<slug>.md`. */
export function articlesLoader(options: { directory: string; actorsDirectory: string }): Loader {
  return collectionLoader<ArticleData>('briefings-articles', {
    directory: options.directory,
    extension: '.md',
    parse: (text, { file }) => parseArticleFile(text, file),
    // An article may force-tag actors; each must exist in the registry.
    async crossCheck(entries, { root }) {
      const actorIds = (await listContentFiles(root, options.actorsDirectory, '.yaml')).files.map(({ id }) => id);
      const known = new Set(actorIds);
      return entries.flatMap(({ source, data, lineOf }) =>
        data.actors.flatMap((id, index): ContentProblem[] =>
          known.has(id)
            ? []
            : [
                {
                  file: source.file,
                  line: lineOf(['actors', index]),
                  field: `actors.${index}`,
                  message: `no actor "${id}" in ${options.actorsDirectory}/${didYouMean(id, actorIds)}`,
                },
              ],
        ),
      );
    },
  });
}

/** The actor registry: one YAML file per actor, `<id>.yaml`. */
export function actorsLoader(options: { directory: string }): Loader {
  return collectionLoader<Actor>('briefings-actors', {
    directory: options.directory,
    extension: '.yaml',
    parse: (text, { file }) => parseActorFile(text, file),
    // memberOf must name registered actors, and never the actor itself.
    async crossCheck(entries, { ids }) {
      const known = new Set(ids);
      return entries.flatMap(({ source, data, lineOf }) =>
        data.memberOf.flatMap((id, index): ContentProblem[] => {
          const place = { file: source.file, line: lineOf(['memberOf', index]), field: `memberOf.${index}` };
          if (id === source.id) return [{ ...place, message: 'an actor cannot be a member of itself' }];
          if (known.has(id)) return [];
          return [{ ...place, message: `no actor "${id}" in ${options.directory}/${didYouMean(id, ids)}` }];
        }),
      );
    },
  });
}
