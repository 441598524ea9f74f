/**
 * The state a briefing is about, where the text says: of the states it names
 * (each mention once, in order), the one state named, or one named at least
 * twice as often as any other; else none. Discovery gives an office held with
 * no country (`Environment Minister John Baird`) to it, and the quote core
 * credits such an office's words to it, so both read it the same way.
 */

/** How many times more often than any other the home state is named. */
const HOME_STATE_LEAD = 2;

export function homeStateOf(statesNamed: Iterable<string>): string | null {
  const counts = new Map<string, number>();
  for (const state of statesNamed) counts.set(state, (counts.get(state) ?? 0) + 1);
  const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top) return null;
  return !next || top[1] >= HOME_STATE_LEAD * next[1] ? top[0] : null;
}
