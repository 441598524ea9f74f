/**
 * Direct quotations in plain text: where they are, what kind they are, who
 * said them and which actor that speaks for. Free of Astro and unified; the
 * Markdown plugins adapt its offsets to the tree.
 */
export { EMPTY_DIRECTORY, findQuotes } from './find-quotes.ts';
export type {
  Quote,
  QuoteDiagnostic,
  QuoteKind,
  QuotePart,
  QuoteRuleId,
  QuotesResult,
  RegisteredSpeaker,
  Speaker,
  SpeakerDirectory,
  SpeakerVia,
  TextSpan,
} from './types.ts';
