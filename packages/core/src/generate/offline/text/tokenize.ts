import { APOSTROPHE_LESS_CONTRACTIONS, CONTRACTED_STEMS, NEGATABLE_AUXILIARIES } from '../lexicon/auxiliaryWords';

/** One word of a question: `norm` is folded (accents removed), lower-cased; `raw` keeps the user's casing. */
export interface Token {
  norm: string;
  raw: string;
  /** Position in the token list. */
  index: number;
}

/** Numbers written as words, with the digits a token of one reads as. */
export const WORD_NUMBERS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  hundred: '100',
  dozen: '12',
};

/**
 * A negative contraction typed without its apostrophe ("dont", "isnt", "havent", "cant"): an auxiliary's stem
 * followed by "nt", read as that stem and "not", exactly as the tokenizer reads "n't".
 */
const APOSTROPHE_LESS_NEGATION = new RegExp(`\\b(${NEGATABLE_AUXILIARIES.join('|')})nt\\b`, 'gi');

/** The auxiliary a negative contraction is written on ("wo" of "won't" is "will"), else the stem as typed. */
function fullStem(stem: string): string {
  return CONTRACTED_STEMS[stem.toLowerCase()] ?? stem;
}

/** A pronoun or question word and a contracted verb typed as one word ("ive", "theres", "youre"). */
const APOSTROPHE_LESS_CONTRACTION = new RegExp(
  `\\b(${Object.entries(APOSTROPHE_LESS_CONTRACTIONS)
    .flatMap(([head, tails]) => tails.map((tail) => `${head}${tail}`))
    .join('|')})\\b`,
  'gi',
);

/** The word a contracted ending stands for ("who've" -> "who have", "what're" -> "what are"). */
const CONTRACTED: Readonly<Record<string, string>> = { ve: 'have', re: 'are', ll: 'will', d: 'would', m: 'am' };

/**
 * A slash between two words offers alternatives ("sponsors/exhibitors", "construction / built environment"):
 * it reads as "or" ("and/or" too). Slashes inside web addresses (after ":", "/" or ".") and between digits
 * (dates, "24/7") stay separators; written shorthand with a slash ("w/", "b/w") is expanded before the tokenizer runs.
 */
function splitAlternatives(text: string): string {
  let out = text.replace(/\band\s*\/\s*or\b/gi, 'or');
  // the word's lead is looked behind, never consumed; a word typed right after a slash ("b" of "a/b/c") is only
  // seen once the slash before it is read, so the list is read again until no slash of it is left ("jan/feb/mar")
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(/(?<=^|[^:/\w.])([A-Za-z][\w-]*)\s*\/\s*(?=[A-Za-z])/g, (whole, word: string) =>
      /^(https?|www)$/i.test(word) ? whole : `${word} or `,
    );
  }
  return out;
}

/** Removes accents (NFKD + combining marks). */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Splits text into comparable tokens: accents folded, `&` read as "and", thousands separators dropped,
 * possessive "'s" removed, hyphens and punctuation split words; dots survive inside domains and decimals.
 * @example tokenize("Oil & Gas events in 2025").map((t) => t.norm) // ['oil','and','gas','events','in','2025']
 */
