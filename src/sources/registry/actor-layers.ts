/**
 * Which layers of actors a build links: all three by default (the base
 * layer of states and international organisations, the editors'
 * `content/actors/`, and the people and organisations discovery finds in
 * the text). `BRIEFINGS_ACTOR_LAYERS=editors` links the editors' layer
 * alone, to measure what the other two add (`npm run bench`).
 */
export interface ActorLayers {
  base: boolean;
  discovery: boolean;
}

export const ALL_LAYERS: ActorLayers = { base: true, discovery: true };
export const EDITORS_ONLY: ActorLayers = { base: false, discovery: false };

export function actorLayers(env: NodeJS.ProcessEnv = process.env): ActorLayers {
  const setting = env['BRIEFINGS_ACTOR_LAYERS'];
  if (setting === undefined || setting === '' || setting === 'all') return ALL_LAYERS;
  if (setting === 'editors') return EDITORS_ONLY;
  throw new Error(`BRIEFINGS_ACTOR_LAYERS is "${setting}"; use "all" (the default) or "editors"`);
}
