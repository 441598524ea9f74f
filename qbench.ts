import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { findQuotes } from './src/core/quotes/index.ts';
const dir = 'tools/bench/.work/1000/corpus/articles';
const n = Number(process.argv[2] ?? 50);
const passes = Number(process.argv[3] ?? 3);
const prof = process.argv[4];
const bodies = readdirSync(dir).sort().slice(0, n).map((f) => readFileSync(`${dir}/${f}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
const session = new Session();
for (let p = 0; p < passes; p++) {
  if (prof && p === 1) { session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start'); }
  const t = performance.now(); const c = process.cpuUsage();
  let q = 0;
  for (const b of bodies) q += findQuotes(b).quotes?.length ?? 0;
  const u = process.cpuUsage(c);
  console.log(`pass ${p}: ${(performance.now() - t).toFixed(0)} ms wall, ${((u.user + u.system) / 1000).toFixed(0)} ms cpu, quotes ${q}`);
}
if (prof) { const { profile } = await session.post('Profiler.stop'); writeFileSync(prof, JSON.stringify(profile)); }
