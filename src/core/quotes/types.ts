/**
 * What the quote core returns and what it needs from its caller. Plain data
 * over plain text: offsets are UTF-16 string indices into the text that was
 * passed in, so the caller can map them to file lines or to tree positions.
 */

/**
 * `speech`: someone said or wrote it (`“We entered Syria…,” Baqaei said`).
 * `scare`: a short term held at arm's length (`so-called "moderate" rebels`).
 * `title`: the name of an operation, plan, report, film or book
 * (`the "One Nation, One Election" plan`). Only speech has a speaker.
 */
export type QuoteKind = 'speech' | 'scare' | 'title';

/** A stretch of the text: `text.slice(start, end) === text`. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A later span of the same quotation, spoken by the same speaker. */
export interface QuotePart extends TextSpan {
  /**
   * `attribution`: the quotation was split by its attribution
   * (`“…,” he said, “…”`). `paragraph`: it runs on into the next paragraph,
   * which opens with a quote mark while the previous one never closed.
   */
  link: 'attribution' | 'paragraph';
}

/** How the speaker was found: what the quote's attribution shows of them. */
export type SpeakerVia =
  /** A name as written: `Baqaei said`, `said Fawzi Barhoum`. */
  | 'name'
  /** A pronoun resolved to the nearest person or body before it that agrees with it: `she said`. */
  | 'pronoun'
  /** A definite description resolved to the one introduced with that role: `the spokesperson stated`. */
  | 'nominal'
  /** An unnamed source: `a senior army officer told Reuters`. */
  | 'description'
  /** No cue of its own: a quote that goes on with the running statement of the speaker before. */
  | 'continuation'
  /** A document or account speaks for its author: `the report said`, `Cornyn's statement added`. */
  | 'document'
  /** No cue beside the quote: the sentence before reports who speaks (`Rathbun stated,` then the quote). */
  | 'previous-sentence'
  /** Set by an editor's correction in the Markdown: `[he](speaker:kevin-allton) said`. */
  | 'correction';

export interface Speaker {
  /**
   * Who to show: the registry's name for a registered speaker, the name as
   * written otherwise, or the description for an unnamed source.
   */
  name: string;
  /** The registry id of the person or body, or null when it is not registered. */
  id: string | null;
  /** The actor the words are credited to (Baqaei → `iran`), or null when none is known. */
  actor: string | null;
  /** The speaker's role as the text gives it (`a spokesperson for the Russian government`). */
  description?: string;
  /** The outlet an unnamed or named source spoke to (`told Reuters` → `Reuters`). */
  outlet?: string;
  via: SpeakerVia;
  /**
   * Where the words naming the speaker at this quote's attribution are
   * (`he`, `the spokesperson`, `Baqaei`); for `continuation` and
   * `previous-sentence`, those of the attribution it goes back to. Lets a
   * caller link the attribution to the actor page.
   */
  start: number;
  end: number;
  /**
   * For a speaker resolved to someone introduced before (a pronoun, nominal,
   * document, continuation or previous sentence): where the text names them,
   * so the reader can check the resolution.
   */
  antecedent?: { start: number; end: number };
}

/**
 * One quotation. `start`/`end`/`text` are its first span, without the quote
 * marks; `parts` are the further spans of the same quotation in text order.
 * A `speech` quote with `speaker: null` is unattributed (and reported).
 */
export interface Quote extends TextSpan {
  kind: QuoteKind;
  parts?: QuotePart[];
  speaker: Speaker | null;
  /** The reporting word as written (`said`, `according to`, `―`), or null. */
  cue: string | null;
  cueStart?: number;
  cueEnd?: number;
}

/** What each diagnostic is about; stable, for filtering and tests. */
export type QuoteRuleId =
  /** An opening mark with no closing mark before the end of its paragraph. */
  | 'quote-unclosed'
  /** A closing mark with no opening mark before it. */
  | 'quote-unopened'
  /** Stands for the unbalanced marks past the reporting limit (a flood of stray marks). */
  | 'quote-marks-elided'
  /** A speech quote with no attributable speaker. */
  | 'quote-unattributed'
  /** A speaker found at the cue but not in the registry, or a pronoun or nominal with no antecedent. */
  | 'speaker-unknown';

/** Something the core was unsure about; the caller turns `offset` into file:line. */
export interface QuoteDiagnostic {
  offset: number;
  message: string;
  ruleId: QuoteRuleId;
}

export interface QuotesResult {
  /** In text order of their first span. */
  quotes: Quote[];
  /**
   * The unbalanced marks first, in text order, then what was unsure about the
   * quotes, in quote order (kept apart rather than sorted, to stay linear).
   */
  diagnostics: QuoteDiagnostic[];
}

/** A registered person or body, as the caller's registry knows it. */
export interface RegisteredSpeaker {
  id: string;
  /** The registry's display name (`Esmaeil Baqaei`). */
  name: string;
  /** The actor the speaker speaks for (`iran` for Baqaei); a body may be its own actor. */
  actor: string | null;
  /** A person can be `he` or `she`; a body is `it` or `they`. */
  person: boolean;
  /** A state: the one a briefing names most is where an untitled office (`Prime Minister X`) is held. */
  state?: boolean;
  /** A government: the state it is the registry's one government of on the date (`Damascus` in 2025 → `syria`). */
  governs?: string;
  /**
   * A state's own body discovery found with no state (`the National Electoral Council` in a story from
   * Caracas): its words are the briefing's home state's.
   */
  ofHomeState?: true;
  /** A state's own body only discovery knows (an agency, a guard service): never what `the company` means. */
  stateOwn?: true;
  /**
   * A person only for being said to speak (discovery's `speaker` cue: `Lakeshore Steel said`): a name with no
   * given name may as well be a firm's, which the quote core reads as it would a name of no known kind.
   */
  spokenOnly?: true;
}

/**
 * The caller's registry, seen from the quote core. The core never reads the
 * registry itself, so it stays free of the loaders and of the mention matcher.
 */
export interface SpeakerDirectory {
  /**
   * The registered person or body whose name, alias, metonym or (for a
   * person) surname is exactly `name` as written in the text, or null.
   */
  lookupName(name: string): RegisteredSpeaker | null;
  /** The actor a description names (`a spokesperson for the Russian government` → `russia`), or null. */
  actorInDescription(description: string): string | null;
  /** The same directory for one briefing, which names `actors` (they settle shared aliases in descriptions). */
  forBriefing?(actors: readonly string[]): SpeakerDirectory;
  /**
   * The one government the registry has speak for `actor` on the briefing's date (`syria` → the caretaker
   * government in January 2025), or null.
   */
  governmentOf?(actor: string): string | null;
  /**
   * The registered armed group or organisation whose demonym is exactly `word` (`Houthi` → the Houthis), or null:
   * named as a modifier (`Houthi targets`), it is a body in passing that `the group` may mean.
   */
  groupOfDemonym?(word: string): RegisteredSpeaker | null;
  /**
   * The body registered under `state`'s demonym and a service's words (`israel`, `military` → the Israel Defense
   * Forces), credited as the registry credits it, or null.
   */
  serviceOf?(state: string, service: string): string | null;
}
