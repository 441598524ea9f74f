/**
 * Dates as readers see them. Always formatted in UTC with a fixed locale:
 * frontmatter dates are calendar days, and the same content must build to
 * the same bytes on any machine, in any time zone.
 */
const long = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2 December 2024`. */
export function formatDate(date: Date): string {
  return long.format(date);
}

/** `2024-12-02`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** `Dec 2024` for a `YYYY-MM` month. One formatter for the build: making one per call is slow. */
export function formatMonth(month: string): string {
  return monthYear.format(new Date(`${month}-01T00:00:00Z`));
}
