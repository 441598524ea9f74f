/**
 * rehype plugin: find the people and organisations the briefing names that
 * no registry layer holds (`./discovery/`), add their mentions to the
 * registered ones, and keep the actors on the file for the quote and markup
 * steps. A spelling linked only as probable becomes a message to check.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import './vfile-data.ts';
import { bodyTextFor } from './body-text-cache.ts';
import { discoverActors, mentionsWithDiscovered } from '../discovery/index.ts';
import { isLinkable } from './hast-text.ts';
import type { Registry } from '../registry/registry.ts';
import { reportAt } from './report.ts';

export interface DiscoveryOptions {
  registry: Registry;
  /** Off: only the registry's actors are linked (to measure what discovery adds). */
  enabled: boolean;
  /** Names that are no actor (the editors' `content/not-actors.yaml`, keyed by `nameKey`). */
  notActors?: ReadonlySet<string>;
}

export function rehypeDiscovery({ registry, enabled, notActors = new Set() }: DiscoveryOptions) {
  return (tree: Root, file: VFile) => {
    if (!enabled) return;
    const body = bodyTextFor(tree, file);
    const registered = file.data.mentions ?? [];
    const discovery = discoverActors(registry, body.text, registered, { notActors });
    const { actors, notes } = discovery;
    const linkable = discovery.mentions.filter((mention) => isLinkable(body.segments, mention));
    // An actor whose every mention sits in a link or code is not on the page: it is not discovered here.
    const shown = new Set(linkable.map((mention) => mention.actor));
    // An affiliation names a registered actor or one shown here, never an actor with no page.
    file.data.discovered = actors
      .filter((actor) => shown.has(actor.id))
      .map((actor) => ({
        ...actor,
        memberOf: actor.memberOf.filter((id) => registry.actors.has(id) || shown.has(id)),
      }));
    file.data.mentions = mentionsWithDiscovered(registered, { ...discovery, mentions: linkable });
    for (const note of notes) reportAt(file, body, note.start, note.message, note.ruleId);
  };
}
