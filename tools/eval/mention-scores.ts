/**
 * Scoring found mentions against hand-written labels (test/gold/mentions/):
 * a mention counts when its start, surface text and actor all agree.
 */
export interface LabelledMention {
  start: number;
  text: string;
  actor: string;
}

/**
 * Actor–briefing pairs: the actors the labels name in a text, those of them
 * the build links at least once there (anywhere in it), and the actors it
 * links there at all. What a reader of an actor's page sees: whether the
 * briefing is listed on it.
 */
export interface ActorPairs {
  labelled: number;
  covered: number;
  linked: number;
}

export interface MentionScore {
  truePositives: number;
  falsePositives: LabelledMention[];
  misses: LabelledMention[];
  precision: number;
  recall: number;
  pairs: ActorPairs;
}

const key = ({ start, text, actor }: LabelledMention) => `${start}\u0000${text}\u0000${actor}`;

export function scoreMentions(found: readonly LabelledMention[], gold: readonly LabelledMention[]): MentionScore {
  const goldKeys = new Set(gold.map(key));
  const foundKeys = new Set(found.map(key));
  const truePositives = found.filter((mention) => goldKeys.has(key(mention))).length;
  const labelledActors = new Set(gold.map(({ actor }) => actor));
  const linkedActors = new Set(found.map(({ actor }) => actor));
  return {
    truePositives,
    falsePositives: found.filter((mention) => !goldKeys.has(key(mention))),
    misses: gold.filter((mention) => !foundKeys.has(key(mention))),
    precision: found.length === 0 ? 1 : truePositives / found.length,
    recall: gold.length === 0 ? 1 : truePositives / gold.length,
    pairs: {
      labelled: labelledActors.size,
      covered: [...labelledActors].filter((actor) => linkedActors.has(actor)).length,
      linked: linkedActors.size,
    },
  };
}

/** Add scores up (micro-average). */
export function totalScore(scores: readonly MentionScore[]): MentionScore {
  const truePositives = scores.reduce((sum, score) => sum + score.truePositives, 0);
  const falsePositives = scores.flatMap((score) => score.falsePositives);
  const misses = scores.flatMap((score) => score.misses);
  const found = truePositives + falsePositives.length;
  const gold = truePositives + misses.length;
  const pairs = (pick: (pairs: ActorPairs) => number) => scores.reduce((sum, score) => sum + pick(score.pairs), 0);
  return {
    truePositives,
    falsePositives,
    misses,
    precision: found === 0 ? 1 : truePositives / found,
    recall: gold === 0 ? 1 : truePositives / gold,
    pairs: {
      labelled: pairs(({ labelled }) => labelled),
      covered: pairs(({ covered }) => covered),
      linked: pairs(({ linked }) => linked),
    },
  };
}
