/**
 * Who the text has introduced so far, for pronouns and definite descriptions
 * to point back to: `he said` → the nearest person named before it, `the
 * spokesperson stated` → the latest `a spokesperson for the Russian
 * government`. Mentions are found in one pass over the words outside quotes
 * (what a speaker says about others is not who is speaking); every lookup is
 * a map access, so resolution stays linear.
 */
import { roleOf } from '../text/lexicon.ts';
import { CLAUSE_STARTERS, PREPOSITIONS, SPEAKER_NAME_PARTICLES } from './lexicon.ts';
import { isNameWord, readPhrase } from './phrases.ts';
import { isCapitalized, type QuoteToken, tokenAt } from './quote-tokens.ts';
import type { RegisteredSpeaker, SpeakerDirectory } from './types.ts';

/** Someone the text has introduced. */
export interface Antecedent {
  /** The name to show: the registry's, the text's, or null for an unnamed source. */
  name: string | null;
  id: string | null;
  actor: string | null;
  description?: string;
  /** A person (`he`, `she`) rather than a body (`it`, `they`); null when the text does not say. */
  person: boolean | null;
  roles: string[];
  /** Where the text introduces it. */
  start: number;
  end: number;
}

/** The most recent antecedent of each sort, updated in text order. */
export class Discourse {
  private lastPerson: Antecedent | null = null;
  private lastBody: Antecedent | null = null;
  private readonly byRole = new Map<string, Antecedent>();
  private readonly bySurname = new Map<string, Antecedent>();

  /**
   * Records an introduction. Only a named one, or a speaker, is something a
   * pronoun can point to: `a conventional medical doctor` in passing is not
   * who `he replied` means.
   */
  add(introduced: Antecedent, speaker = false): void {
    // `Professor Eastman says` after `Professor Cres Eastman`: the same person, by the full name.
    const single = introduced.name !== null && !introduced.name.includes(' ');
    const antecedent = (single && introduced.name !== null && this.bySurname.get(introduced.name)) || introduced;
    if (antecedent.name !== null || speaker) {
      if (antecedent.person === true) this.lastPerson = antecedent;
      if (antecedent.person === false) this.lastBody = antecedent;
    }
    for (const role of antecedent.roles) this.byRole.set(role, antecedent);
    // Only a full name gives a surname to point back to: `Eastman` alone must not replace `Cres Eastman`.
    const [, ...surnames] = antecedent.name?.split(' ') ?? [];
    const surname = surnames.at(-1);
    if (surname !== undefined && antecedent.person === true) this.bySurname.set(surname, antecedent);
  }

  /** The nearest person (`he`, `she`) or body (`it`, `they`). */
  nearest(person: boolean): Antecedent | null {
    return person ? this.lastPerson : this.lastBody;
  }

  /** The latest antecedent holding `role` (`the spokesperson`). */
  withRole(role: string): Antecedent | null {
    return this.byRole.get(role) ?? null;
  }

  /** The person introduced earlier by a full name ending in `surname` (`Eastman` → `Creswell Eastman`). */
  withSurname(surname: string): Antecedent | null {
    return this.bySurname.get(surname) ?? null;
  }
}

/** The first registered form among `lookups` (longest first). */
export function lookup(directory: SpeakerDirectory, lookups: readonly string[]): RegisteredSpeaker | null {
  for (const form of lookups) {
    const found = directory.lookupName(form);
    if (found !== null) return found;
  }
  return null;
}

/** The most tokens a name run and the titles before it may span. */
const MAX_NAME = 8;
/** The most tokens an introduced role may take after `a`: `a senior army officer`. */
const MAX_ROLE_GAP = 4;
/** The most tokens of the phrase after a role: `for the Russian government`. */
const MAX_ROLE_COMPLEMENT = 6;
const COMPLEMENT_PREPOSITIONS = new Set(['for', 'of', 'at', 'from', 'with', 'in']);

function isWordAt(tokens: readonly QuoteToken[], i: number): boolean {
  return tokenAt(tokens, i).kind === 'word';
}

