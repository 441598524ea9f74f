/**
 * An actor's place in time as pages show it: its own period, the actor it
 * took over from and the one that took over from it, and when each of its
 * names and memberships held. Periods are the actor files' (`from` the first
 * day, `until` the first day no longer).
 */
import { holdsOn } from '../core/registry/periods.ts';
import { calendarDateOf, type Actor, type ActorId, type CalendarDate, type PeriodField } from '../core/schema/index.ts';
import { formatDate } from './dates.ts';

type Timed = Pick<Actor, 'memberOf' | 'periods' | 'from' | 'until' | 'predecessor' | 'successor'>;

/** `8 December 2024` for `2024-12-08`. */
export function formatCalendarDate(date: CalendarDate): string {
  return formatDate(new Date(`${date}T00:00:00Z`));
}

/** `28 January 2017 – 29 January 2025`, `until 8 December 2024`, `from 29 March 2025`; empty when open at both ends. */
export function periodText({
  from,
  until,
}: {
  from?: CalendarDate | null | undefined;
  until?: CalendarDate | null | undefined;
}): string {
  if (from && until) return `${formatCalendarDate(from)} – ${formatCalendarDate(until)}`;
  if (from) return `from ${formatCalendarDate(from)}`;
  if (until) return `until ${formatCalendarDate(until)}`;
  return '';
}

/** When an entry of `field` held (`text` is the name, or the actor id of a membership); empty: always. */
export function entryPeriodText(data: Timed, field: PeriodField, text: string): string {
  return (data.periods ?? [])
    .filter((period) => period.field === field && period.text === text)
    .map(periodText)
    .join(', ');
}

/**
 * The names the actor is also written as, each time-bound one with when it
 * held: `Syrian government (8 December 2024 – 29 March 2025)`.
 */
export function otherNamesWithPeriods(data: Timed & Pick<Actor, 'aliases' | 'demonyms' | 'metonyms'>): string[] {
  const fields = [
    ['aliases', data.aliases.map(({ text }) => text)],
    ['demonyms', data.demonyms],
    ['metonyms', data.metonyms],
  ] as const;
  return fields.flatMap(([field, texts]) =>
    texts.map((text) => {
      const when = entryPeriodText(data, field, text);
      return when ? `${text} (${when})` : text;
    }),
  );
}

/** The actors `data` belonged to on `date`: its memberships without a period, and those whose period holds. */
export function membershipsOn(data: Timed, date: Date): ActorId[] {
  const day = calendarDateOf(date);
  return data.memberOf.filter((_, index) => {
    const periods = (data.periods ?? []).filter((period) => period.field === 'memberOf' && period.index === index);
    return periods.length === 0 || periods.some((period) => holdsOn(period, day));
  });
}

/**
 * The actor this one took over from and the one that took over from it,
 * as either file says (one side is enough; the registry checks that two
 * sides agree).
 */
export function succession(
  id: ActorId,
  data: Timed,
  all: Iterable<{ id: string; data: Timed }>,
): { predecessor: ActorId | null; successor: ActorId | null } {
  let predecessor = data.predecessor ?? null;
  let successor = data.successor ?? null;
  for (const other of all) {
    if (predecessor === null && other.data.successor === id) predecessor = other.id as ActorId;
    if (successor === null && other.data.predecessor === id) successor = other.id as ActorId;
  }
  return { predecessor, successor };
}
