/**
 * Everyday written shorthand (texting, notes, business abbreviations) and what it stands for.
 * General English, not words of this data set: a word here must mean the same in any question.
 * Values are the words the rest of the parser already knows.
 */
export const SHORTHAND_WORDS: Readonly<Record<string, string>> = {
  // people and organisations
  ppl: 'people',
  ppls: 'people',
  peeps: 'people',
  folx: 'folks',
  co: 'company',
  cos: 'companies',
  // people, said casually ("the sales guys", "any gals in marketing")
  guys: 'folks',
  gals: 'folks',
  cmpny: 'company',
  cmpnys: 'companies',
  comp: 'company',
  comps: 'companies',
  orgz: 'organisations',
  mgr: 'manager',
  mgrs: 'managers',
  mngr: 'manager',
  mngrs: 'managers',
  execs: 'executives',
  exec: 'executive',
  dir: 'director',
  dirs: 'directors',
  emps: 'employees',
  empl: 'employees',
  empls: 'employees',
  staffers: 'staff',
  // functions
  mktg: 'marketing',
  mkting: 'marketing',
  mrktng: 'marketing',
  mgmt: 'management',
  bizdev: 'business development',
  biz: 'business',
  eng: 'engineering',
  fin: 'finance',
  engg: 'engineering',
  acct: 'account',
  accts: 'accounts',
  hq: 'headquarters',
  qtr: 'quarter',
  qtrs: 'quarters',
  hqs: 'headquarters',
  hqd: 'headquartered',
  govt: 'government',
  uni: 'university',
  intl: 'international',
  // events
  evt: 'event',
  evts: 'events',
  evnt: 'event',
  evnts: 'events',
  confs: 'conferences',
  conf: 'conference',
  // money and size
  rev: 'revenue',
  revs: 'revenue',
  // time
  nxt: 'next',
  lst: 'last',
  mo: 'month',
  mos: 'months',
  mth: 'month',
  mths: 'months',
  wk: 'week',
  wks: 'weeks',
  wknd: 'weekend',
  wkend: 'weekend',
  yr: 'year',
  yrs: 'years',
  b4: 'before',
  // a digit typed for the syllable it sounds like ("gr8", "l8r", "w8", "2nite"): chat spellings of everyday words
  gr8: 'great',
  l8: 'late',
  l8r: 'later',
  w8: 'wait',
  '2nite': 'tonight',
  '2nyt': 'tonight',
  sum1: 'someone',
  no1: 'no one',
  '4get': 'forget',
  // "til": the clipped "until" of chat ("til end of august"); "till" is read as "until" by the time readers
  til: 'until',
  xmas: 'christmas',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  yday: 'yesterday',
  // conversation
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  u: 'you',
  ur: 'your',
  r: 'are',
  abt: 'about',
  whos: 'who is',
  whats: 'what is',
  wats: 'what is',
  wat: 'what',
  wot: 'what',
  wots: 'what is',
  tho: 'though',
  thnx: 'thanks',
  thanx: 'thanks',
  wut: 'what',
  wheres: 'where is',
  hows: 'how is',
  info: 'information',
  approx: 'approximately',
  tot: 'total',
  hav: 'have',
  hv: 'have',
  num: 'number',
  nmbr: 'number',
  nbr: 'number',
  devs: 'developers',
  // indefinite pronouns typed short ("any1 at X?", "smth in june")
  any1: 'anyone',
  every1: 'everyone',
  ne1: 'anyone',
  some1: 'someone',
  smth: 'something',
  sth: 'something',
  smthg: 'something',
  smthn: 'something',
  nething: 'anything',
  // object pronouns typed as spoken ("any of dem in 2025"): "dem"/"dese" the eye-dialect spellings of "them" /
  // "these" ("em" is below); lower case only
  dem: 'them',
  thm: 'them',
  dese: 'these',
  // agreement typed short ("ya, show me ...")
  ya: 'yeah',
  yea: 'yeah',
  // pronouns and nouns clipped in speech ("which of em", "email addys")
  em: 'them',
  addy: 'address',
  addys: 'addresses',
  addies: 'addresses',
  // a question ("quick q") and British thanks ("ta")
  q: 'question',
  ta: 'thanks',
  // stance typed short ("only the ones with revenue obv"): the stance adverb, a filler of
  // emphasis (`EMPHASIS_ADVERBS`); never a condition
  obv: 'obviously',
  obvs: 'obviously',
  obvi: 'obviously',
  // "coz" / "cuz": "because" clipped as spoken ("cuz" is also a word of discourse on its own)
  coz: 'because',
  bcoz: 'because',
  bcuz: 'because',
  // ("incl" is not expanded: "including" before values reads them as a narrowing ("vps of sales incl svps" is no
  // question about SVPs only); the aside "incl the ones that already happened" is read as typed, `scan/inclusionAsides.ts`)
  // ("rn" and "atm" are not expanded: "right now" / "at the moment" read as the events' running today, and a question
  // of people or companies closed by the asker's "rn" ("sales ppl @ X rn") took a condition on their events)
};

