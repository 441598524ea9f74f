/**
 * From the words naming a speaker to who it is and which actor the words are
 * credited to: a name through the registry (Baqaei → Esmaeil Baqaei → Iran),
 * a pronoun or a definite description back to what the text introduced
 * before (by gender, number and role), a document to its author (`Cornyn's
 * statement added` → John Cornyn, `the report states` → the report's author),
 * an unnamed source through its description (`a spokesperson for the
 * Russian government` → Russia).
 */
import { creditedActor, lookup, type Antecedent, type Discourse } from './discourse.ts';
import {
  accountPronoun,
  authorAround,
  complementPronoun,
  documentNoun,
  isAccountNoun,
  ownerPronoun,
} from './documents.ts';
import {
  BODY_NAME_HEADS,
  COMPANY_NOUNS,
  DETERMINERS,
  KINDS_OF_BODY,
  SEEN_PARTICIPLES,
  STATE_BODIES,
} from './lexicon.ts';
import { BARE_HONORIFICS, heldForOneself, roleOf } from '../text/lexicon.ts';
import { readPhrase, type SpeakerPhrase } from './phrases.ts';
import { quoteTokens } from './quote-tokens.ts';
import type { RegisteredSpeaker, Speaker, SpeakerDirectory } from './types.ts';
import { isCourt } from './speaker-directory.ts';

export interface Resolved {
  speaker: Speaker;
  /** A person (`he`, `she`) rather than a body (`it`, `they`); null when nothing says. */
  person: boolean | null;
  /** The antecedent the speaker was resolved to, to be the one later pronouns find. */
  antecedent?: Antecedent;
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
    antecedent: { start: antecedent.start, end: antecedent.end },
  };
  return { speaker, person: antecedent.person, antecedent };
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

/**
 * `said Sofia Demirci, the group's South Caucasus researcher`: a role `its` or a body's word owns is the body's,
 * over a place the description names; `actor` as the description credits it otherwise.
 */
function ownedActor(phrase: SpeakerPhrase, discourse: Discourse, actor: string | null): string | null {
  const owner = discourse.ownerOfRole(phrase.description);
  if (owner === null) return actor;
  return actor === null || owner.state !== true ? owner.actor : actor;
}

/**
 * The actor the text credited a registered speaker with where it introduced them (`Denmark's climate minister,
 * Mads Kjærgaard,`), unless their role there is one held for oneself (`A lawyer for Syria, X,`), as discovery
 * reads it.
 */
function introducedActor(registered: RegisteredSpeaker, discourse: Discourse): string | null {
  const introduced = discourse.withId(registered.id);
  if (introduced?.description !== undefined && heldForOneself(introduced.description)) return null;
  return introduced?.actor ?? null;
}

/**
 * `Commissioner X told the ABC` after `Papua New Guinea's police commissioner said …`: a person named with the
 * title of a role introduced unnamed is that holder, and speaks for whom the holder was introduced with.
 */
