/**
 * `npm run build [-- --base /path/ --outDir dir]`: `astro build` into a
 * fresh folder beside the output, then the Pagefind search index into the
 * same folder, swapped into place only when both succeeded. A failed build
 * or index, whatever the cause, leaves the previous site as it was: never a
 * half-written `dist/`.
 *
 * Astro writes pages as it renders them, so without this a crash on page
 * 500 of 1,000 would leave a mix of old and new pages behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { indexSite } from './search-index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');

const { values, tokens } = parseArgs({
  args: process.argv.slice(2),
  options: { outDir: { type: 'string', default: 'dist' } },
  strict: false,
  tokens: true,
});
const outDir = path.resolve(root, typeof values.outDir === 'string' ? values.outDir : 'dist');
// Everything but --outDir goes to astro build as given (--base, --site, …).
const passThrough: string[] = [];
for (const token of tokens) {
  if (token.kind === 'option' && token.name === 'outDir') continue;
  if (token.kind === 'option') passThrough.push(token.rawName, ...(token.value === undefined ? [] : [token.value]));
  else if (token.kind === 'positional') passThrough.push(token.value);
}

async function main(): Promise<number> {
  const staging = `${outDir}.building`;
  const previous = `${outDir}.previous`;
  rmSync(staging, { recursive: true, force: true });

  const build = spawnSync(process.execPath, [astro, 'build', '--outDir', staging, ...passThrough], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const kept = `${path.relative(root, outDir) || outDir}/ was left as it was.`;
  if (build.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nThe build failed; ${kept}`);
    return build.status ?? 1;
  }

  const search = await indexSite(staging).catch((error: unknown) => ({ pages: 0, errors: [String(error)] }));
  if (search.errors.length > 0) {
    rmSync(staging, { recursive: true, force: true });
    console.error(`\nThe search index failed (${search.errors.join('; ')}); ${kept}`);
    return 1;
  }
  console.log(`Search index: ${search.pages} pages.`);

  // Two renames: the old site is moved aside, the new one moved in, the old one removed.
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main();
