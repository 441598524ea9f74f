/**
 * Who the text has introduced so far, for pronouns and definite descriptions
 * to point back to: `he said` → the nearest person named before it, `the
 * spokesperson stated` → the latest `a spokesperson for the Russian
 * government`. Mentions are found in one pass over the words outside quotes
 * (what a speaker says about others is not who is speaking); every lookup is
 * a map access, so resolution stays linear.
 */
import { datelinePlaceEnd, datelineState, homeStateOf } from '../registry/home-state.ts';
import { isGivenName, type Gender } from '../text/given-names.ts';
import {
  CUE_VERBS,
  NAME_PARTICLES,
  NATIONAL_OFFICES,
  roleOf,
  roleOfNear,
  withinOneEdit,
  words,
} from '../text/lexicon.ts';
import {
  AUXILIARIES,
  BODY_NAME_HEADS,
  CLAUSE_STARTERS,
  TIME_CONJUNCTIONS,
  COMPANY_NOUNS,
  CUE_MODIFIERS,
  DETERMINERS,
  IRREGULAR_PASTS,
  KINDS_OF_BODY,
  LEADING_VERBS,
  PLACE_PREPOSITIONS,
  PREPOSITIONS,
  SAYING_VERBS,
  SPEAKER_NAME_PARTICLES,
  STATE_BODIES,
  STORY_LABEL_WORDS,
} from './lexicon.ts';
import { wordTagged } from '../discovery/word-tags.ts';
import { authorAround, documentNoun, isAccountNoun, ownerPronoun } from './documents.ts';
import { genderOfName, isNameWord, readPhrase, type SpeakerPhrase } from './phrases.ts';
import {
  endsSentence,
  isCapitalized,
  modifiesNext,
  type QuoteToken,
  tokenAt,
  withoutPossessive,
} from './quote-tokens.ts';
import { isHeadlineLabel, isSentenceInitial, MAX_LABEL, type TokenRange } from './cues.ts';
import { isCourt } from './speaker-directory.ts';
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
  /** For a person: `he` or `she`, from a title, a role word, a given name or a pronoun that pointed here. */
  gender?: Gender;
  /** The given name has been asked for a gender (once, when a pronoun first looks here). */
  givenNameRead?: boolean;
  /** The gender is only the given name's (lists hold `Joan` and `Terry` as men's): a pronoun may overrule it. */
  genderFromName?: boolean;
  /** A group of people (`officials`, `the report's authors`): what `they` can mean besides a body. */
  plural?: boolean;
  /** For a person: the age the text gives them (`Daniel Reyes, 34,`, `X, a 61-year-old teacher`), for `the 34-year-old`. */
  age?: number;
  roles: string[];
  /** Where the text introduces it. */
  start: number;
  end: number;
  /** Set when what is introduced is a document of this head noun, written by this antecedent. */
  document?: string;
  /** For a document a possessive pronoun owns (`its Telegram account`): the pronoun that finds its author (`it`). */
  owner?: string;
  /** A registered state named in the text, counted for the briefing's home state. */
  state?: true;
  /** The sentence of its latest mention (`sentenceNumbers`), for a pronoun to weigh how recent it is. */
  sentence?: number;
  /** At its latest mention it was the subject of its clause or a quote's speaker: what a later `he` most likely means. */
  subject?: boolean;
  /**
   * A name in full that nothing shows to be a person's or a body's (no given name, title, role or
   * registry entry: `Meridian Airlines`, `Halvorsen Capital`): what `it` or `the company` means when the
   * text has introduced no body.
   */
  kindUnknown?: true;
  /**
   * A definite description of a person opening its sentence (`The Egyptian minister dismissed the
   * concern.`): not someone new, but whoever holds the role, who is that sentence's subject; resolved
   * when the discourse reaches it.
   */
  nominal?: SpeakerPhrase;
}

/**
 * Someone the text names only by description (`the company`, `Latvia's president`, `An ICRC spokeswoman`):
 * no name or id, the description shown as written, credited to the actor its words name. A company so
 * described speaks for no state its words name (`a British energy company`, `a Chinese carmaker`): a firm
 * is from a place, not its voice.
 */
function described(
  description: string,
  directory: SpeakerDirectory,
): Pick<Antecedent, 'name' | 'id' | 'actor' | 'description'> {
  const head = description.toLowerCase().split(/\s+/u).at(-1) ?? '';
  const firm = FIRM_NOUNS.has(head) || (COMPANY_NOUNS.has(head) && head !== 'bank');
  const actor = firm ? null : directory.actorInDescription(description);
  // `The Syrian presidency` in March 2025: a state's own government body speaks for the government the registry
  // has for the state on the briefing's date, as its office holders do.
  const government = actor !== null && GOVERNMENT_BODIES.has(head) ? directory.governmentOf?.(actor) : null;
  return { name: null, id: null, actor: government ?? actor, description };
}

/** A state's bodies of government, which speak for the government of the day: `the Syrian presidency`. */
const GOVERNMENT_BODIES = new Set(['government', 'ministry', 'presidency']);

/** A company by what it is, besides the kinds a story names one by: `a British energy company`. */
const FIRM_NOUNS = new Set(['company', 'companies', 'firm', 'firms', 'chipmaker']);

/** A document or account the text has introduced, with who wrote it: `the 2010 Global Trends report by UNHCR`. */
export interface DocumentAntecedent {
  /** Its head noun, singular and lower case: `report`, `statement`, `account`. */
  head: string;
  author: Antecedent;
}

/**
 * A role under or beside someone `his` or `her` means, in the same body: `His deputy`, `her chief aide`, `his
 * adviser`, `His colleague` (one who works with them; not `his friend`).
 */
const SAME_BODY_ROLE = /^(his|her)\s+(?:\p{Ll}+\s+)?(?:deputy|aide|adviser|advisor|colleague)$/iu;

/** `his New South Wales counterpart`, `her French counterpart`: one holding the same role elsewhere. */
const COUNTERPART = /^(his|her)\s+(?:[\p{L}'’.-]+\s+){0,3}counterpart$/iu;

/** Words opening an Arabic name by a child's (`Abu Ruqaiq`, `Umm Khaled`): said with what follows, as a particle is. */
const KUNYA_WORDS = new Set(['abu', 'umm']);

/** The fewest letters of a surname read with a typo: `Water` for `Waters`, not `Li` for `Lu`. */
const MIN_NEAR_SURNAME = 5;

/** How many people back a pronoun looks for one of its gender: a paragraph or two of names. */
const RECENT_PEOPLE = 8;

/** The gender a pronoun asks for, if it asks. */
const PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['she', 'female'],
  ['her', 'female'],
]);

/** The antecedents introduced so far, the most recent of each sort first, updated in text order. */
export class Discourse {
  /** The people named, most recent last, at most `RECENT_PEOPLE`. */
  private readonly people: Antecedent[] = [];
  private lastBody: Antecedent | null = null;
  /** The latest body that was the subject of its sentence or a speaker: what `it` means over one in passing. */
  private lastSubjectBody: Antecedent | null = null;
  /** The latest body that is no state: what `the group` or `the company` can mean. */
  private lastNonState: Antecedent | null = null;
  /** The latest name of a kind nothing says, as a subject or speaker: a body `it` means when none is known. */
  private lastUnknown: Antecedent | null = null;
  private lastGroup: Antecedent | null = null;
  /** Which of the two came last: `they` means the nearer. */
  private groupIsNearer = false;
  /** Everyone introduced with each role, most recent last: `the prime minister` is not the energy minister. */
  private readonly byRole = new Map<string, Antecedent[]>();
  private readonly bySurname = new Map<string, Antecedent>();
  private readonly documents = new Map<string, DocumentAntecedent>();
  private latestDocument: DocumentAntecedent | null = null;
  private readonly byGivenName = new Map<string, Antecedent>();
  /** Given names two people introduced share: `Ratna said` then names neither. */
  private readonly sharedGivenNames = new Set<string>();
  private readonly byAge = new Map<number, Antecedent>();
  private readonly byId = new Map<string, Antecedent>();
  /** Bodies by the initials of their name: `JCS` is the `Joint Chiefs of Staff` named before. */
  private readonly byInitials = new Map<string, Antecedent>();

  /**
   * Records an introduction, or a quote's speaker in sentence `speakerIn`.
   * Only a named one, a speaker, or a role that reports is something a
   * pronoun can point to: `a conventional medical doctor` in passing is not
   * who `he replied` means.
   */
  add(introduced: Antecedent, speakerIn?: number): void {
    const speaker = speakerIn !== undefined;
    // `Its head of delegation, Beatrice Morel,`, `the charity’s director, Inger Lund,`: a person whose role
    // belongs to `it` or to a body's word speaks for the body `it` means, over a place the role is held in
    // (`the agency's Somalia director`); never for a state named in passing (`… routes to Turkey. Its chief
    // executive, X,`).
    const owner = introduced.person === true ? this.ownerOfRole(introduced.description) : null;
    if (owner !== null && (introduced.actor === null || owner.state !== true)) {
      introduced.actor = owner.actor;
    }
    // `Papua New Guinea's police commissioner said …` then `Commissioner X told the ABC`: one named with the
    // title of a role introduced unnamed for a state or body is that holder, now named, and serves it too.
    if (introduced.person === true && introduced.name !== null && introduced.actor === null) {
      introduced.actor = this.unnamedHolder(introduced.roles.at(-1))?.actor ?? null;
    }
    // `His deputy, Samira Abu Shanab,` after `Pieter Kooistra, a WHO official`: one who works under
    // the person `his` or `her` means serves the same body.
    const aide =
      introduced.person !== false && introduced.actor === null && introduced.description?.startsWith('h') === true
        ? SAME_BODY_ROLE.exec(introduced.description)
        : null;
    if (aide !== null) {
      introduced.actor = this.resolvePronoun(aide[1]?.toLowerCase() === 'his' ? 'he' : 'she')?.actor ?? null;
    }
    // `his New South Wales counterpart, Leonie Vasquez,`: a counterpart holds the role of the one `his` or `her`
    // means, for another body, so `the treasurer` may mean either and a qualifier tells them apart.
    const counterpart = introduced.person !== false ? COUNTERPART.exec(introduced.description ?? '') : null;
    const peer =
      counterpart === null ? null : this.resolvePronoun(counterpart[1]?.toLowerCase() === 'his' ? 'he' : 'she');
    if (peer !== null && peer !== introduced) {
      introduced.roles = [
        ...introduced.roles.filter((role) => role !== 'counterpart'),
        ...peer.roles.filter((role) => roleOf(role)?.person === true),
      ];
    }
    // `Professor Eastman says` after `Professor Cres Eastman`: the same person, by the full name.
    // `Thomas' sister pleaded with him` after `Thomas Sam`: the given name alone is the same person too.
    const single = introduced.name !== null && !introduced.name.includes(' ') ? introduced.name : null;
    // `The League's secretary-general` after `the Arab League`: a body's word alone as a name is the body named
    // before with it.
    const bodyWord = single !== null && introduced.person === false ? roleOf(single) : undefined;
    const antecedent =
      (single !== null &&
        (this.bySurname.get(surnameKey(single)) ??
          this.byGivenName.get(single) ??
          (bodyWord?.person === false && introduced.id === null ? this.withRole(bodyWord.role) : null))) ||
      introduced;
    if (antecedent.kindUnknown === true && (antecedent.subject === true || speaker)) this.lastUnknown = antecedent;
    // A single name that is no one named before says nothing more.
    if (antecedent === introduced && introduced.person === null && introduced.roles.length === 0) return;
    if (antecedent !== introduced && antecedent.gender === undefined && introduced.gender !== undefined)
      antecedent.gender = introduced.gender;
    if (introduced.age !== undefined) {
      antecedent.age = introduced.age;
      this.byAge.set(introduced.age, antecedent);
    }
    if (antecedent !== introduced && introduced.sentence !== undefined) {
      antecedent.subject = isSubjectAgain(antecedent, introduced);
      antecedent.sentence = introduced.sentence;
    }
    if (speaker) {
      antecedent.sentence = speakerIn;
      antecedent.subject = true;
    }
    // A body the text describes (`the interior ministry`) is one `it` and `they` can mean, as a named one is.
    const describedBody = antecedent.person === false && antecedent.description !== undefined;
    // `A spokeswoman for the agency said`: a role introduced as the one reporting is someone, named or not.
    const reportingRole = antecedent.person === true && antecedent.subject === true;
    if (antecedent.name !== null || speaker || antecedent.plural === true || describedBody || reportingRole) {
      if (antecedent.plural === true) {
        this.lastGroup = antecedent;
        this.groupIsNearer = true;
      } else if (antecedent.person === true) {
        // The same person named again moves up rather than taking a second place.
        const at = this.people.findIndex(
          (person) => person === antecedent || (antecedent.id !== null && person.id === antecedent.id),
        );
        const [earlier] = at >= 0 ? this.people.splice(at, 1) : [];
        if (antecedent.gender === undefined && earlier?.gender !== undefined) antecedent.gender = earlier.gender;
        if (earlier !== undefined && earlier !== antecedent) antecedent.subject = isSubjectAgain(earlier, antecedent);
        this.people.push(antecedent);
        if (this.people.length > RECENT_PEOPLE) this.people.shift();
      } else if (antecedent.person === false) {
        this.lastBody = antecedent;
        if (antecedent.subject === true) this.lastSubjectBody = antecedent;
        if (antecedent.state !== true) this.lastNonState = antecedent;
        this.groupIsNearer = false;
      }
    }
    for (const role of antecedent.roles) {
      // A person is not what the body in their title means: `foreign ministry spokesman X` is no `the ministry`.
      if (antecedent.person === true && roleOf(role)?.person === false) continue;
      const holders = this.byRole.get(role);
      if (holders === undefined) this.byRole.set(role, [antecedent]);
      else if (holders.at(-1) !== antecedent) {
        const at = holders.indexOf(antecedent);
        if (at >= 0) holders.splice(at, 1);
        holders.push(antecedent);
        if (holders.length > RECENT_PEOPLE) holders.shift();
      }
    }
    if (antecedent.id !== null && (antecedent.roles.length > 0 || !this.byId.has(antecedent.id))) {
      this.byId.set(antecedent.id, antecedent);
    }
    const initials = initialsOf(antecedent.name);
    if (initials !== null) this.byInitials.set(initials, antecedent);
    // Only a full name gives a surname to point back to: `Eastman` alone must not replace `Cres Eastman`.
    const [given, ...surnames] = antecedent.name?.split(' ') ?? [];
    const surname = surnames.at(-1);
    if (surname !== undefined && antecedent.person === true) {
      this.bySurname.set(surnameKey(surname), antecedent);
      // `Al Suwaidi said` after `Noura Al Suwaidi`: a surname opening with a particle is said with it, and so is
      // one opening with `Abu` or `Umm` (`Abu Ruqaiq said` after `Jamal Abu Ruqaiq`).
      const opening = surnames.length > 1 ? (surnames[0] as string).toLowerCase() : '';
      const particle = NAME_PARTICLES.has(opening) || KUNYA_WORDS.has(opening);
      if (particle) this.bySurname.set(surnameKey(surnames.join(' ')), antecedent);
      // `Sandoval said` after `Rodrigo Sandoval Pérez`: of two surnames, the first is said alone, as Spanish
      // and Portuguese news name people; never over one named in full with it as the last.
      const [first, second] = surnames;
      const paternal = surnames.length === 2 && first !== undefined && /^\p{Lu}/u.test(second ?? '') ? first : null;
      if (paternal !== null && !particle && !this.bySurname.has(surnameKey(paternal))) {
        this.bySurname.set(surnameKey(paternal), antecedent);
      }
      // `Choque Mamani said` after `Franklin Choque Mamani`: both surnames together are said too.
      if (paternal !== null && !particle) this.bySurname.set(surnameKey(surnames.join(' ')), antecedent);
      if (given !== undefined) this.noteGivenName(given, antecedent);
    }
  }

