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

/**
 * Every same-site link target (`href`/`src` that is a path, not a full URL)
 * of every page, with the file it must resolve to under `outDir`, and
 * whether that file exists. Fragments must name an id on the target page.
 */
export function internalLinks(outDir: string, base = '/') {
  const links: { page: string; href: string; problem?: string }[] = [];
  for (const page of htmlFiles(outDir)) {
    const $ = loadPage(outDir, page);
    $('[href], [src]').each((_, element) => {
      const href = $(element).attr('href') ?? $(element).attr('src') ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return;
      const url = new URL(href, `http://site${base}${page}`);
      let problem: string | undefined;
      if (!url.pathname.startsWith(base)) problem = `outside the base ${base}`;
      else {
        const relative = decodeURIComponent(url.pathname.slice(base.length));
        const target = path.join(outDir, relative);
        const file = existsSync(target) && statSync(target).isDirectory() ? path.join(target, 'index.html') : target;
        if (!existsSync(file)) problem = `no file ${path.relative(outDir, file)}`;
        else if (url.hash && file.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          const $target = cheerio.load(readFileSync(file, 'utf8'));
          if ($target(`[id="${id.replaceAll('"', '\\"')}"]`).length === 0) problem = `no element #${id}`;
        }
      }
      links.push({ page, href, ...(problem ? { problem } : {}) });
    });
  }
  return links;
}
