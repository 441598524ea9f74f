/**
 * `npm run deps`: checks that imports follow the layers (see `rules.ts`)
 * and that no folders import each other in a cycle. Prints each violation
 * with the import as written; exits non-zero if there is any.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkLayers } from './layer-check.ts';

async function main(): Promise<boolean> {
  const { values } = parseArgs({ options: { help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log('npm run deps: checks the layer rule (tools/deps/rules.ts) and folder cycles over src, tools and test');
    return true;
  }
  const root = process.cwd();
  const report = await checkLayers({ root, scratch: join(root, 'test/output') });
  for (const { rule, comment, from, specifier, to } of report.violations) {
    console.log(
      `${from}: ${specifier === undefined ? 'reaches' : `import '${specifier}' →`} ${to}\n  ${rule}: ${comment}`,
    );
  }
  for (const { folder, entries, imports } of report.folderCycles) {
    console.log(`${folder || '.'}/: folder cycle between ${entries.join(', ')}`);
    for (const { from, specifier, to } of imports) console.log(`  ${from}: import '${specifier}' → ${to}`);
  }
  const problems = report.violations.length + report.folderCycles.length;
  console.log(
    `${report.modules} modules (${report.astroFiles} .astro files) checked: ${problems === 0 ? 'no violations' : `${report.violations.length} violations, ${report.folderCycles.length} folder cycles`}`,
  );
  return problems === 0;
}

try {
  if (!(await main())) process.exitCode = 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
