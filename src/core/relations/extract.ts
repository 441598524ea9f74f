/**
 * Relation extraction: typed, directed edges between registered actors,
 * read from one sentence at a time with the cue tables in `cues.ts`.
 *
 * Framework-free: it takes the briefing's sentences and mentions (as the
 * markup step records them) and the registry, and returns edges. Only
 * actors the sentence names take part; people stay people (Araghchi met
 * Assad is a person-to-person edge; pages may show whom they belong to).
 */
import type { ActorId } from '../schema/index.ts';
import type { Registry } from '../registry/registry.ts';
import { COMPOUND_CUES, NOUN_CUES, PATTERN_CONFIDENCE, ROLE_CUES, VERB_CUES } from './cues.ts';
import { SentenceView, type MentionSpan, type TokenRange } from './phrases.ts';
import type { Relation, RelationPattern, RelationType } from './types.ts';

export interface RelationSentence {
  id: string;
  /** Offset of the sentence in the body text, the frame the mentions' offsets are in. */
  start: number;
  text: string;
}

/** Words that start another phrase: a possessor is not looked for past them. */
const DETERMINERS = new Set(['and', 'the', 'a', 'an']);

/** A verb's object may sit this many tokens after a `via` word's verb: `seized Tal Rifaat from`. */
const VIA_WINDOW = 6;

/** Words that end a clause: a `via` word beyond them belongs to another clause. */
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '(', ')', '—', '–']);

/** Every edge the briefing's sentences state, in text order, each once per sentence. */
export function findRelations(
  registry: Registry,
  sentences: readonly RelationSentence[],
  mentions: readonly MentionSpan[],
): Relation[] {
  const relations: Relation[] = [];
  let cursor = 0;
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (const sentence of sentences) {
    const end = sentence.start + sentence.text.length;
    while (cursor < ordered.length && (ordered[cursor]?.start ?? Infinity) < sentence.start) cursor++;
    const inSentence: MentionSpan[] = [];
    for (let index = cursor; index < ordered.length && (ordered[index]?.start ?? Infinity) < end; index++) {
      const mention = ordered[index];
      if (mention) inSentence.push(mention);
    }
    if (new Set(inSentence.map(({ actor }) => actor)).size < 2) continue;
    for (const relation of sentenceRelations(registry, sentence, inSentence)) relations.push(relation);
  }
  return relations;
}

function sentenceRelations(
  registry: Registry,
  sentence: RelationSentence,
  mentions: readonly MentionSpan[],
): Relation[] {
  const view = new SentenceView(sentence.text, sentence.start, mentions);
  const found = new Map<string, Relation>();
  const add = (
    sources: readonly ActorId[],
    targets: readonly ActorId[],
    type: RelationType,
    cue: TokenRange,
    pattern: RelationPattern,
    via?: number,
  ) => {
    const words = (range: TokenRange) => {
      const first = view.tokens[range.start];
      const last = view.tokens[range.end - 1];
      return first && last ? sentence.text.slice(first.start - sentence.start, last.end - sentence.start) : '';
    };
    // `seized … from`: the verb and its `via` word, without the words between.
    const cueText = via === undefined ? words(cue) : `${words(cue)} … ${words({ start: via, end: via + 1 })}`;
    for (const source of sources) {
      for (const target of targets) {
        const key = `${source} ${target} ${type}`;
        if (source === target || found.has(key)) continue;
        found.set(key, {
          source,
          target,
          type,
          cue: cueText,
          pattern,
          sentence: sentence.id,
          confidence: PATTERN_CONFIDENCE[pattern],
        });
      }
    }
  };

  for (let index = 0; index < view.tokens.length; index++) {
    const word = view.folded(index);

    // `Turkish-backed rebels`: the mention before the hyphen backs the phrase's head after it.
    const compound = COMPOUND_CUES.get(word);
    if (compound && view.isJoint(index - 1)) {
      const backer = view.mentionEndingAt(index - 2);
      if (backer)
        add(
          [backer.actor],
          view.heads(view.phraseAfter(index + 1)),
          compound,
          { start: index, end: index + 1 },
          'compound',
        );
    }

    // `Tehran's support for Damascus`, `Syrian and Russian airstrikes on Idlib`.
    const noun = NOUN_CUES.get(word);
    const preposition = view.folded(index + 1);
    if (noun?.prepositions.includes(preposition)) {
      const targets = view.heads(view.phraseAfter(index + 2));
      const cue = { start: index, end: index + 2 };
      const possessor = possessorOf(view, index);
      if (possessor) add([possessor], targets, noun.type, cue, 'possessive');
      else add(view.agents(view.phraseBefore(index)), targets, noun.type, cue, 'modifier');
    }

    // `Turkey, a key backer of Syrian rebel forces`; `Iran is an ally of Syria`.
    const role = ROLE_CUES.get(word);
    if (role && view.folded(index + 1) === 'of') {
      const phrase = view.phraseBefore(index);
      const before = phrase.start - 1;
      const linked =
        view.tokens[before]?.exact === ',' || ['is', 'was', 'are', 'were', 'remains'].includes(view.folded(before));
      if (linked && ['a', 'an', 'the'].includes(view.folded(phrase.start))) {
        add(
          view.heads(view.phraseBefore(before)),
          view.heads(view.phraseAfter(index + 2)),
          role,
          { start: index, end: index + 2 },
          'apposition',
        );
      }
    }

    for (const verb of VERB_CUES) {
      if (!view.wordsAt(index, verb.words)) continue;
      const cueEnd = index + verb.words.length;
      const object = objectStart(view, cueEnd, verb.via);
      if (object === null) continue;
      const { range, passive } = view.subjectOf(index);
      const subjects = view.heads(range);
      if (passive) {
        if (view.folded(cueEnd) === 'by')
          add(view.heads(view.phraseAfter(cueEnd + 1)), subjects, verb.type, { start: index, end: cueEnd }, 'passive');
        continue;
      }
      let targets = view.heads(view.phraseAfter(object));
      if (verb.state) targets = targets.filter((actor) => registry.actors.get(actor)?.kind === 'state');
      const gap = object > cueEnd + 1 ? object - 1 : undefined;
      add(subjects, targets, verb.type, { start: index, end: cueEnd }, 'verb', gap);
      break;
    }
  }
  return [...found.values()];
}

/** `Tehran's continued commitment`: the possessor before up to three words and hyphens. */
function possessorOf(view: SentenceView, cue: number) {
  for (let index = cue; index >= Math.max(0, cue - 5); index--) {
    const possessor = view.possessorBefore(index);
    if (possessor) return possessor.actor;
    const token = view.tokens[index - 1];
    if (!token || (!token.word && !view.isJoint(index - 1)) || DETERMINERS.has(token.folded)) return undefined;
  }
  return undefined;
}

/**
 * Where a verb's object starts: right after the verb, or after its `via`
 * word within the same clause (`seized Tal Rifaat from`, `sent
 * reinforcements to aid`). Null when the `via` word is not there.
 */
function objectStart(view: SentenceView, cueEnd: number, via: readonly string[] | undefined): number | null {
  if (!via) return cueEnd;
  for (let index = cueEnd; index < Math.min(view.tokens.length, cueEnd + VIA_WINDOW); index++) {
    if (CLAUSE_ENDS.has(view.tokens[index]?.exact ?? '')) return null;
    if (via.includes(view.folded(index))) return index + 1;
  }
  return null;
}
