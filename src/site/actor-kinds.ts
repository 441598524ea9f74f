/** How each kind of actor is named on pages, in the order the actor index lists them. */
import type { ActorKind } from '../core/schema/index.ts';

export const KIND_LABELS: Record<ActorKind, { singular: string; plural: string }> = {
  state: { singular: 'State', plural: 'States' },
  government: { singular: 'Government', plural: 'Governments' },
  'armed-group': { singular: 'Armed group', plural: 'Armed groups' },
  people: { singular: 'People', plural: 'Peoples' },
  organisation: { singular: 'Organisation', plural: 'Organisations' },
  person: { singular: 'Person', plural: 'People' },
  media: { singular: 'News medium', plural: 'News media' },
};
