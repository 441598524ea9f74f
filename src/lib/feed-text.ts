/**
 * Text as XML 1.0 allows it, for feeds. Scraped text can carry control
 * characters (form feeds, stray escapes) and broken surrogate pairs that
 * HTML pages tolerate but that make a whole feed unreadable to a strict XML
 * parser. (`@astrojs/rss` escapes markup characters itself.)
 */
export function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters are what is removed
  return text.toWellFormed().replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
