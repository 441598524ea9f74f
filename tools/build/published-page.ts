/**
 * Whether a page the build wrote is, byte for byte, the page the site
 * published: a page Astro restored from its page cache must be (the cache
 * may be shared or planted; src/astro/page-cache-check.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function isPublishedPage(site: string, published: string, page: string): boolean {
  try {
    return readFileSync(path.join(site, page)).equals(readFileSync(path.join(published, page)));
  } catch {
    // A page missing on either side, or unreadable, is not the published page.
    return false;
  }
}
