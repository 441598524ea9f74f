/** `/relations.json`: every edge with its evidence sentence and absolute URLs, as quotes.json gives quotes. */
import { isoDate } from './dates.ts';
import type { RelationInBriefing } from './relations.ts';
import { actorPath, briefingAnchorPath, briefingPath } from './urls.ts';

export function relationExport({ relation, briefing, sentence }: RelationInBriefing, site: URL) {
  const { source, target, type, cue, pattern, confidence } = relation;
  return {
    source: { id: source, url: new URL(actorPath(source), site).href },
    target: { id: target, url: new URL(actorPath(target), site).href },
    type,
    cue,
    pattern,
    confidence,
    date: isoDate(briefing.data.date),
    evidence: {
      sentence: sentence.id,
      text: sentence.text,
      url: new URL(briefingAnchorPath(briefing.id, sentence.id), site).href,
    },
    briefing: { id: briefing.id, title: briefing.data.title, url: new URL(briefingPath(briefing.id), site).href },
  };
}