/**
 * Forms of "be" typed as chat shorthand ("which of them r software cos", "iz it in june", "will b there"): read as
 * the copula wherever the copula is read (the clause's "are" decides what the words after it describe). Only typed
 * in lower case and standing alone ("R&D", "plan b", "Series B" keep their letters). `afterModal`: read so only after
 * a modal or "to" ("will b", "to b"), since a lone "b" is far more often a letter of a name ("hall b", "plan b").
 */
export const COPULA_SHORTHAND: Readonly<Record<string, { to: string; afterModal: boolean }>> = {
  r: { to: 'are', afterModal: false },
  iz: { to: 'is', afterModal: false },
  b: { to: 'be', afterModal: true },
};

/** Words after which a typed "b" is the verb "be" ("might b", "gonna b", "has to b"). */
export const BE_LEADS: ReadonlySet<string> = new Set([
  'will',
  'would',
  'could',
  'should',
  'might',
  'may',
  'must',
  'can',
  'cud',
  'wud',
  'shud',
  'gonna',
  'to',
  'not',
  'wont',
  'cant',
]);

/**
 * Single letters that stand for a joining word in texting ("sales n marketing", "cos w more than 500 staff").
 * Read so only between two lower-case words: elsewhere a single letter is an initial or a name.
 */
export const CONJUNCTION_LETTERS: Readonly<Record<string, string>> = {
  n: 'and',
  w: 'with',
};

/**
 * The noun of a count ("number of sponsors"). Written short before "of" as its own letters in order, from its first
 * ("n of", "nr of", "nb of", "nmbr of"; "num" and "nbr" are also general shorthand above), the way notes and
 * statistics write it; `text/expandShorthand.ts` reads any such abbreviation, so no list of them is kept. Latin's
 * "no." (numero) is a symbol shorthand below; a full stop typed against "of" ("no.of", "nr.of") is read as a space.
 */
export const COUNT_NOUN = 'number';

