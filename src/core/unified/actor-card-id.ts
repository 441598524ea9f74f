/**
 * The id of an actor's hover card on a briefing page. Mention links name it
 * in `interestfor` (set when the briefing is rendered) and the page renders
 * the card under it, so the two must agree: both call this.
 */
export function actorCardId(actor: string): string {
  return `actor-card-${actor}`;
}
