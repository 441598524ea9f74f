/**
 * What an `.astro` file imports, as TypeScript dependency-cruiser can read:
 * it parses no `.astro`, so the checker gives it the component script (the
 * frontmatter fence) and the bodies of the `<script>` tags Astro bundles.
 * Inline scripts (`is:inline`) and data blocks (`type="application/ld+json"`)
 * reach the page as they are, so their imports are not the project's.
 */

const FRONTMATTER = /^\s*---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/giu;

function bundled(attributes: string): boolean {
  if (/\bis:inline\b/u.test(attributes)) return false;
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/u.exec(attributes)?.[1];
  return type === undefined || type === 'module' || type === 'text/javascript';
}

/** The frontmatter and the bundled script bodies of an `.astro` file, one after another. */
export function astroScript(source: string): string {
  const parts: string[] = [];
  const frontmatter = FRONTMATTER.exec(source);
  if (frontmatter?.[1] !== undefined) parts.push(frontmatter[1]);
  const markup = frontmatter ? source.slice(frontmatter[0].length) : source;
  for (const [, attributes = '', body = ''] of markup.matchAll(SCRIPT)) {
    if (bundled(attributes)) parts.push(body);
  }
  return parts.join('\n;\n');
}
