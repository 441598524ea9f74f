/**
 * The review gate: an actor only discovery found in the text has a page (so
 * every mention links somewhere), but until an editor promotes it to the
 * registry (`npm run actors -- promote <id>`, which writes
 * `content/actors/<id>.yaml`) the page is `noindex`, left out of the sitemap
 * and the search index, and has no feed. `BRIEFINGS_PUBLISH_DISCOVERED=1`
 * publishes them like the registry's actors.
 */

/** The site publishes discovered actors without review (off unless set to `1` or `true`). */
export function publishesDiscovered(env: NodeJS.ProcessEnv = process.env): boolean {
  const setting = env['BRIEFINGS_PUBLISH_DISCOVERED'];
  return setting === '1' || setting === 'true';
}

/** An actor page waits for review: the actor was discovered, not registered, and the site does not publish those. */
export function awaitsReview(actor: { discovered: unknown }): boolean {
  return actor.discovered !== null && !publishesDiscovered();
}
