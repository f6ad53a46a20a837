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

export const JOB_FUNCTION_VALUES = [
  'sales',
  'marketing',
  'hr',
  'engineering',
  'it',
  'finance',
  'operations',
  'executive',
  'legal',
  'product',
  'customer_success',
  'consulting',
  'education',
] as const;
export type JobFunctionValue = (typeof JOB_FUNCTION_VALUES)[number];

export const SENIORITY_VALUES = ['c_level', 'vp', 'director', 'head', 'manager', 'senior', 'entry'] as const;
export type SeniorityValue = (typeof SENIORITY_VALUES)[number];

export const COMPARE_COLUMNS = ['employees', 'revenue_usd', 'founded_year'] as const;
export type CompareColumn = (typeof COMPARE_COLUMNS)[number];

/** One term of a glossary: a user's own (`personal`, consulted first) or the workspace's. */
export interface GlossaryEntry {
  id: string;
  term: string;
  concept: GlossaryConcept;
  scope: 'personal' | 'workspace';
}
