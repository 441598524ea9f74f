/**
 * The site a build replaces: the output folder tools/build/main.ts will swap
 * the new site into, passed to Astro in `BRIEFINGS_PUBLISHED_SITE`. What the
 * site published was made and checked by the builds before, so a build may
 * reuse what it finds there unchanged without checking it again (the pages
 * Astro restored from its cache, compared with it by tools/build/main.ts; a
 * briefing's stored HTML, loaders.ts).
 * An attacker who can write the output can publish anything already.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PUBLISHED_SITE_VARIABLE = 'BRIEFINGS_PUBLISHED_SITE';

/** The published site's folder, if the build was told of one. */
export function publishedSite(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[PUBLISHED_SITE_VARIABLE] || undefined;
}

/** Whether the published page of briefing `id` holds `html` as it stands (its annotated body). */
export function publishedInBriefing(site: string | undefined, id: string, html: string): boolean {
  if (site === undefined) return false;
  try {
    return readFileSync(path.join(site, 'briefings', id, 'index.html'), 'utf8').includes(html);
  } catch {
    return false;
  }
}
