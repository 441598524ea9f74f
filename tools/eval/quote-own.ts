/**
 * Scores the quote core on sentences we wrote ourselves for the error
 * classes of speaker attribution (`test/gold/speakers/`, its README gives the
 * format): for each labelled quotation, was it found, is its speaker the one
 * the sentence means and, where the batch labels it, is the credited actor
 * right. Only the labelled quotations count; the others in a case are context.
 *
 * Each passage goes through the build's pipeline as a briefing's body, mention
 * matching and discovery included, so a speaker introduced only in the
 * passage (`Reza Mohammadi, a spokesman for Iran's foreign ministry`) is
 * credited as a reader of the page would see it, not as the quote core alone
 * would with the registry's names.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { registryAt, type Registry } from '../../src/core/registry/registry.ts';
import { calendarDateTextSchema } from '../../src/core/schema/index.ts';
import { tokenize } from '../../src/core/text/tokens.ts';
import { annotateMarkdown, type AnnotateReport } from '../annotate/annotate-file.ts';
import { countQuote, emptyBreakdown, type Breakdown } from './quote-breakdown.ts';
import { CUE_TYPES } from './quote-cue-types.ts';

const ownGold = z.object({
  cases: z.array(
    z.object({
      id: z.string().min(1),
      // The day the passage is dated, as a wire story's dateline gives it: its names and memberships are
      // read as the registry has them that day. Without one, as the registry reads before any period starts.
      date: calendarDateTextSchema.optional(),
      text: z.string().min(1),
      quotes: z.array(
        z.object({
          quote: z.string().min(1),
          speaker: z.string().min(1),
          // The registry id the words are credited to (null: nobody registered); batches 1–4 have none.
          actor: z.string().nullable().optional(),
          appears: z.enum(CUE_TYPES),
        }),
      ),
    }),
  ),
});

type OwnGold = z.infer<typeof ownGold>;

/**
 * Lower case, single spaces, no leading article or diacritics: `The Financial Times` and `Financial Times`
 * are one name, and so are `Erdoğan` as the registry writes it and `Erdogan` as the gold does.
 */
function normalised(words: string): string {
  return words.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/gu, ' ').trim().toLowerCase().replace(/^the /u, '');
}

/** The registered actor a name means in full on the registry's date, or null. */
function registeredAs(name: string, registry: Registry): string | null {
  const tokens = tokenize(name);
  const match = tokens.length > 0 ? registry.trie.longestAt(tokens, 0) : null;
  if (!match || match.end !== tokens.length) return null;
  const actors = new Set(match.forms.map((form) => form.actor));
  return actors.size === 1 ? ([...actors][0] ?? null) : null;
}

/**
 * The gold speaker and the predicted one name the same person or body: the
 * same words, one within the other (`Mayor Ines Kovac` for `Ines Kovac`,
 * `Japan’s health ministry` for `health ministry`), or the gold's words are a
 * registered name of the actor predicted (`Jolani` for Ahmed al-Sharaa,
 * `SANA` for the Syrian Arab News Agency). Words as written in lower case (a
 * pronoun, a nominal, a document: `she`, `the command`, `the report`) pass
 * only when they hold the gold's (`a company spokeswoman` for `company
 * spokeswoman`): within a name (`U.S. Central Command`), they are what was
 * left unresolved.
 */
function sameSpeaker(gold: string, predicted: { name: string; id: string | null }, registry: Registry): boolean {
  const [a, b] = [normalised(gold), normalised(predicted.name)];
  if (a === b) return true;
  if (predicted.id !== null && registeredAs(gold, registry) === predicted.id) return true;
  const holdsGold = ` ${b} `.includes(` ${a} `);
  return holdsGold || (!/^\p{Ll}/u.test(predicted.name.trim()) && ` ${a} `.includes(` ${b} `));
}

/** One gold file's figures, whether its labels carry the credited actor, and one line per miss for `--verbose`. */
export interface OwnScore {
  file: string;
  breakdown: Breakdown;
  withActor: boolean;
  notes: string[];
}

/**
 * Scores every gold file in `test/gold/speakers/` on its own, in name order: each batch was a first look
 * when written, and stays apart so a later batch still shows how the rules carry to sentences unseen.
 */
export async function scoreOwnSentences(
  root: string,
  registry: Registry,
  notActors: ReadonlySet<string>,
): Promise<OwnScore[]> {
  const folder = path.join(root, 'test/gold/speakers');
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
  const scores: OwnScore[] = [];
  for (const name of files) {
    const file = path.join(folder, name);
    const parsed = ownGold.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    const breakdown = emptyBreakdown();
    const withActor = parsed.data.cases.some((item) => item.quotes.some((label) => label.actor !== undefined));
    const notes = await scoreCases(parsed.data.cases, { registry, notActors, file }, breakdown);
    scores.push({ file: name, breakdown, withActor, notes });
  }
  return scores;
}

/**
 * A quotation split by its attribution (`“…,” she said. “…”`) is one quote, its spans joined by ` … `; one
 * that runs over paragraphs (a paragraph left open, the next opening with a mark) holds a blank line between
 * them. Each span, and each paragraph of one, may be labelled.
 */
const spansOf = (quote: AnnotateReport['quotes'][number]) => quote.text.split(/ … |\n\s*\n/u);

async function scoreCases(
  cases: OwnGold['cases'],
  { registry, notActors, file }: { registry: Registry; notActors: ReadonlySet<string>; file: string },
  breakdown: Breakdown,
): Promise<string[]> {
  const notes: string[] = [];
  for (const { id, date, text, quotes: labels } of cases) {
    const onDate = date === undefined ? registry : registryAt(registry, date);
    const report = await annotateMarkdown(file, text, onDate, { notActors });
    const speech = report.quotes.filter((quote) => quote.kind === 'speech');
    for (const label of labels) {
      // Each span may be labelled.
      const quote = speech.find((candidate) => spansOf(candidate).some((span) => span.startsWith(label.quote)));
      const speaker = quote?.speaker?.name ?? null;
      const right = quote?.speaker ? sameSpeaker(label.speaker, quote.speaker, onDate) : quote ? false : null;
      // The gold labels registry ids; an actor only discovery knows is `null` there, as in the content gold.
      const credited = quote?.speaker?.actor ?? null;
      const actor = credited !== null && onDate.actors.has(credited as never) ? credited : null;
      const actorRight = label.actor !== undefined && actor === label.actor;
      countQuote(breakdown, label.appears, quote !== undefined, right, actorRight);
      if (!quote) notes.push(`${id}: MISSED ${JSON.stringify(label.quote)}`);
      else if (!right || (label.actor !== undefined && !actorRight)) {
        const actors = label.actor === undefined ? '' : ` (${label.actor} / ${actor})`;
        notes.push(`${id}: SPEAKER gold ${label.speaker} got ${speaker ?? 'none'}${actors}`);
      }
      breakdown.goldSpans++;
      breakdown.predictedSpans++;
      if (quote) {
        breakdown.goldMatched++;
        breakdown.predictedMatched++;
      }
    }
  }
  return notes;
}
