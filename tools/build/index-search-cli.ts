/**
 * `node tools/build/index-search-cli.ts <site> [--follow] [--published <dir>]`:
 * the search index in a process of its own. Pagefind's Node API runs a
 * backend binary and never settles its promises when that binary dies (a
 * panic on a full disk), so in the build's own process the failure was an
 * exit 13 with no message; here it is this process's non-zero exit, which
 * the build reports. With `--follow`, each line on stdin names a page the
 * build has written (a path in the site), indexed as it comes, until the
 * build's last line (`END_OF_PAGES`); the rest is indexed then. Stdin closed
 * before that line is a build that died: nothing is written. `--published`
 * names the site this one replaces, whose index is reused if no searchable
 * page changed. Prints the result as one line of JSON on stdout.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { stopHereFor } from './fault-points.ts';
import { indexSite, type IndexResult } from './search-index.ts';
import { END_OF_PAGES } from './written-pages.ts';

/** The pages named on stdin, until the build says it wrote them all; an end without that is a build that died. */
async function* followed(): AsyncIterable<string> {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line === END_OF_PAGES) return;
    yield line;
  }
  throw new Error('the build stopped before it wrote every page');
}

let parsed;
try {
  parsed = parseArgs({
    options: { follow: { type: 'boolean', default: false }, published: { type: 'string' } },
    allowPositionals: true,
  });
} catch {
  parsed = undefined;
}
const site = parsed?.positionals.length === 1 ? parsed.positionals[0] : undefined;
if (parsed === undefined || site === undefined) {
  console.error('usage: index-search-cli.ts <built site folder> [--follow] [--published <published site folder>]');
  process.exitCode = 2;
} else {
  stopHereFor('during-search');
  try {
    const { follow, published } = parsed.values;
    const result = await indexSite(site, follow ? followed() : undefined, published);
    console.log(JSON.stringify(result));
    process.exitCode = result.errors.length > 0 ? 1 : 0;
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    console.error(`No search index: ${cause}`);
    // The build names the cause in its own failure, which the operator reads last.
    const failed: IndexResult = { pages: 0, read: 0, followed: 0, bundles: 0, reused: 0, errors: [cause] };
    console.log(JSON.stringify(failed));
    process.exitCode = 1;
  }
}
