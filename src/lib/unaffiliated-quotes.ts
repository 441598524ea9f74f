/** The quotes of the ledger credited to no actor: an unnamed source, an unregistered speaker, no speaker. */
import { quoteLedger, type QuoteInBriefing } from './actor-index.ts';

export async function unaffiliatedQuotes(): Promise<QuoteInBriefing[]> {
  return (await quoteLedger()).filter(({ quote }) => !quote.speaker?.actor);
}
