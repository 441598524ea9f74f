/**
 * The machine-readable exports (`/actors.json`, `/quotes.json`): the data
 * the actor pages and the quote ledger show, each fact once. A sentence or
 * quote is named by its anchor id, never repeated with its text or URL per
 * actor: its permalink is its briefing's page followed by `#` and the id
 * (`<site>briefings/<briefing id>/#s-…`). The README describes both files.
 */
import type { ActorSummary, QuoteInBriefing } from './actor-index.ts';
import { isoDate } from './dates.ts';
import { actorPath, briefingPath } from './urls.ts';

/** A quotation within its briefing's row of `/quotes.json`. */
function quoteExport({ quote }: QuoteInBriefing) {
  const { id, text, kind, speaker, cue, sentence } = quote;
  return { id, text, kind, speaker, cue, sentence };
}

/**
 * `/quotes.json`: every briefing with a speech quote, newest first, with
 * its quotes in text order (the ledger's order).
 */
export function quotesExport(ledger: readonly QuoteInBriefing[], site: URL) {
  const byBriefing = Map.groupBy(ledger, ({ briefing }) => briefing);
  return {
    site: site.href,
    briefings: [...byBriefing].map(([briefing, rows]) => ({
      id: briefing.id,
      title: briefing.data.title,
      date: isoDate(briefing.data.date),
      url: new URL(briefingPath(briefing.id), site).href,
      quotes: rows.map(quoteExport),
    })),
  };
}

/** One actor's row of `/actors.json`. */
export function actorExport(summary: ActorSummary, site: URL) {
  const { actor, appearances } = summary;
  const { name, kind, description, aliases, demonyms, metonyms, memberOf, wikidata, periods } = actor.data;
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
    // In time: the actor's own period, who came before and after it, and when each name and membership held.
    from: actor.data.from ?? null,
    until: actor.data.until ?? null,
    predecessor: actor.data.predecessor ?? null,
    successor: actor.data.successor ?? null,
    periods: (periods ?? []).map(({ field, text, from, until }) => ({ field, text, from, until })),
    mentions: summary.mentions,
    briefings: appearances.length,
    latest: summary.latest ? isoDate(summary.latest) : null,
    timeline: summary.timeline,
    // Only actors that share a sentence with it: that two actors share a briefing and nothing
    // closer already follows from their `appearances`, and would list most of the registry.
    coActors: summary.coActors
      .filter(({ sentences }) => sentences > 0)
      .map(({ actor: other, briefings, sentences }) => ({ id: other.id, briefings, sentences })),
    // Newest first; the sentences that mention the actor, by anchor id.
    appearances: appearances.map(({ briefing, sentences, mentions }) => ({
      briefing: briefing.id,
      date: isoDate(briefing.data.date),
      mentions,
      sentences: sentences.map(({ sentence }) => sentence.id),
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

/** `/actors.json`: every actor of the registry, in the registry's order. */
export function actorsExport(summaries: Iterable<ActorSummary>, site: URL) {
  return { site: site.href, actors: [...summaries].map((summary) => actorExport(summary, site)) };
}
