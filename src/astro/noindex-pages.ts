/**
 * Pages marked `<meta name="robots" content="noindex">` (the 404 and search
 * pages, an actor waiting for review) stay out of the sitemap: an
 * integration that runs before `@astrojs/sitemap` when the build is done
 * reads each built page's head, and the sitemap's `filter` asks it.
 *
 * Why read the built pages: which actor pages wait for review is known only
 * from the briefings' records, when pages render; the sitemap's filter sees
 * nothing but each page's URL.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const NOINDEX = /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b[^"]*"/;
/** Enough of a page to hold its `<head>`; a longer head is read whole. */
const HEAD_BYTES = 16_384;

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    const start = buffer.toString('utf8', 0, bytesRead);
    if (start.includes('</head>') || bytesRead < HEAD_BYTES) return start;
    return (await handle.readFile('utf8')).toString();
  } finally {
    await handle.close();
  }
}

export interface NoindexPages {
  integration: AstroIntegration;
  /** The page at this absolute URL may be listed (it is not `noindex`). Valid once the build is done. */
  indexed(url: string): boolean;
}

export function noindexPages(): NoindexPages {
  const hidden = new Set<string>();
  let siteUrl: URL | undefined;
  return {
    indexed: (url) => !hidden.has(url),
    integration: {
      name: 'briefings:noindex-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          siteUrl = config.site
            ? new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site)
            : undefined;
        },
        'astro:build:done': async ({ dir, pages }) => {
          if (!siteUrl) return;
          const outDir = fileURLToPath(dir);
          for (const { pathname } of pages) {
            const file = path.join(outDir, pathname, 'index.html');
            const head = await readHead(file).catch(() => '');
            if (NOINDEX.test(head)) hidden.add(new URL(pathname, siteUrl).href);
          }
        },
      },
    },
  };
}
