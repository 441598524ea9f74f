/**
 * robots.txt: everything may be crawled; the sitemap (written by
 * @astrojs/sitemap) is named with its absolute URL, as the format requires.
 * Crawlers only read robots.txt at the root of a host, so under a base path
 * this file is for the host's owner to merge into theirs.
 */
import type { APIContext } from 'astro';
import { sitePath } from '../site/urls.ts';

export function GET(context: APIContext): Response {
  const sitemap = new URL(sitePath('sitemap-index.xml'), context.site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
