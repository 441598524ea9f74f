/**
 * A briefing's date: a checked `YYYY-MM-DD` (the core's calendar date, which
 * actors' periods use too) read as midnight UTC, the date an editor wrote
 * whatever the build machine's time zone.
 */
import { calendarDateTextSchema } from '../../core/schema/calendar-date.ts';

export const calendarDateSchema = calendarDateTextSchema.transform((text) => new Date(`${text}T00:00:00Z`));
