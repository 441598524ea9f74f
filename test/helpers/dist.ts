/** Reading a built site: its pages, and the internal links between them. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';

export function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

export function loadPage(outDir: string, file: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(path.join(outDir, file), 'utf8'));
}

/** Why a same-site URL does not resolve in the built site, or undefined when it does. */
function brokenBecause(
  outDir: string,
  base: string,
  url: URL,
  pages: Map<string, cheerio.CheerioAPI>,
): string | undefined {
  if (!url.pathname.startsWith(base)) return `outside the base ${base}`;
  const relative = decodeURIComponent(url.pathname.slice(base.length));
  const target = path.join(outDir, relative);
  const file = existsSync(target) && statSync(target).isDirectory() ? path.join(target, 'index.html') : target;
  if (!existsSync(file)) return `no file ${path.relative(outDir, file)}`;
  if (url.hash && file.endsWith('.html')) {
    const id = decodeURIComponent(url.hash.slice(1));
    let $target = pages.get(file);
    if (!$target) {
      $target = cheerio.load(readFileSync(file, 'utf8'));
      pages.set(file, $target);
    }
    if ($target(`[id="${id.replaceAll('"', '\\"')}"]`).length === 0) return `no element #${id}`;
  }
  return undefined;
}

/**
 * Every same-site link target (`href`/`src` that is a path, not a full URL)
 * of every page, with the file it must resolve to under `outDir`, and
 * whether that file exists. Fragments must name an id on the target page.
 */
export function internalLinks(outDir: string, base = '/') {
  const links: { page: string; href: string; problem?: string }[] = [];
  const pages = new Map<string, cheerio.CheerioAPI>();
  for (const page of htmlFiles(outDir)) {
    const $ = loadPage(outDir, page);
    $('[href], [src]').each((_, element) => {
      const href = $(element).attr('href') ?? $(element).attr('src') ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return;
      const problem = brokenBecause(outDir, base, new URL(href, `http://site${base}${page}`), pages);
      links.push({ page, href, ...(problem ? { problem } : {}) });
    });
  }
  return links;
}

/**
 * Every URL of the site itself (`origin` + `base`…) written in the feeds,
 * the sitemap and the JSON exports, and whether it resolves like a page link.
 */
export function dataLinks(outDir: string, origin: string, base = '/') {
  const links: { file: string; url: string; problem?: string }[] = [];
  const pages = new Map<string, cheerio.CheerioAPI>();
  const pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^"<\\s]*`, 'g');
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => /\.(xml|json)$/.test(file) && !file.startsWith('pagefind/'))
    .sort();
  for (const file of files) {
    for (const [url] of readFileSync(path.join(outDir, file), 'utf8').matchAll(pattern)) {
      const problem = brokenBecause(outDir, base, new URL(url), pages);
      links.push({ file, url, ...(problem ? { problem } : {}) });
    }
  }
  return links;
}
