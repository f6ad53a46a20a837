import type { JobFunction, Seniority } from '../ir/Request';

/**
 * Words for a job function; `noun` marks words that name people by themselves ("salespeople"). Only words that
 * name the function itself: a role or a discipline INSIDE a function ("recruiters", "procurement", "product
 * managers", "SDRs") names fewer people than the function and is a job title (`ROLE_TITLES` below).
 */
export const JOB_FUNCTION_WORDS: readonly { phrase: string; values: readonly JobFunction[]; noun?: boolean }[] = [
  { phrase: 'sales', values: ['sales'] },
  { phrase: 'selling', values: ['sales'] },
  { phrase: 'salespeople', values: ['sales'], noun: true },
  { phrase: 'salesperson', values: ['sales'], noun: true },
  { phrase: 'sales reps', values: ['sales'], noun: true },
  { phrase: 'sellers', values: ['sales'], noun: true },
  { phrase: 'revenue team', values: ['sales'] },
  { phrase: 'commercial', values: ['sales'] },
  { phrase: 'marketing', values: ['marketing'] },
  { phrase: 'marketers', values: ['marketing'], noun: true },
  { phrase: 'marketeers', values: ['marketing'], noun: true },
  { phrase: 'growth', values: ['marketing'] },
  { phrase: 'hr', values: ['hr'] },
  { phrase: 'human resources', values: ['hr'] },
  { phrase: 'recruiting', values: ['hr'] },
  { phrase: 'recruitment', values: ['hr'] },
  { phrase: 'talent', values: ['hr'] },
  { phrase: 'people operations', values: ['hr'] },
  { phrase: 'people ops', values: ['hr'] },
  // the function's own names for itself ("the people team", "people and culture") and WordNet's department of it
  // ("personnel department": the department responsible for hiring; "personnel" before people, `departmentWords`)
  { phrase: 'people team', values: ['hr'] },
  { phrase: 'people management', values: ['hr'] },
  { phrase: 'people and culture', values: ['hr'] },
  { phrase: 'personnel department', values: ['hr'] },
  { phrase: 'personnel management', values: ['hr'] },
  { phrase: 'engineering', values: ['engineering'] },
  { phrase: 'engineers', values: ['engineering'], noun: true },
  { phrase: 'developers', values: ['engineering'], noun: true },
  { phrase: 'r and d', values: ['engineering'] },
  { phrase: 'it', values: ['it'] },
  { phrase: 'information technology', values: ['it'] },
  { phrase: 'tech support', values: ['it'] },
  { phrase: 'finance', values: ['finance'] },
  { phrase: 'financial', values: ['finance'] },
  { phrase: 'accounting', values: ['finance'] },
  { phrase: 'accountants', values: ['finance'], noun: true },
  { phrase: 'treasury', values: ['finance'] },
  { phrase: 'operations', values: ['operations'] },
  { phrase: 'ops', values: ['operations'] },
  { phrase: 'legal', values: ['legal'] },
  { phrase: 'lawyers', values: ['legal'], noun: true },
  { phrase: 'attorneys', values: ['legal'], noun: true },
  { phrase: 'counsel', values: ['legal'] },
  { phrase: 'compliance', values: ['legal'] },
  { phrase: 'product', values: ['product'] },
  { phrase: 'product management', values: ['product'] },
  { phrase: 'customer success', values: ['customer_success'] },
  { phrase: 'customer service', values: ['customer_success'] },
  { phrase: 'customer support', values: ['customer_success'] },
  { phrase: 'client services', values: ['customer_success'] },
  { phrase: 'consulting', values: ['consulting'] },
  { phrase: 'consultants', values: ['consulting'], noun: true },
  { phrase: 'advisory', values: ['consulting'] },
  { phrase: 'education', values: ['education'] },
  { phrase: 'teachers', values: ['education'], noun: true },
  { phrase: 'educators', values: ['education'], noun: true },
  { phrase: 'academics', values: ['education'], noun: true },
  { phrase: 'executive', values: ['executive'] },
];

/**
 * Words for seniority levels. `orFunctions`: a group of people named by their levels OR by a function: executives
 * are the C-level and VPs (the CFO, the CTO, a VP of sales) and the executive function's general managers
 * (founders, owners, presidents, managing directors), whatever level their title states.
 */
