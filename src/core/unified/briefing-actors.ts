/**
 * Who an actor id names in one briefing: the registry's actor, else one
 * discovery found in this briefing. Markup reads names and kinds from here,
 * so a discovered actor's link and quote description read like a registered one's.
 */
import type { DiscoveredActor } from '../discovery/index.ts';
import type { Registry } from '../registry/registry.ts';
import type { ActorId } from '../schema/index.ts';

export type ActorLookup = (actor: ActorId) => { name: string; kind: string } | undefined;

export function briefingActors(registry: Registry, discovered: readonly DiscoveredActor[]): ActorLookup {
  const found = new Map(discovered.map((actor) => [actor.id, actor]));
  return (actor) => registry.actors.get(actor) ?? found.get(actor);
}
