// @ts-check
/**
 * The plain reference site of the benchmark: Astro 7 with its
 * default Markdown engine (Sätteri), one page per briefing, no annotation.
 * `npm run bench` builds it on the same generated corpus as the annotated
 * site, in the same run, so the ratio of the two build times compares like
 * with like. It uses the repository's node_modules; it is not deployed.
 */
import { defineConfig } from 'astro/config';

export default defineConfig({
  // Each corpus size keeps its own content cache, as the annotated builds do.
  ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // As the annotated site: a page whose entry did not change is copied from the last build.
  experimental: { incrementalBuild: true },
});
