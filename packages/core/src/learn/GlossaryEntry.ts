import { JOB_FUNCTIONS, SENIORITIES, type JobFunction, type Seniority } from '@musaeid/db';

/** What a glossary term means, in concepts the engine already understands. */
export type GlossaryConcept =
  /** Event themes (tag ids) with the labels the parser reads them by. */
  | { kind: 'tag'; tags: string[]; labels: string[] }
  /** Company industries, as named in the data. */
  | { kind: 'industry'; industries: string[] }
  /** A country or a set of countries, as named in the data. */
  | { kind: 'countries'; countries: string[] }
  | { kind: 'jobFunction'; values: JobFunctionValue[] }
  | { kind: 'seniority'; values: SeniorityValue[] }
  /** Named events or companies, as named in the data. */
  | { kind: 'events'; names: string[] }
  | { kind: 'companies'; names: string[] }
  /** A numeric condition: "enterprise" = more than 1,000 employees. */
  | { kind: 'compare'; column: CompareColumn; op: '>' | '<'; value: number }
  /** Other words the engine understands (what a remembered clarification stands for). */
  | { kind: 'phrase'; text: string };

/** A glossary term may stand for any job function the classifier assigns, except its catch-all 'other'. */
export type JobFunctionValue = Exclude<JobFunction, 'other'>;
export const JOB_FUNCTION_VALUES = nonEmpty(JOB_FUNCTIONS.filter((f): f is JobFunctionValue => f !== 'other'));

export type SeniorityValue = Seniority;
export const SENIORITY_VALUES = nonEmpty(SENIORITIES);

/** The vocabularies are defined once in @musaeid/db; a closed choice (zod's enum) needs them as a non-empty tuple. */
function nonEmpty<T>(values: readonly T[]): readonly [T, ...T[]] {
  const [first, ...rest] = values;
  if (first === undefined) throw new Error('a glossary vocabulary is empty');
  return [first, ...rest];
}

export const COMPARE_COLUMNS = ['employees', 'revenue_usd', 'founded_year'] as const;
export type CompareColumn = (typeof COMPARE_COLUMNS)[number];

/** One term of a glossary: a user's own (`personal`, consulted first) or the workspace's. */
export interface GlossaryEntry {
  id: string;
  term: string;
  concept: GlossaryConcept;
  scope: 'personal' | 'workspace';
}
