/**
 * The registry as it reads on one date. Names and memberships may hold only
 * for a time, so a briefing's date picks the actor a name means (`Damascus`
 * as a government is one actor before 8 December 2024 and another after) and
 * whom a person speaks for. The boundaries of every period cut time into
 * slots in which nothing changes; each slot's view (its trie, its actors) is
 * built once, the first time a date in it is asked for, and shared by every
 * briefing of that slot.
 */
import type { ActorId, ActorKind, CalendarDate } from '../schema/index.ts';
import type { Token } from '../text/tokens.ts';
import { NameTrie, type NameForm } from './name-trie.ts';
import { holdsOn, type Period } from './periods.ts';

/** What the annotation core needs to know about an actor. */
export interface RegisteredActor {
  id: ActorId;
  name: string;
  kind: ActorKind;
  description: string;
  /** The actors it belongs to or speaks for on the registry's date, first the one its words are credited to. */
  memberOf: readonly ActorId[];
  wikidata: string | null;
}

export interface Registry {
  actors: ReadonlyMap<ActorId, RegisteredActor>;
  /** Every name that holds on the registry's date. */
  trie: NameTrie;
  /** Names registered only for periods that leave out the registry's date, and no other actor holds then. */
  outOfPeriod: NameTrie;
  /** The same registry on every other date (`registryAt`). */
  views: RegistryViews;
  /**
   * Everyday compounds of a state's name, demonym or capital (`french fries`, `great dane`), lower case,
   * hyphens inside a word dropped: an editors' list (`content/everyday-compounds.yaml`) the settling step reads.
   */
  everydayCompounds: ReadonlySet<string>;
}

/** One name form with its tokens. */
export interface TimedForm {
  tokens: readonly Token[];
  /** Folded key of the whole form: forms with one key are one name. */
  key: string;
  form: NameForm;
}

/** One actor with each membership's periods (none: always). */
export interface TimedActor {
  actor: RegisteredActor;
  memberships: readonly { actor: ActorId; periods: readonly Period[] }[];
}

/** The slot key of the view for a text with no date, apart from the slot before the first boundary. */
const UNDATED = -1;

export class RegistryViews {
  readonly #forms: readonly TimedForm[];
  readonly #actors: readonly TimedActor[];
  /** Every date on which some name or membership starts or stops holding, in order. */
  readonly #boundaries: readonly CalendarDate[];
  readonly #views = new Map<number, Registry>();

  readonly #everydayCompounds: ReadonlySet<string>;

  constructor(forms: readonly TimedForm[], actors: readonly TimedActor[], everydayCompounds: ReadonlySet<string>) {
    this.#forms = forms;
    this.#actors = actors;
    this.#everydayCompounds = everydayCompounds;
    const periods = [
      ...forms.map(({ form }) => form.periods),
      ...actors.flatMap(({ memberships }) => memberships.map(({ periods }) => periods)),
    ];
    const dates = periods.flat().flatMap(({ from, until }) => [from, until].filter((date) => date !== null));
    this.#boundaries = [...new Set(dates)].sort();
  }

  /** The registry on `date`. */
  at(date: CalendarDate): Registry {
    return this.#view(this.#boundaries.filter((boundary) => boundary <= date).length);
  }

  /**
   * How a text with no date is read: the registry before any period starts, except for a capital passed
   * between governments (`#undatedStates`).
   */
  earliest(): Registry {
    return this.#view(UNDATED);
  }

  /**
   * A capital that stands for one government and then another (`Damascus` for Assad's government until
   * 8 December 2024, for its successors after) says, in a text with no date, only the state all of them
   * govern: the registry's first reading would give a story of 2025 the fallen government. Each such
   * metonym's key, with the state its actors share.
   */
  #undatedStates(): Map<string, ActorId> {
    const claimants = new Map<string, Set<ActorId>>();
    for (const { key, form } of this.#forms) {
      if (form.form !== 'metonym' || form.periods.length === 0) continue;
      claimants.set(key, (claimants.get(key) ?? new Set()).add(form.actor));
    }
    const states = new Map<string, ActorId>();
    for (const [key, actors] of claimants) {
      if (actors.size < 2) continue;
      const shared = [...actors].map(
        (id) => new Set(this.#actors.find(({ actor }) => actor.id === id)?.memberships.map(({ actor }) => actor)),
      );
      const state = [...(shared[0] ?? [])].find(
        (id) =>
          shared.every((members) => members.has(id)) &&
          this.#actors.some(({ actor }) => actor.id === id && actor.kind === 'state'),
      );
      if (state) states.set(key, state);
    }
    return states;
  }

  #view(slot: number): Registry {
    const cached = this.#views.get(slot);
    if (cached) return cached;
    const undated = slot === UNDATED;
    // Every date of a slot reads alike, so its first day stands for it; before the first boundary, only
    // periods with no start hold.
    const day = slot === 0 || undated ? null : (this.#boundaries[slot - 1] ?? null);
    const holds = (periods: readonly Period[]) =>
      periods.length === 0 || periods.some((period) => (day === null ? period.from === null : holdsOn(period, day)));

    const undatedState = undated ? this.#undatedStates() : new Map<string, ActorId>();
    const trie = new NameTrie();
    const held = new Set<string>();
    for (const form of this.#forms.filter(({ form: { periods } }) => holds(periods))) {
      const state = form.form.form === 'metonym' ? undatedState.get(form.key) : undefined;
      trie.insert(form.tokens, state ? { ...form.form, actor: state, periods: [] } : form.form);
      held.add(form.key);
    }
    const outOfPeriod = new NameTrie();
    for (const form of this.#forms) {
      if (!held.has(form.key)) outOfPeriod.insert(form.tokens, form.form);
    }
    const actors = new Map<ActorId, RegisteredActor>(
      this.#actors.map(({ actor, memberships }) => [
        actor.id,
        memberships.every(({ periods }) => periods.length === 0)
          ? actor
          : { ...actor, memberOf: memberships.filter(({ periods }) => holds(periods)).map(({ actor: id }) => id) },
      ]),
    );
    const view: Registry = { actors, trie, outOfPeriod, views: this, everydayCompounds: this.#everydayCompounds };
    this.#views.set(slot, view);
    return view;
  }
}
