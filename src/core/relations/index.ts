/** Relation extraction: typed, directed edges between the actors one sentence names. */
export { findRelations, type RelationSentence } from './extract.ts';
export type { MentionSpan } from './phrases.ts';
export { RELATION_TYPES, type Relation, type RelationPattern, type RelationType } from './types.ts';
