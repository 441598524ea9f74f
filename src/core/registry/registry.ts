/**
 * The actor registry compiled for matching: every name, alias, demonym,
 * metonym and surname of every actor, as one token trie per stretch of time
 * in which no name or membership changes (`registry-view.ts`).
 *
 * Framework-free: it takes validated actor data (the schema Astro's
 * collection also uses) and returns the compiled registry and the problems
 * an editor must fix (an alias two actors claim on the same day, two
 * periods of one name that overlap, an alias too long to match in bounded
 * time).
 */
import type { Actor, ActorId, CalendarDate, EntryPeriod, PeriodField } from '../schema/index.ts';
import { calendarDateOf } from '../schema/index.ts';
import { NameTrie, type NameForm } from './name-trie.ts';
import { describePeriod, intersection, overlap as periodsOverlap, type Period } from './periods.ts';
import { RegistryViews, type Registry, type TimedActor, type TimedForm } from './registry-view.ts';
import { surnameFromName } from '../text/names.ts';
import { tokenize } from '../text/tokens.ts';

export type { MentionForm, NameForm } from './name-trie.ts';
export type { RegisteredActor, Registry } from './registry-view.ts';

/** The registry as it reads on `date` (a briefing's): the same interface, names and memberships of that day. */
export function registryAt(registry: Registry, date: Date | CalendarDate): Registry {
  return registry.views.at(typeof date === 'string' ? date : calendarDateOf(date));
}

/** A registry problem, located by the actor and the field path (for file:line). */
export interface RegistryProblem {
  actor: ActorId;
  path: (string | number)[];
  message: string;
}

/** The registry input: an actor file's id and validated data. */
export interface ActorEntry {
  id: ActorId;
  data: Actor;
}

/**
 * Names longer than this many tokens are refused: it bounds the matcher's
 * work per position (and so its cost on any text) whatever the registry holds.
 */
export const MAX_FORM_TOKENS = 16;

/** The surname a person is called by on later mentions: the one the entry gives, or the one its name ends in. */
export function surnameOf(actor: Actor): string | null {
  if (actor.kind !== 'person') return null;
  return actor.surname || surnameFromName(actor.name);
}

interface Candidate extends NameForm {
  path: (string | number)[];
  /** When the form holds (none: always). */
  periods: Period[];
}

/** The periods an entry of `field` holds for (none: always). */
function periodsOf(data: Actor, field: PeriodField, index: number, text: string): Period[] {
  return (data.periods ?? [])
    .filter((entry: EntryPeriod) => entry.field === field && entry.index === index && entry.text === text)
    .map(({ from, until }) => ({ from, until }));
}

function formsOf({ id, data }: ActorEntry): Candidate[] {
  const base = { actor: id, shared: false };
  const forms: Omit<Candidate, 'exactKey' | 'periods'>[] = [
    { ...base, form: 'name', text: data.name, caseSensitive: true, path: ['name'] },
    ...data.aliases.map((alias, index) => ({
      ...base,
      form: 'alias' as const,
      text: alias.text,
      caseSensitive: alias.caseSensitive,
      shared: alias.shared,
      path: ['aliases', index],
    })),
    ...(
      [
        ['demonyms', 'demonym'],
        ['metonyms', 'metonym'],
      ] as const
    ).flatMap(([field, form]) =>
      data[field].map((text, index) => ({ ...base, form, text, caseSensitive: true, path: [field, index] })),
    ),
    // Print writes an office both ways (`Syrian President`, `the Syrian president`).
    ...(data.titles ?? []).map((text, index) => ({
      ...base,
      form: 'title' as const,
      text,
      caseSensitive: false,
      path: ['titles', index],
    })),
  ];
  const surname = surnameOf(data);
  if (surname !== null && surname !== data.name) {
    forms.push({
      ...base,
      form: 'surname',
      text: surname,
      caseSensitive: true,
      path: [data.surname ? 'surname' : 'name'],
    });
  }
  return forms.map((form) => {
    const [field, index = 0] = form.path;
    // A surname read from the name holds when the name does.
    const periods = periodsOf(
      data,
      field as PeriodField,
      Number(index),
      form.form === 'surname' ? data.name : form.text,
    );
    return { ...form, text: form.text.normalize('NFC'), exactKey: '', periods };
  });
}

/** Two forms can match the same text on the same day. */
function overlap(a: Candidate, b: Candidate): boolean {
  const sameText = a.caseSensitive && b.caseSensitive ? a.exactKey === b.exactKey : true;
  const always: Period[] = [{ from: null, until: null }];
  const [periodsA, periodsB] = [a.periods.length > 0 ? a.periods : always, b.periods.length > 0 ? b.periods : always];
  return sameText && periodsA.some((one) => periodsB.some((other) => periodsOverlap(one, other)));
}

/**
 * The later form claims what the earlier one does: another actor's form on
 * the same day (unless both share it on purpose), or the actor's own form
 * again with a period that overlaps the first one's (a typo in a date: one
 * office held twice over the same days).
 */
