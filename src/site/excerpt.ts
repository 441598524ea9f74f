/**
 * The opening of a text for a list (a quote's first words): cut at the end
 * of the last whole word that fits, never inside one. Words are found with
 * `Intl.Segmenter`, the platform's Unicode word breaking, so `al-Assad`,
 * `Russia's` or a name in another script are not split where a space test
 * would.
 */
const words = new Intl.Segmenter('en', { granularity: 'word' });

/** `text` whole when it has at most `max` characters; else its first whole words (and `…`). */
export function excerpt(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { segment, index, isWordLike } of words.segment(text)) {
    if (index + segment.length > max) break;
    if (isWordLike) end = index + segment.length;
  }
  // A first word longer than `max` is cut rather than left out: the list still shows something.
  const opening = end === 0 ? text.slice(0, max) : text.slice(0, end);
  return `${opening.replace(/[\s,;:–—-]+$/u, '')}…`;
}
