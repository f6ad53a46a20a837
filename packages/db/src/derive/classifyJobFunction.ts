import { JOB_FUNCTION_RULES, NON_TITLES, type JobFunction } from './lexicon/jobFunctionRules';
import { cleanText, foldAccents } from './text';
import { compileMatcher, titleCore } from './titleText';

export { JOB_FUNCTIONS, JOB_FUNCTION_RULES, type JobFunction } from './lexicon/jobFunctionRules';

const RULES = JOB_FUNCTION_RULES.map((r) => ({
  fn: r.fn,
  exclusive: r.exclusive === true,
  matcher: compileMatcher(r.patterns, r.acronyms),
  namedBy: r.namedBy ? compileMatcher(r.namedBy) : null,
}));
const NON_TITLE = compileMatcher(NON_TITLES);
/**
 * What joins two roles in one title: '&', 'and', '+', '/' or '|' between spaces ('VP Sales & Marketing'),
 * and '/', '&' or '+' glued between two words of 3+ letters ('Sales/Marketing'; not 'R&D', 'M&A', 'UX/UI',
 * which are one thing). A comma is not one: what follows it is mostly a region, a team or the employer
 * ('Head of Vertical Sales, Amazon Advertising').
 */
const CONJUNCTION = /\s+(?:&|\+|\/|\||and|und|et)\s+|(?<=\p{L}{3})[/&+](?=\p{L}{3})/giu;
/** Where a qualifier starts or ends inside a coordinated part ('Vice President, Sales & Distribution, APAC'). */
const QUALIFIER = /\s*[,;(|)]\s*|\s+-\s+/u;

function core(title: string | null | undefined, employer: string | null = null): string | null {
  const raw = cleanText(title);
  if (raw === null) return null;
  const text = withoutEmployer(titleCore(raw), employer);
  return text === '' || NON_TITLE.test(text) ? null : text;
}

const escapeRegExp = (x: string): string => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The title without the name of the person's employer typed into it ('Lead Quality Inspector ST Engineering North
 * America', 'Procurement, ST Engineering' at ST Engineering North America): a word of the company's name is no word
 * of the job ('Engineering' made the inspector an engineer). The name is removed whole, or by a leading part of two
 * words or more (the employer's short name: 'ST Engineering'), where it stands as words of its own; a title that would
 * be left empty (the job is the company's own name) is kept as it is.
 *
 * @example withoutEmployer('Procurement, ST Engineering', 'ST Engineering North America') // 'Procurement'
 */
export function withoutEmployer(title: string, employer: string | null): string {
  const words = foldAccents(employer ?? '')
    .trim()
    .split(/\s+/)
    .filter((x) => x !== '');
  if (words.length === 0) return title;
  let text = title;
  for (let n = words.length; n >= Math.min(2, words.length); n--) {
    const name = words.slice(0, n).map(escapeRegExp).join('\\s+');
    text = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  // the punctuation the name stood after or before ('Procurement, ST Engineering' -> 'Procurement')
  text = text
    .replace(/[([]\s*[)\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|\-–—]+|[\s,;:|\-–—(]+$/g, '')
    .trim();
  return /\p{L}/u.test(text) ? text : title;
}

function firstRule(text: string): (typeof RULES)[number] | null {
  return RULES.find((r) => r.matcher.test(text)) ?? null;
}

/**
 * The job function of a title, by the ordered rule table in lexicon/jobFunctionRules.ts (first match
 * wins; see that file for the priority): 'sales' | 'marketing' | 'hr' | ... | 'other'. Null for an empty
 * title or a placeholder that is not a job ('in role in company', 'Unemployed'). This is the primary one of
 * {@link classifyJobFunctions}.
 *
 * @example classifyJobFunction('Strategic Account Executive') // 'sales'
 * @example classifyJobFunction('Salesforce Administrator') // 'it'
 * @example classifyJobFunction('VP Sales & Marketing') // 'sales'
 */
export function classifyJobFunction(
  title: string | null | undefined,
  employer: string | null = null,
): JobFunction | null {
  const text = core(title, employer);
  if (text === null) return null;
  return firstRule(text)?.fn ?? 'other';
}

/**
 * Every job function a title states, the primary one ({@link classifyJobFunction}) first: a title that joins
 * roles ('VP Sales & Marketing', 'Head of HR and Finance') is split at the conjunctions and each part is
 * classified by the same rules; a word that names a function outright (a rule's `namedBy`: 'marketing') adds that
 * function wherever it stands ('Director Of Sales Marketing'). A part adds nothing when it is only 'other' ('Director, EMEA'), when it lies
 * inside the primary rule's own match ('Sales and Marketing Coordinator' is operations: the support role
 * spans both words), or when the primary rule is exclusive ('Sales & Marketing Recruiter' is HR only).
 * Empty for an empty or placeholder title. `employer`, the name of the company the person works at, is no part of the
 * job where the title repeats it ({@link withoutEmployer}).
 *
 * @example classifyJobFunctions('VP Sales & Marketing') // ['sales', 'marketing']
 * @example classifyJobFunctions('Sales Ledger and Credit Control') // ['finance']
 * @example classifyJobFunctions('Salesforce Administrator') // ['it']
 */
export function classifyJobFunctions(title: string | null | undefined, employer: string | null = null): JobFunction[] {
  const text = core(title, employer);
  if (text === null) return [];
  const primary = firstRule(text);
  if (primary === null) return ['other'];
  const functions = new Set<JobFunction>([primary.fn]);
  if (primary.exclusive) return [...functions];
  const covered = primary.matcher.spans(text);
  const inPrimary = ([from, to]: [number, number]) => covered.some(([s, e]) => s <= from && to <= e);
  // A naming word inside a longer phrase of the primary rule is that phrase's modifier ('Sales and Marketing
  // Coordinator'); the same word matched by both rules names both functions ('DevOps Specialist': it and
  // engineering).
  const sameWord = ([from, to]: [number, number]) => covered.some(([s, e]) => s === from && e === to);
  for (const r of RULES) {
    if (r.namedBy?.spans(text).some((span) => !inPrimary(span) || sameWord(span))) functions.add(r.fn);
  }
  let start = 0;
  const parts: [number, number][] = [];
  for (const m of text.matchAll(CONJUNCTION)) {
    parts.push([start, m.index]);
    start = m.index + m[0].length;
  }
  if (parts.length === 0) return [...functions];
  parts.push([start, text.length]);
  for (const [i, [from, to]] of parts.entries()) {
    // Only the words next to the conjunction are coordinated: the text after a part's last comma when a
    // conjunction follows it, before its first comma when one precedes it.
    let pieces = text.slice(from, to).split(QUALIFIER);
    if (i > 0) pieces = pieces.slice(0, 1);
    if (i < parts.length - 1) pieces = pieces.slice(-1);
    const part = (pieces[0] ?? '').trim();
    if (part === '' || inPrimary([from, to])) continue;
    const fn = firstRule(part)?.fn;
    if (fn !== undefined && fn !== 'other') functions.add(fn);
  }
  return [...functions];
}
