/**
 * The slug half of a briefing id (`<date>-<slug>`), made from its title. Every
 * tool that writes briefings names files this way, so the same title always
 * gets the same address.
 */

const SLUG_MAX_WORDS = 8;
const SLUG_MAX_CHARS = 60;

/** Lower-case ASCII words joined by hyphens, short enough to read in a URL. */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "Warhol's" should read "warhols" and "U.S." "us", not "warhol-s" and "u-s".
    .replace(/(?<=[a-z0-9])['’](?=[a-z])/g, '')
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = words[0] ?? '';
  for (const word of words.slice(1, SLUG_MAX_WORDS)) {
    if (slug.length + 1 + word.length > SLUG_MAX_CHARS) break;
    slug += `-${word}`;
  }
  // A cut title should not end mid-phrase ("...-state-of").
  return slug.replace(/(?:-(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with))+$/, '');
}
