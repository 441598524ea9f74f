/**
 * The site's RSS feed: the newest briefings (`FEED_ITEMS`), newest first,
 * with their summaries and topics.
 */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allBriefings } from '../site/briefings.ts';
import { FEED_ITEMS, feedHtml, xmlText } from '../site/feed-text.ts';
import { briefingPath, sitePath } from '../site/urls.ts';

export async function GET(context: APIContext) {
  const briefings = (await allBriefings()).slice(0, FEED_ITEMS);
  const feed = new URL(sitePath('rss.xml'), context.site);
  return rss({
    title: 'Annotated Briefings',
    description: 'News briefings in which every actor and direct quotation is found, attributed and cross-linked.',
    // The channel links to the site's home, base path included; item links are absolute paths under it.
    site: new URL(sitePath(), context.site),
    // Feed readers and validators expect the feed to name its own address.
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${feed.href}" rel="self" type="application/rss+xml"/>`,
    items: briefings.map(({ id, data }) => ({
      title: xmlText(data.title),
      description: feedHtml([data.summary]),
      link: briefingPath(id),
      pubDate: data.date,
      categories: data.tags.map(xmlText),
    })),
  });
}
