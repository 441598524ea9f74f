/**
 * What the relation extractor returns: typed, directed edges between
 * registered actors, each resting on one sentence of one briefing.
 */
import type { ActorId } from '../schema/index.ts';

/** The kinds of relation the extractor knows, as the pages group them. */
export const RELATION_TYPES = ['support', 'hostility', 'meeting', 'statement'] as const;

export type RelationType = (typeof RELATION_TYPES)[number];

/** Which sentence shape an edge was read from; each shape has its own reliability. */
export type RelationPattern =
  | 'compound' // `Turkish-backed rebels`
  | 'possessive' // `Tehran's support for Damascus`
  | 'modifier' // `Russian airstrikes on Idlib`
  | 'apposition' // `Turkey, a key backer of Syrian rebel forces`
  | 'verb' // `rebels seized Tal Rifaat from Kurdish authorities`, `Araghchi met with Assad`
  | 'passive'; // `Gaza was attacked by Israel`

export interface Relation {
  source: ActorId;
  target: ActorId;
  type: RelationType;
  /** The words that state the relation, as written (`backer of`, `seized`, `met with`). */
  cue: string;
  pattern: RelationPattern;
  /** The id of the sentence that states it: the evidence pages link to. */
  sentence: string;
  /**
   * How far the pattern the edge was read from can be trusted, 0 to 1 (see
   * PATTERN_CONFIDENCE): a prior per pattern, not a probability computed
   * for this one sentence.
   */
  confidence: number;
}