export const SENIORITY_WORDS: readonly {
  phrase: string;
  values: readonly Seniority[];
  noun?: boolean;
  orFunctions?: readonly JobFunction[];
}[] = [
  { phrase: 'executives', values: ['c_level', 'vp'], noun: true, orFunctions: ['executive'] },
  { phrase: 'c level', values: ['c_level'] },
  { phrase: 'c suite', values: ['c_level'] },
  { phrase: 'csuite', values: ['c_level'] },
  { phrase: 'cxo', values: ['c_level'], noun: true },
  { phrase: 'cxos', values: ['c_level'], noun: true },
  { phrase: 'chief officers', values: ['c_level'], noun: true },
  { phrase: 'chiefs', values: ['c_level'], noun: true },
  { phrase: 'c level executives', values: ['c_level'], noun: true },
  { phrase: 'c suite executives', values: ['c_level'], noun: true },
  { phrase: 'c level execs', values: ['c_level'], noun: true },
  { phrase: 'c suite execs', values: ['c_level'], noun: true },
  { phrase: 'vp', values: ['vp'], noun: true },
  { phrase: 'vps', values: ['vp'], noun: true },
  { phrase: 'vice president', values: ['vp'], noun: true },
  { phrase: 'vice presidents', values: ['vp'], noun: true },
  { phrase: 'director', values: ['director'], noun: true },
  { phrase: 'directors', values: ['director'], noun: true },
  { phrase: 'director level', values: ['director'] },
  { phrase: 'vp level', values: ['vp'] },
  { phrase: 'vice president level', values: ['vp'] },
  { phrase: 'c suite level', values: ['c_level'] },
  { phrase: 'manager level', values: ['manager'] },
  { phrase: 'senior level', values: ['senior'] },
  { phrase: 'heads', values: ['head'], noun: true },
  // the head of a department is the head level itself: "department" there is no grouping by function
  ...['heads of department', 'heads of departments', 'head of department', 'department heads', 'department head'].map(
    (phrase) => ({ phrase, values: ['head'] as const, noun: true }),
  ),
  { phrase: 'heads of', values: ['head'] },
  { phrase: 'head of', values: ['head'] },
  { phrase: 'head level', values: ['head'] },
  { phrase: 'manager', values: ['manager'], noun: true },
  { phrase: 'managers', values: ['manager'], noun: true },
  { phrase: 'senior', values: ['senior'] },
  { phrase: 'junior', values: ['entry'] },
  { phrase: 'entry level', values: ['entry'] },
  { phrase: 'interns', values: ['entry'], noun: true },
  { phrase: 'decision makers', values: ['c_level', 'vp', 'director', 'head'], noun: true },
  { phrase: 'leadership', values: ['c_level', 'vp', 'director', 'head'] },
  { phrase: 'senior leaders', values: ['c_level', 'vp', 'director', 'head'], noun: true },
  { phrase: 'leaders', values: ['c_level', 'vp', 'director', 'head'], noun: true },
  // the people a team answers to, in chat ("the finance bosses"): whoever leads it, at any level of leadership
  { phrase: 'bosses', values: ['c_level', 'vp', 'director', 'head'], noun: true },
  // idioms of speech for the people at the very top ("pitch to the top brass", "the bigwigs at X"): the C-level; the
  // ones for those above someone ("the higher-ups") are every level of leadership
  ...['top brass', 'bigwigs', 'big wigs', 'big shots', 'head honchos', 'top dogs', 'top execs', 'top executives'].map(
    (phrase) => ({ phrase, values: ['c_level'] as const, noun: true }),
  ),
  ...['higher ups', 'higher-ups'].map((phrase) => ({
    phrase,
    values: ['c_level', 'vp', 'director', 'head'] as const,
    noun: true,
  })),
];

/**
 * The words a title of the procurement discipline says: the department's names and the act's agent nouns (WordNet's
 * nouns derived from "purchase": buyer, purchaser). Each alone is a title the ingestion's classifier files under
 * operations, the function the discipline lies inside.
 */
export const PROCUREMENT_TITLE_WORDS: readonly string[] = [
  'procurement',
  'purchasing',
  'purchase',
  'purchaser',
  'buyer',
  'sourcing',
  'supplier management',
];

/** Specific job titles matched as whole words in `job_title` (with exclusions). */
export interface TitleWord {
  phrase: string;
  label: string;
  patterns: readonly string[];
  exclude?: readonly string[];
}

const chief = (abbr: string, full: string): TitleWord[] =>
  [abbr, `${abbr}s`, full, `${full}s`].map((phrase) => ({
    phrase,
    label: abbr.toUpperCase(),
    patterns: [abbr, full],
    // "deputy" only before this title: a "CFO and Deputy CEO" is a CFO
    exclude: [
      'assistant to',
      'assistant of',
      'executive assistant',
      'advisor to',
      'adviser to',
      'office of the',
      'chief of staff',
      'ea to',
      'pa to',
      `deputy ${abbr}`,
      `deputy ${full}`,
    ],
  }));

