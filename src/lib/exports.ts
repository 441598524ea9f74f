/**
 * The machine-readable exports (`/actors.json`, `/quotes.json`): the same
 * data the actor pages and the quote ledger show, with absolute URLs.
 */
import type { ActorSummary, QuoteInBriefing } from './actor-index.ts';
import { actorPath, briefingAnchorPath, briefingPath } from './urls.ts';

const day = (date: Date) => date.toISOString().slice(0, 10);

export function quoteExport({ quote, briefing }: QuoteInBriefing, site: URL) {
  return {
    id: quote.id,
    url: new URL(briefingAnchorPath(briefing.id, quote.id), site).href,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    cue: quote.cue,
    sentence: quote.sentence,
    briefing: {
      id: briefing.id,
      title: briefing.data.title,
      date: day(briefing.data.date),
      url: new URL(briefingPath(briefing.id), site).href,
    },
  };
}

export function actorExport(summary: ActorSummary, site: URL) {
  const { actor, appearances } = summary;
  const { name, kind, description, aliases, demonyms, metonyms, memberOf, wikidata } = actor.data;
  return {
    id: actor.id,
    url: new URL(actorPath(actor.id), site).href,
    name,
    kind,
    description,
    aliases: aliases.map(({ text }) => text),
    demonyms,
    metonyms,
    memberOf,
    members: summary.members.map((member) => member.id),
    wikidata,
    mentions: summary.mentions,
    briefings: appearances.length,
    latest: summary.latest ? day(summary.latest) : null,
    timeline: summary.timeline,
    coActors: summary.coActors.map(({ actor: other, briefings, sentences }) => ({
      id: other.id,
      briefings,
      sentences,
    })),
    appearances: appearances.map(({ briefing, sentences, mentions }) => ({
      briefing: briefing.id,
      date: day(briefing.data.date),
      mentions,
      sentences: sentences.map(({ sentence }) => ({
        id: sentence.id,
        url: new URL(briefingAnchorPath(briefing.id, sentence.id), site).href,
        text: sentence.text,
      })),
    })),
    saidBy: summary.saidBy.map(({ quote }) => quote.id),
    saidAbout: summary.saidAbout.map(({ quote }) => quote.id),
    // Found in the text, in no registry layer: where, for an editor to review.
    discovered:
      summary.discovered?.map(({ briefing, sentence, cue }) => ({
        briefing: briefing.id,
        sentence: sentence?.id ?? null,
        cue,
      })) ?? null,
  };
}
