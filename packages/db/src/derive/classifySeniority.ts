import { ASSISTANT_TO_PATTERNS, SENIORITY_RULES, type Seniority } from './lexicon/seniorityRules';
import { NON_TITLES } from './lexicon/jobFunctionRules';
import { cleanText } from './text';
import { compileMatcher, titleCore } from './titleText';

export { SENIORITIES, SENIORITY_RULES, type Seniority } from './lexicon/seniorityRules';

const RULES = SENIORITY_RULES.map((r) => ({ level: r.level, matcher: compileMatcher(r.patterns, r.acronyms) }));
const ASSISTANT_TO = ASSISTANT_TO_PATTERNS.map((p) => new RegExp(p, 'iu'));
const NON_TITLE = compileMatcher(NON_TITLES);

/**
 * The seniority of a title, by the ordered rule table in lexicon/seniorityRules.ts (highest level
 * first): 'c_level' (chief ... officer, CEO/CFO/...), 'vp' (vice president,
 * VP, SVP, EVP, AVP), 'director' (the word director), 'head', 'manager', 'senior', 'entry'; null when
 * the title names no level ('Account Executive', 'Software Engineer') or is empty.
 *
 * @example classifySeniority('Founder & CEO') // 'c_level'
 * @example classifySeniority('Senior Vice President, Sales') // 'vp'
 * @example classifySeniority('Executive Assistant to the CEO') // 'entry'
 */
export function classifySeniority(title: string | null | undefined): Seniority | null {
  const raw = cleanText(title);
  if (raw === null) return null;
  let core = titleCore(raw);
  if (core === '' || NON_TITLE.test(core)) return null;
  for (const re of ASSISTANT_TO) core = core.replace(re, '$1').trim();
  for (const r of RULES) if (r.matcher.test(core)) return r.level;
  return null;
}
