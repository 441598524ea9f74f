/**
 * An Astro integration for `astro build`: prerendered pages read the content
 * store from its file when they first need it, instead of importing a module
 * that carries the whole store as one string literal.
 *
 * Astro 7 loads the store through the virtual module `astro:data-layer-content`,
 * `export default JSON.parse("…the whole data-store.json…")`. V8 must compile
 * that module before it runs, and compiling a string literal as large as a
 * big archive's store costs far more than `JSON.parse` of the same text read
 * from disk. This replaces the module's code with a read of the file it was
 * made from.
 *
 * Only that exact module and shape is rewritten; anything else (another Astro
 * version, the chunked store of `experimental.collectionStorage`, `astro dev`)
 * is left as Astro made it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, ViteUserConfig } from 'astro';

const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';
const PREFIX = 'export default JSON.parse(';

type VitePlugin = Extract<NonNullable<ViteUserConfig['plugins']>[number], { name: string }>;

function readStoreFromDisk(storeFile: string): VitePlugin {
  return {
    name: 'briefings:content-store-from-disk',
    apply: 'build',
    transform(code, id) {
      if (id !== STORE_MODULE || !code.startsWith(PREFIX) || !code.endsWith(')')) return null;
      return {
        code: [
          "import { readFileSync } from 'node:fs';",
          `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
        ].join('\n'),
        map: { mappings: '' },
      };
    },
  };
}

export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'briefings:content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({ vite: { plugins: [readStoreFromDisk(storeFile)] } });
      },
    },
  };
}