function titledActor(phrase: SpeakerPhrase, discourse: Discourse): string | null {
  return phrase.person === true ? (discourse.unnamedHolder(phrase.roles.at(-1))?.actor ?? null) : null;
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
  // `said Ambassador Mohib`: a one-word name known elsewhere is still the person the text named in full before.
  // So is a surname with its particle found as a name of its own (`Al Suwaidi` after `Noura Al Suwaidi`).
  // And a people's or a state's name as written that is the surname of one named in full (`Baloch told a
  // briefing` after `Jamal Baloch, a spokesman for UNHCR,`) is that person, not the Baloch people.
  const written = phrase.name ?? phrase.text;
  const fuller =
    registered === null
      ? null
      : (discourse.withSurname(registered.name) ??
        (registered.person || written.includes(' ') ? null : discourse.withSurname(written)));
  if (fuller !== null) return fromAntecedent(fuller, phrase, 'name', directory);
  if (registered !== null) {
    // A person's own affiliation first: `said Annalena Baerbock, the Foreign Minister of Germany` is Baerbock, for Germany.
    // Failing one, the affiliation the text gave where it introduced them (`Denmark's climate minister, Mads
    // Kjærgaard,`, then `Kjærgaard said`).
    const speaker = {
      ...base,
      name: registered.name,
      id: registered.id,
      actor:
        ownedActor(phrase, discourse, creditedActor(registered, phrase, directory)) ??
        introducedActor(registered, discourse) ??
        titledActor(phrase, discourse),
    };
    return { speaker, person: phrase.person === true ? true : registered.person };
  }
  const name = phrase.name ?? phrase.text;
  // `Eastman said` after `Professor Creswell Eastman`: the surname points back to the full name, also
  // with a typo no registered name explains (`Water said` after `Kathryn Waters`).
  // A given name alone (`Hendra told reporters`) is the one person introduced in full with it; a surname
  // with its particle (`Al Suwaidi`) is a surname too.
  // `Ms Allan said` after `Premier Jacinta Allan`: a surname kept with its honorific is a surname still.
  const [first, ...rest] = name.split(' ');
  const surname =
    rest.length === 1 && BARE_HONORIFICS.has((first ?? '').toLowerCase().replace(/\.$/u, '')) ? rest[0] : null;
  const earlier = name.includes(' ')
    ? (discourse.withSurname(name) ?? (surname ? discourse.withSurname(surname) : null))
    : (discourse.withSurname(name) ?? discourse.withSurnameNear(name) ?? discourse.withGivenName(name));
  if (earlier !== null) {
    const resolved = fromAntecedent(earlier, phrase, 'name', directory);
    return { ...resolved, speaker: { ...resolved.speaker, actor: resolved.speaker.actor ?? actorOfTitles } };
  }
  // `the JCS said` after `South Korea’s Joint Chiefs of Staff`: the body named in full, whose owner it speaks
  // for; the name shown is the one written at the cue, as for any speaker the registry does not hold.
  const spelled = ACRONYM.test(name) ? discourse.withInitials(name) : null;
  if (spelled !== null) {
    const { speaker } = fromAntecedent(spelled, phrase, 'name', directory);
    const actor = speaker.actor ?? (spelled.name === null ? null : directory.actorInDescription(spelled.name));
    // Later pronouns find the body by this name too: no `antecedent`, so it is introduced as written.
    return { person: false, speaker: { ...speaker, name, actor } };
  }
  // `Egypt’s State Information Service` in a statement's author: a body its owner's possessive names is
  // the owner's, as `it` after it would be; never a court's (`Italy's Court of Cassation`).
  const owned = phrase.person !== true && /['’]s?\s/u.test(name) && !isCourt(name);
  const actor =
    ownedActor(phrase, discourse, actorOfTitles ?? (owned ? directory.actorInDescription(name) : null)) ??
    titledActor(phrase, discourse);
  return {
    speaker: { ...base, name, id: null, actor },
    person: phrase.person ?? !ACRONYM.test(name),
    unknown: `Speaker “${name}” is not in the actor registry`,
  };
}

interface DocumentAuthor {
  /** The author's name as written. */
  name: string;
  /** The author introduced before, for `the report` with no author of its own. */
  antecedent: Antecedent | null;
  /** Who saw or was given the document (`a letter seen by Sky News`): never its author. */
  outlet?: string;
  /** The text gives no author: the document itself is all the speaker there is. */
  unknown?: true;
}

/**
 * The outlet after a document noun at `head` (`seen by Sky News`), and the
 * words before it, or null when the words after the noun name none.
 */
function seenBy(words: readonly string[], head: number): { document: string[]; outlet: string } | null {
  const verb = words[head + 1];
  const preposition = words[head + 2];
  if (verb === undefined || !SEEN_PARTICIPLES.has(verb) || (preposition !== 'by' && preposition !== 'to')) return null;
  const outlet = words.slice(head + 3).join(' ');
  return outlet === '' ? null : { document: words.slice(0, head + 1), outlet };
}

/**
 * The author of the document a speaker phrase names (`Cornyn's statement`,
 * `the report`), or null when the phrase names no document or the text
 * gives it no author.
 */
function documentAuthor(phrase: string, discourse: Discourse): DocumentAuthor | null {
  const written = phrase.split(/\s+/u);
  const head = written.findIndex((word) => documentNoun(word) !== null);
  if (head < 0) return null;
  // `A leaked letter seen by Sky News says`: the outlet has the letter; the author is looked for without it.
  const seen = seenBy(written, head);
  const words = seen?.document ?? written;
  const outlet = seen && { outlet: seen.outlet };
  const author = authorAround(words, head);
  if (author !== null) return { name: author, antecedent: null, ...outlet };
  const first = (words[0] as string).toLowerCase();
  const referring = /^(?:the|this|that)$/u.test(first);
  // `The ministry posted a statement on X. “…,” the same account posted`: an account the text never introduced
  // is the one the latest document was put out on, so its author's.
  const earlier = referring
    ? (discourse.document(documentNoun(words[head] as string) as string) ??
      (isAccountNoun(words[head] as string) ? discourse.lastDocument() : null))
    : null;
  if (earlier !== null) return { name: earlier.author.name ?? phrase, antecedent: earlier.author, ...outlet };
  // `his note to clients said`, `its statement added`, `a post on her X account`: the owner is whom the
  // possessive's pronoun means.
  const pronoun = ownerPronoun(words, head) ?? accountPronoun(words, head) ?? complementPronoun(words, head);
  const owner = pronoun === null ? null : discourse.resolvePronoun(pronoun);
  if (owner !== null) return { name: owner.name ?? phrase, antecedent: owner, ...outlet };
  const court = earlier === null && referring ? courtOf(words[head] as string, discourse) : null;
  if (court !== null) return { name: court.name ?? phrase, antecedent: court, ...outlet };
  // `A leaked internal letter seen by Sky News says`: a document written inside a body, its author not given, is
  // the body the story has been about, the one `it` would mean (never a state itself).
  const internal = words.slice(0, head).some((word) => word.toLowerCase() === 'internal');
  const body = internal ? discourse.nearestBody() : null;
  if (body !== null && body.state !== true) return { name: body.name ?? phrase, antecedent: body, ...outlet };
  return seen && { name: seen.document.join(' '), antecedent: null, outlet: seen.outlet, unknown: true };
}

/** What a court issues: `the ruling`, `the judgment`, `the verdict`. */
const COURT_DOCUMENTS = new Set(['ruling', 'judgment', 'judgement', 'verdict']);

/** Who gives judgment: a court or a tribunal, or a judge. */
const JUDGING_ROLES = ['court', 'tribunal', 'judge'];

/**
 * `The Hålogaland Court of Appeal ordered …. “…,” the ruling said`: a court's document no one was said to
 * issue is the court's, or the judge's, named last; null for any other document.
 */
function courtOf(noun: string, discourse: Discourse): Antecedent | null {
  if (!COURT_DOCUMENTS.has(documentNoun(noun) ?? '')) return null;
  const judging = JUDGING_ROLES.flatMap((role) => discourse.withRole(role) ?? []);
  return judging.sort((a, b) => b.start - a.start)[0] ?? null;
}

function span(phrase: SpeakerPhrase): { start: number; end: number } {
  return { start: phrase.start, end: phrase.end };
}

/** Body words that name no kind of body, so any body named before may be one (`the group's statement`). */
const ANY_BODY = new Set(
  ['group', 'organisation', 'organization', 'company'].map((word) => roleOf(word)?.role ?? word),
);

/**
 * The one a document's author was resolved to holds the author's role: introduced with it (`the coroner,
 * Philippa Marsh`), named with its noun (`the Ministry of External Affairs` for `the ministry`), or any body
 * for a word that names no kind (`the group`). Not merely the body named last, which speaks for no union.
 */
function holdsRole(antecedent: Antecedent, author: SpeakerPhrase): boolean {
  const role = author.roles.at(-1);
  const noun = author.text.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  const named = ` ${(antecedent.name ?? '').toLowerCase()} `.includes(` ${noun} `);
  if (role === undefined) return named;
  // A name of no known kind may be any body, as `the group said` finds it (`Comuneros del Sur handed over …`).
  const body = antecedent.person === false || antecedent.kindUnknown === true;
  return antecedent.roles.includes(role) || named || (ANY_BODY.has(role) && body);
}

/** An author written as a definite description in lower case (`the ministry`, `the county's coroner`), read as one. */
function nominalAuthor(author: string): SpeakerPhrase | null {
  if (!/^the\s+\p{Ll}/u.test(author) || /\s\p{Lu}/u.test(author)) return null;
  const tokens = quoteTokens(author, []);
  const phrase = readPhrase(author, tokens, { from: 0, to: tokens.length });
  return phrase?.kind === 'nominal' ? phrase : null;
}

/**
 * `the ministry's statement`, `the coroner's findings`: an author named by its role, resolved to the one
 * introduced with it, or null.
 */
function introducedAuthor(name: string | null, discourse: Discourse, directory: SpeakerDirectory): Antecedent | null {
  const nominal = name === null ? null : nominalAuthor(name);
  const introduced = nominal === null ? null : nominalAntecedent(nominal, discourse, directory);
  return nominal !== null && introduced !== null && holdsRole(introduced, nominal) ? introduced : null;
}

/**
 * `Cornyn's statement added`, `the report states`: the document's author, when the text gives one;
 * a document only an outlet is said to have (`a letter seen by Sky News`) speaks for no one known.
 */
function resolveDocument(phrase: SpeakerPhrase, discourse: Discourse, directory: SpeakerDirectory): Resolved | null {
  const author = documentAuthor(phrase.text, discourse);
  if (author === null) return null;
  const outlet = author.outlet === undefined ? {} : { outlet: author.outlet };
  if (author.antecedent !== null) {
    // `The agency's report said …. “…,” the report said`: the earlier document's author by role, resolved.
    const byRole =
      author.antecedent.id === null ? introducedAuthor(author.antecedent.name, discourse, directory) : null;
    const resolved = fromAntecedent(
      byRole ?? introducedAs(author.antecedent, discourse),
      phrase,
      'document',
      directory,
    );
    return { ...resolved, speaker: { ...resolved.speaker, ...outlet } };
  }
  if (author.unknown) {
    const speaker: Speaker = { name: author.name, id: null, actor: null, via: 'document', ...outlet, ...span(phrase) };
    return { speaker, person: false, unknown: `No author given for “${author.name}”` };
  }
  const introduced = introducedAuthor(author.name, discourse, directory);
  if (introduced !== null) return fromAntecedent(introduced, phrase, 'document', directory);
  const registered = lookup(directory, [author.name]);
  const single = registered === null && !author.name.includes(' ');
  // `a post on the Commission's X account` after `the European Commission said`: a body's word as a name is
  // the body named before with it.
  const body =
    single && roleOf(author.name)?.person === false ? discourse.withRole(roleOf(author.name)?.role ?? '') : null;
  const earlier = single ? (discourse.withSurname(author.name) ?? body) : null;
  if (earlier !== null) return fromAntecedent(earlier, phrase, 'document', directory);
  const speaker: Speaker = {
    name: registered?.name ?? author.name,
    id: registered?.id ?? null,
    actor: registered?.actor ?? directory.actorInDescription(author.name),
    via: 'document',
    ...outlet,
    ...span(phrase),
  };
  return { speaker, person: registered?.person ?? null };
}

/** Roles whose holders speak for the one they serve: a spokesperson, an office. */
const VOICES: ReadonlySet<string> = new Set(['spokesperson', 'office'].map((word) => roleOf(word)?.role ?? word));

/**
 * `Asked whether Keir Starmer had been consulted, his official spokesman told reporters`: a spokesperson or an
 * office owned by `his` or `her` is the one the pronoun means's (`Keir Starmer's official spokesman`), credited
 * to that person's actor; a lawyer or an aide (`his lawyer`) is no one's voice, and stays as written.
 */
function principalsVoice(phrase: SpeakerPhrase, discourse: Discourse): Resolved | null {
  const [owner = '', ...rest] = phrase.text.split(/\s+/u);
  const pronoun = { his: 'he', her: 'she' }[owner.toLowerCase()] ?? null;
  const role = roleOf(rest.at(-1) ?? '')?.role;
  if (pronoun === null || rest.length === 0 || rest.length > 3 || role === undefined || !VOICES.has(role)) return null;
  const principal = discourse.resolvePronoun(pronoun);
  if (principal?.name == null || principal.person !== true) return null;
  const name = `${principal.name}'s ${rest.join(' ')}`;
  const speaker: Speaker = {
    name,
    id: null,
    actor: principal.actor,
    description: name,
    via: 'description',
    ...span(phrase),
  };
  return { speaker, person: role !== 'office' };
}

/**
 * `X, who leads the IMF's mission, said in a statement`: the author of a document named as a person introduced
 * in full before it is that person, with what the text said of them; any other author stays as it is.
 */
function introducedAs(author: Antecedent, discourse: Discourse): Antecedent {
  if (author.id !== null || author.actor !== null || author.name === null || !author.name.includes(' ')) return author;
  const person = discourse.withSurname(author.name.split(' ').at(-1) as string);
  return person?.name === author.name ? person : author;
}

/**
 * The words that narrow a nominal's role, up to its head or complement: `prime` and `energy` in `the prime
 * minister`, `the energy minister`, and a body's word before it (`union` in `the Union minister`, whom India
 * tells from a state's by it); not determiners, a person's role words or numbers.
 */
function qualifiersOf(nominal: string): string[] {
  const qualifiers: string[] = [];
  for (const word of nominal.toLowerCase().split(/\s+/u)) {
    if (COMPLEMENT_WORDS.has(word)) break;
    if (DETERMINERS.has(word) || roleOf(word)?.person === true || !/^\p{L}+$/u.test(word)) continue;
    qualifiers.push(word);
  }
  return qualifiers;
}

const COMPLEMENT_WORDS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'and']);

