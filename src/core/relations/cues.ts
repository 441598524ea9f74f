/**
 * The words that state a relation, by sentence shape. Literal words, never
 * patterns: a new cue is a new entry here, and every cue says which type of
 * edge it makes.
 */
import type { RelationPattern, RelationType } from './types.ts';

/** `Turkish-backed`, `US-supported`: the actor before the hyphen backs the noun after it. */
export const COMPOUND_CUES: ReadonlyMap<string, RelationType> = new Map([
  ['backed', 'support'],
  ['supported', 'support'],
  ['sponsored', 'support'],
  ['funded', 'support'],
  ['armed', 'support'],
  ['allied', 'support'],
]);

/** A noun that states a relation, and the prepositions that name its target (`support for`, `attacks on`). */
export interface NounCue {
  type: RelationType;
  prepositions: readonly string[];
}

export const NOUN_CUES: ReadonlyMap<string, NounCue> = new Map(
  (
    [
      [['support', 'backing', 'commitment', 'aid', 'assistance'], 'support', ['for', 'to']],
      [
        ['offensive', 'offensives', 'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombing'],
        'hostility',
        ['on', 'against'],
      ],
      [['condemnation', 'criticism'], 'statement', ['of']],
    ] as const
  ).flatMap(([words, type, prepositions]) => words.map((word): [string, NounCue] => [word, { type, prepositions }])),
);

/** `X, a key backer of Y`, `X is an ally of Y`: the role names the target after `of`. */
export const ROLE_CUES: ReadonlyMap<string, RelationType> = new Map(
  ['backer', 'backers', 'ally', 'allies', 'supporter', 'supporters', 'sponsor', 'sponsors', 'patron'].map((word) => [
    word,
    'support',
  ]),
);

/**
 * A verb with its subject as source and its object as target. `words` may
 * run over several tokens (`met with`); `via` is a word that must follow
 * within the clause before the target (`seized Tal Rifaat from Y`,
 * `sent reinforcements to aid Y`); `state` limits the target to states
 * (a visit is to a country, not to a person).
 */
export interface VerbCue {
  words: readonly string[];
  type: RelationType;
  via?: readonly string[];
  state?: boolean;
}

const verbs = (type: RelationType, forms: string[], extra: Omit<VerbCue, 'words' | 'type'> = {}): VerbCue[] =>
  forms.map((form) => ({ words: form.split(' '), type, ...extra }));

export const VERB_CUES: readonly VerbCue[] = [
  ...verbs('support', ['backs', 'backed', 'supports', 'supported', 'armed', 'funded', 'bolstered']),
  ...verbs('support', ['sent', 'deployed', 'dispatched'], { via: ['aid', 'help', 'support', 'bolster', 'back'] }),
  ...verbs('hostility', [
    'attacked',
    'attacks',
    'struck',
    'pounded',
    'shelled',
    'bombed',
    'bombarded',
    'raided',
    'targeted',
    'invaded',
    'fought',
    'clashed with',
  ]),
  ...verbs('hostility', ['seized', 'captured', 'took', 'wrested'], { via: ['from'] }),
  ...verbs('meeting', ['met with', 'met', 'meets', 'held talks with', 'talked with']),
  ...verbs('meeting', ['traveled to', 'travelled to', 'visited', 'flew to'], { state: true }),
  ...verbs('statement', [
    'condemned',
    'condemns',
    'denounced',
    'criticised',
    'criticized',
    'accused',
    'urged',
    'called on',
    'calls on',
  ]),
];

/**
 * The confidence each pattern's edges carry: a prior set by hand, ordered
 * by how much the pattern can go wrong, not a calibrated probability. A
 * compound (`X-backed Y`) cannot name the wrong source; a verb's subject is
 * found by walking back over the noun phrase and can land on the wrong
 * actor in a long sentence; a passive needs its `by` phrase read right too.
 * Only the order means something: a reader compares edges by it.
 */
export const PATTERN_CONFIDENCE: Readonly<Record<RelationPattern, number>> = {
  compound: 0.9,
  possessive: 0.85,
  apposition: 0.8,
  modifier: 0.75,
  verb: 0.7,
  passive: 0.6,
};
