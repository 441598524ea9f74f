/**
 * The slug half of a briefing id (`<date>-<slug>`), made from its title. Every
 * tool that writes briefings names files this way, so the same title always
 * gets the same address.
 */
import transliterate from '@sindresorhus/transliterate';

const SLUG_MAX_WORDS = 8;
const SLUG_MAX_CHARS = 60;

const NON_ASCII = /[^\0-\x7F]/u;

/**
 * The title in ASCII: accents dropped (`São Tomé` → `Sao Tome`), then what no accent makes (`Tromsø`, `Łódź`,
 * `Straße`, a name in Cyrillic or Greek) transliterated, so no letter of a name is lost from its address.
 */
function inAscii(title: string): string {
  const unaccented = title.normalize('NFKD').replace(/\p{M}/gu, '');
  return NON_ASCII.test(unaccented) ? transliterate(unaccented) : unaccented;
}

/** Lower-case ASCII words joined by hyphens, short enough to read in a URL. */
export function slugify(title: string): string {
  const words = inAscii(title)
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
