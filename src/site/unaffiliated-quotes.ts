/** The quotes of the ledger credited to no actor: an unnamed source, an unregistered speaker, no speaker. */
import { quoteLedger, type QuoteInBriefing } from './actor-index.ts';

let unaffiliated: Promise<QuoteInBriefing[]> | undefined;

/** Computed once per build: every page of the list asks for it. */
export function unaffiliatedQuotes(): Promise<QuoteInBriefing[]> {
  unaffiliated ??= quoteLedger().then((ledger) => ledger.filter(({ quote }) => !quote.speaker?.actor));
  return unaffiliated;
}
