/**
 * `npm run eval:discovery`: what discovery adds, measured.
 *
 * 1. Against the GUM entity gold (24 Wikinews articles, ../shared/eval-data/gum-news/):
 *    the precision of discovered links, the false ones listed, and how many
 *    named people and organisations each layer links.
 * 2. On the briefings in content/: actor-article pairs the editors' layer
 *    links alone, and all three layers (base layer, editors, discovery), and
 *    the share of discovered actors whose text gives them an affiliation.
 */
import { loadNotActors } from '../../src/sources/not-actors.ts';
import { loadRegistry } from '../../src/sources/registry/load-registry.ts';
import { readContentFolder } from '../../src/sources/files/content-files.ts';
import { parseArticleFile } from '../../src/sources/files/entry-files.ts';
import { annotateFile } from '../annotate/annotate-file.ts';
import { readGumGold, scoreDiscovery } from './discovery-gold.ts';

const root = process.cwd();
const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`);

const all = await loadRegistry(root, 'content/actors');
const editors = await loadRegistry(root, 'content/actors', { base: false });
const notActors = (await loadNotActors(root)).names;

console.log('## Discovery against the GUM entity gold (person and organisation, 24 articles)\n');
const score = scoreDiscovery(all.registry, readGumGold(), notActors);
const right = score.links.filter((link) => link.verdict === 'right').length;
console.log('| measure | value |\n|---|---|');
console.log(`| discovered links | ${score.links.length} |`);
console.log(
  `| right (inside a gold mention of the same sort) | ${right} (precision ${percent(right, score.links.length)}) |`,
);
console.log(
  `| in a gold mention of the other sort | ${score.links.filter((link) => link.verdict === 'wrong-sort').length} |`,
);
console.log(
  `| in no gold person or organisation (false links) | ${score.links.filter((link) => link.verdict === 'no-entity').length} |`,
);
console.log(`| named gold entities | ${score.entities} |`);
console.log(
  `| linked by the registry (base layer + editors) | ${score.linkedByRegistry} (${percent(score.linkedByRegistry, score.entities)}) |`,
);
console.log(`| linked by all three layers | ${score.linkedByAll} (${percent(score.linkedByAll, score.entities)}) |`);
console.log(
  `| discovery recall on entities the registry misses | ${score.linkedByDiscovery} of ${score.unregistered} (${percent(score.linkedByDiscovery, score.unregistered)}) |`,
);
console.log('\nWrong links:');
for (const link of score.links.filter((each) => each.verdict !== 'right')) {
  console.log(`  ${link.article}: "${link.text}" → ${link.actor} (${link.kind}; ${link.verdict})`);
}

console.log('\n## Actor-article pairs on content/articles\n');
const articles = await readContentFolder(root, 'content/articles', '.md', parseArticleFile);
const pairs = { editors: 0, registry: 0, all: 0 };
/** Each discovered actor, and whether any briefing gives it an affiliation (as the site's merge keeps one). */
const affiliated = new Map<string, boolean>();
/** Each discovered actor, and whether any briefing gives it a body it belongs to, not only where it is from. */
const member = new Map<string, boolean>();
for (const { source } of articles.entries) {
  const file = `${root}/${source.file}`;
  const count = (report: { mentions: { actor: string }[] }) => new Set(report.mentions.map((m) => m.actor)).size;
  pairs.editors += count(await annotateFile(file, editors.registry, { discovery: false }));
  pairs.registry += count(await annotateFile(file, all.registry, { discovery: false }));
  const report = await annotateFile(file, all.registry, { notActors });
  pairs.all += count(report);
  for (const actor of report.discovered) {
    affiliated.set(actor.id, (affiliated.get(actor.id) ?? false) || actor.memberOf.length > 0);
    member.set(actor.id, (member.get(actor.id) ?? false) || (actor.memberOf.length > 0 && !actor.origin));
  }
}
console.log('| layers | actor-article pairs |\n|---|---|');
console.log(`| editors' content/actors alone | ${pairs.editors} |`);
console.log(`| + base layer (states, international organisations) | ${pairs.registry} |`);
console.log(`| + discovery (all three layers) | ${pairs.all} |`);
console.log(`\n${articles.entries.length} briefings.`);
const withAffiliation = [...affiliated.values()].filter(Boolean).length;
console.log(
  `\nDiscovered actors with an affiliation (memberOf): ${withAffiliation} of ${affiliated.size} (${percent(withAffiliation, affiliated.size)})`,
);
const members = [...member.values()].filter(Boolean).length;
console.log(
  `of them a body they belong to, not only where they are from (origin): ${members} of ${member.size} (${percent(members, member.size)})`,
);
