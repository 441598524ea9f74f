/**
 * One actor's RSS feed: the newest briefings that mention it
 * (`ACTOR_FEED_ITEMS`), newest first, each with its title and the first
 * sentence that names the actor, linking to that sentence, so a reader can
 * follow one actor. The briefing's summary is on the site's feed and the
 * other sentences on the actor page and the briefing itself: an item is a
 * notice, not a copy of the page. A briefing that names the actor in no
 * sentence (it is only tagged with it) is described by its summary.
 */
import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { actorIndex, type ActorSummary } from '../../../site/actor-index.ts';
import { ACTOR_FEED_ITEMS, feedHtml, feedHtmlText, xmlText } from '../../../site/feed-text.ts';
import { actorPageKey } from '../../../site/page-keys.ts';
import { actorRelations } from '../../../site/relations.ts';
import { awaitsReview } from '../../../site/review-gate.ts';
import { briefingAnchorPath, briefingPath, sitePath } from '../../../site/urls.ts';
import type { ActorId } from '../../../core/schema/index.ts';

export const getStaticPaths = (async () => {
  const [index, relations] = await Promise.all([actorIndex(), actorRelations()]);
  // An actor waiting for review has no feed (src/site/review-gate.ts).
  return [...index.values()]
    .filter((summary) => !awaitsReview(summary))
    .map((summary) => ({
      params: { id: summary.actor.id },
      props: { summary },
      cacheKey: actorPageKey(summary, relations.get(summary.actor.id as ActorId), index),
    }));
}) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<{ summary: ActorSummary }>) {
  const { actor, appearances } = props.summary;
  return rss({
    title: xmlText(`${actor.data.name} · Annotated Briefings`),
    description: feedHtmlText(`Briefings that mention ${actor.data.name}. ${actor.data.description}`),
    site: new URL(sitePath(), site),
    customData: '<language>en</language>',
    // Links are built whole (a sentence anchor after the page's slash); the feed must not add another.
    trailingSlash: false,
    items: appearances.slice(0, ACTOR_FEED_ITEMS).map(({ briefing, sentences }) => {
      const first = sentences[0]?.sentence;
      return {
        title: xmlText(briefing.data.title),
        link: first ? briefingAnchorPath(briefing.id, first.id) : briefingPath(briefing.id),
        pubDate: briefing.data.date,
        description: feedHtml([first?.text ?? briefing.data.summary]),
        categories: [xmlText(actor.data.name)],
      };
    }),
  });
}
