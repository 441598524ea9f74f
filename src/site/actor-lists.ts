/**
 * An actor's long lists (its mentions in context, what it and its members
 * said, what others said about it) are split into pages
 * (`ACTOR_LIST_PAGING`), so an actor named in thousands of briefings does not
 * get a page of megabytes. The newest page of each is a section of the actor
 * page (`/actors/<id>/#<list>`); older ones are `/actors/<id>/<list>/<n>/`.
 */
import type { ActorAppearance, ActorSummary, QuoteInBriefing } from './actor-index.ts';
import { laterPages, type ListPage, type Paging } from './pages.ts';

export const ACTOR_LISTS = ['mentions', 'said-by', 'said-about'] as const;

/**
 * The actor page shows the newest few of each list, to be read at a glance;
 * the older pages hold many each, so that a list of hundreds is a few pages
 * to page through (and a few files to write and copy each build), not dozens.
 */
export const ACTOR_LIST_PAGING: Paging = { first: 20, later: 200 };

/** A list's name is its address under the actor and its section's id on the actor page. */
export type ActorList = (typeof ACTOR_LISTS)[number];

/** One page of one of an actor's lists: what `/actors/<id>/<list>/<n>/` shows. */
export type ActorListPage =
  | { summary: ActorSummary; list: 'mentions'; page: ListPage<ActorAppearance> }
  | { summary: ActorSummary; list: 'said-by' | 'said-about'; page: ListPage<QuoteInBriefing> };

/** The heading of a list of the actor named `name`. */
export function actorListTitle(list: ActorList, name: string): string {
  switch (list) {
    case 'mentions':
      return `Mentions of ${name} in context`;
    case 'said-by':
      return `Said by ${name}`;
    case 'said-about':
      return `Said about ${name}`;
  }
}

/** What the list holds, for the name of its page links: `mentions of Iran`, `quotes by Iran`. */
export function actorListContents(list: ActorList, name: string): string {
  switch (list) {
    case 'mentions':
      return `mentions of ${name}`;
    case 'said-by':
      return `quotes by ${name}`;
    case 'said-about':
      return `quotes about ${name}`;
  }
}

/** Pages 2…n of every list of an actor, for `getStaticPaths`. */
export function laterActorListPages(
  summary: ActorSummary,
): { params: { id: string; list: ActorList; page: string }; props: ActorListPage }[] {
  const id = summary.actor.id;
  return [
    ...laterPages(summary.appearances, ACTOR_LIST_PAGING).map(({ params, props: { page } }) => ({
      params: { id, list: 'mentions' as const, ...params },
      props: { summary, list: 'mentions' as const, page },
    })),
    ...(['said-by', 'said-about'] as const).flatMap((list) =>
      laterPages(list === 'said-by' ? summary.saidBy : summary.saidAbout, ACTOR_LIST_PAGING).map(
        ({ params, props: { page } }) => ({
          params: { id, list, ...params },
          props: { summary, list, page },
        }),
      ),
    ),
  ];
}
