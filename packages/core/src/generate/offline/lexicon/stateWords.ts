import { CITIES, SUBDIVISIONS } from '@musaeid/db';

/**
 * States and provinces (name and postal code), matched against the `state` columns of people and companies, from
 * the subdivision gazetteer of `@musaeid/db`, with the gazetteer's cities in each: events have no state column, so
 * an event is in a state when its city is one of them. A state named like a city ("New York") is read only as
 * "<name> State"; the plain name is the city.
 */
/** Codes several subdivisions share ("TN": Tennessee and Tamil Nadu; "WA"): a state column's code is then no proof. */
const SHARED_CODES: ReadonlySet<string> = new Set(
  SUBDIVISIONS.map((s) => s.code).filter((code, i, all) => all.indexOf(code) !== i),
);

/**
 * [name, the code matched against the state columns ('' when several states share it), the gazetteer's cities]
 */
export const STATE_WORDS: readonly (readonly [string, string, readonly string[]])[] = SUBDIVISIONS.map((s) => [
  CITIES.some((c) => c.name === s.name) ? `${s.name} State` : s.name,
  SHARED_CODES.has(s.code) ? '' : s.code,
  CITIES.filter((c) => c.country === s.country && c.state === s.code).map((c) => c.name),
]);
