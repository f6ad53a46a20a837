/**
 * A company's contacts in the data versus its stated size. "Companies with more than 50 employees" is the size
 * band (`employees`); "more than 50 people in our data", "more than 10 people on file", "more than 3 sales
 * contacts" count the company's rows in the people table (a `linkCount` of people, filtered by job function when
 * one is named: a stated size never has a function).
 */
import { DATA_SELF_LEADS, DATA_SELF_WORDS } from '../lexicon/discourseWords';
import { JOB_FUNCTION_WORDS } from '../lexicon/jobWords';
import type { JobFunction } from '../ir/Request';

/** Nouns for the people a count is about (after the number and an optional function). */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'contacts',
  'contact',
  'staff',
  'employees',
  'employee',
  'workers',
  'folks',
  'leads',
  'reps',
  'representatives',
]);
/** Participles that say the people are rows of the data ("10 people listed", "people recorded"). */
const IN_DATA_PARTICIPLES: ReadonlySet<string> = new Set(['listed', 'recorded', 'stored', 'registered', 'known']);
/** Names of the people table itself ("in the people table", "in the contacts list"). */
const TABLE_WORDS: ReadonlySet<string> = new Set(['table', 'tables']);

const FUNCTION_PHRASES = JOB_FUNCTION_WORDS.filter((e) => !e.noun).map((e) => ({
  words: e.phrase.split(' '),
  values: e.values,
}));

/** The end of a phrase saying "in the data" at `k` ("in our db", "on file", "listed", "in the people table", "we have"). */
export function dataQualifierEnd(w: readonly string[], k: number): number | null {
  if (IN_DATA_PARTICIPLES.has(w[k] ?? '')) return k + 1;
  if (w[k] === 'we' && ['have', 'hold', 'track', 'know'].includes(w[k + 1] ?? '')) return k + 2;
  if (w[k] !== 'in' && w[k] !== 'on') return null;
  let j = k + 1;
  while (DATA_SELF_LEADS.has(w[j] ?? '') && j < k + 3) j++;
  if (DATA_SELF_WORDS.has(w[j] ?? '')) return j + 1;
  if (PEOPLE_NOUNS.has(w[j] ?? '') && TABLE_WORDS.has(w[j + 1] ?? '')) return j + 2;
  return null;
}

/** "[sales] contacts [in our data]" at `k`, after a number: the people rows counted, or null for a stated size. */
export function countedPeopleRows(
  w: readonly string[],
  k: number,
): { end: number; functions: JobFunction[]; words: string } | null {
  const fn = FUNCTION_PHRASES.filter((p) => p.words.every((x, j) => w[k + j] === x)).sort(
    (a, b) => b.words.length - a.words.length,
  )[0];
  const nounAt = k + (fn?.words.length ?? 0);
  if (!PEOPLE_NOUNS.has(w[nounAt] ?? '')) return null;
  const qualifier = dataQualifierEnd(w, nounAt + 1);
  if (!fn && qualifier === null) return null;
  const end = qualifier ?? nounAt + 1;
  return { end, functions: fn ? [...fn.values] : [], words: w.slice(k, nounAt + 1).join(' ') };
}
