export { actorSchema, aliasSchema, ACTOR_KINDS, type Actor, type ActorKind, type Alias } from './actor.ts';
export { articleSchema, type ArticleData } from './article.ts';
export { calendarDateSchema } from './calendar-date.ts';
export { actorIdSchema, ID_PATTERN, type ActorId } from './ids.ts';
