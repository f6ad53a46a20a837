/**
 * A year typed with no preposition in a terse fragment ("aerospace sponsors 2025", "speakers 2024 in singapore",
 * "dmwf cos 2025"): right after a noun of the rows asked (companies, a relation's companies, people) it dates the
 * events they take part in, as "in 2025" does; "2025 events" and "events 2025" are read by `twoDigitDates.ts`. A
 * year is also a number, so it is read as one only where no quantity can stand: not before another number or a noun
 * it would count ("sponsors 2000 employees"), and not after a noun that measures a company's size ("employees 2000").
 */
import { ENTITY_WORDS } from '../lexicon/entityWords';
import { COUNTED_NOUNS } from './scanQuantity';

/** Nouns of people that also measure a company's size: a number after them is a head count ("staff 2000"). */
const SIZE_NOUNS: ReadonlySet<string> = new Set([
  'employees',
  'employee',
  'staff',
  'workers',
  'personnel',
  'workforce',
]);

/** One-word nouns of the rows a question asks for, of any kind, the size nouns left out. */
const ROW_NOUNS: ReadonlySet<string> = new Set(
  ENTITY_WORDS.filter((e) => !e.phrase.includes(' ') && !SIZE_NOUNS.has(e.phrase)).map((e) => e.phrase),
);

/**
 * True when the year at k follows a noun of rows as the date of their events ("sponsors 2025", "contacts 2024").
 * @example yearAfterRowNoun(['aerospace', 'sponsors', '2025'], 2) // true
 */
export function yearAfterRowNoun(w: readonly string[], k: number): boolean {
  const next = w[k + 1] ?? '';
  return ROW_NOUNS.has(w[k - 1] ?? '') && !/\d/.test(next) && COUNTED_NOUNS[next] === undefined;
}
