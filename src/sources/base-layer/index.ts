/**
 * The base layer of the actor registry: every state (generated from the
 * `world-countries` package), the main international organisations, the
 * peoples and faith communities that act in the news, the news agencies
 * that speak for a state and the independent outlets news is told things by
 * (all four curated), to be merged under the editors' `content/actors/` with
 * `mergeLayers` before the registry is compiled.
 */
import type { ActorEntry } from '../../core/registry/registry.ts';
import type { ContentProblem } from '../files/problems.ts';
import { loadOrganisations, OUTLETS_FILE, PEOPLES_FILE, STATE_MEDIA_FILE } from './organisations.ts';
import { stateEntries } from './states.ts';

export { mergeLayers, type MergedLayers } from './merge.ts';

/**
 * The whole base layer of the project at `root`, with the problems that
 * must fail a build: a bad organisations or peoples entry (file and line), or
 * generated state data the schema refuses after a package update.
 */
export async function baseLayerEntries(root: string): Promise<{ entries: ActorEntry[]; problems: ContentProblem[] }> {
  const states = stateEntries();
  const organisations = await loadOrganisations(root, new Set(states.entries.map(({ id }) => id)));
  const taken = new Set([...states.entries, ...organisations.entries].map(({ id }) => id));
  const peoples = await loadOrganisations(root, taken, PEOPLES_FILE);
  for (const { id } of peoples.entries) taken.add(id);
  const media = await loadOrganisations(root, taken, STATE_MEDIA_FILE);
  for (const { id } of media.entries) taken.add(id);
  const outlets = await loadOrganisations(root, taken, OUTLETS_FILE);
  return {
    entries: [...states.entries, ...organisations.entries, ...peoples.entries, ...media.entries, ...outlets.entries],
    problems: [
      ...states.problems,
      ...organisations.problems,
      ...peoples.problems,
      ...media.problems,
      ...outlets.problems,
    ],
  };
}
