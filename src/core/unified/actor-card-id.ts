/**
 * The id of an actor's hover card on a briefing page. Mention links name it
 * in `interestfor` (set when the briefing is rendered) and the page renders
 * the card under it, so the two must agree: both call this. The id is
 * written in every mention of the actor, so its prefix is short; no other
 * id in a briefing page starts with it (the sanitiser prefixes the body's).
 */
export function actorCardId(actor: string): string {
  return `card-${actor}`;
}
