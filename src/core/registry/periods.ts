/**
 * Periods of names and memberships: half-open spans of calendar dates
 * (`from` the first day, `until` the first day no longer), either end open.
 * Dates are checked `YYYY-MM-DD` texts, so they compare as text.
 */
import type { CalendarDate } from '../schema/index.ts';

export interface Period {
  from: CalendarDate | null;
  until: CalendarDate | null;
}

/** The period holds on `date`. */
export function holdsOn(period: Period, date: CalendarDate): boolean {
  return (period.from === null || period.from <= date) && (period.until === null || date < period.until);
}

/** The days both periods hold, or null when they share none. */
export function intersection(a: Period, b: Period): Period | null {
  const from = a.from === null ? b.from : b.from === null ? a.from : a.from > b.from ? a.from : b.from;
  const until = a.until === null ? b.until : b.until === null ? a.until : a.until < b.until ? a.until : b.until;
  return from === null || until === null || from < until ? { from, until } : null;
}

/** The two periods share a day. */
export function overlap(a: Period, b: Period): boolean {
  return intersection(a, b) !== null;
}

/** A period in words for a message: `from 2024-12-08 until 2025-03-29`, `always`. */
export function describePeriod({ from, until }: Period): string {
  const parts = [from === null ? '' : `from ${from}`, until === null ? '' : `until ${until}`].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : 'with no period';
}
