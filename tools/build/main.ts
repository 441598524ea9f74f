/**
 * `npm run build [-- --base /path/ --outDir dir]`: `astro build` into a
 * folder of this build's own beside the output, and beside it the Pagefind
 * search index of the pages it writes, into the same folder, swapped into
 * place only when both succeeded.
 * A failed build or index, whatever the cause, leaves the previous site as
 * it was: never a half-written `dist/`.
 *
 * Astro writes pages as it renders them, so without this a crash on page
 * 500 of 1,000 would leave a mix of old and new pages behind. One build at a
 * time holds the output's lock (lock.ts); what a killed build left is
 * repaired by the next (publish.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BuildFailure, causeInOutput, causeOf } from './failure.ts';
import { stopHereFor } from './fault-points.ts';
import { acquireBuildLock, type BuildLock } from './lock.ts';
import { publish, recoverOutput, removeDeadStaging, workspaceFor } from './publish.ts';
import { DISCARD_PAGE_CACHE_VARIABLE } from '../../src/astro/page-cache-check.ts';
import { PUBLISHED_SITE_VARIABLE } from '../../src/astro/published-site.ts';
import { isPublishedPage } from './published-page.ts';
import { runChild, type ChildResult } from './run-child.ts';
import type { IndexResult } from './search-index.ts';
import { END_OF_PAGES, restoredPage, writtenPage } from './written-pages.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
const indexer = path.join(root, 'tools/build/index-search-cli.ts');

const { values, tokens } = parseArgs({
  args: process.argv.slice(2),
  options: { outDir: { type: 'string', default: 'dist' } },
  strict: false,
  tokens: true,
});
const outDir = path.resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');
const relative = path.relative(root, outDir);
const shown = relative === '' || relative.startsWith('..') ? outDir : relative;
// Everything but --outDir goes to astro build as given (--base, --site, …).
const passThrough: string[] = [];
for (const token of tokens) {
  if (token.kind === 'option' && token.name === 'outDir') continue;
  if (token.kind === 'option') passThrough.push(token.rawName, ...(token.value === undefined ? [] : [token.value]));
  else if (token.kind === 'positional') passThrough.push(token.value);
}

const workspace = workspaceFor(root, outDir);
const { staging } = workspace;
let lock: BuildLock | undefined;
let stopChild: ((signal: NodeJS.Signals) => void) | undefined;

/** Why a child failed, in the operator's words where its output names the cause. */
function failureOf(what: string, child: ChildResult): BuildFailure {
  const cause = causeInOutput(child.tail);
  if (cause) return new BuildFailure(`${what} failed: ${cause}`);
  return new BuildFailure(child.signal ? `${what} was stopped by ${child.signal}` : `${what} failed`);
}

async function build(): Promise<void> {
  try {
    mkdirSync(path.dirname(outDir), { recursive: true });
  } catch (error) {
    throw new BuildFailure(`cannot create ${path.dirname(outDir)}: ${causeOf(error)}`);
  }
  lock = acquireBuildLock(outDir);
  if (lock.tookOverFrom) {
    const { pid, started } = lock.tookOverFrom;
    console.warn(`A build that stopped without finishing (pid ${pid}, since ${started}) held the lock; taken over.`);
  }
  for (const note of recoverOutput(outDir)) console.warn(`Recovered: ${note}.`);
  removeDeadStaging(root);

  let attempt = await buildAndIndex(lock);
  if ('notPublished' in attempt) {
    // A page the cache restored was not the published one: that cache is removed and every page rendered.
    rmSync(staging, { recursive: true, force: true });
    attempt = await buildAndIndex(lock, `its copy of ${attempt.notPublished} is not the published page`);
    if ('notPublished' in attempt)
      throw new BuildFailure(`The page cache restored ${attempt.notPublished} after it was removed`);
  }
  const { search } = attempt;
  const after = search.read - search.followed;
  const how =
    search.reused === search.bundles
      ? 'the published index, as no searchable page changed'
      : `${search.followed} read as Astro wrote them, ${after} after it; ${search.reused} of ${search.bundles} bundles copied from the published site, as none of their pages changed`;
  console.log(`Search index: ${search.pages} pages; ${how}.`);
  stopHereFor('after-search');

  publish(workspace, outDir);
}

