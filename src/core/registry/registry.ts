/**
 * The actor registry compiled for matching: every name, alias, demonym,
 * metonym and surname of every actor, as one token trie.
 *
 * Framework-free: it takes validated actor data (the schema Astro's
 * collection also uses) and returns the compiled registry and the problems
 * an editor must fix (an alias two actors claim, an alias too long to match
 * in bounded time).
 */
import type { Actor, ActorId, ActorKind } from '../schema/index.ts';
import { NameTrie, type NameForm } from './name-trie.ts';
import { surnameFromName } from '../text/names.ts';
import { tokenize } from '../text/tokens.ts';

export type { MentionForm, NameForm } from './name-trie.ts';

/** What the annotation core needs to know about an actor. */
export interface RegisteredActor {
  id: ActorId;
  name: string;
  kind: ActorKind;
  description: string;
  memberOf: readonly ActorId[];
  wikidata: string | null;
}

export interface Registry {
  actors: ReadonlyMap<ActorId, RegisteredActor>;
  trie: NameTrie;
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
}

function formsOf({ id, data }: ActorEntry): Candidate[] {
  const base = { actor: id, shared: false };
  const forms: Omit<Candidate, 'exactKey'>[] = [
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
  return forms.map((form) => ({ ...form, text: form.text.normalize('NFC'), exactKey: '' }));
}

/** Two forms can match the same text. */
function overlap(a: Candidate, b: Candidate): boolean {
  return a.caseSensitive && b.caseSensitive ? a.exactKey === b.exactKey : true;
}

function describe(form: Candidate): string {
  return `${form.form} "${form.text}" of ${form.actor}`;
}

/**
 * Compile the registry. Every problem is returned, none thrown, so the
 * loader can report them all with their lines.
 */
export function buildRegistry(entries: readonly ActorEntry[]): { registry: Registry; problems: RegistryProblem[] } {
  const problems: RegistryProblem[] = [];
  const trie = new NameTrie();
  const actors = new Map<ActorId, RegisteredActor>();
  const claims = new Map<string, Candidate[]>();

  for (const entry of entries) {
    const { id, data } = entry;
    actors.set(id, {
      id,
      name: data.name,
      kind: data.kind,
      description: data.description,
      memberOf: data.memberOf,
      wikidata: data.wikidata ?? null,
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
      const dedupe = `${candidate.caseSensitive ? candidate.exactKey : key}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      // Surnames are derived, never typed: they yield to any typed form and
      // between people are told apart by who was named last, so they never
      // make a registry error.
      if (candidate.form !== 'surname') {
        for (const other of claims.get(key) ?? []) {
          if (other.actor === id || !overlap(candidate, other)) continue;
          if (candidate.shared && other.shared) continue;
          problems.push({
            actor: id,
            path: candidate.path,
            message:
              `${describe(candidate)} is also the ${describe(other)}; ` +
              'remove one, or mark the alias `shared: true` in both entries so each briefing decides',
          });
        }
        claims.set(key, [...(claims.get(key) ?? []), candidate]);
      }
      trie.insert(tokens, {
        actor: candidate.actor,
        form: candidate.form,
        text: candidate.text,
        exactKey: candidate.exactKey,
        caseSensitive: candidate.caseSensitive,
        shared: candidate.shared,
      });
    }
  }
  return { registry: { actors, trie }, problems };
}
