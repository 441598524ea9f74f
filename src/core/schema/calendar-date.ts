/**
 * A calendar date written as `YYYY-MM-DD`, checked against the calendar.
 * YAML loaders that turn such text into a JavaScript `Date` silently roll
 * `2025-02-30` over to March 2nd; content is read as plain YAML 1.2 (no
 * timestamps), so the text reaches this schema intact and an impossible date
 * is an error. Briefing dates and the periods of actors' names both use it.
 */
import { z } from 'zod';

/** A checked `YYYY-MM-DD`: such texts compare as their dates do. */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

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

/** Why `text` is not a date Zod's `z.iso.date()` accepts, in words an editor can act on. */
function whyNotADate(text: string): string {
  const parts = ISO_DATE.exec(text);
  if (!parts) return `"${text}" is not a date in the form YYYY-MM-DD`;
  const [year, month] = [Number(parts[1]), Number(parts[2])];
  if (month < 1 || month > 12) return `"${text}" has no month ${month} (months run 01–12)`;
  return `"${text}" is not a real calendar date (${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days)`;
}

const isoDate = z.iso.date();

/** The date as written, checked: stays text, so it compares and serialises as written. */
export const calendarDateTextSchema = z
  .string({ error: 'a date is written as YYYY-MM-DD, e.g. 2024-12-02' })
  // Zod decides validity (leap years included); the message says what is wrong.
  .superRefine((text, ctx) => {
    if (!isoDate.safeParse(text).success) ctx.addIssue({ code: 'custom', message: whyNotADate(text) });
  })
  .transform((text) => text as CalendarDate);

/** The calendar date of a `Date` at midnight UTC (as briefing dates are read). */
export function calendarDateOf(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10) as CalendarDate;
}
