// @ts-check
import { unified } from '@astrojs/markdown-remark';
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
  markdown: {
    // Astro 7's default engine (Sätteri) runs no remark/rehype plugins; our
    // annotation is a unified pipeline, so we opt into the unified processor.
    // SmartyPants stays off: briefings are shown as published, straight quotes
    // and all, and the quote finder reads the marks the editor wrote.
    processor: unified({ smartypants: false }),
    // Briefings carry no code listings; skipping Shiki keeps builds fast.
    syntaxHighlight: false,
  },
});
