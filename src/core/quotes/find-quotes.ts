/**
 * Every quotation in a briefing's plain text, with its kind, speaker and
 * actor: the quotation spans, read against the words around them. Linear in
 * the length of the text: one pass each to find marks, cut tokens and collect
 * antecedents, then constant work per quote.
 */
import {
  attributionAfter,
  attributionBefore,
  isCitation,
  isHeadlineLabel,
  previousParagraphSubject,
  previousSentenceAttribution,
  sentenceBeforeSubject,
  subjectsBetween,
  sentenceStart,
  SUBJECT_PRONOUNS,
  type Attribution,
  type TokenRange,
} from './cues.ts';
import { Discourse, findAntecedents, homeState, stateOfPlace, type Antecedent } from './discourse.ts';
import { documentNoun } from './documents.ts';
import { findQuotations, type FoundQuotation } from './quotation-spans.ts';
import { quoteKind } from './kinds.ts';
import { genderOfName, readPhrase, type SpeakerPhrase } from './phrases.ts';
import { MODIFIED_NOUNS, SAYING_VERBS, STATE_BODIES } from './lexicon.ts';
import { heldForOneself, NATIONAL_OFFICES, roleOf } from '../text/lexicon.ts';
import { officeOfLesserBody, officeOfNamedPlace, titledInDescribedBody } from '../discovery/name-kind.ts';
import { CENTRAL_BANK_NAME, REGIONAL_BODY } from './speaker-directory.ts';
import { asAntecedent, resolveSpeaker, type Resolved } from './speakers.ts';
import { endsSentence, quoteTokens, sentenceNumbers, tokenAt, type QuoteToken } from './quote-tokens.ts';
import type { Quote, QuoteDiagnostic, QuoteKind, QuotePart, QuotesResult, Speaker, SpeakerDirectory } from './types.ts';

/** A directory that knows no one: speakers keep the names the text gives them. */
export const EMPTY_DIRECTORY: SpeakerDirectory = {
  lookupName: () => null,
  actorInDescription: () => null,
};

/**
 * A state's own medium named by what it is (`State television`, `state media`, `the state-run news
 * agency`): with no state written, the home state's voice, as a named state agency is its state's.
 */
function isStateMedium(words: string): boolean {
  const list = words.toLowerCase().split(/[\s-]+/u);
  return list.some(
    (word, index) =>
      word === 'state' &&
      (MODIFIED_NOUNS.has(list[index + 1] ?? '') || (list[index + 1] === 'run' && list.length > index + 2)),
  );
}

/** A state's own services, whose staff speak for it: `Police chief X`, `army spokesman X`, `Government spokeswoman X`. */
const STATE_SERVICES = new Set(['army', 'navy', 'military', 'police', 'government', 'ministry', 'presidency']);

/**
 * The roles of the bodies a description's holder serves, written as their owner in lower case: `ministry`
 * in `the foreign ministry's spokesman`.
 */
function ownerRoles(description: string): string[] {
  return description
    .split(/\s+/u)
    .flatMap((word) => (/^\p{Ll}+['’]s?$/u.test(word) ? (roleOf(word.replace(/['’]s?$/u, ''))?.role ?? []) : []));
}

/**
 * A state's own body, by its roles or its name: a ministry, or its government, army or police written as a
 * role (`the foreign ministry`, `Ministry of Education`), its central bank written by what it is, or the office
 * of a national office (`The Prime Minister's Office`); not a city's, a party's or an envoy's.
 */
