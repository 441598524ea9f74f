/**
 * One sentence as tokens with the registry's mentions laid over them, and
 * the noun phrases around a cue: the phrase before a verb is its subject,
 * the phrase after it its object, and the actor a phrase names is its head.
 *
 * Why token patterns and not a parser: `compromise` (tried on the seed)
 * tags `airstrikes` and `positions` as verbs and takes `a key backer of
 * Syrian rebel forces` for the subject of the verb after that appositive,
 * which are exactly the sentences relations come from. The registry's
 * mentions are already the phrases that matter; what is left is where a
 * phrase stops, which a closed list of function words decides reliably.
 */
import type { ActorId } from '../schema/index.ts';
import { tokenize, type Token } from '../text/tokens.ts';

/** A mention as the extractor needs it: an actor and its offsets in the body text. */
export interface MentionSpan {
  actor: ActorId;
  start: number;
  end: number;
}

/** A mention in token positions: tokens `first` to `end - 1`. */
export interface PlacedMention {
  actor: ActorId;
  first: number;
  end: number;
}

/** A run of tokens, `end` exclusive. */
export interface TokenRange {
  start: number;
  end: number;
}

/**
 * Words a noun phrase never runs over: prepositions, conjunctions other
 * than `and`, pronouns, relative words, auxiliaries and reporting verbs.
 * Compared in lower case; mentions are looked at first, so `US` is never
 * taken for `us`.
 */
const PHRASE_STOPS = new Set(
  (
    'in on at to from by for with of into onto over under against amid amidst after before during since ' +
    'between among near toward towards through across around about via following including despite ' +
    'but or nor while as because if although though so than then ' +
    'who whom whose which that where when what why how ' +
    'he she it they we i you his him her its their them our us my your me ' +
    'is are was were be been being has have had will would can could may might must should shall ' +
    'do does did not also reportedly ' +
    'said says say told stated added reported announced declared reiterated reaffirmed'
  ).split(' '),
);

/** Words between a verb and its subject that belong to neither: `have pounded`, `also met`. */
const AUXILIARIES = new Set(
  'has have had will would could may might must should shall is are was were been be also reportedly later then'.split(
    ' ',
  ),
);

/** Auxiliaries that make a participle passive: `was attacked by`. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

/** `ISIL-claimed`, `HTS-led`: the actor joined by these did what the phrase's noun names. */
const AGENT_JOINTS = new Set(['led', 'claimed']);

/** A phrase is at most this many words besides its mentions: it keeps a stray verb from joining two clauses. */
const MAX_PHRASE_WORDS = 5;

export class SentenceView {
  readonly tokens: readonly Token[];
  /** Mentions by their first token and by their last token. */
  private readonly starting = new Map<number, PlacedMention>();
  private readonly ending = new Map<number, PlacedMention>();

  constructor(text: string, offset: number, mentions: readonly MentionSpan[]) {
    this.tokens = tokenize(text).map((token) => ({ ...token, start: token.start + offset, end: token.end + offset }));
    for (const mention of mentions) {
      const first = this.tokens.findIndex((token) => token.start >= mention.start);
      let end = first;
      while (end < this.tokens.length && (this.tokens[end]?.end ?? Infinity) <= mention.end) end++;
      if (first < 0 || end === first) continue;
      const placed = { actor: mention.actor, first, end };
      this.starting.set(first, placed);
      this.ending.set(end - 1, placed);
    }
  }

  folded(index: number): string {
    return this.tokens[index]?.folded ?? '';
  }

  /** The words from `from` are `words` (lower case), one token each. */
  wordsAt(from: number, words: readonly string[]): boolean {
    return words.every((word, offset) => this.folded(from + offset) === word);
  }

  /** The token is a hyphen or apostrophe joining two words: `Turkish-backed`, `Tehran's`. */
  isJoint(index: number): boolean {
    const token = this.tokens[index];
    const next = this.tokens[index + 1];
    return (
      token !== undefined &&
      !token.word &&
      (token.exact === '-' || token.exact === "'") &&
      !token.spaceBefore &&
      next !== undefined &&
      !next.spaceBefore
    );
  }

  mentionStartingAt(index: number): PlacedMention | undefined {
    return this.starting.get(index);
  }

  mentionEndingAt(index: number): PlacedMention | undefined {
    return this.ending.get(index);
  }

  /** The mention right before a `'s`: the possessor in `Tehran's support`. */
  possessorBefore(index: number): PlacedMention | undefined {
    if (this.tokens[index - 2]?.exact !== "'" || this.folded(index - 1) !== 's') return undefined;
    return this.ending.get(index - 3);
  }