function clash(later: Candidate, earlier: Candidate): boolean {
  if (!overlap(later, earlier)) return false;
  if (later.actor === earlier.actor) return later.periods.length > 0 && earlier.periods.length > 0;
  return !(later.shared && earlier.shared);
}

/** Where a form is written, for a message: `content/actors/x.yaml:4`, or null when not known. */
export type Locate = (actor: ActorId, path: readonly (string | number)[]) => string | null;

function describe(form: Candidate, locate: Locate = () => null): string {
  const when = form.periods.length > 0 ? ` (${form.periods.map(describePeriod).join(', ')})` : '';
  const where = locate(form.actor, form.path);
  return `${form.form} "${form.text}" of ${form.actor}${when}${where === null ? '' : ` at ${where}`}`;
}

/** How to fix claims of one name: periods that meet, or one name fewer, or a shared alias. */
function remedy(forms: readonly Candidate[]): string {
  return forms.some(({ periods }) => periods.length > 0)
    ? "their periods overlap; make them meet (one's `until` is the other's `from`) or remove one"
    : 'remove one, or mark the alias `shared: true` in both entries so each briefing decides';
}

/**
 * Each membership with its periods, held only while the actor itself is:
 * the Assad government belongs to Syria until it falls, so on a later date
 * Syria's government is its successor alone. A membership with no day left
 * is dropped.
 */
function membershipsOf(data: Actor): TimedActor['memberships'] {
  const lifetime: Period = { from: data.from ?? null, until: data.until ?? null };
  const always = lifetime.from === null && lifetime.until === null;
  return data.memberOf.flatMap((actor, index) => {
    const own = periodsOf(data, 'memberOf', index, actor);
    if (always) return [{ actor, periods: own }];
    const periods = (own.length > 0 ? own : [lifetime]).flatMap((period) => intersection(period, lifetime) ?? []);
    return periods.length > 0 ? [{ actor, periods }] : [];
  });
}

/**
 * Compile the registry. Every problem is returned, none thrown, so the
 * loader can report them all with their lines; `locate` says where each
 * other claim of a name is written, so a name claimed by several files
 * names every file and line. `everydayCompounds` rides along for the
 * settling step (`Registry.everydayCompounds`).
 */
export function buildRegistry(
  entries: readonly ActorEntry[],
  { locate, everydayCompounds = new Set() }: { locate?: Locate; everydayCompounds?: ReadonlySet<string> } = {},
): { registry: Registry; problems: RegistryProblem[] } {
  const problems: RegistryProblem[] = [];
  const forms: TimedForm[] = [];
  const actors: TimedActor[] = [];
  const claims = new Map<string, Candidate[]>();

  for (const entry of entries) {
    const { id, data } = entry;
    const memberships = membershipsOf(data);
    actors.push({
      actor: {
        id,
        name: data.name,
        kind: data.kind,
        description: data.description,
        memberOf: memberships.map(({ actor }) => actor),
        wikidata: data.wikidata ?? null,
      },
      memberships,
    });
    const seen = new Set<string>();
    for (const candidate of formsOf(entry)) {
      const tokens = tokenize(candidate.text);
      // Matches start on a word: that keeps every match on word boundaries.
      if (!tokens[0]?.word) {
        problems.push({
          actor: id,
          path: candidate.path,
          message: `"${candidate.text}" must start with a letter or digit`,
        });
        continue;
      }
      if (tokens.length > MAX_FORM_TOKENS) {
        problems.push({
          actor: id,
          path: candidate.path,
          message: `"${candidate.text}" is longer than ${MAX_FORM_TOKENS} words and marks; shorten it`,
        });
        continue;
      }
      const key = NameTrie.keyOf(tokens, 'folded');
      candidate.exactKey = NameTrie.keyOf(tokens, 'exact');
      // The same text twice for one actor (a name repeated as an alias) is harmless.
      const dedupe = `${candidate.caseSensitive ? candidate.exactKey : key}${JSON.stringify(candidate.periods)}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      // Surnames are derived, never typed: they yield to any typed form and
      // between people are told apart by who was named last, so they never
      // make a registry error.
      if (candidate.form !== 'surname') {
        // One problem per later claim, at its line, naming every earlier claim it clashes with and where.
        const earlier = (claims.get(key) ?? []).filter((other) => clash(candidate, other));
        if (earlier.length > 0) {
          const others = earlier.map((other) => `the ${describe(other, locate)}`).join(' and ');
          problems.push({
            actor: id,
            path: candidate.path,
            message: `${describe(candidate)} is also ${others}; ${remedy([candidate, ...earlier])}`,
          });
        }
        claims.set(key, [...(claims.get(key) ?? []), candidate]);
      }
      const form: NameForm = {
        actor: candidate.actor,
        form: candidate.form,
        text: candidate.text,
        exactKey: candidate.exactKey,
        caseSensitive: candidate.caseSensitive,
        shared: candidate.shared,
        periods: candidate.periods,
      };
      forms.push({ tokens, key, form });
    }
  }
  // Read with no date, the registry is as it was before any period started: a name keeps its first meaning.
  return { registry: new RegistryViews(forms, actors, everydayCompounds).earliest(), problems };
}
