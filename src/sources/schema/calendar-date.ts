/**
 * A calendar date written as `YYYY-MM-DD`. YAML loaders that turn such text
 * into a JavaScript `Date` silently roll `2025-02-30` over to March 2nd; we
 * read frontmatter as plain YAML 1.2 (no timestamps), so the text reaches
 * this schema intact and an impossible date is an error.
 */
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const calendarDateSchema = z
  .string({ error: 'a date is written as YYYY-MM-DD, e.g. 2024-12-02' })
  .superRefine((text, ctx) => {
    const parts = ISO_DATE.exec(text);
    if (!parts) {
      ctx.addIssue({ code: 'custom', message: `"${text}" is not a date in the form YYYY-MM-DD` });
      return;
    }
    const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
    if (month < 1 || month > 12) {
      ctx.addIssue({ code: 'custom', message: `"${text}" has no month ${month} (months run 01–12)` });
      return;
    }
    const last = daysInMonth(year, month);
    if (day < 1 || day > last) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a real calendar date (${MONTHS[month - 1]} ${year} has ${last} days)`,
      });
    }
  })
  // Midnight UTC: the date an editor wrote, whatever the build machine's time zone.
  .transform((text) => new Date(`${text}T00:00:00Z`));
