/**
 * The robustness corpus generator's own vocabulary (data only). It is written independently of the parser's
 * lexicon on purpose: the corpus measures whether the parser understands the ways people phrase things, so it
 * must not be derived from the words the parser already knows. WordNet-style synonyms, demonyms and slang,
 * keyboard layout, filler, and nonsense syllables for the honesty test.
 */
import type { JobFunction, Relation, Seniority } from '../ir/Request';

/** Synonyms of the template words (whole words or phrases, lower case), WordNet-style (synsets and hypernyms). */
export const TEMPLATE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  events: ['conferences', 'summits', 'expos', 'trade shows', 'shows'],
  companies: ['firms', 'businesses', 'organizations', 'orgs', 'organisations'],
  people: ['contacts', 'staff', 'folks', 'employees', 'individuals'],
  show: ['list', 'give', 'get', 'find', 'pull up'],
  list: ['show me', 'give me', 'find', 'get me'],
  'which companies': ['what companies', 'which firms'],
  'how many': ['what number of'],
  employees: ['staff', 'workers', 'employees on staff'],
  'more than': ['over', 'above', 'greater than'],
  'fewer than': ['under', 'below', 'less than'],
  'founded after': ['established after', 'founded later than'],
  'founded before': ['established before', 'founded earlier than'],
  attending: ['taking part in', 'participating in', 'going to', 'involved in'],
  'based in': ['located in', 'headquartered in', 'from'],
  'taking place': ['happening', 'scheduled', 'running'],
};

/** Other names of countries, and the adjective used before a noun ("British companies"). */
export const COUNTRY_FORMS: Readonly<Record<string, { names: readonly string[]; demonym: string }>> = {
  'United States': { names: ['the US', 'the USA', 'the States', 'America'], demonym: 'American' },
  'United Kingdom': { names: ['the UK', 'Britain', 'Great Britain'], demonym: 'British' },
  Singapore: { names: ['SG'], demonym: 'Singaporean' },
  India: { names: [], demonym: 'Indian' },
  Australia: { names: ['Oz'], demonym: 'Aussie' },
  Canada: { names: [], demonym: 'Canadian' },
  Germany: { names: [], demonym: 'German' },
  France: { names: [], demonym: 'French' },
  Japan: { names: [], demonym: 'Japanese' },
  'United Arab Emirates': { names: ['the UAE', 'the Emirates'], demonym: 'Emirati' },
  Thailand: { names: [], demonym: 'Thai' },
  China: { names: [], demonym: 'Chinese' },
  Netherlands: { names: ['Holland', 'the Netherlands'], demonym: 'Dutch' },
  Switzerland: { names: [], demonym: 'Swiss' },
  Malaysia: { names: [], demonym: 'Malaysian' },
  Indonesia: { names: [], demonym: 'Indonesian' },
  'Hong Kong': { names: ['HK'], demonym: 'Hong Kong' },
  'South Korea': { names: ['Korea'], demonym: 'Korean' },
  Brazil: { names: [], demonym: 'Brazilian' },
  Spain: { names: [], demonym: 'Spanish' },
  Italy: { names: [], demonym: 'Italian' },
  Ireland: { names: [], demonym: 'Irish' },
  Sweden: { names: [], demonym: 'Swedish' },
  Israel: { names: [], demonym: 'Israeli' },
};

/** Ways to name an event theme (tag id -> phrases; the first is the plain one), WordNet-style hyponyms included. */
export const TAG_FORMS: Readonly<Record<string, readonly string[]>> = {
  oil_gas: ['oil & gas', 'oil and gas', 'petroleum'],
  energy: ['energy', 'power and energy'],
  commodities: ['commodities', 'commodity trading'],
  finance_banking: ['finance and banking', 'banking', 'financial services'],
  insurance: ['insurance'],
  crypto_blockchain: ['crypto', 'blockchain'],
  food_beverage: ['food and beverage', 'F&B', 'food & drink'],
  technology: ['technology', 'tech'],
  cybersecurity: ['cybersecurity', 'cyber security', 'infosec'],
  cloud: ['cloud', 'cloud computing'],
  ai_data: ['AI', 'artificial intelligence', 'AI and data'],
  ecommerce: ['ecommerce', 'e-commerce', 'online retail'],
  retail: ['retail', 'consumer retail'],
  marketing: ['marketing', 'advertising'],
  healthcare_medical: ['healthcare', 'medical', 'health care'],
  pharma_biotech: ['pharma', 'biotech', 'pharmaceutical'],
  aviation: ['aviation', 'aerospace', 'airline'],
  space: ['space', 'satellite'],
  maritime_shipping: ['maritime', 'shipping'],
  logistics: ['logistics', 'supply chain'],
  transport: ['transport', 'mobility', 'transportation'],
  automotive: ['automotive', 'car'],
  telecom: ['telecom', 'telecommunications', 'telco'],
  manufacturing: ['manufacturing', 'industrial'],
  chemicals: ['chemicals', 'chemical industry'],
  real_estate_construction: ['real estate', 'construction', 'property'],
  home_furniture: ['furniture', 'home and interiors'],
  hospitality_travel: ['hospitality', 'travel', 'tourism'],
  beauty: ['beauty', 'wellness', 'cosmetics'],
  education: ['education', 'edtech'],
  art_culture: ['art', 'culture'],
  media_entertainment: ['media', 'entertainment'],
  sports: ['sports', 'fitness'],
  agriculture: ['agriculture', 'agritech', 'farming'],
  hr_workplace: ['HR', 'future of work', 'human resources'],
  pets: ['pet', 'pets'],
  government: ['government', 'public sector'],
  sustainability: ['sustainability', 'cleantech', 'green'],
  business_entrepreneurship: ['business', 'entrepreneurship', 'startup'],
};

