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
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import type { PluggableList } from 'unified';
import { annotationChanges, briefingChange } from '../core/unified/annotation-changes.ts';
import { formatNote } from '../core/unified/report.ts';
import { parseArticles, readArticles } from '../sources/files/articles.ts';
import { readContentTexts, type ContentText } from '../sources/files/content-files.ts';
import { formatProblem, sortProblems, type ContentProblem } from '../sources/files/problems.ts';
import { actorLayers } from '../sources/registry/actor-layers.ts';
import { loadRegistry } from '../sources/registry/load-registry.ts';
import { correctionRulesOf } from '../sources/schema/correction-rules.ts';
import { loadNotActors } from '../sources/not-actors.ts';
import { annotationStoreIn } from '../store/annotation-store.ts';
import { briefingRenderer } from './briefing-renderer.ts';
import { publishedInBriefing, publishedSite } from './published-site.ts';
import { renderedInOrder, workerCount, type WorkerSetup } from './render-pool.ts';
import {
  readReviewFile,
  REVIEW_FILE,
  writeReviewFile,
  type BriefingChanges,
  type BriefingNotes,
} from './review-file.ts';

/** The most annotation notes printed for one briefing. */
const MAX_WARNINGS_PER_FILE = 100;

/**
 * One error for every problem of the content, whichever collection found
 * them. Astro runs the two loaders side by side and reports the first that
 * fails, so each loader that fails reports both collections' problems.
 */
function contentError(problems: {
  articles: readonly ContentProblem[];
  actors: readonly ContentProblem[];
}): AstroError {
  const all = [...problems.articles, ...problems.actors];
  const list = sortProblems(all).map(formatProblem).join('\n');
  const count = all.length === 1 ? 'one problem' : `${all.length} problems`;
  const where =
    problems.articles.length > 0 && problems.actors.length > 0
      ? 'The articles and actors collections have'
      : `The ${problems.articles.length > 0 ? 'articles' : 'actors'} collection has`;
  return new AstroError(
    `${where} ${count}:\n${list}`,
    'Fix each file at the line shown and build again; nothing was written to dist/.',
  );
}

/**
 * A digest of the code that renders a briefing (the annotation core, the sources layer that reads
 * content for it, the annotation store's format, these loaders, which choose its options, and the
 * lock file, which pins the parser, sanitiser and tagger), so a warm build re-renders every briefing
 * after any of them changes. Where the sources cannot be read (a bundled deployment), every build
 * re-renders.
 */
function renderingCodeDigest(): string {
  const hash = createHash('sha256');
  try {
    for (const folder of ['../core/', '../sources/', '../store/', './']) {
      const directory = fileURLToPath(new URL(folder, import.meta.url));
      for (const name of readdirSync(directory, { recursive: true, encoding: 'utf8' }).sort()) {
        if (name.endsWith('.ts')) hash.update(readFileSync(path.join(directory, name)));
      }
    }
    hash.update(readFileSync(fileURLToPath(new URL('../../package-lock.json', import.meta.url))));
  } catch {
    hash.update(String(Math.random()));
  }
  return hash.digest('hex');
}

/**
 * The site's remark plugins as far as a digest can see them: each plugin's
 * code (a package's is pinned by the lock file too) and its options, so
 * adding, removing, reordering or reconfiguring one re-renders every briefing.
 */
function remarkPluginsDigest(plugins: PluggableList): string {
  return JSON.stringify(
    plugins.map((plugin) => {
      const [attacher, ...options] = Array.isArray(plugin) ? plugin : [plugin];
      return [String(attacher), ...options];
    }),
  );
}

/** A sha256 in hex: the annotation store's keys and made-by digests. */
function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * Briefings: Markdown files with YAML frontmatter, `<date>-<slug>.md`,
 * rendered and annotated with the actor registry read once per load.
 */
