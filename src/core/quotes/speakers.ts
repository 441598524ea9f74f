/**
 * From the words naming a speaker to who it is and which actor the words are
 * credited to: a name through the registry (Baqaei → Esmaeil Baqaei → Iran),
 * a pronoun or a definite description back to what the text introduced
 * before, an unnamed source through its description (`a spokesperson for the
 * Russian government` → Russia).
 */
import { lookup, type Antecedent, type Discourse } from './discourse.ts';
import type { SpeakerPhrase } from './phrases.ts';
import type { Speaker, SpeakerDirectory } from './types.ts';

export interface Resolved {
  speaker: Speaker;
  /** A person (`he`, `she`) rather than a body (`it`, `they`); null when nothing says. */
  person: boolean | null;
  /** Why the speaker is not fully known, for a diagnostic; undefined when it is. */
  unknown?: string;
}

/** `KCNA`, `NATO`, `U.S.`: a name written in capitals is a body's. */
const ACRONYM = /^[\p{Lu}\d.&-]+$/u;

function fromAntecedent(
  antecedent: Antecedent,
  phrase: SpeakerPhrase,
  via: Speaker['via'],
  directory: SpeakerDirectory,
): Resolved {
  const description = antecedent.description;
  const speaker: Speaker = {
    name: antecedent.name ?? description ?? phrase.text,
    id: antecedent.id,
    actor: antecedent.actor ?? (description ? directory.actorInDescription(description) : null),
    ...(description && { description }),
    via,
    start: phrase.start,
    end: phrase.end,
  };
  return { speaker, person: antecedent.person };
}

function described(phrase: SpeakerPhrase, directory: SpeakerDirectory, via: Speaker['via']): Speaker {
  const description = phrase.description ?? phrase.text;
  return {
    name: description,
    id: null,
    actor: directory.actorInDescription(description),
    description,
    via,
    start: phrase.start,
    end: phrase.end,
  };
}

function resolveName(phrase: SpeakerPhrase, discourse: Discourse, directory: SpeakerDirectory): Resolved {
  const registered = lookup(directory, phrase.lookups);
  const actorOfTitles = phrase.description ? directory.actorInDescription(phrase.description) : null;
  const base = {
    via: 'name' as const,
    start: phrase.start,
    end: phrase.end,
    ...(phrase.description && { description: phrase.description }),
  };
  if (registered !== null) {
    const speaker = { ...base, name: registered.name, id: registered.id, actor: registered.actor ?? actorOfTitles };
    return { speaker, person: registered.person };
  }
  const name = phrase.name ?? phrase.text;
  // `Eastman said` after `Professor Creswell Eastman`: the surname points back to the full name.
  const earlier = name.includes(' ') ? null : discourse.withSurname(name);
  if (earlier !== null) {
    const resolved = fromAntecedent(earlier, phrase, 'name', directory);
    return { ...resolved, speaker: { ...resolved.speaker, actor: resolved.speaker.actor ?? actorOfTitles } };
  }
  return {
    speaker: { ...base, name, id: null, actor: actorOfTitles },
    person: phrase.person ?? !ACRONYM.test(name),
    unknown: `Speaker “${name}” is not in the actor registry`,
  };
}

/** The speaker a phrase names, given what the text introduced before it. */
export function resolveSpeaker(phrase: SpeakerPhrase, discourse: Discourse, directory: SpeakerDirectory): Resolved {
  switch (phrase.kind) {
    case 'name':
      return resolveName(phrase, discourse, directory);
    case 'pronoun': {
      const antecedent = phrase.person === null ? null : discourse.nearest(phrase.person);
      if (antecedent !== null) return fromAntecedent(antecedent, phrase, 'pronoun', directory);
      return {
        speaker: { name: phrase.text, id: null, actor: null, via: 'pronoun', start: phrase.start, end: phrase.end },
        person: phrase.person,
        unknown: `No one named before “${phrase.text}” for it to refer to`,
      };
    }
    case 'nominal': {
      const head = phrase.roles.at(-1);
      const antecedent = head === undefined ? null : discourse.withRole(head);
      if (antecedent !== null) return fromAntecedent(antecedent, phrase, 'nominal', directory);
      return {
        speaker: described(phrase, directory, 'nominal'),
        person: phrase.person,
        unknown: `Nothing introduced before “${phrase.text}” for it to refer to`,
      };
    }
    case 'description':
      return { speaker: described(phrase, directory, 'description'), person: phrase.person };
  }
}

/** The speaker as someone later pronouns and nominals can point back to. */
export function asAntecedent(speaker: Speaker, phrase: SpeakerPhrase, person: boolean | null): Antecedent {
  return {
    name: speaker.name,
    id: speaker.id,
    actor: speaker.actor,
    ...(speaker.description && { description: speaker.description }),
    person,
    roles: phrase.roles,
    start: speaker.start,
    end: speaker.end,
  };
}