  /**
   * The noun phrase starting at `from`: mentions, words that are not
   * stops, hyphens and apostrophes inside words, and `and` between parts.
   */
  phraseAfter(from: number): TokenRange {
    let index = from;
    let words = 0;
    while (index < this.tokens.length) {
      const mention = this.starting.get(index);
      if (mention) {
        index = mention.end;
        continue;
      }
      if (!this.inPhrase(index) || ++words > MAX_PHRASE_WORDS) break;
      index++;
    }
    return { start: from, end: trimAnd(this, from, index) };
  }

  /** The noun phrase ending right before `end`, read backwards. */
  phraseBefore(end: number): TokenRange {
    let index = end - 1;
    let words = 0;
    while (index >= 0) {
      const mention = this.ending.get(index);
      if (mention) {
        index = mention.first - 1;
        continue;
      }
      if (!this.inPhrase(index) || ++words > MAX_PHRASE_WORDS) break;
      index--;
    }
    let start = index + 1;
    while (start < end && this.folded(start) === 'and') start++;
    return { start, end };
  }

  private inPhrase(index: number): boolean {
    const token = this.tokens[index];
    if (!token) return false;
    if (!token.word) return this.isJoint(index);
    return !PHRASE_STOPS.has(token.folded);
  }

  /**
   * The actors a phrase names as its head: in each part between `and`s,
   * the last mention that is not a modifier (`Turkish` in `Turkish-backed
   * rebels`, `Syria` in `Syria's army`). `Iranian Foreign Minister Abbas
   * Araghchi` is Araghchi; `Syrian and Russian airstrikes` is Syria and Russia.
   */
  heads(range: TokenRange): ActorId[] {
    const heads: ActorId[] = [];
    let head: ActorId | null = null;
    for (let index = range.start; index < range.end; index++) {
      if (this.folded(index) === 'and' && this.tokens[index]?.word) {
        if (head) heads.push(head);
        head = null;
        continue;
      }
      const mention = this.starting.get(index);
      if (!mention || mention.end > range.end) continue;
      if (!this.isModifier(mention)) head = mention.actor;
      index = mention.end - 1;
    }
    if (head) heads.push(head);
    return [...new Set(heads)];
  }

  /**
   * The actors doing what a noun names (`Syrian and Russian airstrikes`):
   * the phrase's heads, or else an actor joined by `-led` or `-claimed`
   * (`an ISIL-claimed attack`), never one that backs (`US-backed`).
   */
  agents(range: TokenRange): ActorId[] {
    const heads = this.heads(range);
    if (heads.length > 0) return heads;
    const agents: ActorId[] = [];
    for (const mention of this.starting.values()) {
      const after = this.folded(mention.end + 1);
      if (
        mention.first >= range.start &&
        mention.end < range.end &&
        this.isJoint(mention.end) &&
        AGENT_JOINTS.has(after)
      ) {
        agents.push(mention.actor);
      }
    }
    return agents;
  }

  /** A mention joined to what follows by a hyphen or `'s`: it qualifies the phrase's head. */
  isModifier(mention: PlacedMention): boolean {
    return this.isJoint(mention.end);
  }

  /**
   * The subject of a verb starting at `verb`: the phrase before it, past
   * auxiliaries (`have pounded`) and an appositive set off by commas
   * (`Turkey, a key backer of Syrian rebel forces, attacked`). `passive`
   * when a form of `be` stands before the verb.
   */
  subjectOf(verb: number): { range: TokenRange; passive: boolean } {
    let index = verb - 1;
    let passive = false;
    while (index >= 0 && AUXILIARIES.has(this.folded(index))) {
      if (BE_FORMS.has(this.folded(index))) passive = true;
      index--;
    }
    if (this.tokens[index]?.exact === ',') {
      const opening = this.appositiveStart(index);
      if (opening !== null) index = opening - 1;
    }
    return { range: this.phraseBefore(index + 1), passive };
  }

  /** The comma opening an appositive that a comma at `closing` ends: `, a key backer of …,`. */
  private appositiveStart(closing: number): number | null {
    for (let index = closing - 1; index >= 0; index--) {
      const token = this.tokens[index];
      if (token?.exact === ',') {
        return ['a', 'an', 'the'].includes(this.folded(index + 1)) ? index : null;
      }
      if (token && !token.word && !this.isJoint(index)) return null;
    }
    return null;
  }
}

/** A phrase never ends on `and`: `Idlib and` is `Idlib`. */
function trimAnd(view: SentenceView, start: number, end: number): number {
  let last = end;
  while (last > start && view.folded(last - 1) === 'and') last--;
  return last;
}
