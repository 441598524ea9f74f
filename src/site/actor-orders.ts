/**
 * The orders the actor index can be read in. Each is its own static page
 * (`/actors/` and `/actors/by-<order>/`), so sorting needs no script.
 */
import type { ActorSummary } from './actor-index.ts';
import { sitePath } from './urls.ts';

export const ACTOR_ORDERS = ['mentions', 'name', 'quotes', 'latest'] as const;
export type ActorOrder = (typeof ACTOR_ORDERS)[number];

const byName = (a: ActorSummary, b: ActorSummary) => a.actor.data.name.localeCompare(b.actor.data.name, 'en');

export const ACTOR_ORDER_COMPARE: Record<ActorOrder, (a: ActorSummary, b: ActorSummary) => number> = {
  mentions: (a, b) => b.mentions - a.mentions || byName(a, b),
  name: byName,
  quotes: (a, b) => b.saidBy.length - a.saidBy.length || b.mentions - a.mentions || byName(a, b),
  latest: (a, b) => (b.latest?.getTime() ?? 0) - (a.latest?.getTime() ?? 0) || byName(a, b),
};

/** The page that lists actors in `order`; the default order is the index itself. */
export function actorOrderPath(order: ActorOrder): string {
  return sitePath(order === 'mentions' ? 'actors/' : `actors/by-${order}/`);
}
