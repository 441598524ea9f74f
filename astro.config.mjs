// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Where the site is served. Set SITE_URL (origin) and pass `--base /path/`
 * to `astro build` when deploying under a sub-path; every page builds its
 * links from `import.meta.env.BASE_URL`, so both work.
 */
const site = process.env.SITE_URL ?? 'https://briefings.example.org';

export default defineConfig({
  site,
  // Separate builds (tests, benchmark corpora) keep separate content caches.
  ...(process.env.BRIEFINGS_CACHE_DIR ? { cacheDir: process.env.BRIEFINGS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Briefings are rendered by our own pipeline (src/annotate/pipeline.ts),
  // not by Astro's Markdown processor; see the README's architecture notes.
  security: {
    // A Content Security Policy on every page: Astro adds hashes for its own
    // styles and scripts; nothing else may run, and content cannot load
    // plugins, rebase URLs or post forms.
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