/** How a relation is said: plural noun, verb -ing, verb 3rd person. */
export const RELATION_FORMS: Readonly<Record<Relation, { plural: string; ing: string; verb: string }>> = {
  sponsor: { plural: 'sponsors', ing: 'sponsoring', verb: 'sponsors' },
  partner: { plural: 'partners', ing: 'partnering with', verb: 'partners with' },
  speaker: { plural: 'speakers', ing: 'speaking at', verb: 'speaks at' },
  expert: { plural: 'experts', ing: 'providing experts at', verb: 'is an expert at' },
  exhibitor: { plural: 'exhibitors', ing: 'exhibiting at', verb: 'exhibits at' },
  associate: { plural: 'associates', ing: 'associated with', verb: 'is associated with' },
  attendee: { plural: 'attendees', ing: 'attending as attendees', verb: 'attends' },
  organizer: { plural: 'organizers', ing: 'organizing', verb: 'organizes' },
};

/** Ways to name the people of a job function (the first is the plain one). */
export const FUNCTION_FORMS: Readonly<Partial<Record<JobFunction, readonly string[]>>> = {
  sales: ['sales people', 'salespeople', 'sales reps', 'sales contacts'],
  marketing: ['marketing people', 'marketers', 'marketing contacts'],
  hr: ['HR people', 'human resources people', 'HR contacts'],
  engineering: ['engineering people', 'engineers'],
  it: ['IT people', 'IT staff', 'information technology people'],
  finance: ['finance people', 'finance staff', 'finance contacts'],
  operations: ['operations people', 'ops people'],
  legal: ['legal people', 'lawyers', 'legal counsel'],
  // 'product managers' is a title (a role inside the function), not the product function
  product: ['product people', 'product team'],
  customer_success: ['customer success people', 'customer success contacts'],
};

/** Ways to name the people of a seniority (the first is the plain one). */
export const SENIORITY_FORMS: Readonly<Partial<Record<Seniority, readonly string[]>>> = {
  c_level: ['C-level people', 'C-suite executives', 'CxOs', 'chief officers'],
  vp: ['VPs', 'vice presidents'],
  director: ['directors'],
  head: ['heads of department', 'department heads'],
  manager: ['managers'],
};

/** Ranks said right after a company, or in its possessive, with no people noun ("PayPal's C-suite"). */
export const OWNED_SENIORITY_FORMS: Readonly<Partial<Record<Seniority, readonly string[]>>> = {
  c_level: ['C-suite', 'C-level', 'CxOs'],
  vp: ['VPs', 'vice presidents'],
  director: ['directors'],
  head: ['heads'],
  manager: ['managers'],
};

/**
 * Seniority ranges: the level's name in a range ("VP and above"), and the levels at or above it by the
 * conventions' order (C-level, VP, director, head, manager, ...).
 */
export const SENIORITY_RANGE_FORMS: Readonly<
  Partial<Record<Seniority, { name: string; atOrAbove: readonly Seniority[] }>>
> = {
  vp: { name: 'VP', atOrAbove: ['c_level', 'vp'] },
  director: { name: 'director', atOrAbove: ['c_level', 'vp', 'director'] },
  manager: { name: 'manager', atOrAbove: ['c_level', 'vp', 'director', 'head', 'manager'] },
};

/** Polite and chatty openings and closings: not content, must not change the answer. */
export const FILLER_PREFIXES: readonly string[] = [
  'hey can you pls show me',
  'hi, could you tell me',
  'please',
  'I was wondering,',
  'quick question:',
  'can u',
  'so basically I need',
  'ok so',
  'would you be able to list',
  'I need to know',
];
export const FILLER_SUFFIXES: readonly string[] = [
  'please',
  'thanks',
  'thx!',
  'if possible',
  'asap',
  'for my report',
  'cheers',
  'when you get a chance',
];

