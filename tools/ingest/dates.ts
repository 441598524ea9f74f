/**
 * Dates as news pages print them ("2 December 2024", "Dec. 2, 2024",
 * "2024-12-02T10:30:00Z"), found in a line of scraped text. The result is
 * `YYYY-MM-DD` text that the article schema still checks against the
 * calendar, so "February 30" is reported, never rolled over into March.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
/** Full names, abbreviations with or without a dot, and "Sept". */
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`(\d{4})`;

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})(?=\b|T)/;
const MONTH_DAY_YEAR = new RegExp(String.raw`\b${MONTH}\s+${DAY},?\s+${YEAR}\b`, 'i');
const DAY_MONTH_YEAR = new RegExp(String.raw`\b${DAY}\s+${MONTH},?\s+${YEAR}\b`, 'i');

export interface FoundDate {
  /** `YYYY-MM-DD`, not yet checked against the calendar. */
  iso: string;
  /** Where the date is written in the text. */
  index: number;
  length: number;
}

const pad = (value: string) => value.padStart(2, '0');

function monthNumber(name: string): string {
  return pad(String(MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1));
}

/** The first date written in `text`, in any of the forms above. */
export function findDate(text: string): FoundDate | undefined {
  const found: FoundDate[] = [];
  const iso = ISO_DATE.exec(text);
  if (iso) found.push({ iso: `${iso[1]}-${iso[2]}-${iso[3]}`, index: iso.index, length: iso[0].length });
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (mdy) {
    const [match, month = '', day = '', year = ''] = mdy;
    found.push({ iso: `${year}-${monthNumber(month)}-${pad(day)}`, index: mdy.index, length: match.length });
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy) {
    const [match, day = '', month = '', year = ''] = dmy;
    found.push({ iso: `${year}-${monthNumber(month)}-${pad(day)}`, index: dmy.index, length: match.length });
  }
  return found.sort((a, b) => a.index - b.index)[0];
}
