/**
 * How many items a feed carries: the newest. A feed is for following what is
 * new, and readers fetch it again and again, so it must not grow with the
 * archive. Older briefings are on the site's own pages.
 */
export const FEED_ITEMS = 50;

/**
 * How many items an actor's feed carries. Hundreds of actors have one, and a
 * reader follows an actor to hear of its next briefing: the newest twenty
 * cover any reader that polls, and the actor page lists every briefing.
 */
export const ACTOR_FEED_ITEMS = 20;

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

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Plain text as HTML, for the parts of a feed that readers render as HTML
 * (`<description>`): text from content is escaped here once for HTML (and
 * again for XML by `@astrojs/rss`), so it never arrives as markup.
 */
export function feedHtmlText(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Paragraphs of plain text as an item's HTML description, each a `<p>`. */
export function feedHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((text) => `<p>${feedHtmlText(text)}</p>`).join('');
}
