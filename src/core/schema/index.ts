export {
  actorSchema,
  aliasSchema,
  ACTOR_KINDS,
  type Actor,
  type ActorKind,
  type Alias,
  type EntryPeriod,
  type PeriodField,
} from './actor.ts';
export { calendarDateOf, calendarDateTextSchema, type CalendarDate } from './calendar-date.ts';
export { actorIdSchema, ID_PATTERN, type ActorId } from './ids.ts';