export function tokenize(text: string, opts: { wordNumbers?: boolean } = {}): Token[] {
  const folded = foldAccents(text)
    .replace(/[’‘`]/g, "'")
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$1.$2.$3')
    .replace(/(\d[kmb]?)\s*[-–]\s*(\$?\d)/gi, '$1 to $2')
    // a dash between ordinal days is a range of days too ("1st-15th aug")
    .replace(/\b(\d{1,2}(?:st|nd|rd|th))\s*[-–]\s*(?=\d)/gi, '$1 to ')
    .replace(/\$/g, ' $ ')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/&/g, ' and ')
    // a plus sign standing alone after a number is the word "plus" ("50 + employees": at least 50); between words it
    // joins them as "and" does ("Zscaler + Cloudflare", "events that have sponsors + how many each")
    .replace(/(\d)\s+\+(?=\s)/g, '$1 plus')
    // ... and typed on a number word ("a hundred+ employees", "fifty+ staff"), as "100+" is
    .replace(NUMBER_WORD_PLUS, '$1 plus')
    .replace(/(^|\s)\+(?=\s)/g, '$1and')
    // ... and typed between two words with no spaces, as "&" is ("o+g", "sales+marketing"); "c++" keeps its signs
    .replace(/([A-Za-z])\+(?=[A-Za-z])/g, '$1 and ')
    .replace(/\bnot[\s-]+for[\s-]+profit\b|\bnon[\s-]+profit\b/gi, 'nonprofit')
    .replace(/'s\b/gi, '')
    // an abbreviation made a verb ("HQ'd", "CC'd", "OK'd") is one word, not a contracted "would"; typed in lower
    // case it is an abbreviation when it has no vowel ("hq'd", "cc'd"): every word contracted with "would" or
    // "had" (a pronoun, "who", "that", "there") has one
    .replace(/\b([A-Z]{2,4})'d\b/g, '$1d')
    .replace(/\b([b-df-hj-np-tv-xz]{2,4})'d\b/gi, '$1d')
    .replace(/\b([a-z]+)n't\b/gi, (_whole, stem: string) => `${fullStem(stem)} not`)
    .replace(/n't\b/gi, ' not')
    .replace(APOSTROPHE_LESS_NEGATION, (_whole, stem: string) => `${fullStem(stem)} not`)
    // ... and typed without its apostrophe: "ive" is "i've", "theres" "there's"
    .replace(APOSTROPHE_LESS_CONTRACTION, (whole: string) => {
      const tail = whole.toLowerCase().endsWith('s') ? 's' : whole.slice(-2).toLowerCase();
      return `${whole.slice(0, whole.length - tail.length)} ${tail === 's' ? 'is' : (CONTRACTED[tail] ?? tail)}`;
    })
    .replace(
      /\b([a-z]+)'(ve|re|ll|d|m)\b/gi,
      (_whole, head: string, tail: string) => `${head} ${CONTRACTED[tail.toLowerCase()] ?? tail}`,
    );
  const alternatives = splitAlternatives(folded);
  const pieces = alternatives.split(/[^A-Za-z0-9.$+%'@]+/);
  const tokens: Token[] = [];
  for (const piece of pieces) {
    const raw = piece === '$' ? '$' : piece.replace(/^[.'+$]+|[.'$]+$/g, '');
    if (!raw) continue;
    let norm = raw.toLowerCase();
    if (opts.wordNumbers !== false && WORD_NUMBERS[norm] !== undefined) {
      norm = WORD_NUMBERS[norm] ?? norm;
    }
    tokens.push({ norm, raw, index: tokens.length });
  }
  return opts.wordNumbers === false ? tokens : joinNumberWords(joinCountNouns(joinYearWords(joinTensAndUnits(tokens))));
}

/** The value of a token typed as a number word ("twenty" 20), undefined for digits and other words. */
function wordValue(t: Token | undefined): number | undefined {
  if (!t || !/^[a-z]+(?: [a-z]+)*$/i.test(t.raw) || !/^\d+$/.test(t.norm)) return undefined;
  return Number(t.norm);
}

/** A run of tokens read as one number, its words kept as typed. */
function joined(parts: readonly Token[], value: number): Token {
  return { norm: String(value), raw: parts.map((p) => p.raw).join(' '), index: 0 };
}

/**
 * Tens and units said as two words are one number: "twenty five" (or "twenty-five") -> 25, "ninety nine" -> 99. Only
 * number words join: "20 5" stays two numbers.
 */
function joinTensAndUnits(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const tens = wordValue(t);
    const unit = wordValue(tokens[k + 1]);
    if (tens !== undefined && tens >= 20 && tens <= 90 && tens % 10 === 0 && unit !== undefined && unit <= 9) {
      out.push({ ...joined([t, tokens[k + 1] as Token], tens + unit), index: out.length });
      k++;
      continue;
    }
    out.push({ ...t, index: out.length });
  }
  return out;
}

/**
 * A year said in words is one number: in pairs, "nineteen fifty" -> 1950, "twenty twenty five" -> 2025, "nineteen oh
 * five" -> 1905; and in thousands, "two thousand and five" / "two thousand five" -> 2005. A pair needs its first word
 * a century (11 to 20) and its second two digits, both typed as words; "nineteen hundred" is the multiplier's.
 */
function joinYearWords(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const first = wordValue(t);
    const next = tokens[k + 1];
    // "nineteen oh five": a zero said as the letter before a unit
    const oh = /^(?:oh|o)$/i.test(next?.raw ?? '') ? wordValue(tokens[k + 2]) : undefined;
    const second = wordValue(next);
    if (first !== undefined && first >= 11 && first <= 20) {
      if (second !== undefined && second >= 10 && second <= 99) {
        out.push({ ...joined([t, next as Token], first * 100 + second), index: out.length });
        k++;
        continue;
      }
      if (oh !== undefined && oh <= 9) {
        out.push({ ...joined([t, next as Token, tokens[k + 2] as Token], first * 100 + oh), index: out.length });
        k += 2;
        continue;
      }
    }
    // "two thousand and five", "two thousand five": thousands and a number under a hundred after them
    if (first !== undefined && first <= 9 && next?.norm === 'thousand') {
      const withAnd = tokens[k + 2]?.norm === 'and';
      const rest = tokens[k + (withAnd ? 3 : 2)];
      const small = wordValue(rest);
      if (small !== undefined && small < 100) {
        const parts = tokens.slice(k, k + (withAnd ? 4 : 3));
        out.push({ ...joined(parts, first * 1000 + small), index: out.length });
        k += parts.length - 1;
        continue;
      }
    }
    out.push({ ...t, index: out.length });
  }
  return out;
}

/** Words that multiply the number before them ("two hundred", "a thousand", "half a million"). */
const MULTIPLIERS = new Set(['hundred', 'thousand', 'million', 'billion', 'dozen']);

/** A number word with a plus sign typed on it ("hundred+", "thousand+"): the word, then "plus". */
const NUMBER_WORD_PLUS = new RegExp(`\\b(${[...Object.keys(WORD_NUMBERS), ...MULTIPLIERS].join('|')})\\+`, 'gi');

/**
 * Number words spread over several tokens: "a thousand" -> "1 thousand" (the quantity reader scales it),
 * "two hundred" / "a hundred" -> "200" / "100", "a dozen" -> "12", "half a million" -> "0.5 million", and a number
 * followed by "plus" -> "N or more".
 */
function joinNumberWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const next = tokens[k + 1];
    const nextRaw = next?.raw.toLowerCase() ?? '';
    const isCount = /^\d+$/.test(t.norm) || t.norm === 'a' || t.norm === 'an';
    if (isCount && next && MULTIPLIERS.has(nextRaw)) {
      const n = t.norm === 'a' || t.norm === 'an' ? 1 : Number(t.norm);
      if (nextRaw === 'hundred' || nextRaw === 'dozen') {
        out.push({
          norm: String(n * (nextRaw === 'hundred' ? 100 : 12)),
          raw: `${t.raw} ${next.raw}`,
          index: out.length,
        });
        k++;
        continue;
      }
      out.push({ ...t, norm: String(n), index: out.length });
      continue;
    }
    if (
      t.norm === 'half' &&
      (next?.norm === 'a' || next?.norm === 'an') &&
      MULTIPLIERS.has(tokens[k + 2]?.norm ?? '')
    ) {
      out.push({ norm: '0.5', raw: `${t.raw} ${next.raw}`, index: out.length });
      k++;
      continue;
    }
    // "five hundred plus employees", "10 thousand plus staff": a number with "plus" after it is a lower bound
    // (as "500+" is), read as "or more"; "plus" between two numbers or two names stays a sum or a list
    const before = out[out.length - 1]?.norm ?? '';
    if (t.norm === 'plus' && (/^\d+$/.test(before) || MULTIPLIERS.has(before)) && next && !/^\d/.test(next.norm)) {
      out.push({ norm: 'or', raw: t.raw, index: out.length }, { norm: 'more', raw: t.raw, index: out.length + 1 });
      continue;
    }
    out.push({ ...t, index: out.length });
  }
  return out;
}

/** The words of "a couple (of)" before a multiplier at `k` ("a couple hundred"), 0 when they are not there. */
function coupleLength(tokens: readonly Token[], k: number): number {
  let n = tokens[k]?.norm === 'a' ? 1 : 0;
  if (tokens[k + n]?.norm !== 'couple') return 0;
  n++;
  if (tokens[k + n]?.norm === 'of') n++;
  return MULTIPLIERS.has(tokens[k + n]?.raw.toLowerCase() ?? '') ? n : 0;
}

/** The words of "half (a) dozen" at `k`, 0 when they are not there. */
function halfDozenLength(tokens: readonly Token[], k: number): number {
  const dozenAt = (x: Token | undefined): boolean => x?.raw.toLowerCase() === 'dozen';
  if (tokens[k]?.norm !== 'half') return 0;
  if (dozenAt(tokens[k + 1])) return 2;
  return tokens[k + 1]?.norm === 'a' && dozenAt(tokens[k + 2]) ? 3 : 0;
}

/**
 * Counts said with a noun of number: "a couple (of)" before a multiplier is two ("a couple hundred million": the
 * multiplier then reads 200 million; "a couple" alone stays vague), "half (a) dozen" / "half-dozen" is six.
 */
function joinCountNouns(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const couple = coupleLength(tokens, k);
    const half = couple > 0 ? 0 : halfDozenLength(tokens, k);
    const len = couple || half;
    if (len > 0) {
      const raw = tokens
        .slice(k, k + len)
        .map((x) => x.raw)
        .join(' ');
      out.push({ norm: couple > 0 ? '2' : '6', raw, index: out.length });
      k += len - 1;
      continue;
    }
    out.push({ ...(tokens[k] as Token), index: out.length });
  }
  return out;
}

/** The normalised key of a text (tokens joined by one space), used to compare names and values. */
export function normKey(text: string): string {
  return tokenize(text, { wordNumbers: false })
    .map((t) => t.norm)
    .join(' ');
}

/** Endings that make a different word from the same root ("hospitality" is not "hospital", "community" not "communication"). */
const DERIVING_ENDINGS: readonly string[] = ['ities', 'ity', 'isms', 'ism', 'ists', 'ist'];

/**
 * True when two words share a stem (same first six letters, or equal stems when shorter), unless what
 * follows their common part turns one into another word ("hospitality" / "hospitals").
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6) {
    return stem(a) === stem(b);
  }
  if (a.slice(0, 6) !== b.slice(0, 6)) return false;
  return derivingEnding(a) === derivingEnding(b);
}

function derivingEnding(word: string): string {
  for (const e of DERIVING_ENDINGS) if (word.endsWith(e)) return e.replace(/ies$/, 'y').replace(/s$/, '');
  return '';
}

const SUFFIXES = ['icals', 'ical', 'ings', 'ing', 'ers', 'er', 'ies', 'es', 's', 'al', 'ics', 'y', 'e'];

/** A crude stem for short words: "banks"/"banking" -> "bank", "hotels" -> "hotel". */
export function stem(word: string): string {
  for (const s of SUFFIXES) {
    if (word.length - s.length >= 3 && word.endsWith(s)) return word.slice(0, -s.length);
  }
  return word;
}

/** A crude singular: "companies" -> "company", "events" -> "event". */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}
