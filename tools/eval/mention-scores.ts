/**
 * Scoring found mentions against hand-written labels (test/gold/mentions/):
 * a mention counts when its start, surface text and actor all agree.
 */
export interface LabelledMention {
  start: number;
  text: string;
  actor: string;
}

export interface MentionScore {
  truePositives: number;
  falsePositives: LabelledMention[];
  misses: LabelledMention[];
  precision: number;
  recall: number;
}

const key = ({ start, text, actor }: LabelledMention) => `${start}\u0000${text}\u0000${actor}`;

export function scoreMentions(found: readonly LabelledMention[], gold: readonly LabelledMention[]): MentionScore {
  const goldKeys = new Set(gold.map(key));
  const foundKeys = new Set(found.map(key));
  const truePositives = found.filter((mention) => goldKeys.has(key(mention))).length;
  return {
    truePositives,
    falsePositives: found.filter((mention) => !goldKeys.has(key(mention))),
    misses: gold.filter((mention) => !foundKeys.has(key(mention))),
    precision: found.length === 0 ? 1 : truePositives / found.length,
    recall: gold.length === 0 ? 1 : truePositives / gold.length,
  };
}

/** Add scores up (micro-average). */
export function totalScore(scores: readonly MentionScore[]): MentionScore {
  const truePositives = scores.reduce((sum, score) => sum + score.truePositives, 0);
  const falsePositives = scores.flatMap((score) => score.falsePositives);
  const misses = scores.flatMap((score) => score.misses);
  const found = truePositives + falsePositives.length;
  const gold = truePositives + misses.length;
  return {
    truePositives,
    falsePositives,
    misses,
    precision: found === 0 ? 1 : truePositives / found,
    recall: gold === 0 ? 1 : truePositives / gold,
  };
}
