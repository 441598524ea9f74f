/**
 * Quote figures split by how the speaker appears (`quote-cue-types.ts`):
 * span precision, recall and F1 over all quotes, and by cue type the quotes'
 * span recall, the speaker right on the quotes found and, where the gold
 * says, the credited actor right on them.
 */
import { CUE_TYPES, type CueType } from './quote-cue-types.ts';

interface CueTally {
  gold: number;
  found: number;
  /** Of the found ones with a gold speaker: how many, and how many right. */
  speakerFound: number;
  speakerRight: number;
  actorRight: number;
}

export interface Breakdown {
  goldSpans: number;
  predictedSpans: number;
  /** Gold spans a predicted one matches, and predicted spans that match a gold one. */
  goldMatched: number;
  predictedMatched: number;
  byCue: Map<CueType, CueTally>;
}

export function emptyBreakdown(): Breakdown {
  return { goldSpans: 0, predictedSpans: 0, goldMatched: 0, predictedMatched: 0, byCue: new Map() };
}

/** One gold quotation: was it found, and (when found and it has a speaker) were its speaker and actor right? */
export function countQuote(
  breakdown: Breakdown,
  cue: CueType,
  found: boolean,
  speakerRight: boolean | null,
  actorRight = false,
): void {
  let tally = breakdown.byCue.get(cue);
  if (tally === undefined) {
    tally = { gold: 0, found: 0, speakerFound: 0, speakerRight: 0, actorRight: 0 };
    breakdown.byCue.set(cue, tally);
  }
  tally.gold++;
  if (!found) return;
  tally.found++;
  if (speakerRight === null) return;
  tally.speakerFound++;
  if (speakerRight) tally.speakerRight++;
  if (actorRight) tally.actorRight++;
}

function ratio(numerator: number, denominator: number): string {
  return denominator === 0 ? '—' : `${(numerator / denominator).toFixed(3)} (${numerator}/${denominator})`;
}

function f1(precision: number, recall: number): string {
  return precision + recall === 0 ? '0.000' : ((2 * precision * recall) / (precision + recall)).toFixed(3);
}

/** The report's lines: a span line, then a Markdown table by cue type with an `all` row. */
export function breakdownLines(title: string, breakdown: Breakdown, withActor: boolean): string[] {
  const precision = breakdown.predictedMatched / breakdown.predictedSpans;
  const recall = breakdown.goldMatched / breakdown.goldSpans;
  const lines = [
    title,
    `spans: P ${ratio(breakdown.predictedMatched, breakdown.predictedSpans)}  R ${ratio(breakdown.goldMatched, breakdown.goldSpans)}  F1 ${f1(precision, recall)}`,
    '',
    `| cue type | quotes | found | speaker right, on found |${withActor ? ' credited actor right, on found |' : ''}`,
    `|---|---|---|---|${withActor ? '---|' : ''}`,
  ];
  const all: CueTally = { gold: 0, found: 0, speakerFound: 0, speakerRight: 0, actorRight: 0 };
  const row = (name: string, tally: CueTally) =>
    `| ${name} | ${tally.gold} | ${ratio(tally.found, tally.gold)} | ${ratio(tally.speakerRight, tally.speakerFound)} |${withActor ? ` ${ratio(tally.actorRight, tally.speakerFound)} |` : ''}`;
  for (const cue of CUE_TYPES) {
    const tally = breakdown.byCue.get(cue);
    if (tally === undefined) continue;
    lines.push(row(cue, tally));
    all.gold += tally.gold;
    all.found += tally.found;
    all.speakerFound += tally.speakerFound;
    all.speakerRight += tally.speakerRight;
    all.actorRight += tally.actorRight;
  }
  lines.push(row('all', all), '');
  return lines;
}
