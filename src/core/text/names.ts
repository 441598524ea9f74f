/**
 * What the core derives from a person's name: the surname later mentions
 * use alone. Registered and discovered people derive it the same way, so a
 * briefing links `Assad` to `Bashar al-Assad` whichever layer holds him.
 */
import { ARABIC_ARTICLE } from './lexicon.ts';

/**
 * The last word of a name of two words or more, without an Arabic article
 * (`Bashar al-Assad` → `Assad`); null for a single word, which is no
 * surname of itself.
 */
export function surnameFromName(name: string): string | null {
  const words = name.trim().split(/\s+/u);
  const last = words.at(-1);
  if (words.length < 2 || last === undefined) return null;
  return last.replace(ARABIC_ARTICLE, '');
}
