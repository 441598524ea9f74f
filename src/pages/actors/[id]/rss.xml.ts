/**
 * One actor's RSS feed: the newest briefings that mention it (`FEED_ITEMS`),
 * newest first, each with its summary and the sentences that name the actor,
 * linking to the first of them, so a reader can follow one actor.
 */
import rss from '@astrojs/rss';
import type { APIContext, GetStaticPaths } from 'astro';
import { actorIndex, type ActorSummary } from '../../../site/actor-index.ts';
import { FEED_ITEMS, feedHtml, feedHtmlText, xmlText } from '../../../site/feed-text.ts';
import { awaitsReview } from '../../../site/review-gate.ts';
import { briefingAnchorPath, briefingPath, sitePath } from '../../../site/urls.ts';

export const getStaticPaths = (async () =>
  // An actor waiting for review has no feed (src/site/review-gate.ts).
  [...(await actorIndex()).values()]
    .filter((summary) => !awaitsReview(summary))
    .map((summary) => ({
      params: { id: summary.actor.id },
      props: { summary },
    }))) satisfies GetStaticPaths;

export function GET({ props, site }: APIContext<{ summary: ActorSummary }>) {
  const { actor, appearances } = props.summary;
  return rss({
    title: xmlText(`${actor.data.name} · Annotated Briefings`),
    description: feedHtmlText(`Briefings that mention ${actor.data.name}. ${actor.data.description}`),
    site: new URL(sitePath(), site),
    customData: '<language>en</language>',
    // Links are built whole (a sentence anchor after the page's slash); the feed must not add another.
    trailingSlash: false,
    items: appearances.slice(0, FEED_ITEMS).map(({ briefing, sentences }) => {
      const first = sentences[0]?.sentence.id;
      return {
        title: xmlText(briefing.data.title),
        link: first ? briefingAnchorPath(briefing.id, first) : briefingPath(briefing.id),
        pubDate: briefing.data.date,
        description: feedHtml([briefing.data.summary, ...sentences.map(({ sentence }) => sentence.text)]),
        categories: [xmlText(actor.data.name)],
      };
    }),
  });
}
