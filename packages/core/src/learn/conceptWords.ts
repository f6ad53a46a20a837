import type { GlossaryConcept, JobFunctionValue, SeniorityValue } from './GlossaryEntry';

const JOB_FUNCTION_WORDS: Readonly<Record<JobFunctionValue, string>> = {
  sales: 'sales',
  marketing: 'marketing',
  hr: 'HR',
  engineering: 'engineering',
  it: 'IT',
  finance: 'finance',
  operations: 'operations',
  executive: 'executive',
  legal: 'legal',
  product: 'product',
  customer_success: 'customer success',
  consulting: 'consulting',
  education: 'education',
};

const SENIORITY_WORDS: Readonly<Record<SeniorityValue, string>> = {
  c_level: 'c-level',
  vp: 'VP',
  director: 'director',
  head: 'head',
  manager: 'manager',
  senior: 'senior',
  entry: 'entry-level',
};

const either = (words: readonly string[]): string => words.join(' or ');

/**
 * The words the built-in parser reads as a concept: a glossary term in a question is read as these
 * words, so the parser places the concept where the term stood (an event theme on events, a
 * condition on companies, ...) with all its own rules.
 * @example conceptWords({ kind: 'compare', column: 'employees', op: '>', value: 1000 }) // 'with more than 1000 employees'
 */
export function conceptWords(concept: GlossaryConcept): string {
  switch (concept.kind) {
    case 'tag':
      return either(concept.labels);
    case 'industry':
      return `in the ${either(concept.industries)} industry`;
    case 'countries':
      return `in ${either(concept.countries)}`;
    case 'jobFunction':
      return `in ${either(concept.values.map((v) => JOB_FUNCTION_WORDS[v]))}`;
    case 'seniority':
      return either(concept.values.map((v) => SENIORITY_WORDS[v]));
    case 'events':
    case 'companies':
      return either(concept.names);
    case 'compare':
      switch (concept.column) {
        case 'employees':
          return `with ${concept.op === '>' ? 'more' : 'fewer'} than ${concept.value} employees`;
        case 'revenue_usd':
          return `with revenue ${concept.op === '>' ? 'over' : 'under'} ${concept.value} USD`;
        case 'founded_year':
          return `founded ${concept.op === '>' ? 'after' : 'before'} ${concept.value}`;
      }
      break;
    case 'phrase':
      return concept.text;
  }
}
