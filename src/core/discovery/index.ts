export {
  discoverActors,
  type DiscoveredActor,
  type Discovery,
  type DiscoveryCue,
  type DiscoveryNote,
  type DiscoveryOptions,
  nameKey,
} from './discover.ts';