/**
 * Roles and disciplines inside a job function, asked as people or as a team ("recruiters", "the procurement team",
 * "SDRs"): the people whose title says so, not the whole function (a recruiter is HR, most of HR are no
 * recruiters). Each entry: the forms a title uses; the question words are the forms and their plurals.
 */
const ROLE_TITLES: readonly {
  phrases: readonly string[];
  label: string;
  patterns: readonly string[];
  fn: JobFunction;
}[] = [
  {
    phrases: ['recruiter', 'recruiters', 'talent acquisition'],
    label: 'recruiting',
    patterns: ['recruiter', 'recruiting', 'recruitment', 'talent acquisition'],
    fn: 'hr',
  },
  // procurement is one discipline by several names (the ingestion's operations rule files them together): the act of
  // buying said as a department ("procurement", "purchasing", "sourcing") and the agent nouns of the act the titles
  // use ("Buyer", "Purchaser", "Purchase Engineer"): asked by any of its names, every title of the discipline
  {
    phrases: ['procurement', 'purchasing', 'sourcing', 'buyers', 'purchasers'],
    // the label says every word the titles are tested for: the interpretation describes the SQL that ran
    label: `${PROCUREMENT_TITLE_WORDS.slice(0, -1).join(', ')} or ${PROCUREMENT_TITLE_WORDS.at(-1) ?? ''}`,
    patterns: PROCUREMENT_TITLE_WORDS,
    fn: 'operations',
  },
  // administrative staff: titles say "admin", "administrator", "administrative" (the classifier files most as other)
  {
    phrases: ['admin', 'admins', 'administrators', 'administrative staff'],
    label: 'admin',
    patterns: ['admin', 'administrator', 'administrative'],
    fn: 'operations',
  },
  { phrases: ['logistics'], label: 'logistics', patterns: ['logistics'], fn: 'operations' },
  { phrases: ['supply chain'], label: 'supply chain', patterns: ['supply chain'], fn: 'operations' },
  {
    phrases: ['product managers', 'product manager'],
    label: 'product manager',
    patterns: ['product manager'],
    fn: 'product',
  },
  // role acronyms of selling and their expansions ("SDRs": sales development representatives), and the team the
  // role forms when its name is no wider function: "sales development" is the SDRs' team ('Sales Development
  // Manager (APJ)', a title that is only 'Sales Development'), while "business development" is the whole of BD
  ...(
    [
      ['sdr', 'sales development representative', ['sales development']],
      ['bdr', 'business development representative', []],
      ['bde', 'business development executive', []],
      ['bdd', 'business development director', []],
    ] as const
  ).map(([abbr, full, team]) => ({
    phrases: [abbr, `${abbr}s`, `${full}s`],
    label: abbr.toUpperCase(),
    patterns: [abbr, full, ...team],
    fn: 'sales' as const,
  })),
  { phrases: ['bdm', 'bdms'], label: 'BDM', patterns: ['bdm', 'business development manager'], fn: 'sales' },
  // business development lies inside sales (the eval conventions): alone the title words, listed with a function
  // ("VPs of sales or business development") the sales function
  {
    phrases: ['business development', 'biz dev', 'bd'],
    label: 'business development',
    patterns: ['business development', 'business developer', 'bdm', 'bdr', 'biz dev', 'bizdev'],
    fn: 'sales',
  },
  { phrases: ['aes'], label: 'account executive', patterns: ['account executive'], fn: 'sales' },
  // presales lies inside sales (the eval conventions): the titles that say it ("Pre-Sales" too)
  { phrases: ['presales'], label: 'presales', patterns: ['presales', 'pre sales'], fn: 'sales' },
];

/** The job function each role title lies inside, by question phrase ("recruiters": hr). */
export const ROLE_TITLE_FUNCTIONS: ReadonlyMap<string, JobFunction> = new Map(
  ROLE_TITLES.flatMap((r) => r.phrases.map((phrase) => [phrase, r.fn] as const)),
);