/** Roles of those who lead a body, any of which `the leader` or `the head` may mean. */
const LEADING_ROLES: ReadonlySet<string> = new Set(
  ['leader', 'president', 'chairman', 'chairwoman', 'chair', 'head', 'chief', 'secretary-general'].map(
    (word) => roleOf(word)?.role ?? word,
  ),
);

/**
 * The word a body's name ends in, or a company's kind, alone after `the` (`the bank`, `the airline`), or null:
 * `the bank said` is the body whose name ends in it (`the National Bank of Kazakhstan`), and a company's kind
 * with none so named is the body named last, as `the company` is.
 */
function bodyKind(nominal: string): string | null {
  const word = /^the (\p{Ll}+)$/iu.exec(nominal)?.[1] ?? '';
  return BODY_NAME_HEADS.has(word) || COMPANY_NOUNS.has(word) ? word : null;
}

/** `the 34-year-old`, `the 34-year-old mother of three`: an age stands for a person named before. */
const AGE = /\b(\d+)-year-old\b/u;

/** A firm's words: `the company`, `the firm`, `the airline`. */
const FIRMS: ReadonlySet<string> = new Set([
  ...COMPANY_NOUNS,
  ...['company', 'firm'].map((word) => roleOf(word)?.role ?? word),
]);

