/**
 * A briefing's frontmatter and id from what the editor gave on the command
 * line and what was found in the input; the command line wins. Problems name
 * the input file and the line (or the option) they come from.
 */
import type { ContentProblem } from '../../src/sources/files/problems.ts';
import type { ReadResult } from '../../src/sources/files/source-file.ts';
import { calendarDateSchema } from '../../src/sources/schema/calendar-date.ts';
import { ID_PATTERN } from '../../src/core/schema/ids.ts';
import type { ArticleFrontmatter } from './article-file.ts';
import type { Cleaned } from './boilerplate.ts';
import { findDate } from './dates.ts';
import { slugify } from '../../src/core/text/slug.ts';
import { summarise } from './summary.ts';

/** What the editor gives on the command line. */
export interface Overrides {
  title?: string;
  date?: string;
  sourceName?: string;
  sourceUrl?: string;
}

/** What a web page's metadata says (nothing, for plain text). */
export interface PageFacts {
  publishedTime: string | undefined;
  siteName: string | undefined;
  url: string | undefined;
}

/**
 * The source of a plain-text scrape is seldom recorded. The schema requires
 * a name, and this one tells readers the truth rather than guessing an outlet.
 */
const UNKNOWN_SOURCE = 'Scraped news report (original outlet not recorded)';

export interface Briefing {
  /** `<date>-<slug>`: the file name without `.md`, and the page's address. */
  id: string;
  frontmatter: ArticleFrontmatter;
}

/** Where the date comes from: the option, the page's metadata, or a dateline in the text. */
function dateSource(overrides: Overrides, cleaned: Cleaned, page: PageFacts) {
  if (overrides.date !== undefined) return { iso: overrides.date, line: 1, field: '--date' };
  const published = page.publishedTime === undefined ? undefined : findDate(page.publishedTime);
  if (published) return { iso: published.iso, line: 1, field: 'published time' };
  if (cleaned.date) return { iso: cleaned.date.iso, line: cleaned.date.block.line ?? 1, field: 'dateline' };
  return undefined;
}

/** The date, checked against the calendar. */
function pickDate(input: string, overrides: Overrides, cleaned: Cleaned, page: PageFacts): ReadResult<string> {
  const source = dateSource(overrides, cleaned, page);
  if (!source) {
    return {
      ok: false,
      problems: [{ file: input, line: 1, message: 'no date found; give it with --date YYYY-MM-DD' }],
    };
  }
  const checked = calendarDateSchema.safeParse(source.iso);
  if (checked.success) return { ok: true, value: source.iso };
  const hint = source.field === '--date' ? '' : '; give the date with --date YYYY-MM-DD';
  return {
    ok: false,
    problems: checked.error.issues.map((issue) => ({
      file: input,
      line: source.line,
      field: source.field,
      message: `${issue.message}${hint}`,
    })),
  };
}

export function buildFrontmatter(
  input: string,
  overrides: Overrides,
  cleaned: Cleaned,
  page: PageFacts,
): ReadResult<Briefing> {
  const problems: ContentProblem[] = [];
  const title = overrides.title ?? cleaned.headline;
  if (title === undefined) {
    problems.push({ file: input, line: 1, message: 'no headline found; give the title with --title "…"' });
  }
  const date = pickDate(input, overrides, cleaned, page);
  if (!date.ok) problems.push(...date.problems);
  const lead = cleaned.body.find((block) => block.kind === 'paragraph');
  if (!lead)
    problems.push({ file: input, line: 1, message: 'no article text is left once the boilerplate is removed' });
  if (title === undefined || !date.ok || !lead) return { ok: false, problems };

  const id = `${date.value}-${slugify(title)}`;
  if (!ID_PATTERN.test(id)) {
    const message = `the title "${title}" has no Latin letters or digits to name the file by; give one with --title`;
    return { ok: false, problems: [{ file: input, line: 1, message }] };
  }
  const sourceUrl = overrides.sourceUrl ?? page.url;
  return {
    ok: true,
    value: {
      id,
      frontmatter: {
        title,
        date: date.value,
        source: {
          name: overrides.sourceName ?? page.siteName ?? UNKNOWN_SOURCE,
          ...(sourceUrl === undefined ? {} : { url: sourceUrl }),
        },
        summary: summarise(lead.text),
        ...(cleaned.byline === undefined ? {} : { byline: cleaned.byline }),
      },
    },
  };
}