export const TITLE_WORDS: readonly TitleWord[] = [
  ...ROLE_TITLES.flatMap((r) => r.phrases.map((phrase) => ({ phrase, label: r.label, patterns: r.patterns }))),
  ...chief('ceo', 'chief executive officer'),
  ...chief('cto', 'chief technology officer'),
  ...chief('cfo', 'chief financial officer'),
  ...chief('coo', 'chief operating officer'),
  ...chief('cmo', 'chief marketing officer'),
  ...chief('cio', 'chief information officer'),
  ...chief('ciso', 'chief information security officer'),
  ...chief('cro', 'chief revenue officer'),
  ...chief('chro', 'chief human resources officer'),
  ...chief('cpo', 'chief product officer'),
  {
    phrase: 'chief executives',
    label: 'CEO',
    patterns: ['ceo', 'chief executive officer', 'chief executive'],
    exclude: ['assistant to', 'advisor to', 'office of the', 'deputy ceo', 'deputy chief executive'],
  },
  {
    phrase: 'chief executive',
    label: 'CEO',
    patterns: ['ceo', 'chief executive officer', 'chief executive'],
    exclude: ['assistant to', 'advisor to', 'office of the', 'deputy ceo', 'deputy chief executive'],
  },
  { phrase: 'founders', label: 'founder', patterns: ['founder', 'co founder', 'cofounder'] },
  { phrase: 'founder', label: 'founder', patterns: ['founder', 'co founder', 'cofounder'] },
  { phrase: 'cofounders', label: 'founder', patterns: ['founder', 'co founder', 'cofounder'] },
  { phrase: 'co founders', label: 'founder', patterns: ['founder', 'co founder', 'cofounder'] },
  { phrase: 'presidents', label: 'president', patterns: ['president'], exclude: ['vice president', 'vice'] },
  { phrase: 'president', label: 'president', patterns: ['president'], exclude: ['vice president', 'vice'] },
  {
    phrase: 'svp',
    label: 'SVP',
    patterns: ['svp', 'senior vice president', 'snr vice president', 'sr vice president'],
  },
  {
    phrase: 'svps',
    label: 'SVP',
    patterns: ['svp', 'senior vice president', 'snr vice president', 'sr vice president'],
  },
  {
    phrase: 'senior vice presidents',
    label: 'SVP',
    patterns: ['svp', 'senior vice president', 'snr vice president', 'sr vice president'],
  },
  { phrase: 'evp', label: 'EVP', patterns: ['evp', 'executive vice president'] },
  { phrase: 'evps', label: 'EVP', patterns: ['evp', 'executive vice president'] },
  { phrase: 'executive vice presidents', label: 'EVP', patterns: ['evp', 'executive vice president'] },
  { phrase: 'chairman', label: 'chair', patterns: ['chairman', 'chairwoman', 'chairperson', 'chair'] },
  { phrase: 'owners', label: 'owner', patterns: ['owner'] },
  { phrase: 'managing directors', label: 'managing director', patterns: ['managing director'] },
  { phrase: 'managing director', label: 'managing director', patterns: ['managing director'] },
  { phrase: 'account executives', label: 'account executive', patterns: ['account executive'] },
  { phrase: 'key account managers', label: 'key account', patterns: ['key account', 'key accounts'] },
  { phrase: 'key account manager', label: 'key account', patterns: ['key account', 'key accounts'] },
  { phrase: 'key accounts', label: 'key account', patterns: ['key account', 'key accounts'] },
  { phrase: 'account directors', label: 'account director', patterns: ['account director'] },
  { phrase: 'account managers', label: 'account manager', patterns: ['account manager'] },
  { phrase: 'data scientists', label: 'data scientist', patterns: ['data scientist'] },
  { phrase: 'designers', label: 'designer', patterns: ['designer'] },
  { phrase: 'analysts', label: 'analyst', patterns: ['analyst'] },
  { phrase: 'architects', label: 'architect', patterns: ['architect'] },
];

/**
 * Short forms of job-title words and their expansions, read both ways when a title word is asked for ("a VP
 * title" also matches "Vice President ..."). Chief-officer forms come from `TITLE_WORDS`.
 */
export const TITLE_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['ops', 'operations'],
  ['sr', 'senior', 'snr'],
  ['jr', 'junior'],
  ['vp', 'vice president'],
  ['svp', 'senior vice president'],
  ['evp', 'executive vice president'],
  ['avp', 'assistant vice president'],
  ['md', 'managing director'],
  ['gm', 'general manager'],
  ['bdm', 'business development manager'],
];

/** Verbs that say what a title's text holds: "whose title mentions X", "titles containing X", "title has X in it". */
export const TITLE_MENTION_VERBS: ReadonlySet<string> = new Set([
  'mentions',
  'mention',
  'mentioning',
  'contains',
  'contain',
  'containing',
  'includes',
  'include',
  'including',
  'says',
  'say',
  'saying',
  'has',
  'have',
  'having',
]);

/** Words that end the words given for a title: the clause goes on about something else ("... engineer at Siemens"). */
export const TITLE_TERM_ENDS: ReadonlySet<string> = new Set([
  'at',
  'in',
  'from',
  'for',
  'of',
  'who',
  'whose',
  'that',
  'which',
  'with',
  'based',
  'working',
  'and',
  'or',
  'it',
  'them',
  'please',
  'pls',
  'plz',
]);