export function articlesLoader(options: {
  directory: string;
  actorsDirectory: string;
  /** The names that are no actor (`not-actors.yaml` of the content tree). */
  notActorsFile: string;
  /** The site's own remark plugins (`briefings.config.ts`). */
  remarkPlugins?: PluggableList;
}): Loader {
  return {
    name: 'briefings-articles',
    async load({ config, store, logger }) {
      const root = fileURLToPath(config.root);
      const annotations = annotationStoreIn(fileURLToPath(config.cacheDir));
      const layers = actorLayers();
      // The registry is read here anyway (briefings are matched against it), so its problems are listed too.
      const registry = await loadRegistry(root, options.actorsDirectory, layers);
      const notActors = await loadNotActors(root, options.notActorsFile);
      const folder = await readContentTexts(root, options.directory, '.md');
      const actorProblems = [...registry.problems, ...notActors.problems];
      if (folder.problems.length > 0 || actorProblems.length > 0) {
        // The list must be whole: every briefing's problems with the registry's.
        const parsed = parseArticles(folder.texts, options.actorsDirectory, registry.ids);
        throw contentError({ articles: [...folder.problems, ...parsed.problems], actors: actorProblems });
      }

      const basePath = config.base.endsWith('/') ? config.base : `${config.base}/`;
      const remarkPlugins = options.remarkPlugins ?? [];
      // A briefing's page also depends on the registry, the names that are no actor, the layers, the
      // base path, the code that renders it and the site's remark plugins.
      const dependencies = [
        registry.digest,
        JSON.stringify([...notActors.names].sort()),
        JSON.stringify(layers),
        basePath,
        renderingCodeDigest(),
        remarkPluginsDigest(remarkPlugins),
      ].join('');
      // What made an entry: an entry of other code or another registry is never read (its key differs too).
      const made = sha256(dependencies);
      const stale = new Set(store.keys());
      const published = publishedSite();
      // A first build has nothing to compare with: its briefings are the archive, not additions to it.
      const firstLoad = stale.size === 0;
      const current = new Set<string>();
      // Each briefing's notes in the articles' order, whether read from its entry or rendered now.
      const notesOf: (BriefingNotes | undefined)[] = [];
      // The briefings whose fields Astro's store needs, or that are rendered now: only these are parsed.
      const toParse: { position: number; key: string; reused: boolean }[] = [];
      for (const [position, { source, text }] of folder.texts.entries()) {
        stale.delete(source.id);
        // Astro's store keeps what pages list and route by; the key finds the rest in the annotation store.
        const key = sha256(source.id, text, dependencies);
        current.add(key);
        // Every entry read here was written by an earlier build, and the cache may be shared or planted:
        // its markup is checked too, unless the briefing's published page holds that HTML already (a
        // page built and checked before). Pages read only entries this load checked or wrote, by checksum.
        const cached = annotations.read(key, {
          markup: 'unless published',
          published: (html) => publishedInBriefing(published, source.id, html),
        });
        const reused = 'entry' in cached && cached.entry.made === made;
        if (reused) {
          // Unchanged: its notes are still outstanding, and are listed from its entry.
          const kept = cached.entry.notes();
          if (kept.length > 0) notesOf[position] = { briefing: source.id, file: source.file, notes: kept };
          // Neither parsed nor checked again: the entry's key holds its text and the registry, and the
          // build that wrote it parsed and checked that text against that registry with the same code.
          if (store.get(source.id)?.digest === key) continue;
        } else if ('refused' in cached) {
          logger.warn(`${source.file}: its cached annotations were refused (${cached.refused}); rendering it again`);
        }
        toParse.push({ position, key, reused });
      }
      const articles = parseArticles(
        toParse.map(({ position }) => folder.texts[position] as ContentText),
        options.actorsDirectory,
        registry.ids,
      );
      if (articles.problems.length > 0) throw contentError({ articles: articles.problems, actors: [] });

      const toRender: { position: number; key: string; article: (typeof articles.entries)[number] }[] = [];
      for (const [index, { position, key, reused }] of toParse.entries()) {
        const article = articles.entries[index];
        if (!article) throw new Error('A briefing parsed without a problem gave no entry');
        if (reused)
          store.set({ id: article.source.id, data: article.data, filePath: article.source.file, digest: key });
        else toRender.push({ position, key, article });
      }

      const renderHere = briefingRenderer({
        registry: registry.registry,
        layers,
        notActors: notActors.names,
        basePath,
        remarkPlugins,
      });
      // Workers get data only: a site's remark plugins (functions) keep rendering on this thread.
      const threads = remarkPlugins.length > 0 ? 0 : workerCount(toRender.length);
      const setup: WorkerSetup = {
        root,
        actorsDirectory: options.actorsDirectory,
        registryDigest: registry.digest,
        layers,
        notActors: [...notActors.names],
        basePath,
      };
      if (threads > 0) logger.info(`Rendering ${toRender.length} briefings here and in ${threads} worker threads`);
      const jobs = toRender.map(({ article: { source, data, markdown, lineOf } }) => ({
        date: data.date.getTime(),
        markdown: markdown.padded,
        path: source.file,
        taggedActors: data.actors,
        correctionRules: correctionRulesOf(data.corrections, lineOf),
      }));
      const renderProblems: ContentProblem[] = [];
      const changes: BriefingChanges[] = [];
      let index = 0;
      for await (const outcome of renderedInOrder(jobs, renderHere, threads > 0 ? { setup, count: threads } : null)) {
        const slot = toRender[index++];
        if (!slot) throw new Error('The render pool returned more briefings than it was given');
        const { position, key, article } = slot;
        const { source, data, markdown } = article;
        if ('tooLarge' in outcome) {
          // Out of stack or string space: input past what the limits foresaw, reported as this file's problem.
          renderProblems.push({
            file: source.file,
            line: markdown.line,
            message: `the body could not be rendered (${outcome.tooLarge}); look for deep nesting or huge runs of markup`,
          });
          continue;
        }
        const { html, record, notes } = outcome.rendered;
        // A correction naming no actor is an error in the content, reported with the others.
        for (const note of notes.filter((each) => each.fatal)) {
          renderProblems.push({ file: source.file, line: note.line ?? markdown.line, message: note.reason });
        }
        if (notes.length > 0) notesOf[position] = { briefing: source.id, file: source.file, notes };
        const stored = store.get(source.id);
        const previous = stored?.digest ? annotations.read(String(stored.digest)) : { missing: true };
        if ('entry' in previous) {
          const changed = annotationChanges(previous.entry.record(), record);
          if (changed.length > 0) changes.push({ briefing: source.id, file: source.file, changes: changed });
        } else if (!stored && !firstLoad) {
          changes.push({ briefing: source.id, file: source.file, changes: [briefingChange('briefing-added', record)] });
        }
        // A hostile body can make thousands of notes; the first hundred show what to look at.
        const warnings = notes.filter((note) => !note.fatal);
        for (const note of warnings.slice(0, MAX_WARNINGS_PER_FILE)) logger.warn(formatNote(source.file, note));
        if (warnings.length > MAX_WARNINGS_PER_FILE) {
          logger.warn(`${source.file}: ${warnings.length - MAX_WARNINGS_PER_FILE} more notes not shown`);
        }
        // Not a briefing whose correction fails the build: the next build must render it again and say so.
        if (notes.some((note) => note.fatal)) continue;
        annotations.write(key, made, { record, notes, html });
        store.set({ id: source.id, data, filePath: source.file, digest: key });
      }
      if (renderProblems.length > 0) throw contentError({ articles: renderProblems, actors: [] });
      for (const id of stale) {
        // A briefing gone from the archive takes its links and quotations with it: the changelog says which.
        const gone = store.get(id);
        const previous = gone?.digest ? annotations.read(String(gone.digest)) : { missing: true };
        if ('entry' in previous) {
          const file = gone?.filePath ?? id;
          changes.push({ briefing: id, file, changes: [briefingChange('briefing-removed', previous.entry.record())] });
        }
        store.delete(id);
      }
      // Entries of briefings gone or changed; only now, since a changed briefing's old entry was read above.
      annotations.prune(current);
      // For `npm run review`. A load that re-rendered and removed nothing (a warm build, `astro sync`)
      // keeps the changes of the last build that did.
      const reviewFile = new URL(REVIEW_FILE, config.cacheDir);
      const rerendered = toRender.length > 0 || stale.size > 0;
      const lastChanges = rerendered ? [] : ((await readReviewFile(reviewFile))?.changes ?? []);
      const notes = notesOf.filter((each) => each !== undefined);
      changes.sort((a, b) => a.file.localeCompare(b.file));
      await writeReviewFile(reviewFile, { notes, changes: rerendered ? changes : lastChanges });
    },
  };
}

/**
 * The actor registry: the base layer (every state, the main international
 * organisations) under one YAML file per editor's actor, `<id>.yaml`.
 * Every merged actor is an entry, so each gets a page.
 */
export function actorsLoader(options: {
  directory: string;
  articlesDirectory: string;
  /** The names that are no actor, read here too so either loader's report lists their problems. */
  notActorsFile: string;
}): Loader {
  return {
    name: 'briefings-actors',
    async load({ config, store, generateDigest, logger }) {
      const root = fileURLToPath(config.root);
      const loaded = await loadRegistry(root, options.directory, actorLayers());
      const actorProblems = [...loaded.problems, ...(await loadNotActors(root, options.notActorsFile)).problems];
      if (actorProblems.length > 0) {
        // Whichever loader Astro reports, the list must be whole: read the briefings' problems too.
        const articles = await readArticles(
          root,
          { articles: options.articlesDirectory, actors: options.directory },
          loaded.ids,
        );
        throw contentError({ articles: articles.problems, actors: actorProblems });
      }
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