function isStateBody(name: string, roles: readonly string[]): boolean {
  // A body's word written in lower case is a role (`the foreign ministry`); capitalised, a name's (`Army of Islam`).
  const written = name.split(/\s+/u).flatMap((word) => (/^\p{Ll}+$/u.test(word) ? (roleOf(word)?.role ?? []) : []));
  // Only a ministry is a state's by its name alone (`Ministry of Education`; an `Army of Islam` may be anyone's).
  const [head = ''] = name.split(' of ');
  const named = roleOf(head.split(' ').at(-1)?.toLowerCase() ?? '')?.role;
  if (written.some((role) => STATE_SERVICES.has(role)) || roles.includes('ministry') || named === 'ministry')
    return true;
  if (CENTRAL_BANK.test(name) || STATE_GUARD.test(name)) return true;
  // `the federal fisheries department`, `a federal agency`: a body of a federation's national level (not its court).
  const last = written.at(-1);
  if (
    FEDERAL_BODY.test(name) &&
    last !== undefined &&
    roleOf(last)?.person === false &&
    !['court', 'tribunal'].includes(last)
  )
    return true;
  const words = name
    .toLowerCase()
    .replace(/['’]s?\b/gu, '')
    .split(/\s+/u);
  return (
    roles.includes('office') &&
    words.some((word) => NATIONAL_OFFICES.has(roleOf(word)?.role ?? '') || word === 'presidential')
  );
}

/**
 * A guard of a state's coast or border written by what it is (`the coast guard said`, `Coast guard spokesman X`):
 * a state's own service, as its army is.
 */
const STATE_GUARD = /\b(?:coast|border|frontier) ?guards?\b|\bcoastguard\b/iu;

/** A body described at a federation's national level, in lower case: `the federal fisheries department`. */
const FEDERAL_BODY = /^(?:the |a |an )?federal \p{Ll}/u;

/** A state's central bank written by what it is (`the central bank`, `Central bank governor`). */
const CENTRAL_BANK = /\bcentral bank\b/iu;

/**
 * A president `of` a capitalised name (`The president of World Athletics`, `the president of the Ghana Football
 * Association`): the named body's office, no state's, unless the name is the state's own polity or its
 * government's council (`the President of the Republic`, `the President of the Council of Ministers`). Other
 * national offices are of a portfolio (`Minister of Education`), which is the state's.
 */
function officeOfNamedBody(description: string): boolean {
  const owner = PRESIDENT_OF_NAME.exec(description)?.[1];
  return owner !== undefined && !POLITY_WORDS.has(owner.toLowerCase());
}

const PRESIDENT_OF_NAME = /\b[Pp]resident of (?:the )?(\p{Lu}[\p{L}'’-]*)/u;

/** Words by which a state names itself or its government: the President of `the Republic` is the state's. */
const POLITY_WORDS = new Set([
  'republic',
  'kingdom',
  'federation',
  'confederation',
  'state',
  'nation',
  'government',
  'council',
]);

/** A place setting the scene at a sentence's start: `In Ankara,`. */
const SCENE = /^In (\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?), /u;

/** How far before a person's introduction the start of its sentence is looked for. */
const SCENE_WINDOW = 200;

/** A governor by the title alone (`Governor X`, `the governor`): the central bank's, where one was just named. */
const GOVERNOR_ALONE = /^(?:the )?governor$/iu;

/**
 * The office of a national office, its voice, or a secretary of its cabinet, in a description (`The presidential
 * office's spokeswoman`, `presidential spokeswoman X`, `Chief Cabinet Secretary`, `Home Secretary`): a state's own
 * service, as a ministry is; a
 * shadow one is the opposition's, and a secretary of anything else (`general secretary`, `the union's
 * secretary`) may serve a union or a club.
 */
const NATIONAL_SERVICE =
  /\b(?:(?:presidential|president['’]s|prime minister['’]s|premier['’]s|chancellor['’]s) office|presidential (?:spokes(?:man|woman|person)|press secretary)|(?<!shadow )(?:cabinet|foreign|home|defen[cs]e|interior|treasury) secretary)\b/iu;

/**
 * A federation's national level in a title: `Federal Treasurer`, and India's `Union Minister`, `Union Home
 * Secretary` (a union's own treasurer or secretary is a trade union's).
 */
const FEDERAL_TITLE = /^(?:federal\s|union\s+(?:minister|\p{L}+\s+(?:minister|secretary))\b)/iu;

/** A state's service's word opening a title, before the role in lower case: `military spokesman`, `Army spokesman`. */
const SERVICE_OPENING = /^(army|military|navy|police) \p{Ll}/iu;

/** `former`, `ex-`, `retired`: an office held no longer. */
const FORMER = /\b(?:former|retired|ex-)/iu;

/** The most words a speaker may take after a quote that ends its sentence: `“….” Rep. Jim Jordan said.` */
const MAX_BARE_SPEAKER = 4;

/** A person by name or pronoun: `The storm destroyed the town.` is no one a quote goes on with. */
function isPersonNamed(phrase: SpeakerPhrase): boolean {
  return (phrase.kind === 'name' || phrase.kind === 'pronoun') && phrase.person !== false;
}

/** A person named by name other than `speaker`: not the same surname (`Smith` after `John Smith`). */
function namesSomeoneElse(phrase: SpeakerPhrase, speaker: Speaker): boolean {
  const surname = (name: string) => name.split(' ').at(-1)?.toLowerCase() ?? '';
  return (
    phrase.kind === 'name' && phrase.person !== false && surname(phrase.name ?? phrase.text) !== surname(speaker.name)
  );
}

/** The running statement's speaker, for a quote that goes on with it; its antecedent is where they were named. */
function continuing(running: Speaker): Speaker {
  const { start, end } = running.antecedent ?? running;
  return { ...running, via: 'continuation', antecedent: { start, end } };
}

/** Third-person pronouns by the gender they refer to. */
const THIRD_PERSON = { male: /\b(?:he|him|his|himself)\b/iu, female: /\b(?:she|her|hers|herself)\b/iu } as const;

/**
 * A quote's words speak of the person `phrase` names, by their surname or a pronoun of their gender
 * (`President Joe Biden visited the plant. “He promised us raises.”`): they are not the speaker.
 */
function spokenOf(words: string, phrase: SpeakerPhrase): boolean {
  const name = phrase.name ?? phrase.text;
  if (namesInWords(words)(name)) return true;
  const gender = phrase.gender ?? genderOfName(name);
  return gender !== undefined && THIRD_PERSON[gender].test(words);
}

/** Whether `words` name the person of a name, by its surname (`Warhol` for `Andy Warhol`). */
function namesInWords(words: string): (name: string) => boolean {
  // The words are cut only when a surname is among their characters: most quotes name no one asked about.
  let written: ReadonlySet<string> | undefined;
  return (name) => {
    const surname = name.split(' ').at(-1) ?? '';
    if (surname === '' || !words.includes(surname)) return false;
    written ??= new Set(words.split(/[^\p{L}\p{M}'’-]+/u));
    return written.has(surname);
  };
}

/** Participles by which a reporter passes on another source's words: `Yonhap, quoting KCNA,`. */
const CITING = new Set(['quoting', 'citing']);
/** Marks that close a phrase set off by commas. */
const CLAUSE_MARKS = new Set([',', ';', ':']);

/**
 * The source an attribution's reporter cites (`According to Yonhap, quoting KCNA,`, `The broadcaster, citing the
 * border guard, said`): the words are that source's, passed on, so it is the speaker a reader is owed. Null when
 * the reporter cites no one.
 */
function citedSource(tokens: readonly QuoteToken[], attribution: Attribution): TokenRange | null {
  const { speaker, appositive } = attribution;
  const from = appositive?.from ?? (tokenAt(tokens, speaker.to).text === ',' ? speaker.to + 1 : -1);
  if (from < 0 || !CITING.has(tokenAt(tokens, from).text.toLowerCase())) return null;
  const block = tokenAt(tokens, from).block;
  // The cited source runs to the comma that closes it (a bracket inside it, `(KCNA)`, is part of it).
  let to = from + 1;
  for (let token = tokenAt(tokens, to); token.block === block; token = tokenAt(tokens, ++to)) {
    if (token.kind === 'quote' || CLAUSE_MARKS.has(token.text) || endsSentence(token)) break;
  }
  return to > from + 1 ? { from: from + 1, to } : null;
}

/** Conjunctions opening a clause with a subject of its own: `… after she attacked …`. */
const OWN_CLAUSE_OPENERS = new Set([
  'after',
  'before',
  'because',
  'while',
  'when',
  'since',
  'although',
  'though',
  'if',
  'but',
  'whereas',
  'unless',
]);

/** One quotation while it is being read. */
interface Reading {
  quotation: FoundQuotation;
  /** The quote tokens of its first and last span. */
  first: number;
  last: number;
  attribution: Attribution | null;
  kind: QuoteKind;
  /** Spans of later quotations that continue this one after its attribution. */
  continuations: QuotePart[];
  speaker: Speaker | null;
  /** The cue the speaker was found at. */
  cue: TokenRange | null;
  /** Absorbed into the quotation before it. */
  merged: boolean;
}

/**
 * The attribution after the quote wins (`“…,” she said`), unless the quote
 * ends its sentence and a cue introduces it (`They added, “….” Furthermore,
 * the organisation confirmed …`).
 */
function attributionOf(tokens: readonly QuoteToken[], reading: Reading, endsWithPeriod: boolean): Attribution | null {
  // `He said:` ending one paragraph introduces the quote that makes up the next.
  const colon = tokenAt(tokens, reading.first - 1);
  const introduced = colon.text === ':' && colon.block !== tokenAt(tokens, reading.first).block;
  const from = sentenceStart(tokens, introduced ? reading.first - 1 : reading.first);
  const before = attributionBefore(tokens, reading.first, from);
  if (endsWithPeriod && before?.reach === 'adjacent') return before;
  const after = attributionAfter(tokens, reading.last);
  // After a full stop inside the marks a new sentence starts; only a bare `Trump said.` still attributes, not a
  // cue reporting a clause of its own (`Japan branded it an “outlaw.” Russia insisted that Pyongyang stop`).
  const bare =
    after !== null &&
    after.appositive === undefined &&
    after.speaker.to - after.speaker.from <= MAX_BARE_SPEAKER &&
    tokenAt(tokens, after.cue.to).text.toLowerCase() !== 'that';
  return (endsWithPeriod ? bare && after : after) || before;
}

/**
 * `“…,” he said, “…”`: a speech quote continues the one before it when only
 * that one's attribution stands between them and it has none of its own.
 */
function continues(tokens: readonly QuoteToken[], previous: Reading, next: Reading): boolean {
  const attribution = previous.attribution;
  if (next.kind !== 'speech' || attribution?.side !== 'after' || next.attribution?.side === 'after') return false;
  if (next.attribution && next.attribution.cue.from !== attribution.cue.from) return false;
  if (tokenAt(tokens, previous.last).block !== tokenAt(tokens, next.first).block) return false;
  for (let i = previous.last + 1; i < next.first - 1; i++) if (endsSentence(tokenAt(tokens, i))) return false;
  return true;
}

function wordToken(token: QuoteToken, block: number): QuoteToken | undefined {
  return token.kind === 'word' && token.block === block ? token : undefined;
}

function partsOf(text: string, quotation: FoundQuotation, link: QuotePart['link']): QuotePart[] {
  return quotation.spans.map(({ start, end }, i) => ({
    start,
    end,
    text: text.slice(start, end),
    link: i === 0 ? link : 'paragraph',
  }));
}

/** Each quotation with the quote tokens of its first and last span, in text order. */
function readingsOf(tokens: readonly QuoteToken[]): Reading[] {
  const readings: Reading[] = [];
  tokens.forEach((token, i) => {
    if (token.quote === undefined) return;
    const current = readings.at(-1);
    if (token.quote.part > 0 && current) {
      current.last = i;
      return;
    }
    readings.push({
      quotation: token.quote.quotation,
      first: i,
      last: i,
      attribution: null,
      kind: 'speech',
      continuations: [],
      speaker: null,
      cue: null,
      merged: false,
    });
  });
  return readings;
}

class QuoteReader {
  private readonly diagnostics: QuoteDiagnostic[] = [];
  private readonly discourse = new Discourse();
  private readonly text: string;
  private readonly directory: SpeakerDirectory;
  private readonly tokens: readonly QuoteToken[];
  private readonly antecedents: Antecedent[];
  /** The sentence of each token. */
  private readonly sentences: Uint32Array;
  /** Quotations read as words of their sentence: scare quotes and titles. */
  private readonly wordQuotes = new Set<FoundQuotation>();
  /** Paragraphs that are a headline under its label (`READ MORE: ‘…’`). */
  private readonly headlineBlocks = new Set<number>();
  private readonly home: string | null;
  private nextAntecedent = 0;

  constructor(text: string, directory: SpeakerDirectory, tokens: readonly QuoteToken[]) {
    this.text = text;
    this.directory = directory;
    this.tokens = tokens;
    this.sentences = sentenceNumbers(tokens);
    this.antecedents = findAntecedents(text, tokens, directory, this.sentences);
    this.home = homeState(text, this.antecedents, directory);
  }

  read(): { quotes: Quote[]; diagnostics: QuoteDiagnostic[] } {
    const { tokens, text } = this;
    const readings = readingsOf(tokens);
    let spoken: Reading | null = null;
    for (const reading of readings) {
      const spans = reading.quotation.spans;
      const content = spans.map((span) => text.slice(span.start, span.end)).join(' ');
      if (isHeadlineLabel(tokens, reading.first)) {
        reading.kind = 'title';
        this.headlineBlocks.add(tokenAt(tokens, reading.first).block);
        continue;
      }
      reading.attribution =
        attributionOf(tokens, reading, /\.["'”’)\]]*\s*$/u.test(content)) ?? this.sameStatement(spoken, reading);
      reading.kind = quoteKind({
        content,
        before: wordToken(tokenAt(tokens, reading.first - 1), tokenAt(tokens, reading.first).block),
        after: wordToken(tokenAt(tokens, reading.last + 1), tokenAt(tokens, reading.last).block),
        attribution: reading.attribution?.reach ?? null,
        linked: spans.length > 1,
        citation: isCitation(tokens, reading.last),
      });
      if (reading.kind !== 'speech') this.wordQuotes.add(reading.quotation);
      else spoken = reading;
    }

    // The speech quote later ones may continue; a title or scare quote in between does not interrupt it.
    let head: Reading | undefined;
    for (const reading of readings) {
      if (head !== undefined && continues(tokens, head, reading)) {
        reading.merged = true;
        head.continuations.push(...partsOf(text, reading.quotation, 'attribution'));
        // The quotation now ends here; the next part is looked for from here, which keeps this linear.
        head.last = reading.last;
      } else if (reading.kind === 'speech') {
        head = reading;
      }
    }

    const quotes: Quote[] = [];
    let previous: Reading | null = null;
    for (const reading of readings) {
      if (reading.merged) continue;
      if (reading.kind === 'speech') {
        this.attribute(reading, previous);
        if (reading.speaker !== null) previous = reading;
      }
      quotes.push(this.toQuote(reading));
    }
    return { quotes, diagnostics: this.diagnostics };
  }

  /**
   * `Norway called the strike an “act of war” and a “grave breach”`: a quote with no cue of its own, later in
   * the sentence of a speech quote its cue before it governs, is a later fragment of that one statement.
   */
  private sameStatement(spoken: Reading | null, reading: Reading): Attribution | null {
    const attribution = spoken?.attribution;
    if (!spoken || attribution?.side !== 'before') return null;
    if (this.sentences[spoken.last] !== this.sentences[reading.first]) return null;
    // `… as a “disgrace” after she met the mayors and blamed “red tape”`: a clause with a subject of its own
    // between them, opened by a conjunction or a pronoun, is someone else's words.
    for (let i = spoken.last + 1; i < reading.first; i++) {
      const word = tokenAt(this.tokens, i).text.toLowerCase();
      if (OWN_CLAUSE_OPENERS.has(word) || SUBJECT_PRONOUNS.has(word)) return null;
    }
    return { ...attribution, reach: 'frame' };
  }

  /**
   * The paragraph `block` as a running statement's: the headline lines after it (`READ MORE: ‘…’`) are no
   * part of the story, so a quote after them goes on from it as from the paragraph before.
   */
  private besideHeadlines(block: number, before: number): number {
    let last = block;
    while (last + 1 < before && this.headlineBlocks.has(last + 1)) last++;
    return last;
  }

  /** Tells the discourse about everyone introduced before `offset`. */
  private introduceUntil(offset: number): void {
    for (let next = this.antecedents[this.nextAntecedent]; next !== undefined && next.start < offset;) {
      if (next.nominal !== undefined) this.introduceNominal(next, next.nominal);
      else if (next.document === undefined) this.discourse.add(next);
      else if (next.owner === undefined) this.discourse.addDocument({ head: next.document, author: next });
      else {
        // `The army said on its Telegram account`: the account is the army's, whom `it` means here.
        const author = this.discourse.resolvePronoun(next.owner);
        if (author !== null) this.discourse.addDocument({ head: next.document, author });
      }
      next = this.antecedents[++this.nextAntecedent];
    }
  }

  /**
   * A definite description opening its sentence: `The Egyptian minister dismissed the concern.` makes the one
   * who holds the role that sentence's subject; `The company said …` is the company named before
   * (`Norvik Motors`), never a state, and with none named a body of its own, as `the interior ministry` is.
   */
  private introduceNominal(mention: Antecedent, nominal: SpeakerPhrase): void {
    const [role = ''] = nominal.roles;
    const holder =
      mention.person === true || !STATE_BODIES.has(role)
        ? resolveSpeaker(nominal, this.discourse, this.directory).antecedent
        : undefined;
    const named = mention.person === true || (holder?.name != null && holder.state !== true);
    if (holder !== undefined && holder.person === mention.person && named) this.discourse.add(holder, mention.sentence);
    else if (mention.person === false) this.discourse.add(mention);
  }

  private attribute(reading: Reading, previous: Reading | null): void {
    const { tokens } = this;
    const attribution = reading.attribution;
    if (attribution && this.attributeAt(reading, attribution)) return;
    // Without a cue, a quote goes on with the previous speaker's words: later in the
    // same paragraph, or as the paragraph after theirs.
    const first = tokenAt(tokens, reading.first);
    // The speaker named before the quotation's own sentence: its words are where the reader checks it.
    const attributeEarlier = (attribution: Attribution | null, accept?: (phrase: SpeakerPhrase) => boolean) => {
      if (!attribution || !this.attributeAt(reading, attribution, accept)) return false;
      const speaker = reading.speaker;
      if (speaker) {
        reading.speaker = {
          ...speaker,
          via: 'previous-sentence',
          antecedent: { start: speaker.start, end: speaker.end },
        };
      }
      return true;
    };
    const previousBlock = previous ? this.besideHeadlines(tokenAt(tokens, previous.last).block, first.block) : -1;
    const opensBlock = tokenAt(tokens, reading.first - 1).block !== first.block;
    const running = previous?.speaker;
    if (running && (previousBlock === first.block || (previousBlock === first.block - 1 && opensBlock))) {
      // `“…,” Smith said. Jones disagreed. “…”`: someone else named as the subject in between takes over.
      const words = reading.quotation.spans.map((span) => this.text.slice(span.start, span.end)).join(' ');
      const other = (phrase: SpeakerPhrase) => namesSomeoneElse(phrase, running) && !spokenOf(words, phrase);
      if (previousBlock === first.block && attributeEarlier(sentenceBeforeSubject(tokens, reading.first), other))
        return;
      reading.speaker = continuing(running);
      return;
    }
    // A running statement one paragraph back (`“…,” said Novak. ¶ … ¶ “…”`): the paragraph between hands the
    // quote on only when it passes on someone's words or makes another person, one the quote does not
    // speak of, its subject; groups that act (`Guards turned back 300 people`) and bodies that promise
    // (`The government has promised aid`) leave the statement where it was.
    const across = running && previous && previousBlock === first.block - 2 && opensBlock ? running : null;
    const words = reading.quotation.spans.map((span) => this.text.slice(span.start, span.end)).join(' ');
    const takesOver = (phrase: SpeakerPhrase) =>
      across === null || (namesSomeoneElse(phrase, across) && !spokenOf(words, phrase) && this.namesPerson(phrase));
    // `Wilkins also said Warhol was a businessperson. “As a way to …”`: the sentence before reports who speaks.
    const reported = previousSentenceAttribution(tokens, reading.first);
    const passesOnWords =
      across === null || (reported !== null && SAYING_VERBS.has(tokenAt(tokens, reported.cue.from).text.toLowerCase()));
    // Someone, not something (`The number of cases reported to the institute doubled`).
    const someone = (phrase: SpeakerPhrase) =>
      across === null || phrase.kind === 'name' || phrase.kind === 'pronoun' || phrase.roles.length > 0;
    if (passesOnWords && attributeEarlier(reported, someone)) return;
    // `The spokesman was blunt. “Evidence is something you show.”`: a quote with no cue, opening its sentence
    // in the paragraph of a sentence about a person, is that person's (named, `she`, or one with a role).
    const aPerson = (phrase: SpeakerPhrase) =>
      takesOver(phrase) &&
      (isPersonNamed(phrase) || (phrase.kind === 'nominal' && phrase.person === true && phrase.plural !== true));
    // A scare quote or a title in that sentence is one of its words (`dismissed the “emergency” as invented.`).
    const inWords = (token: QuoteToken) => token.quote !== undefined && this.wordQuotes.has(token.quote.quotation);
    if (attributeEarlier(sentenceBeforeSubject(tokens, reading.first, inWords), aPerson)) return;
    // A paragraph that is only a quote goes on with the person the paragraph before was about.
    const about = (phrase: SpeakerPhrase) => isPersonNamed(phrase) && takesOver(phrase);
    if (attributeEarlier(previousParagraphSubject(tokens, reading.first), about)) return;
    // `“…,” said Novak. ¶ The shelter took in 40 families. ¶ “…”`: a paragraph between that turns to no
    // one else as its subject leaves the running statement where it was.
    if (across !== null && previous) {
      const subjects = subjectsBetween(tokens, previous.last + 1, reading.first);
      const phrases = subjects?.map((subject) => readPhrase(this.text, tokens, subject.speaker, subject.appositive));
      if (phrases && !phrases.some((phrase) => phrase && phrase.kind === 'name' && takesOver(phrase))) {
        reading.speaker = continuing(across);
        return;
      }
    }
    this.diagnostics.push({
      offset: first.start,
      message: 'Quotation has no speaker: no cue such as “said” or “according to” next to it',
      ruleId: 'quote-unattributed',
    });
  }

  /**
   * A name that says it is a person's: a full name, a title or role, or a single name that is the surname
   * of someone named in full before (`Okafor`); not a capitalised plural opening its sentence (`Guards`).
   */
  private namesPerson(phrase: SpeakerPhrase): boolean {
    const name = phrase.name ?? phrase.text;
    if (name.includes(' ') || phrase.person === true || phrase.roles.length > 0) return true;
    this.introduceUntil(phrase.start);
    return this.discourse.withSurname(name) !== null || this.directory.lookupName(name)?.person === true;
  }

  /** Resolves the speaker `attribution` names; false when its words name no one (or no one `accept`s). */
  private attributeAt(
    reading: Reading,
    attribution: Attribution,
    accept: (phrase: SpeakerPhrase) => boolean = () => true,
  ): boolean {
    const cited = citedSource(this.tokens, attribution);
    const source = cited ? readPhrase(this.text, this.tokens, cited) : null;
    // Someone cited, by name, by a role (`two diplomats`) or as an actor's (`Japan's coast guard`); not a reason
    // (`citing safety concerns`) or a saying (`quoting an old proverb`), which leave the words the reporter's own.
    const someone =
      source !== null &&
      (source.kind === 'name' ||
        source.person === true ||
        source.roles.length > 0 ||
        this.directory.actorInDescription(source.text) !== null);
    const phrase = someone ? source : readPhrase(this.text, this.tokens, attribution.speaker, attribution.appositive);
    if (!phrase || !accept(phrase)) return false;
    this.introduceUntil(phrase.start);
    const words = reading.quotation.spans.map((span) => this.text.slice(span.start, span.end)).join(' ');
    const own = resolveSpeaker(phrase, this.discourse, this.directory, namesInWords(words));
    const resolved = this.inHomeState(this.issuedBefore(reading, phrase, own) ?? own, phrase.roles);
    const { speaker, unknown } = resolved;
    const outlet = attribution.outlet ? this.slice(attribution.outlet) : undefined;
    reading.speaker = outlet ? { ...speaker, outlet } : speaker;
    reading.cue = attribution.cue;
    const introduced = asAntecedent(resolved, phrase);
    // `“…,” Karim Nasser said` after a lede naming only `Jordan's foreign minister`: one named at the cue with no
    // body of their own is the holder the lede introduced unnamed, and speaks for theirs.
    const holder =
      phrase.kind === 'name' && speaker.actor === null && introduced.person === true
        ? this.discourse.ledeHolder(introduced)
        : null;
    if (holder !== null) {
      introduced.actor = holder.actor;
      reading.speaker = { ...reading.speaker, actor: holder.actor };
    }
    this.discourse.add(introduced, this.sentences[attribution.speaker.from]);
    if (unknown) this.diagnostics.push({ offset: phrase.start, message: unknown, ruleId: 'speaker-unknown' });
    return true;
  }

  /**
   * `The office of Hans Grundberg said both sides would cancel the measures. “…,” the statement read.`: a document
   * no one was said to issue, right after a sentence of its paragraph reporting what someone said, is theirs.
   */
  private issuedBefore(reading: Reading, phrase: SpeakerPhrase, own: Resolved): Resolved | null {
    const [role = ''] = phrase.roles;
    if (own.unknown === undefined || phrase.kind !== 'nominal' || documentNoun(role) === null) return null;
    const reported = previousSentenceAttribution(this.tokens, reading.first);
    // In its paragraph, or the paragraph before when the quote opens its own (`Nova Scotia Health said … ¶ “…,” the
    // statement said`): the document is what the sentence right before reported.
    const block = tokenAt(this.tokens, reading.first).block;
    const opensBlock = tokenAt(this.tokens, reading.first - 1).block !== block;
    const reportedIn = reported === null ? -1 : tokenAt(this.tokens, reported.speaker.from).block;
    if (reported === null || (reportedIn !== block && !(opensBlock && reportedIn === block - 1))) return null;
    if (!SAYING_VERBS.has(tokenAt(this.tokens, reported.cue.from).text.toLowerCase())) return null;
    const author = readPhrase(this.text, this.tokens, reported.speaker, reported.appositive);
    if (author === null || author.kind === 'pronoun') return null;
    const resolved = resolveSpeaker(author, this.discourse, this.directory);
    // A name, or someone the text introduced: not words left as written (`officials`).
    if (author.kind !== 'name' && resolved.antecedent === undefined) return null;
    const { start, end } = resolved.speaker;
    return {
      ...resolved,
      speaker: {
        ...resolved.speaker,
        via: 'document',
        start: phrase.start,
        end: phrase.end,
        antecedent: { start, end },
      },
    };
  }

  /**
   * A person holding a national office, with no country written or known, speaks for the home state;
   * their office is where the text introduced them (`Environment Minister John Baird`, then `Baird said`).
   * So does a state's own body no one owns in the text (`the foreign ministry`, `The Prime Minister's Office`).
   */
  private inHomeState(resolved: Resolved, roles: readonly string[]): Resolved {
    const { speaker, antecedent, person } = resolved;
    if (this.home === null) return resolved;
    if (speaker.actor !== null) {
      if (speaker.id === null || this.directory.lookupName(speaker.name)?.ofHomeState !== true) return resolved;
      if (antecedent !== undefined) antecedent.actor = this.home;
      return { ...resolved, speaker: { ...speaker, actor: this.home } };
    }
    const introduced = speaker.id === null ? undefined : this.discourse.withId(speaker.id);
    const description = antecedent?.description ?? speaker.description ?? '';
    const offices = [...roles, ...(antecedent?.roles ?? []), ...(introduced?.roles ?? []), ...ownerRoles(description)];
    // `a former justice minister`, `a retired army general`: one who held the office no longer speaks for the state.
    if (FORMER.test(description)) return resolved;
    // `Police chief X`, `army spokesman X`: a person named in a state's own service serves the state too; an
    // unnamed one (`a senior army officer`) may serve any side.
    const named = speaker.name !== speaker.description;
    const described = [description, introduced?.description ?? ''];
    // `Central bank governor Santiago Bausili`, `the governor of the Czech National Bank, X,`: a state's central
    // bank is its own service too.
    const service = (role: string) =>
      STATE_SERVICES.has(role) ||
      (role === 'governor' &&
        (CENTRAL_BANK.test(description) ||
          CENTRAL_BANK_NAME.test(description) ||
          this.bankGovernor(introduced ?? antecedent ?? speaker)));
    // `Federal Treasurer X`, `Union Health Minister X`: a title of a federation's national level is a national
    // office, whatever its role, unless one held for oneself (`federal judge`).
    const federal =
      named && described.some((words) => FEDERAL_TITLE.test(words)) && !offices.some((role) => heldForOneself(role));
    const office =
      person !== false &&
      (federal ||
        offices.some((role) => NATIONAL_OFFICES.has(role) || (named && service(role))) ||
        described.some((words) => NATIONAL_SERVICE.test(words) || (named && STATE_GUARD.test(words))));
    const body = person !== true && isStateBody(speaker.name, offices);
    if (!office && !body && !isStateMedium(speaker.description ?? speaker.name)) return resolved;
    // `Ontario Premier X`, `the Cook Islands prime minister`: an office of a place that is no registered state.
    // `A senior official of the Kurdistan Regional Government`: a region's government is no state's.
    // `The president of World Athletics, X,`: a president of a body named after it is that body's, and `The company’s
    // president, X,` or `The regional president, X,` a firm's or a region's.
    const lesser = (words: string) => officeOfLesserBody(words) || officeOfNamedBody(words);
    if (described.some((words) => officeOfNamedPlace(words) || REGIONAL_BODY.test(words) || lesser(words)))
      return resolved;
    // `The engineers’ association, whose president X warned`: the president of the body the clause describes.
    const holder = antecedent ?? introduced;
    if (holder && titledInDescribedBody(this.text.slice(0, holder.start))) return resolved;
    // `Foreign Minister Bassam Sabbagh` in a Syrian story of 2024: an office holder or a ministry speaks for the
    // government the registry has for the state on the briefing's date, as one discovery found with the state
    // written does.
    // `In Ankara, the defence ministry's spokesman, X,`: the state whose capital sets the scene, over the home state.
    const home = this.sceneState(antecedent ?? introduced) ?? this.home;
    // `military spokesman Lieutenant Colonel X` in an Israeli story: a service's word opening a title with no
    // owner is the home state's body registered for that service (the Israel Defense Forces), as `Israel's
    // military` is.
    const serviceWord = SERVICE_OPENING.exec(description)?.[1];
    const serviceBody = serviceWord === undefined ? null : (this.directory.serviceOf?.(home, serviceWord) ?? null);
    const actor = serviceBody ?? (((office || body) && this.directory.governmentOf?.(home)) || home);
    if (antecedent !== undefined) antecedent.actor = actor;
    return { ...resolved, speaker: { ...speaker, actor } };
  }

  /**
   * The state whose capital or name sets the scene of the sentence introducing `introduced` (`In Ankara, the
   * defence ministry's spokesman, X,`, `In Beijing, foreign ministry spokesman X`), or null.
   */
  private sceneState(introduced: Antecedent | null | undefined): string | null {
    if (!introduced) return null;
    const before = this.text.slice(Math.max(0, introduced.start - SCENE_WINDOW), introduced.start);
    const sentence = before.split(/(?<=[.!?][”"’]?)\s+|\n/u).at(-1) ?? '';
    const place = SCENE.exec(sentence)?.[1];
    return place === undefined ? null : stateOfPlace(this.directory, place);
  }

  /**
   * Whether a person introduced as `Governor X` alone heads the central bank named in the paragraph that
   * introduced them or the one before (`The Bank of Japan raised its rate. …\n\nGovernor X said …`), or named
   * so at the quote's own cue (`“…,” governor X told reporters` after the bank).
   */
  private bankGovernor(person: Pick<Antecedent, 'description' | 'start'> | undefined): boolean {
    if (person === undefined || !GOVERNOR_ALONE.test(person.description?.trim() ?? '')) return false;
    // From the start of the paragraph before: two paragraph breaks back, found without reading the text before.
    const own = this.text.lastIndexOf('\n\n', person.start);
    const near = this.text.slice(own < 0 ? 0 : Math.max(0, this.text.lastIndexOf('\n\n', own - 1)), person.start);
    return CENTRAL_BANK_NAME.test(near) || CENTRAL_BANK.test(near);
  }

  private slice(range: TokenRange): string {
    return this.text.slice(tokenAt(this.tokens, range.from).start, tokenAt(this.tokens, range.to - 1).end);
  }

  private toQuote(reading: Reading): Quote {
    const [first, ...rest] = reading.quotation.spans;
    const parts: QuotePart[] = [
      ...rest.map(({ start, end }) => ({ start, end, text: this.text.slice(start, end), link: 'paragraph' as const })),
      ...reading.continuations,
    ];
    const speech = reading.kind === 'speech';
    const cue = speech ? reading.cue : null;
    return {
      start: first.start,
      end: first.end,
      text: this.text.slice(first.start, first.end),
      kind: reading.kind,
      ...(parts.length > 0 && { parts }),
      speaker: speech ? reading.speaker : null,
      cue: cue ? this.slice(cue) : null,
      ...(cue && { cueStart: tokenAt(this.tokens, cue.from).start, cueEnd: tokenAt(this.tokens, cue.to - 1).end }),
    };
  }
}

/**
 * Every quotation in `text` (paragraphs separated by a blank line) and what
 * the core was unsure about. Without a directory, speakers keep the names the
 * text gives them and no actor.
 */
export function findQuotes(text: string, directory: SpeakerDirectory = EMPTY_DIRECTORY): QuotesResult {
  const found = findQuotations(text);
  // A text without a quotation has no speaker to look for: its people and bodies are not read.
  if (found.quotations.length === 0) return { quotes: [], diagnostics: found.diagnostics };
  const reader = new QuoteReader(text, directory, quoteTokens(text, found.quotations));
  const { quotes, diagnostics } = reader.read();
  return { quotes, diagnostics: [...found.diagnostics, ...diagnostics] };
}