  private noteGivenName(given: string, person: Antecedent): void {
    const known = this.byGivenName.get(given);
    if (known !== undefined && known !== person && known.name !== person.name) this.sharedGivenNames.add(given);
    this.byGivenName.set(given, person);
  }

  /**
   * The one person introduced by a full name opening with `given` (`Hendra` after `Agriculture Minister
   * Hendra Gunawan`, as Indonesian and Thai news name people), or null when none or two are.
   */
  withGivenName(given: string): Antecedent | null {
    return this.sharedGivenNames.has(given) ? null : (this.byGivenName.get(given) ?? null);
  }

  /**
   * The body a role in `description` belongs to when `its` or a body's word owns it (`Its spokeswoman`, `the
   * group's researcher`): the body `it` would mean, never a state named in passing; null for any other role.
   */
  ownerOfRole(written: string | undefined): Antecedent | null {
    // `a Norwegian who heads the agency's office in Herat`, `who leads its surgical team`: what one leads is
    // owned as a role would be.
    const description = ledBy(written) ?? written;
    const word = ownerWord(description);
    if (word === null && !/^its /iu.test(description ?? '')) return null;
    // `The court's spokeswoman, X,`: the body introduced with that word (`The Court of Bosnia and
    // Herzegovina`), not the one named last (`The U.S. embassy said`); failing one, the body named last
    // unless the word is a kind of body and the text gave that one another (`a British energy company … The
    // company's country manager` is not `Iraq's oil ministry` named since; `the agency's` may be any body's).
    const named = word === null ? null : this.withRole(word);
    if (named !== null) return named;
    // `The group's chief negotiator, X,` after `U.S. warplanes struck Houthi targets`: a word for no state's body
    // is the body named last that is no state, as `the group said` is.
    const owner = word !== null && !STATE_BODIES.has(word) ? this.nearestNonState() : this.nearestBody();
    const otherKind = word !== null && KINDS_OF_BODY.has(word) && owner !== null && owner.roles.length > 0;
    if (owner === null || (otherKind && !owner.roles.includes(word))) return null;
    return owner.state === true && owner.subject !== true ? null : owner;
  }

  /** Records a document and its author, for `the report said` further on. */
  addDocument(document: DocumentAntecedent): void {
    this.documents.set(document.head, document);
    this.latestDocument = document;
  }

  /**
   * What a pronoun points to: for `he` or `she`, the most salient person of
   * that gender or whose gender nothing says (who then takes it); failing
   * that, one whom only a given name gave the other gender; never one a
   * title, role, honorific or pronoun gave the other. For `it`, the nearest
   * body; for `they`, the nearer of the nearest body and the nearest group.
   * A person `spokenOf` says the quoted words name is not the one `he` or
   * `she` means: a speaker does not name themselves in the third person.
   */
  resolvePronoun(pronoun: string, spokenOf: (name: string) => boolean = () => false): Antecedent | null {
    const word = pronoun.toLowerCase();
    if (word === 'it') return this.nearestBody();
    if (word === 'they' || word === 'them') return this.theyMeans();
    const gender = PRONOUN_GENDER.get(word);
    if (gender === undefined) return null;
    const agreeing: Antecedent[] = [];
    const byNameOnly: Antecedent[] = [];
    for (const person of this.people) {
      if (person.name !== null && spokenOf(person.name)) continue;
      // The given name is read only now, and once: most people named are never a pronoun's antecedent.
      if (person.gender === undefined && person.name !== null && !person.givenNameRead) {
        person.givenNameRead = true;
        const read = genderOfName(person.name);
        if (read !== undefined) {
          person.gender = read;
          person.genderFromName = true;
        }
      }
      if (person.gender === gender || person.gender === undefined) agreeing.push(person);
      else if (person.genderFromName === true) byNameOnly.push(person);
    }
    // `Tahmina Akter … said she had been beaten. Rafiqul Hasan … said …. “…,” she said`: for `she`, a woman
    // (by the text, or by a name list) comes before one whose gender nothing says, since most people quoted
    // in news are men; for `he`, the most salient still (`An elder, who …, said …. “…,” he said`).
    const salient = mostSalient(agreeing);
    const women = agreeing.filter((person) => person.gender === 'female');
    const unknown = gender === 'female' && salient !== null && salient.gender === undefined;
    const chosen = (unknown ? mostSalient(women) : null) ?? salient ?? mostSalient(byNameOnly);
    if (chosen !== null && chosen.gender !== gender) {
      chosen.gender = gender;
      chosen.genderFromName = false;
    }
    return chosen;
  }

  /**
   * The nearer of the latest group and body, unless the body was named in passing (`hospitals run by the
   * Red Crescent`) while the group is the subject of its sentence or of the one before: `Doctors at three
   * hospitals run by the Red Crescent said …. “…,” they said` are the doctors.
   */
  private theyMeans(): Antecedent | null {
    const group = this.lastGroup;
    const body = this.lastBody;
    if (this.groupIsNearer || body === null) return group ?? body;
    const inPassing = body.subject !== true && body.sentence !== undefined;
    const groupSalient =
      group?.subject === true && group.sentence !== undefined && group.sentence >= (body.sentence ?? 0) - 1;
    return inPassing && groupSalient ? group : body;
  }

  /**
   * The body named most recently: what `it`, and `the group` or `the company` when no body was introduced
   * with that word, mean; with no body known, the latest name nothing shows to be a person's
   * (`Meridian Airlines cancelled 200 flights. … “…,” it said`).
   */
  nearestBody(): Antecedent | null {
    // `The company said it would cut jobs in Germany. “…,” it said`: a body named in passing (after a
    // preposition) does not take `it` from the subject of its sentence or the one before.
    // So does a name of no known kind as a subject (`Air Astana will ground jets … on routes to Turkey`).
    const body = this.lastBody;
    const unknown = this.lastUnknown;
    const subject =
      unknown !== null && (unknown.sentence ?? -1) > (this.lastSubjectBody?.sentence ?? -1)
        ? unknown
        : this.lastSubjectBody;
    const inPassing = body !== null && body.subject !== true && body.sentence !== undefined;
    if (inPassing && subject !== null && (subject.sentence ?? -1) >= (body.sentence ?? 0) - 1) return subject;
    return body ?? this.lastUnknown;
  }

  /**
   * The nearest body, passing over states: `the group said` after `… in Mogadishu` is not Somalia; and over the
   * latest body when `passOver` says so, for a name of no known kind (`the company said` is no border guard).
   */
  nearestNonState(passOver: (body: Antecedent) => boolean = () => false): Antecedent | null {
    const body = this.lastNonState;
    return body !== null && !passOver(body) ? body : this.lastUnknown;
  }

  /** The person named most recently: what `the 34-year-old` means when no one was given that age. */
  nearestPerson(): Antecedent | null {
    return this.people.at(-1) ?? null;
  }

  /**
   * The person named most recently, when the text gave them no role and no other gender than `gender`: whom a
   * role held for oneself that no one was introduced with means (`Marc Lévesque, who was waiting for a train,
   * said he saw … “…,” the witness said`).
   */
  latestWithoutRole(gender?: Gender): Antecedent | null {
    const latest = this.people.at(-1);
    if (latest === undefined || latest.roles.length > 0 || latest.plural === true) return null;
    const own = latest.gender ?? (latest.name === null ? undefined : genderOfName(latest.name));
    return gender === undefined || own === undefined || own === gender ? latest : null;
  }

  /** The latest person the text gave this age: `the 34-year-old` after `Daniel Reyes, 34,`. */
  withAge(age: number): Antecedent | null {
    return this.byAge.get(age) ?? null;
  }

  /** The latest introduction of the registered or discovered actor `id`, with the roles it was given. */
  withId(id: string): Antecedent | null {
    return this.byId.get(id) ?? null;
  }