/**
 * Who a definite description points back to: the one introduced with its role (`the spokesperson`);
 * failing that, for a body's word (`the group`, `the company`) the body named last, and for an age
 * (`the 34-year-old`) the person named last, or of a gendered role (`the 34-year-old mother`) the
 * one `she` would mean.
 */
function nominalAntecedent(
  phrase: SpeakerPhrase,
  discourse: Discourse,
  directory: SpeakerDirectory,
): Antecedent | null {
  // The head; `the former secretary of state and current nominee` is whoever holds either role, but
  // `the spokesperson for the foreign ministry` only the spokesperson's (the ministry is its complement).
  const roles = / and /u.test(phrase.text) ? phrase.roles : phrase.roles.slice(-1);
  const qualifiers = qualifiersOf(phrase.text);
  // `the Russian ambassador`: the ambassador introduced as Russia's, not the one named after.
  const of = directory.actorInDescription(phrase.text);
  for (let i = roles.length - 1; i >= 0; i--) {
    const withRole = discourse.withRole(roles[i] as string, qualifiers, of, phrase.gender);
    if (withRole !== null) return withRole;
  }
  // `The union leader was defiant` after `AMCU president Joseph Mathunjwa`: a leader is whoever was introduced
  // leading, the latest of them.
  const head = roles.at(-1);
  if (head !== undefined && LEADING_ROLES.has(head)) {
    const leaders = [...LEADING_ROLES].flatMap((role) => discourse.withRole(role, qualifiers, of, phrase.gender) ?? []);
    const latest = leaders.sort((a, b) => b.start - a.start)[0];
    if (latest !== undefined) return latest;
  }
  // `The Lebanese army said`: a body whose owner the phrase names is the one it describes, not one named before.
  if (of !== null && phrase.person === false) return null;
  // Only a body's word alone (`the group`): `the spokesperson for the foreign ministry` is no body, and a
  // document no one was said to issue (`the statement`) is not whichever body was named last.
  const [role] = phrase.roles;
  // `the company said` after `… the State Border Guard Service`: a firm is never a state's own body.
  const stateOwn = (body: Antecedent) => body.name !== null && directory.lookupName(body.name)?.stateOwn === true;
  if (phrase.roles.length === 1 && phrase.person === false && documentNoun(role as string) === null) {
    if (!STATE_BODIES.has(role as string))
      return discourse.nearestNonState(FIRMS.has(role as string) ? stateOwn : undefined);
    // `the mines ministry said` after `Barrick Gold said`: a state's body is never a company named before, nor
    // a court (`The foreign ministry said …` after `the Constitutional Court upheld …`), nor any body the text
    // introduced as another kind; it is then a body of its own.
    const body = discourse.nearestBody();
    const otherKind = body?.roles.some((held) => held !== role && KINDS_OF_BODY.has(held)) === true;
    return otherKind || body?.kindUnknown === true ? null : body;
  }
  const kind = bodyKind(phrase.text);
  if (kind !== null)
    return discourse.withRole(kind) ?? (COMPANY_NOUNS.has(kind) ? discourse.nearestNonState(stateOwn) : null);
  const age = AGE.exec(phrase.text)?.[1];
  // `the witness said` with no witness introduced: a role held for oneself is the person named last, who was
  // given no role of their own (an office holder is introduced with theirs).
  if (age === undefined && head !== undefined && phrase.person === true && heldForOneself(head)) {
    return discourse.latestWithoutRole(phrase.gender);
  }
  if (age === undefined) return null;
  // `the 34-year-old` after `Daniel Reyes, 34,`: the one the text gave that age, whoever was named since.
  const aged = discourse.withAge(Number(age));
  if (aged !== null) return aged;
  // `the 34-year-old mother of three` is a woman: the one `she` would mean; with no gender, the person named last.
  if (phrase.gender !== undefined) return discourse.resolvePronoun(phrase.gender === 'female' ? 'she' : 'he');
  return discourse.nearestPerson();
}

