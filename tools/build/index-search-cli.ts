/**
 * `node tools/build/index-search-cli.ts <site>`: the search index in a
 * process of its own. Pagefind's Node API runs a backend binary and never
 * settles its promises when that binary dies (a panic on a full disk), so
 * in the build's own process the failure was an exit 13 with no message;
 * here it is this process's non-zero exit, which the build reports. Prints
 * the result as one line of JSON on stdout.
 */
import { stopHereFor } from './fault-points.ts';
import { indexSite } from './search-index.ts';

const site = process.argv[2];
if (site === undefined) {
  console.error('usage: index-search-cli.ts <built site folder>');
  process.exitCode = 2;
} else {
  stopHereFor('during-search');
  const result = await indexSite(site);
  console.log(JSON.stringify(result));
  process.exitCode = result.errors.length > 0 ? 1 : 0;
}
