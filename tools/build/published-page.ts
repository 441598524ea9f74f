/**
 * Whether a page is, byte for byte, the page the site published: a page
 * Astro restored from its page cache must be (the cache may be shared or
 * planted; src/astro/page-cache-check.ts), and a search bundle whose pages
 * all are need not be indexed again (search-index.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Whether the published site holds `content` as its page `page`. */
export function isPublished(published: string, page: string, content: string | Buffer): boolean {
  let publishedPage: Buffer;
  try {
    publishedPage = readFileSync(path.join(published, page));
  } catch {
    // A page the published site lacks, or cannot be read, is not published.
    return false;
  }
  return publishedPage.equals(typeof content === 'string' ? Buffer.from(content) : content);
}

/** Whether the page `page` of the site in `site` is the published one (false when it is missing there). */
export function isPublishedPage(site: string, published: string, page: string): boolean {
  let written: Buffer;
  try {
    written = readFileSync(path.join(site, page));
  } catch {
    return false;
  }
  return isPublished(published, page, written);
}
