export {
  discoverActors,
  type DiscoveredActor,
  type Discovery,
  type DiscoveryCue,
  type DiscoveryNote,
} from './discover.ts';
