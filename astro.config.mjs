// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { annotationStoreLocation } from './src/astro/annotation-store-location.ts';
import { noindexPages } from './src/astro/noindex-pages.ts';
import { pageCacheCheck } from './src/astro/page-cache-check.ts';

/**
 * Where the site is served. Set SITE_URL (origin) and pass `--base /path/`
 * to `astro build` when deploying under a sub-path; every page builds its
 * links from `import.meta.env.BASE_URL`, so both work. Canonical URLs, feeds,
 * the sitemap and robots.txt are absolute, so they need the real origin:
 * the default is a placeholder for local builds.
 */
const site = process.env.SITE_URL ?? 'https://briefings.example.org';

// Pages marked noindex (search, 404, actors waiting for review) stay out of the sitemap.
const noindex = noindexPages();

export default defineConfig({
  site,
  // Separate builds (tests, benchmark corpora) keep separate content caches.
  ...(process.env.BRIEFINGS_CACHE_DIR ? { cacheDir: process.env.BRIEFINGS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Every stylesheet as a file, never inlined: one copy cached by the reader's
  // browser instead of the same few kilobytes repeated in each of thousands of pages.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // Before the sitemap: it reads which built pages are noindex when the build is done.
    noindex.integration,
    sitemap({ filter: (page) => noindex.indexed(page) }),
    // Pages read each briefing's HTML and record from the annotation store the loader writes.
    annotationStoreLocation(),
    // A page kept from an earlier build is reused only if it is the page the site published.
    pageCacheCheck(),
  ],
  // Briefings are rendered by our own pipeline (src/core/unified/pipeline.ts),
  // not by Astro's Markdown processor (see the README's architecture notes), so
  // Astro's highlighter would only add inline styles the CSP below forbids.
  markdown: { syntaxHighlight: false },
  experimental: {
    // A page whose data (its `cacheKey`, src/site/page-keys.ts) and code are unchanged is copied from
    // the last build instead of rendered: after editing one briefing, most of the archive's pages.
    incrementalBuild: true,
  },
  security: {
    // A Content Security Policy on every page: Astro adds hashes for its own
    // styles and scripts; nothing else may run, and content cannot load
    // plugins, rebase URLs or post forms. The search page alone adds
    // 'wasm-unsafe-eval' for Pagefind's WebAssembly (src/pages/search.astro).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' https: data:",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-src 'none'",
      ],
    },
  },
});
