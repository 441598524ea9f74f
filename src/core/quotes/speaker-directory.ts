/**
 * The actor registry as the quote core sees it: who a name as written is,
 * and which actor a description speaks for. Both go through the registry's
 * own trie and matcher, so a speaker is recognised by exactly the names a
 * mention is.
 */
import type { ActorId } from '../schema/index.ts';
import type { DiscoveredActor } from '../discovery/index.ts';
import { findMentions } from '../mentions/matcher.ts';
import type { RegisteredSpeaker, SpeakerDirectory } from './types.ts';
import type { RegisteredActor, Registry } from '../registry/registry.ts';
import {
  endsInPostFor,
  heldForOneself,
  holdsLocalOffice,
  roleOf,
  roleOfNear,
  speaksForOneself,
} from '../text/lexicon.ts';
import { tokenize } from '../text/tokens.ts';

/**
 * The actor whose words a registered speaker's are: a person speaks for the
 * first group they belong to (Baqaei → Iran), as does a news outlet that
 * belongs to one, a state's news agency or a group's (KCNA → North Korea,
 * Amaq → Islamic State); any other body speaks for itself.
 */
export function creditedActor(actor: RegisteredActor): ActorId | null {
  if (actor.kind === 'person') return actor.memberOf[0] ?? null;
  return actor.kind === 'media' ? (actor.memberOf[0] ?? actor.id) : actor.id;
}

/**
 * The actor whose words a discovered speaker's are: a person speaks for a
 * body they belong to, never for where they are from (`American academic
 * X`), nor as an expert for where they work (`X, a security analyst at the
 * University of Sulaimani`); a body for itself.
 */
export function discoveredCredit(actor: DiscoveredActor): ActorId | null {
  if (actor.kind !== 'person') return actor.id;
  if (actor.origin || (actor.role !== undefined && speaksForOneself(actor.role))) return null;
  return actor.memberOf[0] ?? null;
}

/** Role words of those who hold office and speak for a government. */
const OFFICE_ROLES = new Set([
  'official',
  'minister',
  'ministry',
  'spokesperson',
  'authority',
  'authorities',
  'government',
]);

/** Whether a description holds an office's word, one typo allowed as in a title (`Foreign Minster`). */
function holdsOffice(description: string): boolean {
  return description.split(/\s+/u).some((word) => OFFICE_ROLES.has(roleOfNear(word.toLowerCase())?.role ?? ''));
}

/**
 * The government that speaks for a state or people, where the registry has
 * exactly one (`kurds` → the Kurdish authorities); with two (a government and
 * a transitional one) the text alone cannot tell which, so neither.
 */
function governmentsOf(registry: Registry): Map<ActorId, ActorId> {
  const governments = new Map<ActorId, ActorId | null>();
  for (const actor of registry.actors.values()) {
    const [governed] = actor.memberOf;
    if (actor.kind !== 'government' || governed === undefined) continue;
    if (!/government|authorit|administration/iu.test(actor.name)) continue;
    governments.set(governed, governments.has(governed) ? null : actor.id);
  }
  const unique = new Map<ActorId, ActorId>();
  for (const [governed, government] of governments) if (government !== null) unique.set(governed, government);
  return unique;
}

/**
 * The words after a state's name go on with a name of something else: capitalised words up to one that is
 * no body's word (`Democrats` in `Sweden Democrats`, `Today` in `Russia Today`).
 */
