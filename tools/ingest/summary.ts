/**
 * A briefing's summary: the lead, or as many of its first sentences as fit
 * the length of a brief. Shared by every tool that writes briefings.
 */

const SUMMARY_MAX_CHARS = 400;

/**
 * A period after these does not end a sentence: titles, single initials
 * ("George W. Bush") and the initialisms news text uses mid-sentence
 * ("U.S. President"). Other initialisms ("Washington D.C. The") are allowed
 * to end one: cutting a summary there is rarely wrong, and a wrong cut
 * still shows in the diff of the generated files.
 */
const NOT_A_SENTENCE_END =
  /(?:^|[\s("“])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|No|vs|[A-Z]|U\.S|U\.K|U\.N)\.$/;

export function summarise(lead: string): string {
  if (lead.length <= SUMMARY_MAX_CHARS) return lead;
  // A sentence ends at . ! or ?, maybe followed by closing quotes, then a
  // space and something that can start a sentence.
  const ends = [...lead.matchAll(/[.!?]["'”’)\]]*(?=\s+["'“‘(]?[A-Z0-9])/g)]
    .map((m) => m.index + m[0].length)
    .filter((end) => !NOT_A_SENTENCE_END.test(lead.slice(0, end)));
  const fitting = ends.filter((end) => end <= SUMMARY_MAX_CHARS);
  // If even the first sentence is too long, a whole sentence still beats a cut one.
  const end = fitting.at(-1) ?? ends[0] ?? lead.length;
  return lead.slice(0, end);
}
