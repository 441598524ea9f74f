/**
 * Named points in the build script where a fault test kills it, as
 * `BRIEFINGS_BUILD_KILL_AT=<point>` asks: the steps of a swap take
 * microseconds, which no outside timing hits reliably. SIGKILL, as the
 * operator's `kill -9` or the OOM killer would: no handler, no clean-up.
 */
export type FaultPoint =
  | 'after-astro'
  /** In the search indexer's own process, as Pagefind's backend panicking on a full disk kills it. */
  | 'during-search'
  | 'after-search'
  | 'between-renames'
  | 'contents-swap';

export function stopHereFor(point: FaultPoint): void {
  if (process.env['BRIEFINGS_BUILD_KILL_AT'] === point) process.kill(process.pid, 'SIGKILL');
}