/** Shorthand written with symbols, rewritten before words are read (only where they stand alone). */
export const SYMBOL_SHORTHAND: readonly (readonly [RegExp, string])[] = [
  [/(^|\s)w\/o(?=\s|$)/gi, '$1without'],
  [/(^|\s)b\/w(?=\s|$)/gi, '$1between'],
  [/(^|\s)b\/c(?=\s|$)/gi, '$1because'],
  [/(^|\s)w\/(?=\s|\w)/gi, '$1with '],
  [/(^|\s)@(?=\s)/g, '$1at'],
  [/(^|\s)#\s*of(?=\s)/gi, '$1number of'],
  // Latin's numero and its plural ("no. of", "nos. of")
  [/(^|\s)nos?\.?(?=\s+of\s)/gi, '$1number'],
  [/(^|\s)#(?=\s)/g, '$1number of'],
  // days written with a digit for "to" ("2day", "2moro")
  [/(^|\s)2day(?=\s|$|[?.!,])/gi, '$1today'],
  [/(^|\s)2(?:moro|morrow|mrw|mro)(?=\s|$|[?.!,])/gi, '$1tomorrow'],
  // a deadline for the answer written short ("by eod", "by cob", "by eow"): when the user needs it, as "asap" says,
  // no condition on the data
  [/(^|\s)by\s+(?:eod|cob|eow|eob|eom)(?=\s*$|\s*[?.!,;])/gi, '$1asap'],
  // comparison signs before a number ("> 500 employees", ">= $1m", "<50 staff")
  [/(^|\s)(?:>=|≥|=>)\s*(?=[\d$£€])/g, '$1at least '],
  [/(^|\s)(?:<=|≤|=<)\s*(?=[\d$£€])/g, '$1at most '],
  [/(^|\s)>\s*(?=[\d$£€])/g, '$1more than '],
  [/(^|\s)<\s*(?=[\d$£€])/g, '$1less than '],
];

/**
 * Digits typed for a word that sounds like them ("emails 4 bd ppl": "for"). Read so only right after a field asked
 * for (an attribute word: "emails", "titles", "numbers") and before a word, where a count cannot stand ("emails 4 ...":
 * no count follows a noun with nothing between); elsewhere the digit is a number ("give me 4 events").
 */
export const SOUNDALIKE_DIGITS: Readonly<Record<string, string>> = { '4': 'for' };

/**
 * A year written with an apostrophe and two digits ("feb '25", "Q1 '25", "in '24"): read as the full year. Only
 * an apostrophe that opens a word counts (a closing quote or "rock 'n' roll" has no two digits after it); years
 * 70-99 are of the last century ("the '90s").
 */
export const APOSTROPHE_YEAR = /(^|[\s(,])['’‘](\d\d)(?![\d'’A-Za-z])/g;

export function fullYear(twoDigits: string): string {
  return `${Number(twoDigits) >= 70 ? '19' : '20'}${twoDigits}`;
}

/**
 * Real English words that sound like a question word ("witch" for "which", "wear" or "were" for "where"), read as it
 * only where the sentence needs one (`text/expandShorthand.ts` `soundalikeQuestionWord`): opening the question, with
 * what that question word takes after it (`needs`: a noun of the rows for "which"; a form of "be" or "do", or an
 * auxiliary, for "where"). Elsewhere the word stays itself ("were the events in june?" asks yes or no; "which witch"
 * stays a word nothing reads).
 */
export const SOUNDALIKE_QUESTION_WORDS: Readonly<Record<string, { to: string; needs: 'noun' | 'auxiliary' }>> = {
  witch: { to: 'which', needs: 'noun' },
  wich: { to: 'which', needs: 'noun' },
  wear: { to: 'where', needs: 'auxiliary' },
  were: { to: 'where', needs: 'auxiliary' },
  ware: { to: 'where', needs: 'auxiliary' },
};

/**
 * Past participles written short with their "-d" typed apart, after an apostrophe or a space ("reg'd", "reg d",
 * "est'd", "inc'd"), or joined ("regd"): the verb's participle. Read only with the "d" (a bare "reg" or "est" is no
 * participle): a stem is looked up when the "d" was typed apart, a joined form ("regd") as it is.
 */
export const PARTICIPLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  reg: 'registered',
  regd: 'registered',
  est: 'established',
  estd: 'established',
  inc: 'incorporated',
  incd: 'incorporated',
  incorp: 'incorporated',
  incorpd: 'incorporated',
  hq: 'headquartered',
  hqd: 'headquartered',
};

/**
 * Two-letter chat abbreviations of the data itself ("our db", "the ds": database, dataset). After a possessive of the
 * speaker or listener, at the end of its clause, the same two letters typed the other way round ("our bd") are the
 * data too, never a job abbreviation of the same letters (the data is no company of the user's with a team of its
 * own); `text/expandShorthand.ts` `dataSelfAbbreviation`.
 */
export const DATA_SELF_ABBREVIATIONS: Readonly<Record<string, string>> = { db: 'database', ds: 'dataset' };
/** The possessives after which such an abbreviation names the data ("in our bd", "from your ds"). */
export const DATA_SELF_POSSESSIVES: ReadonlySet<string> = new Set(['our', 'your', 'my', 'ur']);

/**
 * Function words a phrase needs after its first word ("how many", "more than"): a word one typing slip of one, real
 * or not ("how may companies", "more tan 500", "more then 500"), typed right after the phrase's first word and before
 * what the phrase takes (`before`: a noun of the rows, or a number), is read as it (`text/expandShorthand.ts`
 * `neededFunctionWord`). Elsewhere the word stays itself ("may" the month, "then" of time).
 */
export const NEEDED_FUNCTION_WORDS: readonly {
  readonly word: string;
  readonly after: ReadonlySet<string>;
  readonly before: 'noun' | 'number';
}[] = [
  { word: 'many', after: new Set(['how']), before: 'noun' },
  {
    word: 'than',
    after: new Set(['more', 'less', 'fewer', 'greater', 'higher', 'lower', 'bigger', 'larger', 'smaller', 'older']),
    before: 'number',
  },
];
