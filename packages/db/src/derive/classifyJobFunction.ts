import { JOB_FUNCTION_RULES, NON_TITLES, type JobFunction } from './lexicon/jobFunctionRules';
import { cleanText } from './text';
import { compileMatcher, titleCore } from './titleText';

export { JOB_FUNCTIONS, JOB_FUNCTION_RULES, type JobFunction } from './lexicon/jobFunctionRules';

const RULES = JOB_FUNCTION_RULES.map((r) => ({ fn: r.fn, matcher: compileMatcher(r.patterns, r.acronyms) }));
const NON_TITLE = compileMatcher(NON_TITLES);

/**
 * The job function of a title, by the ordered rule table in lexicon/jobFunctionRules.ts (first match
 * wins; see that file for the priority): 'sales' | 'marketing' | 'hr' | ... | 'other'. Null for an empty
 * title or a placeholder that is not a job ('in role in company', 'Unemployed').
 *
 * @example classifyJobFunction('Strategic Account Executive') // 'sales'
 * @example classifyJobFunction('Salesforce Administrator') // 'it'
 * @example classifyJobFunction('VP Sales & Marketing') // 'sales'
 */
export function classifyJobFunction(title: string | null | undefined): JobFunction | null {
  const raw = cleanText(title);
  if (raw === null) return null;
  const core = titleCore(raw);
  if (core === '' || NON_TITLE.test(core)) return null;
  for (const r of RULES) if (r.matcher.test(core)) return r.fn;
  return 'other';
}
