export {
  discoverActors,
  type DiscoveredActor,
  type Discovery,
  type DiscoveryCue,
  type DiscoveryNote,
  type DiscoveryOptions,
  mentionsWithDiscovered,
  nameKey,
} from './discover.ts';
export { MAX_COMPOUND_WORDS } from './look-alikes.ts';