/**
 * The speaker a phrase names, given what the text introduced before it; `spokenOf` says whom the quoted words
 * name, whom a pronoun then does not mean.
 */
export function resolveSpeaker(
  phrase: SpeakerPhrase,
  discourse: Discourse,
  directory: SpeakerDirectory,
  spokenOf?: (name: string) => boolean,
): Resolved {
  if (phrase.kind !== 'pronoun') {
    const document = resolveDocument(phrase, discourse, directory);
    if (document !== null) return document;
  }
  switch (phrase.kind) {
    case 'name':
      return resolveName(phrase, discourse, directory);
    case 'pronoun': {
      const antecedent = discourse.resolvePronoun(phrase.text, spokenOf);
      if (antecedent !== null) return fromAntecedent(antecedent, phrase, 'pronoun', directory);
      return {
        speaker: { name: phrase.text, id: null, actor: null, via: 'pronoun', start: phrase.start, end: phrase.end },
        person: phrase.person,
        unknown: `No one named before “${phrase.text}” for it to refer to`,
      };
    }
    case 'nominal': {
      const antecedent = nominalAntecedent(phrase, discourse, directory);
      if (antecedent !== null) return fromAntecedent(antecedent, phrase, 'nominal', directory);
      return {
        speaker: described(phrase, directory, 'nominal'),
        person: phrase.person,
        unknown: `Nothing introduced before “${phrase.text}” for it to refer to`,
      };
    }
    case 'description':
      return (
        principalsVoice(phrase, discourse) ?? {
          speaker: described(phrase, directory, 'description'),
          person: phrase.person,
        }
      );
  }
}

/**
 * The speaker as someone later pronouns and nominals can point back to: the
 * antecedent it was resolved to, or a new one.
 */
export function asAntecedent(resolved: Resolved, phrase: SpeakerPhrase): Antecedent {
  const { speaker, person, antecedent } = resolved;
  if (antecedent !== undefined) {
    // `the spokesperson` found the person introduced as `a spokesperson for …`: they hold the role from now on.
    for (const role of phrase.roles) if (!antecedent.roles.includes(role)) antecedent.roles.push(role);
    return antecedent;
  }
  const gender = phrase.gender;
  return {
    name: speaker.name,
    id: speaker.id,
    actor: speaker.actor,
    ...(speaker.description && { description: speaker.description }),
    person,
    ...(gender && { gender }),
    ...(phrase.plural && { plural: true }),
    roles: phrase.roles,
    start: speaker.start,
    end: speaker.end,
  };
}