  /**
   * The latest antecedent holding `role` (`the spokesperson`); with qualifiers (`prime` in `the prime
   * minister`), the latest whose title as introduced holds one of them (`Prime Minister Elena Rusu`, not
   * `Energy Minister Karim Benali` named after her), else the latest. With the actor the description
   * names (`Russia` in `the Russian ambassador`), the latest introduced as speaking for it comes first.
   */
  withRole(
    role: string,
    qualifiers: readonly string[] = [],
    actor: string | null = null,
    gender?: Gender,
  ): Antecedent | null {
    // `the spokeswoman` is no spokesman: a holder the text gave the other gender is not meant.
    const holders = this.byRole
      .get(role)
      ?.filter((holder) => gender === undefined || holder.gender === undefined || holder.gender === gender);
    if (holders === undefined) return null;
    for (let i = holders.length - 1; i >= 0 && actor !== null; i--) {
      if ((holders[i] as Antecedent).actor === actor) return holders[i] as Antecedent;
    }
    const titlesOf = (holder: Antecedent) => holder.description?.toLowerCase().split(/[\s,]+/u) ?? [];
    for (let i = holders.length - 1; i >= 0 && qualifiers.length > 0; i--) {
      const titles = titlesOf(holders[i] as Antecedent);
      if (qualifiers.some((word) => titles.includes(word))) return holders[i] as Antecedent;
    }
    // `the state minister` after `Union Health Minister X` and `Kerala Health Minister Y`: a level of government
    // no one's title names is still not the other level's holder.
    const other = new Set(qualifiers.flatMap((word) => OTHER_LEVEL.get(word) ?? []));
    if (other.size > 0) {
      const level = holders.findLast((holder) => !titlesOf(holder).some((word) => other.has(word)));
      if (level !== undefined) return level;
    }
    return holders.at(-1) ?? null;
  }

  /**
   * The latest holder of `role` the text introduced with no name (`Papua New Guinea's police commissioner said
   * …`): whom one named later with that role as a title (`Commissioner X`) is.
   */
  unnamedHolder(role: string | undefined): Antecedent | null {
    if (role === undefined) return null;
    return this.byRole.get(role)?.findLast((holder) => holder.name === null && holder.person === true) ?? null;
  }

  /**
   * `Jordan's foreign minister said on Tuesday …`, then `“…,” Karim Nasser said`: a story that opens on someone
   * reporting by their role alone names them in the paragraphs after, so the first person it names at a quote's
   * cue, with no role, description or body of their own, is that holder when it is the only one and their genders
   * agree; null else.
   */
  ledeHolder(named: Antecedent): Antecedent | null {
    if (named.roles.length > 0 || named.description !== undefined) return null;
    if (this.people.some((person) => person.name !== null)) return null;
    const holders = this.people.filter((person) => person.subject === true && person.actor !== null);
    const [holder] = holders;
    if (holders.length !== 1 || holder === undefined) return null;
    return named.gender === undefined || holder.gender === undefined || named.gender === holder.gender ? holder : null;
  }

  /** The person introduced earlier by a full name ending in `surname` (`Eastman` → `Creswell Eastman`). */
  withSurname(surname: string): Antecedent | null {
    return this.bySurname.get(surnameKey(surname)) ?? null;
  }

  /**
   * The one person whose surname is `surname` with a typo (`Water said` after `Kathryn Waters`): one edit,
   * the same first letter, five letters or more; null when none or more than one is that close.
   */
  withSurnameNear(surname: string): Antecedent | null {
    if (surname.length < MIN_NEAR_SURNAME) return null;
    const key = surnameKey(surname);
    let found: Antecedent | null = null;
    for (const [written, person] of this.bySurname) {
      if (written[0] !== key[0] || !withinOneEdit(written, key)) continue;
      if (found !== null && found !== person) return null;
      found = person;
    }
    return found;
  }

  /** The body named before in full whose initials an acronym is: `the JCS` after `Joint Chiefs of Staff`. */
  withInitials(acronym: string): Antecedent | null {
    return this.byInitials.get(acronym.replace(/\./gu, '')) ?? null;
  }

  /** The latest document with this head noun (`the report`, `the same account`). */
  document(head: string): DocumentAntecedent | null {
    return this.documents.get(head) ?? null;
  }

  /** The latest document of any kind: `the same account` after `posted a statement on X` is where it was posted. */
  lastDocument(): DocumentAntecedent | null {
    return this.latestDocument;
  }
}

/**
 * The initials of a body's name of two capitalised words or more, after its owner's possessive and without
 * its particles (`South Korea’s Joint Chiefs of Staff` → `JCS`); null for a person's name (it opens with a
 * given name) or a shorter one.
 */
function initialsOf(name: string | null): string | null {
  // Most names added are one word (`Haddad`, `Reuters`): no initials, and nothing to split.
  if (name === null || !name.includes(' ')) return null;
  // The words after the last possessive (`'s ` or `’s `), found without splitting the name at each.
  const owner = Math.max(name.lastIndexOf("'s "), name.lastIndexOf('’s '));
  const own = (owner < 0 ? name : name.slice(owner + 3)).split(' ');
  const words = own.filter((word) => /^\p{Lu}/u.test(word));
  if (words.length < 2 || isGivenName(words[0] as string)) return null;
  return words.map((word) => word.charAt(0)).join('');
}

/** What a clause of leading in the present leads (`who heads the agency's office`: `the agency's office`), or null. */
function ledBy(description: string | undefined): string | undefined {
  const led = LEADING_CLAUSE.exec(description ?? '');
  return led === null ? undefined : description?.slice(led.index + led[0].length);
}

/**
 * The body's word owning the role in `description` (`court` in `The court's spokeswoman`, `group` in `the
 * group’s leader`), or null: none for a person's (`his lawyer`).
 */
