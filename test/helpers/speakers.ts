/** Speaker attribution read as a test states it, against the content registry's speaker directory. */
import { findQuotes, type Quote } from '../../src/core/quotes/index.ts';
import { speakerDirectory } from '../../src/core/quotes/speaker-directory.ts';
import { registryAt } from '../../src/core/registry/registry.ts';
import { calendarDateTextSchema } from '../../src/core/schema/index.ts';
import { contentRegistry, renderWithContentRegistry } from './registry.ts';

const undated = await contentRegistry();
const directory = speakerDirectory(undated);

/** The speaker of the last speech quote in `text`, as `name via how it was found`, or null. */
export function lastSpeakerOf(text: string): string | null {
  const speech = findQuotes(text, directory).quotes.filter((quote: Quote) => quote.kind === 'speech');
  const speaker = speech.at(-1)?.speaker;
  return speaker ? `${speaker.name} via ${speaker.via}` : null;
}

/** The speaker of every speech quote in `text`, in order, as `name via how it was found`. */
export function speakersOf(text: string): (string | null)[] {
  return findQuotes(text, directory)
    .quotes.filter((quote: Quote) => quote.kind === 'speech')
    .map((quote) => (quote.speaker ? `${quote.speaker.name} via ${quote.speaker.via}` : null));
}

/** The speaker of the last speech quote in `text` and the actor it is credited to, as `name for actor`, or null. */
export function lastCreditOf(text: string): string | null {
  const speech = findQuotes(text, directory).quotes.filter((quote: Quote) => quote.kind === 'speech');
  const speaker = speech.at(-1)?.speaker;
  return speaker ? `${speaker.name} for ${speaker.actor}` : null;
}

/** As `lastCreditOf`, with names and memberships read as the registry has them on `date` (`YYYY-MM-DD`). */
export function lastCreditOn(date: string, text: string): string | null {
  const dated = speakerDirectory(registryAt(undated, calendarDateTextSchema.parse(date)));
  const speech = findQuotes(text, dated).quotes.filter((quote: Quote) => quote.kind === 'speech');
  const speaker = speech.at(-1)?.speaker;
  return speaker ? `${speaker.name} for ${speaker.actor}` : null;
}

/** As `lastCreditOf`, through the build's pipeline: with mention matching and discovery, as a page shows it. */
export async function lastCreditOnPage(markdown: string): Promise<string | null> {
  const { record } = await renderWithContentRegistry(markdown);
  const speaker = record.quotes.filter((quote) => quote.kind === 'speech').at(-1)?.speaker;
  return speaker ? `${speaker.name} for ${speaker.actor}` : null;
}
