export { actorSchema, aliasSchema, ACTOR_KINDS, type Actor, type ActorKind, type Alias } from './actor.ts';
export { actorIdSchema, ID_PATTERN, type ActorId } from './ids.ts';
