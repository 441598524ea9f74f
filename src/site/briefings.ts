/**
 * The briefings, read once per build and shared by every page that lists
 * them: a per-page `getCollection` costs a full pass over the store each
 * time.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type Briefing = CollectionEntry<'articles'>;

let newestFirst: Promise<Briefing[]> | undefined;

/** Newest first; briefings of the same day by title, so the order is stable. */
export function allBriefings(): Promise<Briefing[]> {
  newestFirst ??= getCollection('articles').then((entries) =>
    entries.sort(
      (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title, 'en'),
    ),
  );
  return newestFirst;
}
