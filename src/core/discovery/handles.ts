/**
 * Account handles in running text: `the monitoring group @GeoConfirmed`.
 * A handle names an account, so an actor, but it is no run of capitalised
 * words (`@netblocks`, `@geo_confirmed`), so discovery reads it apart.
 *
 * Not a handle: an e-mail address (`press@example.org`: a word right before
 * the `@`), and nothing inside a hashtag (`#OpIsrael`), which names a
 * campaign, not who runs it.
 */
import type { Token } from '../text/tokens.ts';

export interface Handle {
  /** Token index of the `@`. */
  at: number;
  /** Token indices of the handle's name, `to` exclusive. */
  from: number;
  to: number;
  /** The name as written, without the `@`: what is linked. */
  text: string;
}

/** Marks a handle may hold between its words: `@geo_confirmed`. */
const HANDLE_JOINERS = new Set(['_']);

/** Every handle in the tokens, in text order, skipping tokens `taken` marks (registered mentions). */
export function findHandles(text: string, tokens: readonly Token[], taken: readonly boolean[]): Handle[] {
  const handles: Handle[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const sign = tokens[at] as Token;
    const first = tokens[at + 1];
    if (sign.exact !== '@' || !first?.word || first.spaceBefore) continue;
    // `press@example.org`: a word glued before the `@` makes an address.
    if (at > 0 && !sign.spaceBefore && tokens[at - 1]?.word) continue;
    let to = at + 2;
    while (HANDLE_JOINERS.has(tokens[to]?.exact ?? '') && !tokens[to]?.spaceBefore) {
      const next = tokens[to + 1];
      if (!next?.word || next.spaceBefore) break;
      to += 2;
    }
    // `@example.org`: a dot glued to a word after it is a domain, not a handle.
    if (tokens[to]?.exact === '.' && !tokens[to]?.spaceBefore && tokens[to + 1]?.word && !tokens[to + 1]?.spaceBefore)
      continue;
    let free = true;
    for (let index = at + 1; index < to; index++) if (taken[index]) free = false;
    const last = tokens[to - 1] as Token;
    if (free) handles.push({ at, from: at + 1, to, text: text.slice(first.start, last.end) });
    at = to - 1;
  }
  return handles;
}