/** A name, with the titles before it: `Iranian Foreign Ministry spokesperson Esmaeil Baqaei`. */
function nameMention(text: string, tokens: readonly QuoteToken[], at: number) {
  let end = at;
  while (end < tokens.length && end - at < MAX_NAME && tokenAt(tokens, end).block === tokenAt(tokens, at).block) {
    const token = tokenAt(tokens, end);
    const particle = token.kind === 'word' && SPEAKER_NAME_PARTICLES.has(token.text) && end > at;
    if (isNameWord(token) || (particle && isNameWord(tokenAt(tokens, end + 1)))) end++;
    else break;
  }
  // Titles in lower case before the run: `spokesperson Esmaeil Baqaei`, `ex-CIA official Paul Pillar`.
  let start = at;
  while (
    start > 0 &&
    at - start < MAX_NAME / 2 &&
    isWordAt(tokens, start - 1) &&
    roleOf(tokenAt(tokens, start - 1).text)
  )
    start--;
  while (start > 0 && at - start < MAX_NAME && isWordAt(tokens, start - 1) && isCapitalized(tokenAt(tokens, start - 1)))
    start--;
  const phrase = readPhrase(text, tokens, { from: start, to: end });
  return { phrase, end };
}

/** `a spokesperson for the Russian government`: an unnamed role introduced with `a`. */
function roleMention(text: string, tokens: readonly QuoteToken[], at: number) {
  let role = -1;
  for (let i = at + 1; i - at <= MAX_ROLE_GAP && isWordAt(tokens, i); i++) {
    // `a coordinated revolt that rebels …`: the role must be in the same noun phrase.
    if (CLAUSE_STARTERS.has(tokenAt(tokens, i).text) || PREPOSITIONS.has(tokenAt(tokens, i).text)) break;
    if (roleOf(tokenAt(tokens, i).text) !== undefined) {
      role = i;
      break;
    }
  }
  if (role < 0) return null;
  let end = role + 1;
  if (COMPLEMENT_PREPOSITIONS.has(tokenAt(tokens, end).text)) {
    // Up to a body word or the end of a name: `for the Russian government` (not `… reaffirmed`).
    for (let i = end + 1; i < tokens.length && i - end <= MAX_ROLE_COMPLEMENT && isWordAt(tokens, i); i++) {
      const token = tokenAt(tokens, i);
      if (roleOf(token.text) !== undefined) {
        end = i + 1;
        break;
      }
      if (isCapitalized(token)) end = i + 1;
      else if (end > role + 1) break;
    }
  }
  return { phrase: readPhrase(text, tokens, { from: at, to: end }), end };
}

/**
 * Every introduction of a person or body in the words outside quotes, in
 * text order: registered names, names with a title, and roles introduced
 * with `a`/`an`.
 */
export function findAntecedents(
  text: string,
  tokens: readonly QuoteToken[],
  directory: SpeakerDirectory,
): Antecedent[] {
  const found: Antecedent[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokenAt(tokens, i);
    const word = token.kind === 'word' ? token.text.toLowerCase() : '';
    if (isNameWord(token) && word !== 'a' && word !== 'an') {
      const { phrase, end } = nameMention(text, tokens, i);
      i = Math.max(end, i + 1);
      if (phrase?.kind !== 'name') continue;
      const registered = lookup(directory, phrase.lookups);
      const titled = phrase.roles.length > 0 || phrase.person === true;
      if (registered === null && !titled) continue;
      found.push({
        name: registered?.name ?? phrase.name ?? null,
        id: registered?.id ?? null,
        actor: registered?.actor ?? (phrase.description ? directory.actorInDescription(phrase.description) : null),
        ...(phrase.description && { description: phrase.description }),
        person: registered?.person ?? (titled || null),
        roles: phrase.roles,
        start: phrase.start,
        end: phrase.end,
      });
      continue;
    }
    if (word === 'a' || word === 'an') {
      const mention = roleMention(text, tokens, i);
      if (mention?.phrase) {
        const description = mention.phrase.description ?? mention.phrase.text;
        found.push({
          name: null,
          id: null,
          actor: directory.actorInDescription(description),
          description,
          person: mention.phrase.person,
          roles: mention.phrase.roles,
          start: mention.phrase.start,
          end: mention.phrase.end,
        });
        i = mention.end;
        continue;
      }
    }
    i++;
  }
  return found;
}
