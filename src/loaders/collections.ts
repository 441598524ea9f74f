/**
 * The Astro content loaders for briefings and actors.
 *
 * Why not Astro's `glob()` loader: it parses frontmatter with js-yaml, which
 * rolls `2025-02-30` over to March 2nd before any schema sees it, names no
 * line for a bad field, stops at the first bad file, and only warns about
 * duplicate ids. These loaders read every file, collect every problem with
 * its file:line, and fail the build once with the whole list.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { closest } from 'fastest-levenshtein';
import { createBriefingProcessor, renderBriefing } from '../annotate/pipeline.ts';
import { actorCardId } from '../lib/actor-cards.ts';
import type { Actor, ArticleData } from '../schema/index.ts';
import { readContentFolder, type ReadEntry } from './content-files.ts';
import { parseArticleFile, type ParsedFile } from './entry-files.ts';
import { formatProblem, sortProblems, type ContentProblem } from './problems.ts';
import { loadRegistry } from './registry.ts';

function contentError(collection: string, problems: ContentProblem[]): AstroError {
  const list = sortProblems(problems).map(formatProblem).join('\n');
  const count = problems.length === 1 ? 'one problem' : `${problems.length} problems`;
  return new AstroError(
    `The ${collection} collection has ${count}:\n${list}`,
    'Fix each file at the line shown and build again; nothing was written to dist/.',
  );
}

/**
 * A problem for every id in an entry's reference list (`actors`, `memberOf`)
 * that names no file in the actor registry, with the closest id as a hint.
 */
function unknownActorReferences(
  entries: readonly ReadEntry<ParsedFile<ArticleData | Actor>>[],
  field: 'actors' | 'memberOf',
  actorIds: string[],
  actorsDirectory: string,
): ContentProblem[] {
  const known = new Set(actorIds);
  const hint = (id: string) => (actorIds.length > 0 ? ` (did you mean "${closest(id, actorIds)}"?)` : '');
  return entries.flatMap(({ source, data, lineOf }) =>
    ((data as Partial<Record<typeof field, string[]>>)[field] ?? []).flatMap((id, index): ContentProblem[] =>
      known.has(id)
        ? []
        : [
            {
              file: source.file,
              line: lineOf([field, index]),
              field: `${field}.${index}`,
              message: `no actor "${id}" in ${actorsDirectory}/${hint(id)}`,
            },
          ],
    ),
  );
}

/**
 * A digest of the annotation code itself, so a warm build re-renders every
 * briefing after the matcher changes. Where the sources cannot be read (a
 * bundled deployment), every build re-renders.
 */
async function annotationCodeDigest(): Promise<string> {
  const hash = createHash('sha256');
  try {
    const directory = fileURLToPath(new URL('../annotate/', import.meta.url));
    for (const name of (await readdir(directory, { recursive: true })).sort()) {
      if (name.endsWith('.ts')) hash.update(await readFile(path.join(directory, name)));
    }
  } catch {
    hash.update(String(Math.random()));
  }
  return hash.digest('hex');
}

/**
 * Briefings: Markdown files with YAML frontmatter, `<date>-<slug>.md`,
 * rendered and annotated with the actor registry read once per load.
 */
export function articlesLoader(options: { directory: string; actorsDirectory: string }): Loader {
  return {
    name: 'briefings-articles',
    async load({ config, collection, store, generateDigest, logger }) {
      const root = fileURLToPath(config.root);
      const { entries, problems } = await readContentFolder(root, options.directory, '.md', parseArticleFile);
      // The actor registry's own problems are the actors collection's to report.
      const registry = await loadRegistry(root, options.actorsDirectory);
      // An article may force-tag actors; each must exist in the registry.
      const actorIds = registry.entries.map(({ id }) => id);
      problems.push(...unknownActorReferences(entries, 'actors', actorIds, options.actorsDirectory));
      if (problems.length > 0) throw contentError(collection, problems);

      const basePath = config.base.endsWith('/') ? config.base : `${config.base}/`;
      const processor = createBriefingProcessor({
        registry: registry.registry,
        actorHref: (id) => `${basePath}actors/${id}/`,
        actorCardId,
      });
      // A briefing's page also depends on the registry, the base path and the annotation code.
      const dependencies = `${registry.digest}${basePath}${await annotationCodeDigest()}`;
      const stale = new Set(store.keys());
      for (const { source, data, text, markdown } of entries) {
        stale.delete(source.id);
        const digest = generateDigest(text + dependencies);
        if (store.get(source.id)?.digest === digest) continue;
        // Blank lines in place of the frontmatter keep every position the
        // pipeline reports on the line it has in the file.
        const { html, annotations, messages } = await renderBriefing(processor, {
          markdown: '\n'.repeat(markdown.line - 1) + markdown.body,
          path: source.file,
          taggedActors: data.actors,
        });
        for (const message of messages) {
          const place = message.line ? `:${message.line}:${message.column ?? 1}` : '';
          logger.warn(`${source.file}${place}: ${message.reason} [${message.ruleId ?? 'annotation'}]`);
        }
        store.set({
          id: source.id,
          data,
          body: markdown.body,
          filePath: source.file,
          digest,
          rendered: { html, metadata: { frontmatter: { annotations } } },
        });
      }
      for (const id of stale) store.delete(id);
    },
  };
}

/**
 * The actor registry: the base layer (every state, the main international
 * organisations) under one YAML file per editor's actor, `<id>.yaml`.
 * Every merged actor is an entry, so each gets a page.
 */
export function actorsLoader(options: { directory: string }): Loader {
  return {
    name: 'briefings-actors',
    async load({ config, collection, store, generateDigest, logger }) {
      const root = fileURLToPath(config.root);
      const loaded = await loadRegistry(root, options.directory);
      // memberOf must name registered actors, and never the actor itself.
      const selfMembership = loaded.files.flatMap(({ source, data, lineOf }) =>
        data.memberOf.flatMap((id, index): ContentProblem[] =>
          id === source.id
            ? [
                {
                  file: source.file,
                  line: lineOf(['memberOf', index]),
                  field: `memberOf.${index}`,
                  message: 'an actor cannot be a member of itself',
                },
              ]
            : [],
        ),
      );
      const ids = loaded.entries.map(({ id }) => id);
      const problems = [
        ...loaded.problems,
        ...selfMembership,
        ...unknownActorReferences(loaded.files, 'memberOf', ids, options.directory),
      ];
      if (problems.length > 0) throw contentError(collection, problems);
      for (const notice of loaded.notices) logger.info(notice);

      const files = new Map(loaded.files.map(({ source }) => [source.id, source.file]));
      const stale = new Set(store.keys());
      for (const { id, data } of loaded.entries) {
        stale.delete(id);
        const digest = generateDigest(JSON.stringify(data));
        if (store.get(id)?.digest === digest) continue;
        const filePath = files.get(id);
        store.set({ id, data, digest, ...(filePath ? { filePath } : {}) });
      }
      for (const id of stale) store.delete(id);
    },
  };
}
