import type { Dimension, Request } from '../ir/Request';

/** Dimensions of a place, whose rows with none known are counted as a group of their own (the place unknown). */
const UNKNOWN_GROUP_DIMENSIONS: ReadonlySet<Dimension> = new Set(['country', 'city']);

type GroupShape = Extract<Request['shape'], { kind: 'group' }>;

/**
 * "sponsors of X by country": the rows whose place is unknown are a group of their own (its place null, said in the
 * interpretation), never left out unsaid (25 of 49 sponsors were); unknown stays unknown, no place is guessed. A
 * ranking or a threshold of places ("the top 3 countries", "countries with 3+ sponsors") is of the places known.
 * @example keepsUnknownGroup({ kind: 'group', dimension: 'country', order: 'desc', limit: null }) // true
 */
export function keepsUnknownGroup(shape: GroupShape): boolean {
  return shape.limit === null && !shape.having && !shape.measure && UNKNOWN_GROUP_DIMENSIONS.has(shape.dimension);
}