/**
 * One `astro build` into the staging folder, with the search index beside it;
 * `discardPageCache`, the reason, has Astro's page cache removed first. Each
 * page Astro restores from that cache is compared with the published page as
 * Astro reports it, on this process's own thread while Astro goes on: the
 * first that differs is returned instead of an index, and nothing of the
 * attempt is published.
 */
async function buildAndIndex(
  buildLock: BuildLock,
  discardPageCache?: string,
): Promise<{ search: IndexResult } | { notPublished: string }> {
  // The indexer reads each page as Astro reports it written (written-pages.ts), beside Astro rather than after it.
  const indexing = runChild([indexer, staging, '--follow', '--published', outDir], {
    cwd: root,
    echoStdout: false,
    stdin: true,
  });
  let notPublished: string | undefined;
  const astroBuild = runChild([astro, 'build', '--outDir', staging, ...passThrough], {
    cwd: root,
    // The site this build replaces: what Astro kept from the last build is reused only if it was published.
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      [PUBLISHED_SITE_VARIABLE]: outDir,
      ...(discardPageCache === undefined ? {} : { [DISCARD_PAGE_CACHE_VARIABLE]: discardPageCache }),
    },
    onStdoutLine: (line) => {
      const page = writtenPage(line);
      if (page !== null) indexing.stdin?.write(`${page}\n`);
      const restored = restoredPage(line);
      if (restored !== null && notPublished === undefined && !isPublishedPage(staging, outDir, restored)) {
        notPublished = restored;
        // Nothing of this attempt will be published: stop it rather than let it render the rest.
        astroBuild.kill('SIGKILL');
      }
    },
  });
  stopChild = (signal) => {
    astroBuild.kill(signal);
    indexing.kill(signal);
  };
  // Astro first: a later build that finds this one dead stops both, and reports Astro's as the build's.
  for (const pid of [astroBuild.pid, indexing.pid]) if (pid !== undefined) buildLock.recordChild(pid);
  const built = await astroBuild.result;
  if (built.code !== 0 || notPublished !== undefined) {
    indexing.kill('SIGKILL');
    await indexing.result;
    stopChild = undefined;
    if (notPublished !== undefined) return { notPublished };
    throw failureOf('The build', built);
  }
  stopHereFor('after-astro');

  indexing.stdin?.end(`${END_OF_PAGES}\n`);
  const indexed = await indexing.result;
  stopChild = undefined;
  const search = parseIndexResult(indexed.stdout);
  if (indexed.code !== 0 || !search) {
    const reported = search?.errors.join('; ');
    throw reported ? new BuildFailure(`The search index failed (${reported})`) : failureOf('The search index', indexed);
  }
  return { search };
}

/** The indexer's result, its last line; what Pagefind printed before it is passed on. */
function parseIndexResult(stdout: string): IndexResult | undefined {
  const lines = stdout.trim().split('\n');
  const last = lines.pop() ?? '';
  if (lines.length > 0) console.log(lines.join('\n'));
  try {
    return JSON.parse(last) as IndexResult;
  } catch {
    if (last !== '') console.log(last);
    return undefined;
  }
}

function cleanUp(): void {
  rmSync(staging, { recursive: true, force: true });
  rmSync(workspace.incoming, { recursive: true, force: true });
  lock?.release();
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.on(signal, () => {
    stopChild?.(signal);
    cleanUp();
    console.error(`\nThe build was stopped by ${signal}; ${shown}/ was left as it was.`);
    process.exit(code);
  });
}

try {
  await build();
  lock?.release();
} catch (error) {
  try {
    cleanUp();
  } catch (cleanUpError) {
    console.error(`Could not remove ${staging}: ${causeOf(cleanUpError)}`);
  }
  const message = error instanceof BuildFailure ? error.message : `The build failed: ${causeOf(error)}`;
  console.error(`\n${message}; ${shown}/ was left as it was.`);
  process.exitCode = 1;
}