function opensOtherName(after: string): boolean {
  const run = /^(?:\s+\p{Lu}[\p{L}'’-]*)+/u.exec(after)?.[0].trim().split(/\s+/u) ?? [];
  const last = run.at(-1);
  return last !== undefined && roleOf(last.toLowerCase())?.person !== false;
}

/** Kinds of actor a demonym before a noun names as a body (`Houthi targets`), not a state's or a people's adjective. */
const GROUP_KINDS: ReadonlySet<string> = new Set(['armed-group', 'organisation']);

/**
 * The bodies of a state registered under its demonym and a service's words (`Israeli military`, `Israeli army`
 * for the Israel Defense Forces), by the state and those words in lower case, so that the state's possessive
 * before the same words (`Israel's military said`) names the same body. Read once per registry.
 */
const servicesOfStates = new WeakMap<Registry, Map<ActorId, Map<string, RegisteredActor>>>();

function servicesByState(registry: Registry): Map<ActorId, Map<string, RegisteredActor>> {
  const known = servicesOfStates.get(registry);
  if (known !== undefined) return known;
  const services = new Map<ActorId, Map<string, RegisteredActor>>();
  for (const form of registry.trie.allForms()) {
    const actor = registry.actors.get(form.actor);
    const state = actor?.kind === 'state' ? undefined : actor?.memberOf[0];
    if (actor === undefined || state === undefined) continue;
    const tokens = tokenize(form.text);
    if (tokens.length < 2) continue;
    const demonym = registry.trie.longestAt(tokens.slice(0, 1), 0, (named) => named.form === 'demonym');
    if (!demonym?.forms.some((named) => named.actor === state)) continue;
    const words = form.text.slice(tokens[1]?.start ?? 0).toLowerCase();
    const byWords = services.get(state) ?? new Map<string, RegisteredActor>();
    byWords.set(words, actor);
    services.set(state, byWords);
  }
  servicesOfStates.set(registry, services);
  return services;
}

/** A possessive ending right after a mention: `China’s`, `the IMF's`. */
const POSSESSIVE = /^['’]s?(?![\p{L}\p{N}])/u;

/**
 * The directory over the registry. `named`: the actors a briefing names, which settle a shared alias in a
 * description as the matcher settles it in the briefing's text (`a rebel commander` in a briefing that names
 * the Syrian rebels speaks for them; with neither or both of the aliases' actors named, for no one).
 */
export function speakerDirectory(registry: Registry, named: readonly ActorId[] = []): SpeakerDirectory {
  const governments = governmentsOf(registry);
  const speakerOf = (actor: RegisteredActor): RegisteredSpeaker => ({
    id: actor.id,
    name: actor.name,
    actor: creditedActor(actor),
    person: actor.kind === 'person',
    ...(actor.kind === 'state' && { state: true }),
    ...(actor.memberOf[0] !== undefined &&
      governments.get(actor.memberOf[0]) === actor.id && { governs: actor.memberOf[0] }),
  });

  return {
    forBriefing: (actors) => speakerDirectory(registry, actors as readonly ActorId[]),
    governmentOf: (actor) => governments.get(actor as ActorId) ?? null,
    lookupName(name) {
      const forms = registry.trie.wholeName(name);
      if (forms === null) return null;
      // `Iranian said` is not a speaker: a demonym names a people's adjective, not who spoke.
      const actors = new Set(forms.filter((form) => form.form !== 'demonym').map((form) => form.actor));
      // A shared alias names no one in particular out of context.
      if (actors.size !== 1) return null;
      const [id] = actors;
      const actor = id === undefined ? undefined : registry.actors.get(id);
      return actor ? speakerOf(actor) : null;
    },
    groupOfDemonym(word) {
      const forms = registry.trie.wholeName(word);
      if (forms === null) return null;
      const ids = new Set(forms.filter((form) => form.form === 'demonym').map((form) => form.actor));
      const actor = ids.size === 1 ? registry.actors.get([...ids][0] as ActorId) : undefined;
      return actor !== undefined && GROUP_KINDS.has(actor.kind) ? speakerOf(actor) : null;
    },
    serviceOf(state, service) {
      const body = servicesByState(registry)
        .get(state as ActorId)
        ?.get(service.toLowerCase());
      return body === undefined ? null : creditedActor(body);
    },
    actorInDescription(description) {
      const best = bestActorIn(description);
      if (best !== null) return best;
      // `Saudi Energy Minister`: a title's words capitalised after a demonym may read as one name no one holds;
      // read as a title, in lower case, they leave the demonym.
      const title = titleInLowerCase(description);
      return title === description ? null : bestActorIn(title);
    },
  };

  /** A demonym after `a` or `an` that ends its noun phrase (nothing, a comma or a relative clause after it). */
  function isPersonByOrigin(description: string, start: number, end: number): boolean {
    return (
      /\ban?\s+$/iu.test(description.slice(0, start)) &&
      /^(?:\s*$|\s*,|\s+(?:who|whose)\b)/u.test(description.slice(end))
    );
  }

  function bestActorIn(description: string): ActorId | null {
    // The longest name in the description is the most specific (`the Russian Foreign Ministry` over `Russian`).
    // An owner written with a possessive comes first, whatever follows its role (`China’s envoy to the United
    // Nations`, `the IMF’s mission chief for Zambia`): the role is the owner's, the rest where it is held.
    let best: { length: number; actor: RegisteredActor; form: string; owner: boolean; end: number } | undefined;
    for (const mention of findMentions(registry, description, { taggedActors: named }).mentions) {
      const actor = registry.actors.get(mention.actor);
      // `the U.N. special envoy for Syria`: the state after a post held for a place is where it is held.
      if (actor?.kind === 'state' && endsInPostFor(description.slice(0, mention.start))) continue;
      // `the Sweden Democrats`: a state's name opening a longer name that ends in no body's word is a party's or a
      // group's, not the state's (`the US State Department` is the state's).
      if (actor?.kind === 'state' && mention.form !== 'demonym' && opensOtherName(description.slice(mention.end)))
        continue;
      // `the Swedish-born Oskar Wennerström`: where one was born is no one they speak for.
      if (description.startsWith('-born', mention.end)) continue;
      // `a Norwegian who heads the agency's office`, `himself a Panamanian`: a demonym as the noun a person is
      // called says where they are from, no body they serve.
      if (mention.form === 'demonym' && isPersonByOrigin(description, mention.start, mention.end)) continue;
      const owner = POSSESSIVE.test(description.slice(mention.end));
      if (actor && (!best || (owner && !best.owner) || (owner === best.owner && mention.text.length > best.length))) {
        best = { length: mention.text.length, actor, form: mention.form, owner, end: mention.end };
      }
    }
    if (best === undefined) return null;
    // `Israel's military`: a state's possessive before the words of a body registered under its demonym
    // (`Israeli military`) is that body.
    const service =
      best.owner && best.actor.kind === 'state'
        ? servicesByState(registry)
            .get(best.actor.id)
            ?.get(description.slice(best.end).replace(POSSESSIVE, '').trim().toLowerCase())
        : undefined;
    if (service !== undefined) return creditedActor(service);
    // `the Governor of Washington`: a local office's place is the city or state, not the government its name stands for.
    if (best.form === 'metonym' && holdsLocalOffice(description)) return null;
    // `an American economist`: a state's nationality before a role held for oneself speaks for no one (a
    // people's does: `Kurdish residents` speak for the Kurds).
    if (best.form === 'demonym' && best.actor.kind === 'state' && heldForOneself(description)) return null;
    // `a security analyst at the University of Sulaimani`: an expert's view is their own.
    if (speaksForOneself(description)) return null;
    const actor = creditedActor(best.actor);
    // `Kurdish officials`, `Syrian officials`: those who hold office speak for the authorities, not the people.
    const authorities = actor === null ? undefined : governments.get(actor);
    return authorities !== undefined && holdsOffice(description) ? authorities : actor;
  }
}

/**
 * A run of capitalised words ending in a person's title, its words after the first in lower case: `Saudi energy
 * minister prince`; a run ending in anything else is a name and stays (`Italian Episcopal Conference`).
 */
function titleInLowerCase(description: string): string {
  return description.replace(/\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu, (run) => {
    const [first = '', ...rest] = run.split(/\s+/u);
    if (roleOf((rest.at(-1) as string).toLowerCase())?.person !== true) return run;
    return [first, ...rest.map((word) => word.toLowerCase())].join(' ');
  });
}

/**
 * A government agency only discovery knows speaks for its state, as its staff do: `the U.S. Department
 * of Agriculture said`, `said Jeff Rathke, a US State Department spokesperson` are the United States'
 * words. The agency is still the speaker; only the actor credited changes.
 */
function stateAgencies(discovered: readonly DiscoveredActor[]): Map<ActorId, ActorId> {
  const agencies = new Map<ActorId, ActorId>();
  for (const actor of discovered) {
    const [state] = actor.memberOf;
    if (isStateOwn(actor) && state !== undefined && !actor.origin) agencies.set(actor.id, state);
  }
  return agencies;
}

/**
 * A body discovery found that is a state's own: a government agency (not a court), or a nation's army, police,
 * bank or election body by its name (`Somali National Army`, `National Bank of Kazakhstan`, `National Electoral
 * Council`), whatever kind discovery gave it. Not a national body of any other kind (`National Union of
 * Journalists`, `National Human Rights Commission`).
 */
function isStateOwn(actor: DiscoveredActor): boolean {
  if (actor.kind === 'person' || actor.kind === 'media') return false;
  // `the World Anti-Doping Agency`, `the International Maritime Organization`: a body the world's states share
  // is no one state's, wherever it sits.
  if (INTERNATIONAL_NAME.test(actor.name)) return false;
  if (actor.kind === 'government') return !isCourt(actor.name);
  // `Finnish Border Guard`, `Philippine Coast Guard`: a guard of the coast or the border is a nation's service
  // whoever names it, found with the state its name opens with, or with none the home state's (`the State Border
  // Guard Service` in a story from Klaipėda); an army so named may be a rebel one (`Arakan Army`).
  if (GUARD_SERVICE.test(actor.name)) return true;
  // `the Reserve Bank of New Zealand`, `the Bank of Canada`: a central bank by its name is its state's, whatever
  // kind discovery gave it, as its governor is.
  if (CENTRAL_BANK_NAME.test(actor.name)) return true;
  if (!/\bNational\b|^Central\b/u.test(actor.name)) return false;
  const [head = ''] = actor.name.split(' of ');
  // `National Police Service`, `National Police Force`: the service's word before a word for any service.
  const [last = '', before = ''] = head.toLowerCase().split(' ').reverse();
  const service = NATIONAL_SERVICES.has(last) || (SERVICE_WORDS.has(last) && NATIONAL_SERVICES.has(before));
  return service || /\bElect(?:oral|ions?)\b/u.test(actor.name);
}

/**
 * A state's central bank by its name (`the Bank of Zambia`, `the Reserve Bank of India`, `the Riksbank`), also
 * after its state's adjective (`the Czech National Bank`, `the Swiss National Bank`; not `First National Bank`).
 */
export const CENTRAL_BANK_NAME =
  /\b(?:(?:Reserve |National |Central )?Bank of (?!America\b)\p{Lu}|(?!First\b)\p{Lu}\p{L}+ (?:National|Central|Reserve) Bank\b|Riksbank|Bundesbank|Norges Bank|Federal Reserve)/u;

/** The words opening the name of a body states share: `World Health Organization`, `International Court of Justice`. */
const INTERNATIONAL_NAME = /^(?:World|International|Global|Intergovernmental)\b/u;

/** A guard of a state's coast or border by its name: `Coast Guard`, `Border Guard`, `Frontier Guard`, `Gendarmerie`. */
const GUARD_SERVICE = /\b(?:Coast|Border|Frontier) ?Guards?\b|\bCoastguard\b|\bGendarmerie\b/u;

/** Words for a body that serves, after a nation's service named by what it does: `Police Service`, `Police Force`. */
const SERVICE_WORDS = new Set(['service', 'force', 'forces']);

/** The heads of a nation's own services by name: `Afghan National Army`, `National Police`, `Central Bank`. */
const NATIONAL_SERVICES = new Set(['army', 'navy', 'police', 'bank']);

/** A body of a region or a city by its name: `the Kurdistan Regional Government`, `the Metropolitan Police`. */
export const REGIONAL_BODY =
  /\b(?:Regional|Provincial|Municipal|City|County|Metropolitan|Autonomous) (?:Government|Police|Authority|Administration|Council)\b/u;

/**
 * `Italy's Court of Cassation`, `the Baku Grave Crimes Court`: a court judges the government too, so it is no
 * agency speaking for its state.
 */
export function isCourt(name: string): boolean {
  const [head = ''] = name.split(' of ');
  const role = roleOf(head.split(' ').at(-1)?.toLowerCase() ?? '')?.role;
  return role === 'court' || role === 'tribunal';
}

/**
 * The directory with a briefing's discovered actors behind the registry:
 * `Siniora said` finds Fouad Siniora, whom discovery found in the same
 * briefing, by his name or any short form it linked.
 */
export function withDiscovered(directory: SpeakerDirectory, discovered: readonly DiscoveredActor[]): SpeakerDirectory {
  if (discovered.length === 0) return directory;
  const agencies = stateAgencies(discovered);
  // Staff of a nation's service by its name (`National Police Service spokeswoman X`) or of a government agency
  // found with no state (`FAA spokesman X`, `X, a forecaster at the Met Office`), as the agency itself is; not of a
  // region's or a city's body by its name (`Kurdistan Regional Government`, `Metropolitan Police`).
  const homeAgencies = new Set<string>(
    discovered
      .filter((actor) => isStateOwn(actor) && actor.memberOf.length === 0 && !REGIONAL_BODY.test(actor.name))
      .map((actor) => actor.id),
  );
  const byForm = new Map<string, RegisteredSpeaker>();
  for (const actor of discovered) {
    const person = actor.kind === 'person';
    const own = discoveredCredit(actor);
    const credited = (own && agencies.get(own)) ?? own;
    // `Syrian Foreign Minister Asaad al-Shaibani`, `the Syrian Foreign Ministry` in 2025: those who hold a
    // state's office, and its ministries, speak for the government the registry has for it on that date.
    const office = actor.kind === 'government' || (person && holdsOffice(actor.role ?? ''));
    const government = credited !== null && office ? (directory.governmentOf?.(credited) ?? null) : null;
    // `the National Electoral Council` with no state written or found: the home state's, which the quote core
    // knows; so are its staff (`National Police Service spokeswoman X`).
    const home = homeAgencies.has(own ?? '') || (isStateOwn(actor) && actor.memberOf.length === 0);
    const speaker = {
      id: actor.id,
      name: actor.name,
      actor: government ?? credited,
      person,
      ...(home && { ofHomeState: true as const }),
      ...(isStateOwn(actor) && { stateOwn: true as const }),
      ...(person && actor.cue === 'speaker' && { spokenOnly: true as const }),
    };
    for (const form of [actor.name, ...actor.forms.map(({ text }) => text)])
      if (!byForm.has(form)) byForm.set(form, speaker);
  }
  return {
    lookupName: (name) => directory.lookupName(name) ?? byForm.get(name) ?? null,
    actorInDescription: (description) => directory.actorInDescription(description),
    governmentOf: (actor) => directory.governmentOf?.(actor) ?? null,
    groupOfDemonym: (word) => directory.groupOfDemonym?.(word) ?? null,
    serviceOf: (state, service) => directory.serviceOf?.(state, service) ?? null,
  };
}