/** QWERTY neighbours of each letter, for keyboard typos. */
export const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa',
  w: 'qes',
  e: 'wrd',
  r: 'etf',
  t: 'ryg',
  y: 'tuh',
  u: 'yij',
  i: 'uok',
  o: 'ipl',
  p: 'ol',
  a: 'qsz',
  s: 'adwx',
  d: 'sfe',
  f: 'dgr',
  g: 'fht',
  h: 'gjy',
  j: 'hku',
  k: 'jli',
  l: 'ko',
  z: 'xa',
  x: 'zcs',
  c: 'xvd',
  v: 'cbf',
  b: 'vng',
  n: 'bmh',
  m: 'nj',
};

/** Syllables of made-up words for the honesty test: no English or database word is near them. */
export const NONSENSE_SYLLABLES: readonly string[] = [
  'blorp',
  'zund',
  'quax',
  'vrim',
  'flont',
  'grib',
  'snorv',
  'plix',
  'trazz',
  'wumb',
];
export const NONSENSE_ENDINGS: readonly string[] = ['tastic', 'ular', 'ivorous', 'ified', 'escent', 'oid'];

/**
 * Chat shorthand for template words (the generator's own list, independent of the parser's lexicon): how
 * people type on a phone ("ppl", "cos", "n", "w", "r", "evts", "num", "b4", "nxt").
 */
export const TEXTING_FORMS: Readonly<Record<string, readonly string[]>> = {
  people: ['ppl'],
  companies: ['cos', 'cos.'],
  events: ['evts', 'evnts'],
  and: ['n', '&'],
  with: ['w', 'w/'],
  are: ['r'],
  you: ['u'],
  number: ['num', 'no.'],
  before: ['b4'],
  next: ['nxt'],
  months: ['mos', 'mths'],
  please: ['pls', 'plz'],
  sponsors: ['spons'],
  management: ['mgmt'],
  marketing: ['mktg'],
};

/** Greetings and context clauses opening a message: said to the listener, not content. */
export const GREETING_OPENINGS: readonly string[] = [
  'Good morning team!',
  'Hi there, hope you are well.',
  'hey! sorry to bug you again lol.',
  'Quick one before my 3pm -',
  'Hello, hope your week is going well!',
  'Dear team,',
  'morning all -',
  'Hi again :)',
];

/** Thanks and sign-offs closing a message. */
export const SIGN_OFFS: readonly string[] = [
  'Thanks in advance!',
  'Many thanks, Alex',
  'Kind regards, Sam',
  'cheers :)',
  'thanks a ton',
  'Much appreciated!',
  'ta',
  'Best wishes, Priya',
];

/**
 * Real English constraints the data cannot answer (a spoken language, an age, a salary, a family, a dress
 * code), by the entity they would narrow: a question carrying one must be asked about or refused, never
 * answered without it. The word the answer must name comes first.
 */
export const UNMAPPED_CONSTRAINTS: Readonly<Record<'people' | 'companies' | 'events', readonly [string, string][]>> = {
  people: [
    ['spanish', 'who speak Spanish'],
    ['older', 'older than 40'],
    ['salary', 'with a salary above 100k'],
    ['married', 'who are married'],
    ['golf', 'who play golf'],
    ['children', 'with children'],
  ],
  companies: [
    ['stock', 'with a stock price over 100'],
    ['profitable', 'that are profitable'],
    ['rating', 'with a rating above 4'],
    ['vegan', 'that are vegan'],
  ],
  events: [
    ['parking', 'with free parking'],
    ['dress', 'with a dress code'],
    ['music', 'with live music'],
    ['ticket', 'with a ticket price under 100'],
  ],
};

/**
 * Nouns for people that job titles use and that name no job function nor seniority (a title filter: "the editors at
 * X" are the people whose job title mentions editor). The corpus's own list; a word the data's titles do not use
 * gives no instance.
 */
/**
 * Roles asked by a word of their own that is no function nor seniority of the conventions, with the title words
 * that say them: a role inside a function ("recruiters" are HR, most of HR are no recruiters), a relation noun
 * that is also a title ("the partners at X": no company is a partner of a company).
 */
export const ROLE_TITLE_NOUNS: readonly { asked: string; patterns: readonly string[] }[] = [
  { asked: 'recruiters', patterns: ['recruiter', 'recruiting', 'recruitment', 'talent acquisition'] },
  { asked: 'procurement people', patterns: ['procurement', 'purchasing'] },
  { asked: 'SDRs', patterns: ['sdr', 'sales development representative'] },
  { asked: 'product managers', patterns: ['product manager'] },
  { asked: 'partners', patterns: ['partner'] },
  { asked: 'associates', patterns: ['associate'] },
];

export const TITLE_NOUNS: readonly string[] = [
  'editor',
  'chef',
  'supervisor',
  'trainee',
  'planner',
  'buyer',
  'coordinator',
  'controller',
  'ambassador',
  'specialist',
  'administrator',
  'technician',
  'dean',
  'candidate',
];