function ownerWord(description: string | undefined): string | null {
  if (description === undefined) return null;
  // `agency spokeswoman X`, `company spokesman X`: a body's word in lower case opening a title owns the role
  // after it, as `the agency's` would; a state's own service (`police spokesman X`) is read as the state's.
  const [head = '', next = ''] = description.split(' ', 3);
  const titled = /^\p{Ll}+$/u.test(head) ? roleOf(head) : undefined;
  if (titled?.person === false && !STATE_BODIES.has(titled.role) && roleOf(next)?.person === true) return titled.role;
  if (!/^the /iu.test(description)) return null;
  const [first, second] = description.toLowerCase().split(' ', 2);
  const owner = first === 'the' && second !== undefined && /['’]s$/u.test(second) ? withoutPossessive(second) : '';
  const role = owner === '' ? undefined : roleOf(owner);
  return role?.person === false ? role.role : null;
}

/**
 * A surname as a key, its first letter in lower case: a particle is capitalised at a sentence's start
 * (`Al-Shaibani said` after `Asaad al-Shaibani`) and nowhere else, and no two surnames differ only there.
 */
function surnameKey(surname: string): string {
  return surname.charAt(0).toLowerCase() + surname.slice(1);
}

/**
 * The actor a named speaker's words are credited to: the registry's, unless
 * it reads a titled person as a body speaking for itself (then the actor
 * their titles name: `Afghan Ambassador` → Afghanistan); else their titles'.
 */
export function creditedActor(
  registered: RegisteredSpeaker | null,
  phrase: SpeakerPhrase,
  directory: SpeakerDirectory,
): string | null {
  const ofTitles = phrase.description ? directory.actorInDescription(phrase.description) : null;
  if (registered === null) return ofTitles;
  const bodyForItself = registered.actor === registered.id && !registered.person && phrase.person === true;
  return bodyForItself ? (ofTitles ?? registered.actor) : (registered.actor ?? ofTitles);
}

/** The first registered form among `lookups` (longest first). */
export function lookup(directory: SpeakerDirectory, lookups: readonly string[]): RegisteredSpeaker | null {
  for (const form of lookups) {
    const found = directory.lookupName(form);
    if (found !== null) return found;
  }
  return null;
}

/**
 * Whether `earlier`, mentioned again as `again`, is a subject at its latest
 * mention: the speaker of a quote is still the subject when the words that
 * name them are read as a mention of that same sentence.
 */
function isSubjectAgain(earlier: Antecedent, again: Antecedent): boolean {
  return again.subject === true || (earlier.subject === true && earlier.sentence === again.sentence);
}

/**
 * Of `people` (most recent last), the one a pronoun most likely means: the
 * most recent, unless it was named in passing (an object, a possessive, a
 * place in a clause) while the subject of its sentence or of the sentence
 * before is among them: `Tom Baker said praise from President Putin would not
 * sway him. He said …` is Baker.
 */
function mostSalient(people: readonly Antecedent[]): Antecedent | null {
  const latest = people.at(-1);
  if (latest === undefined || latest.subject === true || latest.sentence === undefined) return latest ?? null;
  for (let i = people.length - 2; i >= 0; i--) {
    const person = people[i] as Antecedent;
    if (person.sentence === undefined || person.sentence < latest.sentence - 1) break;
    if (person.subject === true) return person;
  }
  return latest;
}

/**
 * The two levels of government in a federation, as a nominal's qualifier names them (`the federal treasurer`,
 * `the state minister`, `the provincial health minister`): each word with the words of the other level.
 */
const NATIONAL_LEVEL = ['federal', 'union', 'national', 'central', 'commonwealth'];
const REGIONAL_LEVEL = ['state', 'provincial', 'regional', 'territorial'];
const OTHER_LEVEL: ReadonlyMap<string, readonly string[]> = new Map([
  ...NATIONAL_LEVEL.map((word) => [word, REGIONAL_LEVEL] as const),
  ...REGIONAL_LEVEL.map((word) => [word, NATIONAL_LEVEL] as const),
]);

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

/**
 * A preposition opening a sentence before capitalised words and a comma (`In Islamabad, a spokeswoman, X,
 * said`): a place or time the sentence is set in, no word of a name (`To Lam said` keeps its name).
 */
function opensWithPlace(tokens: readonly QuoteToken[], at: number): boolean {
  const token = tokenAt(tokens, at);
  if (!PREPOSITIONS.has(token.text.toLowerCase()) || !isSentenceInitial(tokens, at)) return false;
  let end = at + 1;
  while (end < tokens.length && end - at <= MAX_NAME && isWordAt(tokens, end) && isCapitalized(tokenAt(tokens, end)))
    end++;
  return end > at + 1 && tokenAt(tokens, end).text === ',';
}

/** The most particles in a row inside a name: `von der`, `van den`, `de la`. */
const MAX_PARTICLES = 2;

/** A name, with the titles before it: `Iranian Foreign Ministry spokesperson Esmaeil Baqaei`. */
function nameMention(text: string, tokens: readonly QuoteToken[], at: number) {
  let end = at;
  while (end < tokens.length && end - at < MAX_NAME && tokenAt(tokens, end).block === tokenAt(tokens, at).block) {
    const token = tokenAt(tokens, end);
    const particle = token.kind === 'word' && SPEAKER_NAME_PARTICLES.has(token.text) && end > at;
    // `Police Chief Dana Brooks and Mayor Tim Walsh`, `… and Defence Minister Ana Belmonte`: `and` before a
    // title, or a word and a title, starts a second person; so does `and` before an owner's possessive and its
    // title (`… and Syria's defence minister, X,`).
    const titleAt = (i: number) => roleOf(tokenAt(tokens, i).text)?.person === true;
    const owned = /\p{L}['’]s?$/u.test(tokenAt(tokens, end + 1).text) && (titleAt(end + 2) || titleAt(end + 3));
    const second = token.text === 'and' && (titleAt(end + 1) || titleAt(end + 2) || owned);
    // `von der Leyen`, `van den Berg`: particles in a row before the name they belong to.
    let next = end + 1;
    if (particle && NAME_PARTICLES.has(token.text)) {
      while (NAME_PARTICLES.has(tokenAt(tokens, next).text) && next - end < MAX_PARTICLES) next++;
    }
    // `International Committee of the Red Cross`, `Ministry of the Interior`: a body's word, then `of the` and a
    // name, is one name; the complement is no body of its own.
    const body = end > at && roleOf(tokenAt(tokens, end - 1).text)?.person === false;
    if (
      body &&
      token.text === 'of' &&
      tokenAt(tokens, end + 1).text === 'the' &&
      isNameWord(tokenAt(tokens, end + 2))
    ) {
      end += 2;
      continue;
    }
    if (isNameWord(token) || (particle && !second && isNameWord(tokenAt(tokens, next)))) end++;
    else break;
  }
  // Titles in lower case before the run: `spokesperson Esmaeil Baqaei`, `ex-CIA official Paul Pillar`; a
  // title's place, so the word right before the name is a role with one typo too (`foreign minster Hadja Lahbib`).
  let start = at;
  while (
    start > 0 &&
    at - start < MAX_NAME / 2 &&
    isWordAt(tokens, start - 1) &&
    (start === at ? roleOfNear : roleOf)(tokenAt(tokens, start - 1).text)
  )
    start--;
  // `UN special envoy Geir Pedersen`, `Hamas senior official X`: a word or two modifying the role, between it
  // and the capitalised owner before them, belong to the title.
  if (start < at) start = modifiersAfterOwner(tokens, start);
  // Capitalised words before it, but not a preposition opening the sentence on a place (`In Islamabad, …`).
  while (
    start > 0 &&
    at - start < MAX_NAME &&
    isWordAt(tokens, start - 1) &&
    isCapitalized(tokenAt(tokens, start - 1)) &&
    !opensWithPlace(tokens, start - 1)
  )
    start--;
  const appositive = roleAppositive(text, tokens, start, end);
  const phrase = readPhrase(text, tokens, { from: start, to: end }, appositive);
  return { phrase, start, end };
}

/** The most lower-case words modifying a title between its owner and its role: `special` in `UN special envoy`. */
const MAX_TITLE_MODIFIERS = 2;

/**
 * Where a title starting at `role` starts with the lower-case words modifying it, when a capitalised word (its
 * owner) comes right before them (`UN special envoy`, `Hamas senior official`); else `role`. No determiner,
 * preposition or verb is a modifier (`told reporters special envoy …`).
 */
function modifiersAfterOwner(tokens: readonly QuoteToken[], role: number): number {
  let from = role;
  while (role - from < MAX_TITLE_MODIFIERS && from > 0 && isModifierWord(tokenAt(tokens, from - 1))) from--;
  if (from === role || from === 0 || tokenAt(tokens, from - 1).block !== tokenAt(tokens, role).block) return role;
  return isWordAt(tokens, from - 1) && isCapitalized(tokenAt(tokens, from - 1)) ? from : role;
}

function isModifierWord(token: QuoteToken): boolean {
  const word = token.text;
  return (
    token.kind === 'word' &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(word) &&
    !DETERMINERS.has(word) &&
    !PREPOSITIONS.has(word) &&
    !CLAUSE_STARTERS.has(word) &&
    !isVerbWord(token)
  );
}

/** The most words of a role set off by commas beside a name: `A spokesman for the army, Colonel Ali Rahim,`. */
const MAX_APPOSITIVE = 8;

/** A word that makes a stretch a clause rather than a noun phrase: `The minister met the press, John Smith …`. */
function isVerbWord(token: QuoteToken): boolean {
  const word = token.text;
  return (
    CUE_VERBS.has(word) ||
    AUXILIARIES.has(word) ||
    IRREGULAR_PASTS.has(word) ||
    (word.endsWith('ed') && word === word.toLowerCase())
  );
}

/** A noun phrase holding a role between `from` and `to`, with no verb in it, or null. */
function roleRange(text: string, tokens: readonly QuoteToken[], from: number, to: number): TokenRange | null {
  for (let i = from; i < to; i++) {
    // `secretary of state`: a word after `of` or `for` is a noun, whatever else it can be; one after a
    // determiner is a noun or its modifier (`a retired army general`).
    const before = tokenAt(tokens, i - 1).text;
    const complement = COMPLEMENT_PREPOSITIONS.has(before) || (i > from && DETERMINERS.has(before.toLowerCase()));
    if (!isWordAt(tokens, i) || (isVerbWord(tokenAt(tokens, i)) && !complement)) return null;
  }
  const phrase = readPhrase(text, tokens, { from, to });
  return phrase !== null && phrase.kind !== 'name' && phrase.roles.length > 0 ? { from, to } : null;
}

/**
 * The role a name is set off beside, by commas: before it (`The interior minister, Karl Brenner,`,
 * `The company, Northwind Energy,`: the name then closed by a comma too) or after it (`Karen Mills, a
 * shopper`). The named one holds the role, so `the minister` and `it` later find them.
 */
function roleAppositive(
  text: string,
  tokens: readonly QuoteToken[],
  start: number,
  end: number,
): TokenRange | undefined {
  const block = tokenAt(tokens, start).block;
  if (tokenAt(tokens, start - 1).text === ',' && tokenAt(tokens, end).text === ',') {
    const comma = start - 1;
    let found: TokenRange | null = null;
    // The leftmost determiner that starts a role phrase: `A spokesman for the army`, not `the army`; a
    // possessive name stands for one (`Britain’s deputy ambassador, James Whitlock,`).
    // A name of several words is one of the role's words (`A spokeswoman for the International Organization for
    // Migration in Tunis, X,`), so a role owned by a body's full name is as near as one owned by its acronym.
    let words = 0;
    for (let d = comma - 1; d >= 0 && isWordAt(tokens, d); d--) {
      if (!inNameBefore(tokens, d) && ++words > MAX_APPOSITIVE) break;
      if (tokenAt(tokens, d).block !== block) break;
      if (opensRolePhrase(tokenAt(tokens, d))) found = roleRange(text, tokens, d, comma) ?? found;
    }
    if (found !== null) return found;
  }
  const after = tokenAt(tokens, end + 1);
  // `, a shopper`, `, UNHCR’s representative in Kabul`, `, political science professor at …`: a determiner
  // or a possessive, or a bare role in lower case after at most two words describing it.
  const opens = opensRolePhrase(after) || bareRoleAt(tokens, end + 1) || leadsAt(tokens, end + 1);
  if (tokenAt(tokens, end).text !== ',' || !opens) return undefined;
  let to = end + 1;
  let preposition = -1;
  let clause = -1;
  while (to - end <= MAX_APPOSITIVE && isWordAt(tokens, to) && tokenAt(tokens, to).block === block) {
    const word = tokenAt(tokens, to).text;
    if (clause < 0 && RELATIVE_PRONOUNS.has(word)) clause = to;
    // `, president of the Ontario Nurses' Association`: a national office of a body named after it is that
    // body's, no office of the state the title alone would be read as.
    const complement =
      COMPLEMENT_PREPOSITIONS.has(word) && !NATIONAL_OFFICES.has(tokenAt(tokens, to - 1).text.toLowerCase());
    if (preposition < 0 && (PREPOSITIONS.has(word) || complement)) preposition = to;
    to++;
  }
  // `, professor at Seton Hall University`, `, chairman of the Cabinet of Ministers`: where the complement
  // reads as a name, the role alone.
  // `, a retired army general who has promised …`: where a relative clause makes it no noun phrase, the role
  // before the clause.
  // `, a Jordanian who runs UNRWA's logistics in Gaza,`, `, who leads the IMF's mission,`: one who leads what a
  // body owns serves that body, so the whole clause describes them, its owner their affiliation.
  if (clause >= 0 && leadsAt(tokens, clause)) {
    let close = clause + 2;
    while (close - clause <= MAX_LEADING_CLAUSE && isWordAt(tokens, close) && tokenAt(tokens, close).block === block)
      close++;
    // Set off by a comma, or ending the sentence after an inverted cue (`said X, a Norwegian who heads …`).
    // What is led ends before a clause of its own (`who runs a petrol station that once served Russian drivers`):
    // that clause describes the thing led, not whom the person serves.
    if (tokenAt(tokens, close).text === ',' || endsSentence(tokenAt(tokens, close))) {
      let led = clause + 2;
      while (led < close && !RELATIVE_PRONOUNS.has(tokenAt(tokens, led).text)) led++;
      return { from: end + 1, to: led };
    }
  }
  const role =
    roleRange(text, tokens, end + 1, to) ?? (clause > end + 1 ? roleRange(text, tokens, end + 1, clause) : null);
  return role ?? (preposition > end + 1 ? roleRange(text, tokens, end + 1, preposition) : null) ?? undefined;
}

/**
 * Whether token `at` goes on into the next word of one name: a capitalised word before another, or before a
 * particle that joins it to one (`Organization` in `Organization for Migration`), or such a particle itself.
 */
function inNameBefore(tokens: readonly QuoteToken[], at: number): boolean {
  const token = tokenAt(tokens, at);
  const next = tokenAt(tokens, at + 1);
  const joined = (particle: QuoteToken, after: QuoteToken) =>
    NAME_PARTICLES.has(particle.text) && isCapitalized(after) && after.kind === 'word';
  if (!isCapitalized(token)) return joined(token, next) && isCapitalized(tokenAt(tokens, at - 1));
  return (next.kind === 'word' && isCapitalized(next)) || joined(next, tokenAt(tokens, at + 2));
}

/** The most words of a clause of leading: `who heads the International Committee of the Red Cross's office in Bahir Dar`. */
const MAX_LEADING_CLAUSE = 14;

/** `who heads`, `who runs`: a relative clause at token `at` whose verb, in the present, leads something. */
function leadsAt(tokens: readonly QuoteToken[], at: number): boolean {
  return tokenAt(tokens, at).text === 'who' && LEADING_VERBS.has(tokenAt(tokens, at + 1).text);
}

/** A clause of leading inside a description: `who heads `. */
const LEADING_CLAUSE = new RegExp(`\\bwho (?:${[...LEADING_VERBS].join('|')}) `, 'u');

const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which', 'that']);

/** A determiner, or a capitalised possessive that takes a determiner's place: `Russia’s`, `UNHCR's`. */
function opensRolePhrase(token: QuoteToken): boolean {
  return DETERMINERS.has(token.text.toLowerCase()) || (isCapitalized(token) && /['’]s$/u.test(token.text));
}

/** The most lower-case words before the role of a bare appositive: `political science professor`. */
const MAX_ROLE_MODIFIERS = 2;

/** A role in lower case, after at most `MAX_ROLE_MODIFIERS` lower-case words, starts at token `at`. */
function bareRoleAt(tokens: readonly QuoteToken[], at: number): boolean {
  for (let i = at; i - at <= MAX_ROLE_MODIFIERS; i++) {
    const token = tokenAt(tokens, i);
    if (token.kind !== 'word' || token.text !== token.text.toLowerCase() || PREPOSITIONS.has(token.text)) return false;
    if (roleOf(token.text) !== undefined) return true;
  }
  return false;
}

/**
 * The word after a body's word makes that word a modifier (`an army base`, `a party official`): a word in
 * lower case that is no preposition, clause opener or verb, and no document (`a ministry statement` is the
 * ministry's, found as a document).
 */
function modifiesNoun(next: QuoteToken): boolean {
  const word = next.text;
  return (
    isLowerWord(next) &&
    !PREPOSITIONS.has(word) &&
    !CLAUSE_STARTERS.has(word) &&
    !COMPLEMENT_PREPOSITIONS.has(word) &&
    !isVerbWord(next) &&
    documentNoun(word) === null
  );
}

/** `a spokesperson for the Russian government`: an unnamed role introduced with `a`. */
function roleMention(text: string, tokens: readonly QuoteToken[], at: number) {
  let role = -1;
  for (let i = at + 1; i - at <= MAX_ROLE_GAP && isWordAt(tokens, i); i++) {
    // `a coordinated revolt that rebels …`: the role must be in the same noun phrase.
    if (CLAUSE_STARTERS.has(tokenAt(tokens, i).text) || PREPOSITIONS.has(tokenAt(tokens, i).text)) break;
    const found = roleOf(tokenAt(tokens, i).text);
    // `an army base`, `a police car`: a body's word before a noun modifies it and introduces no body.
    if (found?.person === false && modifiesNoun(tokenAt(tokens, i + 1))) continue;
    if (found !== undefined) {
      role = i;
      break;
    }
  }
  // `a report`, `a statement`: a document is introduced with its author, as a document (`documentMention`).
  if (role < 0 || documentNoun(tokenAt(tokens, role).text) !== null) return null;
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
 * A name the text shows as one person's though no registry or title says so:
 * the subject of a reporting verb (`Rathbun stated`, `Smith also told`), or
 * two words or more starting with a given name (`Kevin Allton`, `Thomas Sam`),
 * where no preposition of place or time stands before it (`in Virginia Beach`,
 * `on Tuesday said`). Names
 * joined by `and` (`Obama and Clinton`) are two, not one.
 */
function namesSpeaker(tokens: readonly QuoteToken[], start: number, end: number, phrase: SpeakerPhrase): boolean {
  const name = phrase.name ?? '';
  if (ACRONYM.test(name) || name.includes(' and ')) return false;
  const before = tokenAt(tokens, start - 1).text.toLowerCase();
  if (PLACE_PREPOSITIONS.has(before)) return false;
  let next = end;
  while (CUE_MODIFIERS.has(tokenAt(tokens, next).text)) next++;
  // `the Lebanese state`, `an Iraqi report`: after an article, a reporting verb's word is a noun the name modifies.
  const noun = next === end && (before === 'the' || before === 'a' || before === 'an');
  if (CUE_VERBS.has(tokenAt(tokens, next).text) && !modifiesNext(tokens, next) && !noun) return true;
  return name.includes(' ') && isGivenName(name.slice(0, name.indexOf(' ')));
}

/**
 * For a name whose last word names a body (`Electoral Commission`, `Kansas Farm Bureau`): the body's
 * role (`commission`), or when its word is no role the word itself (`bank` of `National Bank of
 * Kazakhstan`, for `the bank said`); undefined for any other name.
 */
function bodyRole(phrase: SpeakerPhrase): string | undefined {
  // `Ministry of Education`, `Bank of Korea`: the head of a name with a complement comes before its `of`.
  const name = phrase.name ?? '';
  const complement = name.indexOf(' of ');
  const head = complement < 0 ? name : name.slice(0, complement);
  const last = head.slice(head.lastIndexOf(' ') + 1).toLowerCase();
  const role = roleOf(last);
  if (role?.person === false && !role.plural) return role.role;
  return BODY_NAME_HEADS.has(last) ? last : undefined;
}

/** The most tokens looked past for the comma closing an appositive: `Smith, a lawyer for the family, said`. */
const MAX_APPOSITIVE_SKIP = 12;

/** A verb at `at` that is the clause's own, not a word modifying the next (`said`, not `said-to-be`). */
function verbAt(tokens: readonly QuoteToken[], at: number): boolean {
  return isWordAt(tokens, at) && isVerbWord(tokenAt(tokens, at)) && !modifiesNext(tokens, at);
}

/** No verb between the start of its sentence and token `at`: what stands there is a noun phrase (`Syria's new leader`). */
function opensWithoutVerb(tokens: readonly QuoteToken[], sentences: Uint32Array, at: number): boolean {
  for (let i = at - 1; i >= 0 && sentences[i] === sentences[at]; i--) if (verbAt(tokens, i)) return false;
  return true;
}

/** How far past a name its own reporting verb is looked for: the length of an appositive. */
const MAX_TO_OWN_VERB = 24;

/** The subject pronouns that open what someone is said to have said. */
const SUBJECT_PRONOUN_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/** Possessives that open it too (`said her country would …`), after verbs that take no one as their object. */
const POSSESSIVE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['his', 'male'],
  ['her', 'female'],
]);
const OBJECTLESS_CUES = words(`said says added stated insisted noted explained announced argued`);

/**
 * The first reporting verb after a mention ending at token `end`, in its sentence and past an appositive or
 * a relative clause (`An elder, who asked not to be named, said`), or null. A reporting verb's word used as a
 * noun (`minister of state`, `the report`) is no verb.
 */
function ownCueAfter(tokens: readonly QuoteToken[], sentences: Uint32Array, end: number): number | null {
  for (let i = end; i < tokens.length && i - end <= MAX_TO_OWN_VERB && sentences[i] === sentences[end - 1]; i++) {
    const token = tokenAt(tokens, i);
    if (token.kind === 'quote') return null;
    const before = tokenAt(tokens, i - 1).text.toLowerCase();
    const noun = PREPOSITIONS.has(before) || COMPLEMENT_PREPOSITIONS.has(before) || DETERMINERS.has(before);
    if (CUE_VERBS.has(token.text) && !noun) return i;
  }
  return null;
}

/**
 * `Tahmina Akter, a coordinator at Dhaka University, said she had been beaten` (or `said her country …`): the
 * pronoun opening what a person is said to have said is most often that person, so it gives a gender no list
 * of given names holds. The first reporting verb after the name only, so `X told Y she …` says nothing.
 */
function genderOfOwnPronoun(tokens: readonly QuoteToken[], sentences: Uint32Array, end: number): Gender | undefined {
  const cue = ownCueAfter(tokens, sentences, end);
  if (cue === null) return undefined;
  const next = tokenAt(tokens, cue + 1).text === 'that' ? cue + 2 : cue + 1;
  const word = tokenAt(tokens, next).text;
  const verb = tokenAt(tokens, cue).text;
  return SUBJECT_PRONOUN_GENDER.get(word) ?? (OBJECTLESS_CUES.has(verb) ? POSSESSIVE_GENDER.get(word) : undefined);
}

/**
 * A name from token `start` to `end` is its clause's subject: it opens its
 * sentence, or a verb follows it (past modifiers and an appositive set off by
 * commas): `In January, Gov. Tomblin praised`, `Smith, a lawyer, said`; or
 * it is the appositive of a subject that comes before it, set off by commas
 * with the verb right after (`Syria's new leader, Ahmed al-Sharaa, said`).
 */
function isSubject(tokens: readonly QuoteToken[], sentences: Uint32Array, start: number, end: number): boolean {
  // After a dateline's dash (`ALMATY — Air Astana will ground …`) the story's first sentence opens.
  if (start === 0 || sentences[start - 1] !== sentences[start] || DATELINE_DASH.test(tokenAt(tokens, start - 1).text))
    return true;
  // `hospitals run by the Red Crescent said …`, `in southern Lebanon said`: a name after a preposition (and
  // its article or modifiers) is its object, whatever follows.
  const before = tokenAt(tokens, start - 1).text.toLowerCase();
  // `… at a café after Gallant spoke`: a subordinate clause's subject is not its sentence's.
  if (SUBORDINATORS.has(before)) return false;
  for (let i = start - 1; i >= 0 && start - i <= MAX_OBJECT_MODIFIERS + 1 && isLowerWord(tokenAt(tokens, i)); i--) {
    if (PREPOSITIONS.has(tokenAt(tokens, i).text)) return false;
  }
  // `Nimbrix's general counsel, the Swedish-born Oskar Wennerström, said`: a name set off after the subject's
  // head, with its article, is the subject.
  const lead = DETERMINERS.has(before) && tokenAt(tokens, start - 2).text === ',' ? start - 1 : start;
  if (tokenAt(tokens, lead - 1).text === ',' && tokenAt(tokens, end).text === ',' && verbAt(tokens, end + 1))
    return opensWithoutVerb(tokens, sentences, lead - 1);
  let next = end;
  if (tokenAt(tokens, next).text === ',') {
    let close = next + 1;
    while (close - next <= MAX_APPOSITIVE_SKIP && isWordAt(tokens, close)) close++;
    if (tokenAt(tokens, close).text === ',') next = close + 1;
  }
  while (CUE_MODIFIERS.has(tokenAt(tokens, next).text)) next++;
  return verbAt(tokens, next);
}

/** Conjunctions that open a subordinate clause inside a sentence, in lower case: `after Gallant spoke`. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'while', 'since', 'until', 'because', 'although', 'once']);

/** A dash closing a dateline: `ALMATY —`, `OSLO –`, `NAIROBI, June 26 (Reuters) -`. */
const DATELINE_DASH = /^[—–-]$/u;

/** The most words between a preposition and its object's name: `in the far north of`, `in southern`. */
const MAX_OBJECT_MODIFIERS = 2;

/** `KCNA`, `NATO`: a name in capitals is a body's. */
const ACRONYM = /^[\p{Lu}\d.&-]+$/u;

/**
 * Who a `told` cue was addressed to (`told Reuters`, `told The Guardian`) is
 * the audience, never who speaks next.
 */
function isAddressee(tokens: readonly QuoteToken[], at: number): boolean {
  const before = tokenAt(tokens, at - 1);
  const word = before.kind === 'word' ? before.text.toLowerCase() : '';
  const article = word === 'the' ? tokenAt(tokens, at - 2).text.toLowerCase() : word;
  return ADDRESSING.has(article);
}

const ADDRESSING = new Set(['told', 'tells', 'telling', 'tell']);

/** The most words of a group's description before its role word (`The report's lead authors`), or of its complement after it. */
const MAX_GROUP = 4;
const GROUP_COMPLEMENTS = new Set(['of', 'from', 'in', 'at']);

/** A word in lower case, as a verb after its subject is: `seized`, `met`. */
function isLowerWord(token: QuoteToken): boolean {
  return token.kind === 'word' && token.text === token.text.toLowerCase() && /\p{L}/u.test(token.text);
}

/**
 * `Officials said`, `The report's authors say`, `The rebels seized the airport`: a group of people as the
 * subject of a reporting verb, or opening its sentence before a verb, whom a later `they` can mean.
 */
function groupMention(
  text: string,
  tokens: readonly QuoteToken[],
  at: number,
  directory: SpeakerDirectory,
): Antecedent | null {
  const token = tokenAt(tokens, at);
  // Only a plural (`officials`, `authors`) names a group; most words are looked at no further.
  if (token.kind !== 'word' || !token.text.endsWith('s')) return null;
  const role = roleOf(token.text.toLowerCase());
  if (role?.plural !== true || !role.person) return null;
  let next = at + 1;
  // `Residents of the village said`: a short complement may stand between the group and its verb.
  if (GROUP_COMPLEMENTS.has(tokenAt(tokens, next).text)) {
    let end = next + 1;
    while (end - next <= MAX_GROUP && isWordAt(tokens, end) && !CUE_VERBS.has(tokenAt(tokens, end).text)) end++;
    if (CUE_VERBS.has(tokenAt(tokens, end).text)) next = end;
  }
  const groupEnd = next;
  while (CUE_MODIFIERS.has(tokenAt(tokens, next).text)) next++;
  const reports = CUE_VERBS.has(tokenAt(tokens, next).text);
  if (!reports && !isLowerWord(tokenAt(tokens, next))) return null;
  let from = at;
  while (
    from > 0 &&
    at - from < MAX_GROUP &&
    isWordAt(tokens, from - 1) &&
    tokenAt(tokens, from - 1).block === token.block
  ) {
    const before = tokenAt(tokens, from - 1).text;
    if (CLAUSE_STARTERS.has(before.toLowerCase()) || PREPOSITIONS.has(before.toLowerCase())) break;
    from--;
    if (/^(?:the|these|those)$/iu.test(before)) break;
  }
  const first = tokenAt(tokens, from);
  // `The rebels seized the airport.`: a group that opens its sentence is its subject whatever the verb.
  const opens =
    from === 0 || endsSentence(tokenAt(tokens, from - 1)) || tokenAt(tokens, from - 1).block !== first.block;
  if (!reports && !opens) return null;
  const last = tokenAt(tokens, groupEnd - 1);
  const written = text.slice(first.start, last.end);
  const description = /^(?:The|These|Those)\b/u.test(written)
    ? written.charAt(0).toLowerCase() + written.slice(1)
    : written;
  return {
    ...described(description, directory),
    person: true,
    plural: true,
    roles: [role.role],
    start: first.start,
    end: last.end,
  };
}

/** The most modifiers of a described body's word: `The regional electoral office`. */
const MAX_BODY_MODIFIERS = 2;

/**
 * `The interior ministry said the border would stay shut.`: a body's word after `the` and its modifiers,
 * opening its sentence before a verb, is a body a later `it`, `they` or `the ministry` can mean.
 */
function bodyMention(
  text: string,
  tokens: readonly QuoteToken[],
  at: number,
  directory: SpeakerDirectory,
): Antecedent | null {
  // Most tokens are no body's word after `The`: look for the article first, the cheapest test.
  let article = false;
  for (let i = at - 1; i >= 0 && at - i <= MAX_BODY_MODIFIERS + 1 && !article; i--) article = isBodyArticle(tokens, i);
  if (!article) return null;
  const token = tokenAt(tokens, at);
  if (!isLowerWord(token)) return null;
  const role = roleOf(token.text);
  if (role?.person !== false || role.plural === true || !isLowerWord(tokenAt(tokens, at + 1))) return null;
  // A document speaks through its author (`documents.ts`), not as a body of its own.
  if (documentNoun(token.text) !== null) return null;
  // Modifiers only (`interior`, `Israeli`): a determiner or a role word between means the body's word is an object.
  let from = at - 1;
  const modifier = (i: number) => {
    const word = tokenAt(tokens, i);
    const lower = word.text.toLowerCase();
    return (
      word.kind === 'word' &&
      word.text !== 'The' &&
      /\p{L}/u.test(word.text) &&
      !DETERMINERS.has(lower) &&
      roleOf(lower) === undefined
    );
  };
  while (from >= 0 && at - from <= MAX_BODY_MODIFIERS && modifier(from)) from--;
  const the = tokenAt(tokens, from);
  if (from < 0 || !isBodyArticle(tokens, from) || the.block !== token.block) return null;
  // After a dateline's dash too: `BAGHDAD — The U.S. embassy said …`.
  const before = tokenAt(tokens, from - 1);
  // `…, the Israeli military said.`: set off after a clause as the one who said it, ending the sentence or its
  // clause, past a short phrase of time or place (`…, the finance ministry said on Sunday, as …`).
  const setOff = the.text === 'the' && CUE_VERBS.has(tokenAt(tokens, at + 1).text) && endsCueClause(tokens, at + 2);
  if (the.text === 'the' && !setOff) return null;
  if (
    from > 0 &&
    !setOff &&
    !endsSentence(before) &&
    !DATELINE_DASH.test(before.text) &&
    before.block === token.block
  ) {
    return null;
  }
  const description = `the ${text.slice(tokenAt(tokens, from + 1).start, token.end)}`;
  // `The company said …` with no modifier may be the body named before (`Norvik Motors`): the discourse decides.
  const bare = from === at - 1 ? readPhrase(text, tokens, { from, to: at + 1 }) : null;
  return {
    ...(bare?.kind === 'nominal' && { nominal: bare }),
    ...described(description, directory),
    person: false,
    roles: [role.role],
    start: the.start,
    end: token.end,
  };
}

/** The most words of a phrase of time or place after a set-off cue: `on Sunday`, `in a statement`. */
const MAX_CUE_PHRASE = 4;

/**
 * The sentence ends at token `at`, or a phrase of time or place there (`on Sunday`, `in Geneva`) ends it or its
 * clause (a comma after it): what a set-off cue closes, with no object of its own.
 */
function endsCueClause(tokens: readonly QuoteToken[], at: number): boolean {
  if (endsSentence(tokenAt(tokens, at))) return true;
  if (!PLACE_PREPOSITIONS.has(tokenAt(tokens, at).text)) return false;
  for (let i = at + 1; i - at <= MAX_CUE_PHRASE; i++) {
    const token = tokenAt(tokens, i);
    if (endsSentence(token) || token.text === ',') return i > at + 1;
    if (token.kind !== 'word' || token.text === 'that') return false;
  }
  return false;
}

/** `The` opening a described body, or `the` after a comma (`…, the Israeli military said.`). */
function isBodyArticle(tokens: readonly QuoteToken[], i: number): boolean {
  const word = tokenAt(tokens, i).text;
  return word === 'The' || (word === 'the' && tokenAt(tokens, i - 1).text === ',');
}

/** The most tokens of a clause that opens a sentence before its subject: `Asked whether Iran would leave the treaty,`. */
const MAX_OPENING_CLAUSE = 20;

/**
 * Words that open a clause setting the scene before a sentence's subject: a preposition (`At a news
 * conference in Tehran,`) or a conjunction of time or cause (`When the vote was called,`).
 */
const SCENE_OPENERS = words(`as while when after before because since though although if until once`);

/**
 * Token `at` follows the comma closing a clause that opens its sentence (`Asked whether …, the spokesman
 * said`): a preposition, a conjunction of time or cause, or a participle (`Asked`, `Speaking`) before the
 * first comma. What comes after the comma is the sentence's subject, as if it opened the sentence.
 */
function afterOpeningClause(tokens: readonly QuoteToken[], at: number): boolean {
  if (tokenAt(tokens, at - 1).text !== ',') return false;
  let start = at - 2;
  while (start > 0 && at - start <= MAX_OPENING_CLAUSE && !isSentenceInitial(tokens, start)) {
    if (tokenAt(tokens, start).text === ',') return false;
    start--;
  }
  if (!isSentenceInitial(tokens, start)) return false;
  const first = tokenAt(tokens, start).text;
  const lower = first.toLowerCase();
  return PREPOSITIONS.has(lower) || SCENE_OPENERS.has(lower) || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(first);
}

/**
 * `The Egyptian minister dismissed the concern.`: `The`, at most two modifiers and a person's role in lower
 * case, opening its sentence before a word in lower case; the holder of the role, found later, is its subject.
 */
function nominalSubject(text: string, tokens: readonly QuoteToken[], at: number): Antecedent | null {
  const the = tokenAt(tokens, at);
  const opens =
    the.text === 'The'
      ? at === 0 || endsSentence(tokenAt(tokens, at - 1)) || tokenAt(tokens, at - 1).block !== the.block
      : the.text === 'the' && afterOpeningClause(tokens, at);
  if (!opens) return null;
  let role = at + 1;
  while (
    role - at <= MAX_BODY_MODIFIERS &&
    isWordAt(tokens, role) &&
    roleOf(tokenAt(tokens, role).text) === undefined
  ) {
    if (DETERMINERS.has(tokenAt(tokens, role).text.toLowerCase())) return null;
    role++;
  }
  const head = tokenAt(tokens, role);
  const found = isLowerWord(head) ? roleOf(head.text) : undefined;
  if (found?.person !== true || found.plural || !isLowerWord(tokenAt(tokens, role + 1))) return null;
  if (tokenAt(tokens, role + 1).block !== the.block) return null;
  const phrase = readPhrase(text, tokens, { from: at, to: role + 1 });
  if (phrase?.kind !== 'nominal') return null;
  return {
    name: null,
    id: null,
    actor: null,
    person: true,
    roles: phrase.roles,
    start: phrase.start,
    end: phrase.end,
    nominal: phrase,
  };
}

/**
 * `Latvia's president on Saturday sent back the law.`: a person's role after the possessive name (`start` to
 * `end`) opening its sentence, with no name after it, is someone a later `the president`, `the president's
 * letter` or `he` means, shown as written; so is a body's (`Iraq's finance ministry rejected the account.`,
 * then `the ministry said`), and either set off after a clause as its speaker (`…, Taiwan's defence ministry
 * said.`); null for anything else.
 */
function officeOfOwner(
  text: string,
  tokens: readonly QuoteToken[],
  start: number,
  end: number,
  directory: SpeakerDirectory,
): Antecedent | null {
  // After a dateline's dash too: `RIGA — Latvia's president …`.
  const opens = isSentenceInitial(tokens, start) || DATELINE_DASH.test(tokenAt(tokens, start - 1).text);
  const setOff = tokenAt(tokens, start - 1).text === ',';
  if (!(opens || setOff) || !/['’]s$/u.test(tokenAt(tokens, end - 1).text)) return null;
  let role = end;
  while (
    role - end < MAX_BODY_MODIFIERS &&
    isLowerWord(tokenAt(tokens, role)) &&
    roleOf(tokenAt(tokens, role).text) === undefined
  )
    role++;
  let found = isLowerWord(tokenAt(tokens, role)) ? roleOf(tokenAt(tokens, role).text) : undefined;
  // `Papua New Guinea's police commissioner said`: a body's word before a person's role modifies it, so the
  // person is introduced, as `a police officer` is.
  const held = isLowerWord(tokenAt(tokens, role + 1)) ? roleOf(tokenAt(tokens, role + 1).text) : undefined;
  if (found?.person === false && held?.person === true && !held.plural) {
    found = held;
    role++;
  }
  if (found === undefined || found.plural || !isLowerWord(tokenAt(tokens, role + 1))) return null;
  // `…, Taiwan's defence ministry said.`: set off after a clause, only as the one who said it.
  if (!opens && !SAYING_VERBS.has(tokenAt(tokens, role + 1).text)) return null;
  const first = tokenAt(tokens, start);
  const description = text.slice(first.start, tokenAt(tokens, role).end);
  return {
    ...described(description, directory),
    person: found.person,
    roles: [found.role],
    start: first.start,
    end: tokenAt(tokens, role).end,
  };
}

/** The most words looked at on either side of a document noun for its author. */
const DOCUMENT_WINDOW = 10;

/** The most words between `in` and a document noun: `in a brief written statement`. */
const MAX_IN_DOCUMENT = 3;

/** The capitalised words (and particles between them) of a name from token `from` on, as written; `to` is past them. */
function nameRunFrom(tokens: readonly QuoteToken[], from: number): { words: string[]; to: number } {
  const words: string[] = [];
  let i = from;
  for (; i < tokens.length && words.length < MAX_NAME; i++) {
    const token = tokenAt(tokens, i);
    const particle =
      words.length > 0 && SPEAKER_NAME_PARTICLES.has(token.text) && isCapitalized(tokenAt(tokens, i + 1));
    if (token.kind !== 'word' || (!isCapitalized(token) && !particle)) break;
    words.push(token.text);
  }
  return { words, to: i };
}

/** An owner before what it owns: a possessive (`the group's`, `Hamas’`) or a possessive pronoun. */
const OWNER = /^(?:.+['’]s?|its|his|her|their)$/iu;

/** The most tokens from a sentence's start to the `in` of a document its subject spoke in. */
const MAX_DOCUMENT_SENTENCE = 16;

/**
 * The name ending right before the first verb of the sentence holding token `at`, when that verb comes
 * before `at`: `Houthi spokesman Abdulmalik Hajar rejected the charge in a post` → `Abdulmalik Hajar`.
 */
function subjectNameBefore(tokens: readonly QuoteToken[], at: number): string | null {
  let start = at;
  while (start > 0 && at - start < MAX_DOCUMENT_SENTENCE && !isSentenceInitial(tokens, start)) start--;
  if (!isSentenceInitial(tokens, start)) return null;
  let verb = start + 1;
  while (verb < at && !(isLowerWord(tokenAt(tokens, verb)) && isVerbWord(tokenAt(tokens, verb)))) verb++;
  if (verb >= at) return null;
  // `Haiti's foreign ministry protested in a letter`: an owner's body, its role in lower case.
  if (ownedBodyRun(tokens, start, verb))
    return tokens
      .slice(start, verb)
      .map((token) => token.text)
      .join(' ');
  let from = verb;
  while (from > start && isCapitalized(tokenAt(tokens, from - 1)) && isWordAt(tokens, from - 1)) from--;
  // A lone capital opening the sentence is no evidence of a name: `Reporters quoted it in a report`.
  const lone = from === start && verb - from === 1;
  if (from === verb || lone || tokenAt(tokens, from).text === 'The') return null;
  return tokens
    .slice(from, verb)
    .map((token) => token.text)
    .join(' ');
}

/** Whether tokens `from` to `to` are a capitalised owner's possessive and a body's role in lower case. */
function ownedBodyRun(tokens: readonly QuoteToken[], from: number, to: number): boolean {
  const owner = tokenAt(tokens, from);
  if (to - from < 2 || !isCapitalized(owner) || !/['’]s?$/u.test(owner.text)) return false;
  for (let i = from + 1; i < to; i++) if (!isLowerWord(tokenAt(tokens, i))) return false;
  return roleOf(tokenAt(tokens, to - 1).text)?.person === false;
}

/**
 * `Norland Bank said in a statement`, `In a statement, Norland Bank said`: the document the speaker of a
 * reporting verb spoke `in` is theirs; the author's name as written, or null.
 */
function speakerOfDocument(tokens: readonly QuoteToken[], at: number): string | null {
  let i = at - 1;
  while (i > 0 && at - i <= MAX_IN_DOCUMENT && isLowerWord(tokenAt(tokens, i)) && tokenAt(tokens, i).text !== 'in') i--;
  if (tokenAt(tokens, i).text.toLowerCase() !== 'in' || i === at - 1) return null;
  // After: `In a statement, Norland Bank said`.
  if (tokenAt(tokens, at + 1).text === ',') {
    const run = nameRunFrom(tokens, at + 2);
    const verb = tokenAt(tokens, run.to).text;
    return run.words.length > 0 && CUE_VERBS.has(verb) ? run.words.join(' ') : null;
  }
  // Before: `Norland Bank said in a statement`; or the subject of the sentence's verb further back
  // (`Abdulmalik Hajar rejected the charge in a post on X`).
  if (!CUE_VERBS.has(tokenAt(tokens, i - 1).text)) return subjectNameBefore(tokens, i);
  // `Lorena Vásquez-Tiller, who leads the IMF's mission, said in a statement`: the name before its appositive.
  let name = i - 1;
  if (tokenAt(tokens, name - 1).text === ',') {
    let open = name - 2;
    while (open > 0 && name - open <= MAX_LEADING_CLAUSE + 2 && tokenAt(tokens, open).text !== ',') open--;
    if (tokenAt(tokens, open).text === ',' && tokenAt(tokens, open).block === tokenAt(tokens, name).block) name = open;
  }
  let start = name;
  while (start > 0 && isNameWord(tokenAt(tokens, start - 1)) && tokenAt(tokens, start - 1).text !== 'The') start--;
  if (start === name) {
    // `Orvane's board replied in a statement`: an owner's body, its role in lower case.
    let owner = name;
    while (owner > 0 && name - owner <= MAX_BODY_MODIFIERS && isLowerWord(tokenAt(tokens, owner - 1))) owner--;
    if (!ownedBodyRun(tokens, owner - 1, name)) return null;
    start = owner - 1;
  }
  return tokens
    .slice(start, name)
    .map((token) => token.text)
    .join(' ');
}

/**
 * The author of the document whose noun is token `at`, as an antecedent
 * (`the 2010 Global Trends report by UNHCR` → UNHCR), or null when the
 * words around it name none.
 */
function documentMention(tokens: readonly QuoteToken[], at: number, directory: SpeakerDirectory): Antecedent | null {
  const block = tokenAt(tokens, at).block;
  let from = at;
  while (
    from > 0 &&
    at - from < DOCUMENT_WINDOW &&
    isWordAt(tokens, from - 1) &&
    tokenAt(tokens, from - 1).block === block
  )
    from--;
  let to = at + 1;
  while (to < tokens.length && to - at < DOCUMENT_WINDOW && isWordAt(tokens, to) && tokenAt(tokens, to).block === block)
    to++;
  const words = tokens.slice(from, to).map((token) => token.text);
  const author = authorAround(words, at - from) ?? speakerOfDocument(tokens, at);
  const owner = author === null ? ownerPronoun(words, at - from) : null;
  if (owner !== null) {
    const { start, end } = tokenAt(tokens, at);
    return { name: null, id: null, actor: null, person: null, roles: [], start, end, owner };
  }
  if (author === null) return null;
  const registered = lookup(directory, [author]);
  const first = tokenAt(tokens, from);
  return {
    name: registered?.name ?? author,
    id: registered?.id ?? null,
    // `Germany’s foreign ministry`: an author not registered speaks for the actor its words name.
    actor: registered?.actor ?? directory.actorInDescription(author),
    person: registered?.person ?? null,
    roles: [],
    start: first.start,
    end: tokenAt(tokens, to - 1).end,
  };
}

/**
 * `A Commission spokesman, Arnaud Vercauteren,` after `The European Commission fined …`: a body's word written as
 * a name alone in a description is the body named before whose name ends in it; its actor, or null.
 */
function bodyNamedBefore(found: readonly Antecedent[], description: string | undefined): string | null {
  const words = description?.split(/\s+/u) ?? [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    const alone = !/^\p{Lu}/u.test(words[i - 1] as string) && !/^\p{Lu}/u.test(words[i + 1] ?? '');
    if (!alone || !/^\p{Lu}\p{Ll}+$/u.test(word) || roleOf(word.toLowerCase())?.person !== false) continue;
    for (let j = found.length - 1; j >= 0; j--) {
      const body = found[j] as Antecedent;
      if (body.person === false && body.actor !== null && body.name?.split(' ').at(-1) === word) return body.actor;
    }
  }
  return null;
}

/** A state's armed or police service, whose word opens a title with no owner: `Army spokesman X`. */
const SERVICE_TITLE = /^(army|military|navy|police) \p{Ll}/iu;

/**
 * `Army spokesman Nadav Shoshani` after `the Israeli military said`: a title opening with a service's word and
 * no owner is that service's introduced before, when it is a registered body of its own (the Israel Defense
 * Forces), not a state; its actor, or null.
 */
function serviceNamedBefore(found: readonly Antecedent[], description: string | undefined): string | null {
  const service = SERVICE_TITLE.exec(description ?? '')?.[1]?.toLowerCase();
  if (service === undefined) return null;
  for (let j = found.length - 1; j >= 0; j--) {
    const body = found[j] as Antecedent;
    const armed = body.roles.includes(service) || (service !== 'police' && body.roles.some((role) => ARMED.has(role)));
    if (body.person === false && body.state !== true && body.actor !== null && armed) return body.actor;
  }
  return null;
}

/** A state's armed services, any of which `military` or `army` may name: the Israeli army is its military. */
const ARMED = new Set(['army', 'military', 'navy']);

/** The most words of a body's name setting the scene: `At the Pentagon,`. */
const MAX_SCENE = 4;

/**
 * `At the Pentagon, press secretary Pat Ryder said`: a body's name setting the scene of its sentence, right
 * before the titled person at `start` (past their lower-case title), is where they serve; its actor, or null.
 * Not a place described (`At a UN warehouse in Deir al-Balah,`).
 */
function sceneBody(tokens: readonly QuoteToken[], start: number, directory: SpeakerDirectory): string | null {
  let comma = start - 1;
  while (comma > start - MAX_SCENE && isLowerWord(tokenAt(tokens, comma))) comma--;
  if (tokenAt(tokens, comma).text !== ',') return null;
  let open = comma - 1;
  while (open > 0 && comma - open <= MAX_SCENE && !isSentenceInitial(tokens, open)) open--;
  if (!isSentenceInitial(tokens, open) || tokenAt(tokens, open).text !== 'At') return null;
  const place = tokens.slice(open + 1, comma);
  const named = place.every((token, i) => isCapitalized(token) || (i === 0 && token.text === 'the'));
  return named && place.length > 0 ? directory.actorInDescription(place.map((token) => token.text).join(' ')) : null;
}

/** Whether `name` is the surname of a person `found` names in full. */
function isSurnameOfOne(found: readonly Antecedent[], name: string): boolean {
  return name !== '' && found.some((one) => one.person === true && one.name?.endsWith(` ${name}`) === true);
}

/** The most words between a naming word and the `as` before the name: `gave his name only as`. */
const MAX_GIVEN_AS = 3;

/** Words by which someone unnamed gives a name: `gave his name as`, `identified only as`, `known only as`. */
const GIVEN_NAME_WORDS = words(`name identified identifies known named`);

/** Verbs of a name one goes by (`goes by Ti Bouki`) or calls oneself (`calls himself Ti Bouki`). */
const GOING_BY = words(`go goes went going`);
const CALLING = words(`call calls called calling`);

/** The name at token `at` is the one someone gave: `as` before it, after `name`, `identified` or `known`. */
function givenAs(tokens: readonly QuoteToken[], at: number): boolean {
  // `who goes by the name Ti Bouki`, `who goes by Ti Bouki`, `who calls himself Ti Bouki`.
  const [one, two, three] = [1, 2, 3].map((back) => tokenAt(tokens, at - back).text.toLowerCase());
  if ((one === 'name' && two === 'the' && three === 'by') || (one === 'by' && GOING_BY.has(two ?? ''))) return true;
  if ((one === 'himself' || one === 'herself') && CALLING.has(two ?? '')) return true;
  if (tokenAt(tokens, at - 1).text !== 'as') return false;
  for (let i = at - 2; i >= 0 && at - 1 - i <= MAX_GIVEN_AS && isLowerWord(tokenAt(tokens, i)); i--) {
    if (GIVEN_NAME_WORDS.has(tokenAt(tokens, i).text)) return true;
  }
  return false;
}

/** The latest person `found` introduced in sentence `sentence`, looked for back to its start only. */
function latestPersonIn(found: readonly Antecedent[], sentence: number): Antecedent | undefined {
  for (let i = found.length - 1; i >= 0 && (found[i]?.sentence ?? sentence) >= sentence; i--) {
    if (found[i]?.sentence === sentence && found[i]?.person === true) return found[i];
  }
  return undefined;
}

/** The most years a written age can be: `Girard, 36,` is an age, `Route 401,` is not. */
const MAX_AGE = 120;

/** An age set off after a name: `, 34,` or `, a 61-year-old retired teacher`. */
const AGE_AFTER_NAME = /^,\s+(?:(\d{1,3})[,.]|an?\s+(\d{1,3})-year-old\b)/u;

/** How far past a name its age is looked for: the comma and a few words. */
const AGE_WINDOW = 24;

/**
 * The age the text gives a person named up to token `end`, set off by commas after the name (`Daniel
 * Reyes, 34,`) or in the description beside it (`Thomas Lindqvist, a 61-year-old retired teacher`).
 */
function ageAfter(text: string, tokens: readonly QuoteToken[], end: number): number | undefined {
  const comma = tokenAt(tokens, end);
  if (comma.text !== ',') return undefined;
  const match = AGE_AFTER_NAME.exec(text.slice(comma.start, comma.start + AGE_WINDOW));
  const age = Number(match?.[1] ?? match?.[2]);
  return age > 0 && age <= MAX_AGE ? age : undefined;
}

/**
 * After the headline a label opening its paragraph at token `i` introduces (`READ MORE: ‘…’`), or null. A label
 * citing another story (`READ MORE: Hospital costs have tripled`) makes its whole line a headline, quoted or not:
 * no one in it is someone the story goes on about.
 */
function headlineAt(tokens: readonly QuoteToken[], i: number): number | null {
  const block = tokenAt(tokens, i).block;
  if (i > 0 && tokenAt(tokens, i - 1).block === block) return null;
  for (let colon = i + 1; colon <= i + MAX_LABEL && colon + 1 < tokens.length; colon++) {
    if (tokenAt(tokens, colon).text !== ':') continue;
    if (citesStory(tokens, i, colon)) {
      let end = colon + 1;
      while (end < tokens.length && tokenAt(tokens, end).block === block) end++;
      return end;
    }
    return tokenAt(tokens, colon + 1).kind === 'quote' && isHeadlineLabel(tokens, colon + 1) ? colon + 2 : null;
  }
  return null;
}

/** Whether the words from `from` to the colon are a label citing another story: `READ MORE`, `RELATED`, `WATCH`. */
function citesStory(tokens: readonly QuoteToken[], from: number, colon: number): boolean {
  for (let i = from; i < colon; i++) if (!STORY_LABEL_WORDS.has(tokenAt(tokens, i).text.toLowerCase())) return false;
  return true;
}

/** `a` or `an` in any case; a longer word is not lower-cased to be compared. */
function isIndefiniteArticle(token: QuoteToken): boolean {
  if (token.kind !== 'word' || token.text.length > 2) return false;
  const word = token.text.toLowerCase();
  return word === 'a' || word === 'an';
}

/**
 * Every introduction of a person or body in the words outside quotes, in
 * text order: registered names, names with a title, roles introduced with
 * `a`/`an`, and documents with their authors (marked `document`).
 */
export function findAntecedents(
  text: string,
  tokens: readonly QuoteToken[],
  directory: SpeakerDirectory,
  sentences: Uint32Array,
): Antecedent[] {
  const found: Antecedent[] = [];
  // `DAR ES SALAAM —`: the place a story is filed from is no one `it` or `the company` could mean.
  const dateline = datelinePlaceEnd(text);
  let i = 0;
  while (i < tokens.length && tokenAt(tokens, i).end <= dateline) i++;
  while (i < tokens.length) {
    const token = tokenAt(tokens, i);
    const article = isIndefiniteArticle(token);
    // `READ MORE: ‘…’`: a headline's label names no one a pronoun could mean.
    const headline = headlineAt(tokens, i);
    if (headline !== null) {
      i = headline;
      continue;
    }
    // `Residents of the village said`: a group, even capitalised at the start of its sentence.
    const group = groupMention(text, tokens, i, directory);
    if (group !== null) {
      // A group is found only as the subject of its reporting verb or its sentence.
      found.push({ ...group, sentence: sentences[i] as number, subject: true });
      i++;
      continue;
    }
    const nominal = nominalSubject(text, tokens, i);
    if (nominal !== null) {
      found.push({ ...nominal, sentence: sentences[i] as number, subject: true });
      i++;
      continue;
    }
    const body = bodyMention(text, tokens, i, directory);
    if (body !== null) {
      found.push({ ...body, sentence: sentences[i] as number, subject: true });
      i++;
      continue;
    }
    if (isNameWord(token) && !article && !opensWithPlace(tokens, i)) {
      const { phrase, start: nameStart, end } = nameMention(text, tokens, i);
      const at = i;
      i = Math.max(end, i + 1);
      if (phrase?.kind !== 'name') continue;
      // `After saying …, she was`: a conjunction opening its sentence before a cue is capitalised, and no name.
      if (end - nameStart === 1 && TIME_CONJUNCTIONS.has(token.text.toLowerCase())) continue;
      // `a post on the group's Telegram channel`: a name between an owner and its account is the platform, no one
      // a later `the group` or `it` could mean.
      if (isAccountNoun(tokenAt(tokens, end).text) && OWNER.test(tokenAt(tokens, nameStart - 1).text)) continue;
      // `Ireland, who arrived in March,` after `Tom Ireland, a British surgeon,`: a state's name alone that is the
      // surname of one named in full is that person, no state the briefing names.
      const looked = lookup(directory, phrase.lookups);
      // `Lakeshore Steel said`: a person to discovery only for speaking, with no given name, is read as the text
      // reads a name of no known kind, which `the company` or `it` may mean as well as `he`.
      const registered =
        (looked?.state === true && isSurnameOfOne(found, phrase.name ?? '')) ||
        (looked?.spokenOnly === true && !isGivenName((phrase.name ?? '').split(' ')[0] ?? ''))
          ? null
          : looked;
      const titled = phrase.roles.length > 0 || phrase.person === true;
      // `Sipho Dlamini, 41, a winch operator`, `Joost van Aalst, who grows pears`: an age set off after a name,
      // or a relative clause for a person, makes it a person's.
      const ageSetOff = ageAfter(text, tokens, end);
      const speaking =
        registered === null &&
        !titled &&
        phrase.person !== false &&
        (namesSpeaker(tokens, nameStart, end, phrase) ||
          ageSetOff !== undefined ||
          (tokenAt(tokens, end).text === ',' && tokenAt(tokens, end + 1).text === 'who'));
      if (isAddressee(tokens, at)) continue;
      // `A Fano commander who gave his name only as Asres`: the name is the one the role introduced, the
      // latest person of its sentence, past a body named in the role's complement (`of the Marsabit militia`).
      const unnamed = givenAs(tokens, nameStart) ? latestPersonIn(found, sentences[at] as number) : undefined;
      if (unnamed?.name === null) {
        unnamed.name = phrase.name ?? phrase.text;
        // `The leader of the coalition, who goes by the name Ti Bouki,`: named, someone new, not the role's holder.
        delete unnamed.nominal;
        continue;
      }
      const body = registered === null && phrase.person !== true ? bodyRole(phrase) : undefined;
      if (body !== undefined) {
        // `The Electoral Commission`, `Kansas Farm Bureau`: a body no registry knows, for `it` and `the commission`.
        // A court speaks for no state, though one is named in it (`Italy's Court of Cassation`).
        const written = phrase.name ?? phrase.text;
        found.push({
          name: written,
          id: null,
          actor: isCourt(written) ? null : directory.actorInDescription(written),
          person: false,
          roles: [body],
          start: phrase.start,
          end: phrase.end,
          sentence: sentences[at] as number,
          subject: isSubject(tokens, sentences, nameStart, end),
        });
        continue;
      }
      // `Senators Bernie Sanders and Elizabeth Warren`: two people, neither of them the one a pronoun means.
      if (registered === null && (phrase.name ?? '').includes(' and ')) continue;
      const name = phrase.name ?? '';
      // `Meridian Airlines`: a name in full with no given name, title or honorific may be a body's; so may a
      // single word no list holds as a given name right before its verb (`Eskom returned`, not `Houthi military
      // spokesman`), which a surname named before takes back.
      // Not an owner and what it owns (`Yemen's Houthi rebels`, `Kazakhstan's Kumtor mine`): no name of its own.
      const [firstWord = ''] = name.split(' ');
      const kindUnknown =
        registered === null &&
        !titled &&
        phrase.person === null &&
        (name.includes(' ') || (isSingularNoun(name) && verbAt(tokens, end))) &&
        !/['’]s /u.test(name) &&
        !isGivenName(firstWord);
      // `The Riksbank, which cut its rate in June,`: `which` refers to a thing, so the name is a body's, for `it`.
      const which = tokenAt(tokens, end).text === ',' && tokenAt(tokens, end + 1).text === 'which';
      if (registered === null && !titled && phrase.person !== true && which) {
        found.push({
          name,
          id: null,
          actor: directory.actorInDescription(name),
          person: false,
          roles: [],
          start: phrase.start,
          end: phrase.end,
          sentence: sentences[at] as number,
          subject: isSubject(tokens, sentences, nameStart, end),
        });
        continue;
      }
      // `U.S. warplanes struck Houthi targets`: an armed group's demonym before a noun names the group in passing,
      // for `the group` to mean; before a role (`Houthi military spokesman`) it is whom the role's holder serves.
      const next = tokenAt(tokens, end);
      const group =
        registered === null && !titled && !name.includes(' ') && isLowerWord(next) && roleOf(next.text) === undefined
          ? directory.groupOfDemonym?.(name)
          : null;
      if (group) {
        found.push({
          name: group.name,
          id: group.id,
          actor: group.actor,
          person: false,
          roles: [],
          start: phrase.start,
          end: phrase.end,
          sentence: sentences[at] as number,
          subject: false,
        });
        continue;
      }
      if (registered === null && !titled && !speaking) {
        const subject = isSubject(tokens, sentences, nameStart, end);
        // A single name may be someone named in full before (`Eastman`, `Thomas'`): the discourse decides.
        // A name in full of no known kind counts only as the subject of its sentence, for `it` to find.
        if (name !== '' && (!name.includes(' ') || (kindUnknown && subject))) {
          found.push({
            name,
            id: null,
            actor: null,
            person: null,
            roles: [],
            start: phrase.start,
            end: phrase.end,
            sentence: sentences[at] as number,
            subject,
            ...(kindUnknown && { kindUnknown }),
          });
        }
        continue;
      }
      // `Houthi military spokesman Yahya Saree said the group would …`: a group's demonym opening a title names the
      // group in passing too, so a later `the group's statement` finds it.
      const served = titled ? directory.groupOfDemonym?.(text.slice(phrase.start).split(/\s/u)[0] ?? '') : null;
      if (served) {
        found.push({
          name: served.name,
          id: served.id,
          actor: served.actor,
          person: false,
          roles: [],
          start: phrase.start,
          end: phrase.start,
          sentence: sentences[at] as number,
          subject: false,
        });
      }
      // A person's title (`Afghan Ambassador`) outweighs a registry or discovery that reads the name as a body.
      const person =
        phrase.person === true
          ? true
          : (registered?.person ?? (phrase.person === false ? false : titled || speaking || null));
      // A pronoun gives a name no list knows its gender, and makes a list's gender the text's when it agrees
      // (`Levan Chkheidze, a taxi driver, said he came`, so `she` cannot mean him); it never overrules the list:
      // `Her coach, Peter Kiprono, said she had …` is about her.
      const listed = person === true ? genderOfName(registered?.name ?? name) : undefined;
      const own = person === true ? genderOfOwnPronoun(tokens, sentences, end) : undefined;
      const gender = phrase.gender ?? (listed === undefined || own === listed ? own : undefined);
      // `International Atomic Energy Agency`: a registered body's name ending in a body's word gives it that
      // role, so `the agency` later finds it over a body named since.
      const head = registered?.person === false || person === false ? bodyRole(phrase) : undefined;
      const roles = typeof head === 'string' && !phrase.roles.includes(head) ? [...phrase.roles, head] : phrase.roles;
      const age = person === true ? ageSetOff : undefined;
      found.push({
        name: registered?.name ?? phrase.name ?? null,
        id: registered?.id ?? null,
        ...(age !== undefined && { age }),
        sentence: sentences[at] as number,
        subject: isSubject(tokens, sentences, nameStart, end),
        actor:
          creditedActor(registered, phrase, directory) ??
          bodyNamedBefore(found, phrase.description) ??
          serviceNamedBefore(found, phrase.description) ??
          (titled && person === true ? sceneBody(tokens, nameStart, directory) : null),
        ...(phrase.description && { description: phrase.description }),
        person,
        ...(gender && { gender }),
        roles,
        start: phrase.start,
        end: phrase.end,
        ...(registered?.state === true && { state: true as const }),
        ...(kindUnknown && { kindUnknown }),
      });
      const office = officeOfOwner(text, tokens, nameStart, end, directory);
      if (office !== null) found.push({ ...office, sentence: sentences[at] as number, subject: true });
      continue;
    }
    const document = documentNoun(token.kind === 'word' ? token.text : '');
    if (document !== null) {
      const introduced = documentMention(tokens, i, directory);
      if (introduced !== null) found.push({ ...introduced, document });
    }
    // `Thanakorn Suriya, a spokesman for …,`: the role in a named person's appositive is theirs, no one else.
    const last = found.at(-1);
    const appositive = i > 1 && tokenAt(tokens, i - 1).text === ',' && last?.name != null && last.person === true;
    if (article && !(appositive && tokenAt(tokens, i - 2).end === last.end)) {
      const mention = roleMention(text, tokens, i);
      if (mention?.phrase) {
        const description = mention.phrase.description ?? mention.phrase.text;
        const gender = mention.phrase.gender;
        found.push({
          ...described(description, directory),
          person: mention.phrase.person,
          // `An ICRC spokeswoman told Al Jazeera …. “…,” she said`: a role that reports, with the gender its
          // word gives, is who a later pronoun means over someone named before it.
          ...(gender && { gender }),
          sentence: sentences[i] as number,
          // `An Alawite elder in Jableh, who asked not to be named, said …`: the role opening its sentence reports.
          subject:
            CUE_VERBS.has(tokenAt(tokens, mention.end).text) ||
            (isSentenceInitial(tokens, i) && ownCueAfter(tokens, sentences, mention.end) !== null),
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

/**
 * A single word the tagger reads as nothing but a singular noun (`Eskom`, `Ofwat`): not a word opening a sentence
 * (`Later`, `Meanwhile`), a day, a plural (`Officials`) or a surname it knows (`Smith`).
 */
function isSingularNoun(word: string): boolean {
  return wordTagged(word, 'Singular') && !wordTagged(word, ...NOT_A_BODY_TAGS);
}

/** Tags of a word that is no body's name alone. */
const NOT_A_BODY_TAGS = [
  'Person',
  'Date',
  'Plural',
  'Adjective',
  'Adverb',
  'Verb',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Preposition',
] as const;

/**
 * The state a briefing is about (`homeStateOf`): of the states it names by name, capital or possessive, and
 * the dateline's (`TALLINN —`, `IJEVAN, Armenia —`). An office held with no country (`Prime Minister Najib
 * Mikati`) is that state's.
 */
export function homeState(
  text: string,
  antecedents: readonly Antecedent[],
  directory: SpeakerDirectory,
): string | null {
  const named = antecedents.flatMap(({ state, actor }) => (state === true && actor !== null ? [actor] : []));
  return homeStateOf(
    named,
    datelineState(text, (place) => stateOfPlace(directory, place)),
  );
}

/**
 * The state a place's name stands for: a state's own name, its capital's, or a capital that stands for the
 * government of the day (`Damascus` in 2025) placing the story in its state; else null.
 */
export function stateOfPlace(directory: SpeakerDirectory, place: string): string | null {
  const registered = directory.lookupName(place);
  return registered?.state === true ? registered.actor : (registered?.governs ?? null);
}
