/**
 * "Appears with" on an actor page: the actors named in the same sentences as
 * this one, most shared sentences first. Sharing a briefing alone says
 * little (a long briefing names dozens of actors), so actors that share no
 * sentence are left out, and the list stops at the strongest few.
 */
import type { ActorSummary } from './actor-aggregate.ts';

export type CoActor = ActorSummary['coActors'][number];

/** How many actors "Appears with" lists. */
export const CO_ACTORS_SHOWN = 10;

export interface CoActorList {
  /** At most `CO_ACTORS_SHOWN`, most shared sentences first, then most shared briefings, then by name. */
  shown: CoActor[];
  /** Every actor sharing at least one sentence, shown or not. */
  sharingSentences: number;
}

export function appearsWith(coActors: readonly CoActor[], limit = CO_ACTORS_SHOWN): CoActorList {
  const sharing = coActors
    .filter((row) => row.sentences > 0)
    .sort(
      (a, b) =>
        b.sentences - a.sentences ||
        b.briefings - a.briefings ||
        a.actor.data.name.localeCompare(b.actor.data.name, 'en'),
    );
  return { shown: sharing.slice(0, limit), sharingSentences: sharing.length };
}
