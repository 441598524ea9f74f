/**
 * The actors a generated briefing writes about, taken from the real actor
 * registry (base layer and content/actors), so the benchmark's matcher and
 * pages work on the names, demonyms and capitals editors actually register.
 */
import { surnameOf, type ActorEntry } from '../../src/core/registry/registry.ts';
import type { Random } from '../../src/site/seeded-random.ts';

/** A state as a wire story names it: `Iran`, `Iranian`, `Iranians`, `Tehran`. */
export interface StateCast {
  id: string;
  /** As written in running text: `Iran`, `the United States`. */
  name: string;
  demonym: string;
  /** The plural demonym where the registry has one (`Iranians`), else the adjective (`Swiss`). */
  people: string;
  /** The capital, which stands for the government: `Tehran said`. */
  capital: string;
}

/** A registered person: full name first, the surname afterwards. */
export interface PersonCast {
  id: string;
  name: string;
  surname: string;
}

/** Any other registered actor: a body, an armed group, a news outlet. */
export interface NamedCast {
  id: string;
  /** Bare, for attributive use: `NATO officials`, `United Nations figures`. */
  name: string;
  /** As a noun phrase in running text: `the United Nations`, `NATO`. */
  phrase: string;
}

export interface CastPools {
  states: StateCast[];
  people: PersonCast[];
  bodies: NamedCast[];
  groups: NamedCast[];
  outlets: NamedCast[];
}

/** The actors of one briefing. */
export interface BriefingCast {
  focus: StateCast;
  rival: StateCast;
  official: PersonCast;
  body: NamedCast;
  group: NamedCast;
  outlet: NamedCast;
}

/** Names English news writes with `the`: `the United States`, `the World Bank`, `the Taliban`. */
const TAKES_ARTICLE =
  /^(?:United|Central African|Dominican|Czech|Taliban$)|\b(?:Republic|Islands|Emirates|Netherlands|Philippines|Gambia|Bahamas|Maldives|Comoros|Seychelles|Union|Nations|Council|Court|Commission|Parliament|Bank|Fund|Organi[sz]ation|Agency|Programme|Assembly|League|Committee|Movement|Federation|Army|Forces|State|Observatory|Center|Office|Service|Societies|Cooperation|Coordination|Affairs)\b/;

/** `the` where the name takes it, never twice and never before an initialism. */
export function inRunningText(name: string): string {
  if (/^(?:The|the|al-)\b/.test(name) || /^[A-Z0-9]+$/.test(name)) return name;
  return TAKES_ARTICLE.test(name) ? `the ${name}` : name;
}

function named({ id, data }: ActorEntry): NamedCast {
  return { id, name: data.name, phrase: inRunningText(data.name) };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Sort the registry into pools, in id order so the same registry always
 * yields the same corpus for a seed. Only states with a demonym and a capital
 * qualify as a briefing's main states, only people who belong to an actor
 * as officials.
 */
export function castPools(entries: readonly ActorEntry[]): CastPools {
  const sorted = [...entries].sort(byId);
  const ofKind = (kind: string) => sorted.filter(({ data }) => data.kind === kind);
  const states = ofKind('state').flatMap(({ id, data }): StateCast[] => {
    const [demonym] = data.demonyms;
    const [capital] = data.metonyms;
    if (demonym === undefined || capital === undefined) return [];
    const people = data.demonyms.find((form) => form !== demonym && form.startsWith(demonym)) ?? demonym;
    return [{ id, name: inRunningText(data.name), demonym, people, capital }];
  });
  const people = ofKind('person').flatMap(({ id, data }): PersonCast[] => {
    const surname = surnameOf(data);
    return data.memberOf.length > 0 && surname !== null ? [{ id, name: data.name, surname }] : [];
  });
  const pools = {
    states,
    people,
    bodies: ofKind('organisation').map(named),
    groups: ofKind('armed-group').map(named),
    outlets: ofKind('media').map(named),
  };
  for (const [pool, members] of Object.entries(pools)) {
    const needed = pool === 'states' ? 2 : 1;
    if (members.length < needed) {
      throw new Error(
        `The actor registry has too few ${pool} for the benchmark corpus (${members.length}, needs ${needed}); check content/actors/ and src/sources/base-layer/.`,
      );
    }
  }
  return pools;
}

export function pickCast(random: Random, pools: CastPools): BriefingCast {
  const focus = random.pick(pools.states);
  let rival = random.pick(pools.states);
  while (rival.id === focus.id) rival = random.pick(pools.states);
  return {
    focus,
    rival,
    official: random.pick(pools.people),
    body: random.pick(pools.bodies),
    group: random.pick(pools.groups),
    outlet: random.pick(pools.outlets),
  };
}
