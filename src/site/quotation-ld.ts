/**
 * A briefing's direct quotations as schema.org `Quotation` items: their
 * permalink on the page, who spoke them (`spokenByCharacter`) and the actor
 * they are credited to (`creator`), each linked to its actor page. The words
 * are not repeated as `text`: the permalink leads to the element that holds
 * them on the same page, and schema.org requires no property of a Quotation.
 */
import type { ActorId } from '../core/schema/index.ts';
import type { QuoteRecord } from './record.ts';

export interface QuotationLinks {
  /** The quotation's permalink, absolute: the briefing page and `#` its id. */
  quoteUrl(id: string): string;
  /** An actor with a page here, as the page's data has it (a thing, or a reference to one), or undefined. */
  actor(id: ActorId): Record<string, unknown> | undefined;
}

/** Speech marked up on the page, in text order: scare quotes and titles are not quotations of anyone. */
export function quotationThings(quotes: readonly QuoteRecord[], links: QuotationLinks): Record<string, unknown>[] {
  return quotes
    .filter((quote) => quote.kind === 'speech' && quote.marked)
    .map((quote) => {
      const speaker = quote.speaker;
      const registered = speaker?.id ? links.actor(speaker.id) : undefined;
      const credited = speaker?.actor ? links.actor(speaker.actor) : undefined;
      // A speaker known only by a description ("a senior army officer") is a person with no page.
      const spokenBy = registered ?? (speaker ? { '@type': 'Person', name: speaker.name } : null);
      return {
        '@type': 'Quotation',
        url: links.quoteUrl(quote.id),
        ...(spokenBy ? { spokenByCharacter: spokenBy } : {}),
        ...(credited ? { creator: credited } : {}),
      };
    });
}
