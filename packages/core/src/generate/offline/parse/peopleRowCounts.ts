/**
 * A company's contacts in the data versus its stated size. "Companies with more than 50 employees" is the size
 * band (`employees`); "more than 50 people in our data", "more than 10 people on file", "more than 3 sales
 * contacts" count the company's rows in the people table (a `linkCount` of people, filtered by job function when
 * one is named: a stated size never has a function).
 */
import { DATA_SELF_LEADS, DATA_SELF_WORDS } from '../lexicon/discourseWords';
import { JOB_FUNCTION_WORDS, SENIORITY_WORDS } from '../lexicon/jobWords';
import type { JobFunction, Seniority } from '../ir/Request';

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

/** Job words as phrases of words: a function or a seniority, as a modifier ("sales") or a noun ("engineers"). */
interface JobPhrase {
  words: string[];
  functions: readonly JobFunction[];
  seniorities: readonly Seniority[];
  noun: boolean;
}
const JOB_PHRASES: readonly JobPhrase[] = [
  ...JOB_FUNCTION_WORDS.map((e) => ({
    words: e.phrase.split(' '),
    functions: e.values,
    seniorities: [],
    noun: !!e.noun,
  })),
  ...SENIORITY_WORDS.map((e) => ({ words: e.phrase.split(' '), functions: [], seniorities: e.values, noun: !!e.noun })),
];

/** The longest job phrase starting at `k` that is (or is not) a noun. */
function jobPhraseAt(w: readonly string[], k: number, noun: boolean): JobPhrase | undefined {
  return JOB_PHRASES.filter((p) => p.noun === noun && p.words.every((x, j) => w[k + j] === x)).sort(
    (a, b) => b.words.length - a.words.length,
  )[0];
}

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

/** People counted by job: the job functions and seniorities the counted rows must have. */
export interface CountedPeopleRows {
  end: number;
  functions: JobFunction[];
  seniorities: Seniority[];
  words: string;
}

/**
 * People counted after a number, or null for a stated size: "[sales] contacts [in our data]", "people in sales",
 * "engineers", "directors", "c-level people". A job named with the people is counted in the people table (a
 * stated size never has one); plain "people" / "employees" is the stated size unless said to be in the data.
 */
export function countedPeopleRows(w: readonly string[], k: number): CountedPeopleRows | null {
  const job = jobPhraseAt(w, k, false);
  const jobNoun = job ? undefined : jobPhraseAt(w, k, true);
  const nounAt = k + (job?.words.length ?? 0);
  if (!jobNoun && !PEOPLE_NOUNS.has(w[nounAt] ?? '')) return null;
  let end = jobNoun ? k + jobNoun.words.length : nounAt + 1;
  const words = w.slice(k, end).join(' ');
  // "people in sales", "staff in marketing": the function after the noun
  const after = !job && !jobNoun && w[end] === 'in' ? jobPhraseAt(w, end + 1, false) : undefined;
  if (after) end += 1 + after.words.length;
  const named = job ?? jobNoun ?? after;
  const qualifier = dataQualifierEnd(w, end);
  if (!named && qualifier === null) return null;
  return {
    end: qualifier ?? end,
    functions: [...(named?.functions ?? [])],
    seniorities: [...(named?.seniorities ?? [])],
    words: after ? `${after.words.join(' ')} ${words}` : words,
  };
}
