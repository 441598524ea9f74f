/**
 * An editor's corrections to the automatic annotations, as the pipeline
 * carries them: written in the Markdown as plain links
 * (`[Kenya Barris](actor:none)`, `[the regime](actor:syrian-government)`,
 * `[he](speaker:kevin-allton) said`, `[“a great day”](speaker:none)`) or as
 * briefing-wide rules in the frontmatter (`corrections: { unlink, link }`).
 */
import type { VFile } from 'vfile';
import type { ActorId } from '../schema/index.ts';

/** `actor`: which actor the words are a mention of; `speaker`: who spoke the quotation they attribute. */
export type CorrectionKind = 'actor' | 'speaker';

/** The link syntax: `actor:<id>` or `speaker:<id>`, with `none` for no actor and no speaker. */
const CORRECTION_URL = /^(actor|speaker):(.*)$/s;

export const NONE = 'none';

/** The kind and id a link's URL names, or null for an ordinary link. */
export function parseCorrectionUrl(url: string): { kind: CorrectionKind; id: string } | null {
  const match = CORRECTION_URL.exec(url);
  return match ? { kind: match[1] as CorrectionKind, id: match[2] ?? '' } : null;
}

/** A briefing-wide rule from the frontmatter: every occurrence of `phrase` is linked to `actor`, or never (null). */
export interface CorrectionRule {
  phrase: string;
  actor: ActorId | null;
  /** The frontmatter line it is written on, for notes. */
  line: number;
}

export interface Correction {
  kind: CorrectionKind;
  /** The id as the editor wrote it (checked against the registry later), or `none`. */
  id: string;
  /** The words it covers, as a reader sees them. */
  text: string;
  /** Where the editor wrote it: the link, or the frontmatter rule. */
  line: number;
  column: number;
  from: 'link' | 'rule';
  /** Its words in the body text, once placed there (`rehypeCorrectionSpans`). */
  start?: number;
  end?: number;
}

/** What can be wrong with a correction. `correction-unknown-actor` fails the build; the others are notes. */
export type CorrectionRuleId =
  /** The id names no actor of the registry and none the briefing's text gave discovery. */
  | 'correction-unknown-actor'
  /** It changes nothing any more: the phrase is gone, nothing is linked there, or the annotation already says so. */
  | 'correction-unused'
  /** Its words cannot carry a link (inside a link or code, or across other markup). */
  | 'correction-unplaced';

/** A note at the place the editor wrote the correction (the link, or the frontmatter rule's line). */
export function reportCorrection(
  file: VFile,
  place: { line: number; column: number },
  reason: string,
  ruleId: CorrectionRuleId,
): void {
  const message = file.message(reason, { place, ruleId, source: 'annotated-briefings' });
  // An id that names nobody is an error in the content, like an unknown id in `actors:`.
  if (ruleId === 'correction-unknown-actor') message.fatal = true;
}
