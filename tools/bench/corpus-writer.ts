/**
 * Writes the paragraphs of one generated briefing: narrative, look-alike
 * traps, and quotations in every form the quote finder handles. One writer
 * per briefing; it remembers which speakers the text has introduced, so the
 * full name comes first and the surname or pronoun afterwards, as in print.
 */
import type { BriefingCast } from './corpus-cast.ts';
import {
  CONTINUATIONS,
  HEADLINES,
  INNER_QUOTES,
  NARRATIVE,
  NESTING_STATEMENTS,
  PLACES,
  ROLES,
  SCARE_PHRASES,
  SPOKESPEOPLE,
  STATEMENTS,
  REPORT_TITLES,
  PLAN_NAMES,
  TRAPS,
  WEEKDAYS,
} from './corpus-phrases.ts';
import type { Random } from '../../src/site/seeded-random.ts';

export interface QuoteMarks {
  open: string;
  close: string;
  innerOpen: string;
  innerClose: string;
}

export const CURLY_QUOTES: QuoteMarks = { open: '“', close: '”', innerOpen: '‘', innerClose: '’' };
export const STRAIGHT_QUOTES: QuoteMarks = { open: '"', close: '"', innerOpen: "'", innerClose: "'" };

/**
 * The forms every briefing holds at least once. Each writes one or more
 * paragraphs (the cross-paragraph quote writes two).
 */
export const PARAGRAPH_FORMS = [
  'said-after',
  'said-colon',
  'split-quote',
  'across-paragraphs',
  'nested-quote',
  'scare-quote',
  'title-quote',
  'according-to',
  'trap',
] as const;

export type ParagraphForm = (typeof PARAGRAPH_FORMS)[number] | 'narrative';

export interface BriefingWriter {
  /** The paragraphs of one form. */
  write(form: ParagraphForm): string[];
  /** One narrative sentence: the smallest piece, used to land in the word range. */
  sentence(): string;
  headline(): string;
}

export function createWriter(random: Random, cast: BriefingCast, marks: QuoteMarks): BriefingWriter {
  const { focus, rival, body, group, outlet, official } = cast;
  const { open, close, innerOpen, innerClose } = marks;

  const slot = (key: string): string => {
    switch (key) {
      case 'State':
        return focus.name;
      case 'Demonym':
        return focus.demonym;
      case 'People':
        return focus.people;
      case 'Capital':
        return focus.capital;
      case 'Rival':
        return rival.name;
      case 'RivalDemonym':
        return rival.demonym;
      case 'RivalCapital':
        return rival.capital;
      case 'Body':
        return body.phrase;
      case 'BodyName':
        return body.name;
      case 'Group':
        return group.name;
      case 'Outlet':
        return outlet.phrase;
      case 'Place':
        return random.pick(PLACES);
      case 'n':
        return String(random.int(3, 95));
      case 'm':
        return String(random.int(2, 14));
      case 'weekday':
        return random.pick(WEEKDAYS);
      default:
        throw new Error(`Unknown slot {${key}} in a benchmark corpus template (tools/bench/corpus-phrases.ts)`);
    }
  };
  // An unknown slot is a mistake in a template and throws.
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, key: string) => slot(key));
  // A slot at the start of a sentence may be `the United States`.
  const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const narratives = random.deck(NARRATIVE);
  const statements = random.deck(STATEMENTS);
  const sentence = () => capitalised(fill(narratives()));
  const statement = () => capitalised(fill(statements()));
  const withArticle = (phrase: string) => `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${open}${phrase}${close}`;

  // The official is a registered person; the spokesperson is made up, with a pronoun to refer back to.
  const spokesperson = random.pick(SPOKESPEOPLE);
  const role = fill(random.pick(ROLES));
  const spokespersonSurname = spokesperson.name.split(' ').at(-1) ?? spokesperson.name;
  let officialIntroduced = false;
  let spokespersonIntroduced = false;
  const officialRef = () => {
    if (officialIntroduced) return official.surname;
    officialIntroduced = true;
    return official.name;
  };
  const spokespersonRef = () => {
    if (spokespersonIntroduced) return spokespersonSurname;
    spokespersonIntroduced = true;
    return `${spokesperson.name}, ${role},`;
  };
  const anyone = () => (random.chance(0.5) ? officialRef() : spokespersonRef());

  const forms: Record<ParagraphForm, () => string[]> = {
    narrative: () => [Array.from({ length: random.int(2, 3) }, sentence).join(' ')],
    'said-after': () => [`${open}${statement()},${close} ${anyone()} said. ${sentence()}`],
    'said-colon': () => [`${anyone()} told reporters: ${open}${statement()}. ${statement()}.${close}`],
    'split-quote': () => {
      // The pronoun needs its antecedent first.
      const intro = spokespersonIntroduced ? '' : `${spokespersonRef()} described the talks as difficult. `;
      const continuation = fill(random.pick(CONTINUATIONS));
      return [`${intro}${open}${statement()},${close} ${spokesperson.pronoun} said, ${open}${continuation}.${close}`];
    },
    // By convention a quotation that runs on has no closing mark at the end of its first paragraph.
    'across-paragraphs': () => [
      `In a statement, ${anyone()} said: ${open}${statement()}. ${statement()}.`,
      `${open}${statement()}. ${statement()}.${close}`,
    ],
    'nested-quote': () => {
      const inner = `${innerOpen}${random.pick(INNER_QUOTES)}${innerClose}`;
      const text = capitalised(fill(random.pick(NESTING_STATEMENTS).replace('{inner}', inner)));
      return [`${open}${text},${close} ${anyone()} said.`];
    },
    'scare-quote': () => [
      random.chance(0.5)
        ? `${focus.capital} has described the offensive as ${withArticle(random.pick(SCARE_PHRASES))}, a term ${rival.capital} rejects. ${sentence()}`
        : `Critics say the so-called ${open}${random.pick(SCARE_PHRASES)}${close} has done little for the people of ${fill('{Place}')}. ${sentence()}`,
    ],
    'title-quote': () => [
      random.chance(0.5)
        ? `In a report titled ${open}${random.pick(REPORT_TITLES)}${close}, ${body.phrase} said at least ${fill('{n}')} schools had been damaged. ${sentence()}`
        : `The ${open}${random.pick(PLAN_NAMES)}${close} plan, first proposed by ${rival.name}, has been shelved. ${sentence()}`,
    ],
    'according-to': () => [
      random.chance(0.5)
        ? `${fill('According to {Outlet}, at least {n} people were killed in {Place} on {weekday}.')} ${sentence()}`
        : fill('More than {n},000 people have fled {Place} since {weekday}, according to figures from {Body}.'),
    ],
    trap: () => [`${capitalised(fill(random.pick(TRAPS)))} ${sentence()}`],
  };
  return { sentence, headline: () => capitalised(fill(random.pick(HEADLINES))), write: (form) => forms[form]() };
}
