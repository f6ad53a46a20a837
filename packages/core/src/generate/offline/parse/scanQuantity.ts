import type { CompareOp, Cond, EntityKind, NumericColumn, Relation } from '../ir/Request';
import { foundingWindowAt } from './foundingWindows';
import type { Token } from '../text/tokenize';
import { COUNTED_NOUN_MODIFIER_LEADS, DISTINCTNESS_WORDS } from '../lexicon/aggregateWords';
import { FEW_COUNTS } from '../lexicon/exampleWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { MONEY_NOUNS } from '../lexicon/sizeWords';
import { LENGTH_UNIT_DAYS, NUMBER_SCALE_WORDS } from '../lexicon/timeWords';
import { countedPeopleRows } from './peopleRowCounts';
import { currencyLength } from '../text/currencyNouns';

/** A numeric comparison found in the question ("more than 1,000 employees", "revenue above $10 billion"). */
export interface QuantityHit {
  start: number;
  end: number;
  cond: Cond & { kind: 'compare' | 'linkCount' };
  /**
   * The count is of the noun said after it with its modifiers ("2 or more tech events"): only the number's words are
   * read here; the modifiers and the noun are read as usual and the build counts the rows they describe.
   */
  countsNext?: true;
  /**
   * The count is of the noun said right after it, which a modifier after the noun goes on to describe ("2 or more
   * events in 2025"): the noun is left to be read as usual; the build counts the rows its modifiers describe, or all
   * of them when none does (`build/countedNext.ts`).
   */
  countsNoun?: true;
}

/** Nouns counted by "more than N ...": the entity and relation they count. */
export const COUNTED_NOUNS: Readonly<Record<string, readonly [EntityKind, readonly Relation[]]>> = {
  sponsors: ['companies', ['sponsor']],
  exhibitors: ['companies', ['exhibitor']],
  speakers: ['companies', ['speaker']],
  partners: ['companies', ['partner']],
  companies: ['companies', []],
  participants: ['companies', []],
  organisations: ['companies', []],
  organizations: ['companies', []],
  events: ['events', []],
  conferences: ['events', []],
  contacts: ['people', []],
  persons: ['people', []],
  event: ['events', []],
  sponsor: ['companies', ['sponsor']],
  exhibitor: ['companies', ['exhibitor']],
  speaker: ['companies', ['speaker']],
  partner: ['companies', ['partner']],
  company: ['companies', []],
  contact: ['people', []],
  conference: ['events', []],
  employees: ['people', []],
};

const DISTINCTNESS: ReadonlySet<string> = new Set(DISTINCTNESS_WORDS);
const MODIFIER_LEADS: ReadonlySet<string> = new Set(COUNTED_NOUN_MODIFIER_LEADS);
/** Words of a comparison that bound a time ("after 2015", "since 1990", "2010 or later"): a year, never a count. */
const TIME_BOUND_WORDS: ReadonlySet<string> = new Set([
  'after',
  'since',
  'later',
  'earlier',
  'before',
  'newer',
  'older',
]);

/** Determiners of a partitive after a count ("more than one of the events", "two or more of these conferences"). */
const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those', 'our']);

/**
 * The counted noun after a number or "several" at `k`, past words that leave the count as it is: adjectives of
 * distinctness ("two or more different events") and a partitive "of the" ("more than one of the events"). `end` is
 * the token after the noun.
 */
function countedNounAt(
  w: readonly string[],
  k: number,
  claimed: readonly boolean[],
): { noun: string; counted: readonly [EntityKind, readonly Relation[]]; end: number } | null {
  let at = k;
  if (w[at] === 'of' && PARTITIVE_DETERMINERS.has(w[at + 1] ?? '')) at += 2;
  while (DISTINCTNESS.has(w[at] ?? '') && !claimed[at]) at++;
  const noun = w[at] ?? '';
  const counted = COUNTED_NOUNS[noun];
  if (!counted || claimed[at]) return null;
  return { noun, counted, end: at + 1 };
}

/** Words that end a noun phrase: a modifier of a counted noun is none of these. */
const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  'of',
  'at',
  'in',
  'on',
  'by',
  'with',
  'for',
  'from',
  'to',
  'than',
  'per',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'where',
  'the',
  'a',
  'an',
  'as',
  'each',
  'every',
  'all',
  'any',
]);
/** How many words may modify a counted noun between the number and the noun ("2 or more big tech events"). */
const MAX_MODIFIERS = 3;

/**
 * The counted noun after one to three words that modify it ("2 or more tech events", "several singapore events"):
 * events or companies (people's counts are read by `countedPeopleRows`), the modifiers unread yet and no phrase
 * boundary or number among them. `start` is the first modifier.
 */
function modifiedCountedNounAt(
  w: readonly string[],
  k: number,
  claimed: readonly boolean[],
): { noun: string; counted: readonly [EntityKind, readonly Relation[]]; start: number; end: number } | null {
  for (let gap = 1; gap <= MAX_MODIFIERS; gap++) {
    const words = w.slice(k, k + gap);
    if (words.length < gap) return null;
    const free = words.every((x, j) => !claimed[k + j] && /^[a-z][a-z-]*$/.test(x) && !PHRASE_BREAKS.has(x));
    if (!free || words.some((x) => COUNTED_NOUNS[x])) return null;
    const at = countedNounAt(w, k + gap, claimed);
    if (at && at.counted[0] !== 'people') return { ...at, start: k };
  }
  return null;
}

/** Words that make a count exact: "only one event", "exactly two sponsors". */
const EXACTLY: readonly (readonly [string, CompareOp])[] = [
  ['exactly', '='],
  ['only', '='],
  ['just', '='],
  ['precisely', '='],
];
/** "several / multiple events", "a few / a couple of events": more than one (longest first). */
const SEVERAL: readonly (readonly string[])[] = ['multiple', 'several', 'numerous', ...FEW_COUNTS]
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/** The length of the quantifier of more than one starting at token `i` (unclaimed), or 0. */
function severalAt(w: readonly string[], i: number, claimed: readonly boolean[]): number {
  return SEVERAL.find((p) => p.every((x, k) => w[i + k] === x && !claimed[i + k]))?.length ?? 0;
}

/**
 * True when only request words come before token `i` ("show me several sponsors at X", "a few sponsors at X"): the
 * quantifier is of the set asked, whose members are listed, no count of what they are linked to.
 */
function headsQuestion(w: readonly string[], i: number): boolean {
  return w.slice(0, i).every((x) => FILLER_WORDS.has(x));
}

export const COMPARATORS: readonly (readonly [string, CompareOp])[] = [
  ...EXACTLY,
  ['no longer than', '<='],
  ['not longer than', '<='],
  ['no shorter than', '>='],
  ['not shorter than', '>='],
  ['not more than', '<='],
  ['not less than', '>='],
  ['more than', '>'],
  ['greater than', '>'],
  ['higher than', '>'],
  ['larger than', '>'],
  ['bigger than', '>'],
  ['over', '>'],
  ['above', '>'],
  ['exceeding', '>'],
  ['exceeds', '>'],
  ['in excess of', '>'],
  ['north of', '>'],
  ['longer than', '>'],
  ['later than', '>'],
  ['after', '>'],
  ['since', '>='],
  ['at least', '>='],
  ['no less than', '>='],
  ['no fewer than', '>='],
  ['minimum of', '>='],
  ['a minimum of', '>='],
  ['or more', '>='],
  // a year with one end left open: "founded 2015 or later", "1990 or earlier"
  ['or later', '>='],
  ['and later', '>='],
  ['or after', '>='],
  ['or newer', '>='],
  ['or earlier', '<='],
  ['and earlier', '<='],
  ['or before', '<='],
  ['or older', '<='],
  ['and above', '>='],
  ['less than', '<'],
  ['fewer than', '<'],
  ['under', '<'],
  ['below', '<'],
  ['lower than', '<'],
  ['smaller than', '<'],
  ['shorter than', '<'],
  ['before', '<'],
  ['prior to', '<'],
  ['earlier than', '<'],
  ['at most', '<='],
  ['up to', '<='],
  ['no more than', '<='],
  ['maximum of', '<='],
  ['a maximum of', '<='],
  ['or less', '<='],
  ['or fewer', '<='],
  ['in', '='],
  ['exactly', '='],
  ['of', '='],
  ['older than', '>'],
  ['younger than', '<'],
];
const EMPLOYEE_WORDS = new Set([
  'employees',
  'employee',
  'staff',
  'people',
  'headcount',
  // a company's people as one body ("a workforce above 10,000", "manpower of 500")
  'workforce',
  'manpower',
  'workers',
  'personnel',
  'team',
  'fte',
  'ftes',
]);
/** Nouns of an amount said before the measure they are of ("number of employees", "no. of staff"). */
const AMOUNT_NOUNS: ReadonlySet<string> = new Set(['number', 'no', 'count', 'total']);
const REVENUE_WORDS = new Set([
  'revenue',
  'revenues',
  'turnover',
  'sales',
  'income',
  'earnings',
  'making',
  'earning',
  'earn',
  'earns',
  'generating',
  'generate',
  'makes',
]);
const FOUNDED_WORDS = new Set(['founded', 'established', 'incorporated', 'started', 'created', 'formed', 'founding']);
const DURATION_WORDS = new Set([
  'run',
  'runs',
  'running',
  'last',
  'lasts',
  'lasting',
  'long',
  'longer',
  'duration',
  'length',
  'shorter',
  'spanning',
  'span',
  'spans',
  // reaching over a length of time ("stretches over the most days", "extends across a week")
  'stretch',
  'stretches',
  'stretching',
  'extend',
  'extends',
  'extending',
  'go',
  'goes',
  'for',
]);
const EVENT_NOUNS = new Set([
  'event',
  'events',
  'conference',
  'conferences',
  'show',
  'shows',
  'exhibition',
  'exhibitions',
  'expo',
  'expos',
  'summit',
  'summits',
  'fair',
  'fairs',
  'festival',
  'festivals',
  'forum',
  'forums',
  'congress',
  'seminar',
  'seminars',
  'workshop',
  'workshops',
  'convention',
  'conventions',
]);
const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  mm: 1e6,
  mil: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/**
 * The scale a word after a number names: a word of {@link SCALE}, or a scale word clipped to its first three letters
 * or more ("50 bil", "2 mill", "10 thou", "3 tril"), as "mil" is typed for "million".
 */
function scaleWord(word: string): number | undefined {
  const listed = SCALE[word];
  if (listed !== undefined) return listed;
  if (word.length < MIN_SCALE_CLIPPING) return undefined;
  const full = NUMBER_SCALE_WORDS.filter((x) => x.startsWith(word));
  return full.length === 1 ? SCALE[full[0] ?? ''] : undefined;
}

/** The shortest clipping of a scale word read as it ("bil"; "bi", "th" are too short to mean one). */
const MIN_SCALE_CLIPPING = 3;

/** The currency's words after an amount ("5 million dollars", "2bn usd"): the amount is money, as with "$". */
const CURRENCY_WORDS: ReadonlySet<string> = new Set(MONEY_NOUNS);

/**
 * The number at token `i` ("$5m", "10 million", "50 bil dollars"): its value, its length in tokens, a plus sign typed
 * on it, the scale applied, and whether it is money (a "$" before it or a currency word after it).
 */
/** The days in a unit of an event's length ("week" 7, "days" 1), undefined for any other word. */
function lengthUnit(word: string | undefined): number | undefined {
  return word === undefined ? undefined : LENGTH_UNIT_DAYS[word];
}

function readNumber(
  w: string[],
  i: number,
): { value: number; len: number; plus: boolean; scale: number; money: boolean } | null {
  let k = i;
  // "longer than a week", "over a fortnight": an article before a unit of an event's length is one of it
  if ((w[k] === 'a' || w[k] === 'an') && lengthUnit(w[k + 1]))
    return { value: 1, len: 1, plus: false, scale: 1, money: false };
  if (w[k] === '$') k++;
  const m = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|mm)?(\+)?$/.exec(w[k] ?? '');
  if (!m) return null;
  let value = Number(m[1]);
  let applied = 1;
  if (m[2]) {
    applied = SCALE[m[2]] ?? 1;
    value *= applied;
  }
  let len = k - i + 1;
  const scale = scaleWord(w[k + 1] ?? '');
  if (!m[2] && scale !== undefined && (w[k + 1] ?? '').length > 1) {
    value *= scale;
    applied = scale;
    len++;
  }
  // "5 million dollars", "10m bucks", "1 billion US dollars": the currency's words (WordNet's names of the dollar)
  const currency = CURRENCY_WORDS.has(w[i + len] ?? '') ? 1 : currencyLength(w, i + len);
  len += currency;
  return { value, len, plus: Boolean(m[3]), scale: applied, money: currency > 0 || w[i] === '$' };
}

/**
 * Phrases of a rate per year said after an amount ("a billion a year", "$5m per annum", "10 million annually"): a
 * company's revenue is yearly already, so the rate restates it. `annual` is also the word a restated rate was
 * rewritten to (`revenueSales.ts`).
 */
const PER_YEAR_PHRASES: readonly (readonly string[])[] = [
  ['a', 'year'],
  ['per', 'year'],
  ['each', 'year'],
  ['every', 'year'],
  ['a', 'yr'],
  ['per', 'yr'],
  ['per', 'annum'],
  ['annually'],
  ['yearly'],
  ['annual'],
];

/** The number of tokens of rates per year from token `k` on (0 when none is there). */
function perYearLength(w: readonly string[], k: number): number {
  let at = k;
  for (;;) {
    const phrase = PER_YEAR_PHRASES.find((p) => p.every((x, j) => w[at + j] === x));
    if (!phrase) return at - k;
    at += phrase.length;
  }
}

/**
 * The word after a measure's noun that makes it "as regards" the measure ("revenue-wise", "headcount wise"; the
 * tokenizer splits the hyphen): the noun says what the amount beside it measures, the suffix nothing more.
 */
export const REGARDING_SUFFIX = 'wise';

/** {@link COMPARATORS} as words, split once: the comparator is looked for at every token of every question. */
const COMPARATOR_WORDS: readonly (readonly [readonly string[], CompareOp])[] = COMPARATORS.map(([phrase, op]) => [
  phrase.split(' '),
  op,
]);

/** The comparison said at token `i` ("over", "more than", "at least"), or null. */
export function comparatorAt(w: readonly string[], i: number): { op: CompareOp; len: number } | null {
  let best: { op: CompareOp; len: number } | null = null;
  for (const [parts, op] of COMPARATOR_WORDS) {
    // "longer then 3 days": "then" for "than" is a common slip, read as "than" after a comparative
    const matches = parts.every((p, k) => w[i + k] === p || (p === 'than' && k > 0 && w[i + k] === 'then'));
    if (matches && (!best || parts.length > best.len)) best = { op, len: parts.length };
  }
  if (best || !['or', 'and'].includes(w[i] ?? '')) return best;
  // "5 days or longer", "200 employees or bigger", "$1m and above": "or" + a strict comparative ("longer than",
  // "above") is its inclusive bound
  const strict = COMPARATORS.find(([phrase]) => phrase === w[i + 1] || phrase === `${w[i + 1] ?? ''} than`)?.[1];
  if (strict === '>' || strict === '<') return { op: strict === '>' ? '>=' : '<=', len: 2 };
  return null;
}

/**
 * Words of a bound said before a measure and the "of" of its amount ("a minimum revenue of $1 billion", "max
 * headcount of 500"): the measure is at least (at most) the amount, a threshold and no ranking.
 */
const MEASURE_BOUND_WORDS: Readonly<Record<string, CompareOp>> = { minimum: '>=', min: '>=', maximum: '<=', max: '<=' };

/**
 * Hedges of approximation said before a range ("somewhere between 1 and 50 mil", "anywhere from 200 to 500 staff",
 * "roughly 10 to 20 million"): the range is read as typed, its ends included, the hedge adds no condition. Read
 * only where a range follows: alone "somewhere" / "anywhere" may be a place.
 */
const RANGE_HEDGES: ReadonlySet<string> = new Set([
  'somewhere',
  'anywhere',
  'roughly',
  'approximately',
  'approx',
  'around',
  'about',
  'circa',
]);
/** Words opening a range: "between X and Y", "from X to Y", "a headcount of X to Y", "in the X to Y range". */
const RANGE_LEADS: ReadonlySet<string> = new Set(['between', 'from', 'of']);
/** Words joining the two ends of a range, longest first ("from 201 up to 1,000", "10 through 50", "200-500"). */
const RANGE_JOINERS: readonly (readonly string[])[] = [
  ['up', 'to'],
  ['and', 'up', 'to'],
  ['to'],
  ['through'],
  ['thru'],
  ['till'],
  ['until'],
  ['and'],
];
/** Nouns naming the span itself after it ("in the $10m to $50m range", "the 200-500 bracket"): no condition more. */
const RANGE_NOUNS: ReadonlySet<string> = new Set(['range', 'bracket', 'band', 'ballpark', 'span']);

/** A range of a measure read by {@link readRange}. */
interface RangeHit {
  start: number;
  end: number;
  column: NumericColumn;
  value: number;
  value2: number;
}

/**
 * A range of a company measure at token `i`, in the shapes users type: an optional hedge, an optional lead
 * ("between", "from", "in the"), the low end, a joiner ("to", "and", "up to", "through", a dash typed as "to"),
 * the high end, and an optional noun of the span ("range", "bracket"). The measure is the unit after the high end
 * ("employees", "revenue", a currency word), a "$" on either end (money: revenue), or a measure's noun said right
 * before the range ("revenue in the $10m to $50m range", "a headcount of 200 to 500"). A scale said on the high end
 * only applies to the low one too ("1 to 50 million"). With no measure found nothing is read (dates and counts of
 * rows have readers of their own).
 */
function readRange(
  w: string[],
  i: number,
  claimed: readonly boolean[],
  cueBefore: (i: number, words: ReadonlySet<string>, span?: number) => number,
): RangeHit | null {
  let k = i;
  if (RANGE_HEDGES.has(w[k] ?? '')) k++;
  let lead = false;
  if (RANGE_LEADS.has(w[k] ?? '')) {
    k++;
    lead = true;
  } else if (w[k] === 'in' && w[k + 1] === 'the') {
    k += 2;
    lead = true;
  }
  const n1 = readNumber(w, k);
  if (!n1) return null;
  let at = k + n1.len;
  const joiner = RANGE_JOINERS.find((p) => p.every((x, j) => w[at + j] === x));
  // "between X and Y" takes "and"; "from X and Y", "X and Y" are no range
  if (!joiner || (joiner[0] === 'and' && w[k - 1] !== 'between')) return null;
  // with neither hedge nor lead only "to" / "up to" / "through" join a range ("$10m-$50m", typed "$10m to $50m")
  if (!lead && !RANGE_HEDGES.has(w[i] ?? '') && !['to', 'up', 'through', 'thru'].includes(joiner[0] ?? '')) return null;
  at += joiner.length;
  const n2 = readNumber(w, at);
  if (!n2) return null;
  at += n2.len;
  if (claimed.slice(i, at).some(Boolean)) return null;
  let low = n1.value;
  if (n1.scale === 1 && n2.scale > 1 && low * n2.scale <= n2.value) low *= n2.scale;
  if (low > n2.value) return null;
  let end = at;
  if (RANGE_NOUNS.has(w[end] ?? '')) end++;
  const unit = w[end] ?? '';
  let column: NumericColumn | null = null;
  if (EMPLOYEE_WORDS.has(unit)) {
    // "between 10 and 50 people in our data": the people's rows, read by the scanner's own path
    if (countedPeopleRows(w, end)) return null;
    column = 'employees';
    end++;
  } else if (REVENUE_WORDS.has(unit) || (unit === 'in' && REVENUE_WORDS.has(w[end + 1] ?? ''))) {
    column = 'revenue_usd';
    end += unit === 'in' ? 2 : 1;
  } else if (n1.money || n2.money || cueBefore(i, REVENUE_WORDS) >= 0) column = 'revenue_usd';
  else if (cueBefore(i, EMPLOYEE_WORDS) >= 0) column = 'employees';
  if (!column) return null;
  if (w[end] === REGARDING_SUFFIX) end++;
  // the measure's noun said before the range is part of it ("revenue in the $10m to $50m range")
  const cue = cueBefore(i, column === 'employees' ? EMPLOYEE_WORDS : REVENUE_WORDS);
  return { start: cue >= 0 ? cue : i, end, column, value: low, value2: n2.value };
}

const LABEL: Readonly<Record<NumericColumn, string>> = {
  employees: 'employees',
  revenue_usd: 'revenue (USD)',
  founded_year: 'founded year',
  duration_days: 'duration (days)',
};

/**
 * Finds comparisons on company size, revenue, founding year and event duration. The column comes from
 * a unit right after the number ("employees", "days") or a cue word before the comparator
 * ("revenue above", "founded before", "run for more than").
 */
export function scanQuantity(tokens: readonly Token[], claimed: boolean[], asOfYear: number): QuantityHit[] {
  const w = tokens.map((t) => t.norm);
  const hits: QuantityHit[] = [];
  const claim = (a: number, b: number): void => {
    for (let k = a; k < b; k++) claimed[k] = true;
  };
  const cueBefore = (i: number, words: ReadonlySet<string>, span = 4): number => {
    for (let k = i - 1; k >= Math.max(0, i - span); k--) {
      if (claimed[k]) return -1;
      if (words.has(w[k] ?? '')) return k;
    }
    return -1;
  };
  for (let i = 0; i < w.length; i++) {
    if (claimed[i]) continue;
    // multi-day / single-day
    if ((w[i] === 'multi' || w[i] === 'multiple') && w[i + 1] === 'day') {
      hits.push({
        start: i,
        end: i + 2,
        cond: { kind: 'compare', column: 'duration_days', op: '>', value: 1, label: 'duration (days) > 1' },
      });
      claim(i, i + 2);
      continue;
    }
    if (
      (w[i] === 'single' || w[i] === '1' || w[i] === 'one') &&
      w[i + 1] === 'day' &&
      !['in', 'within'].includes(w[i - 1] ?? '')
    ) {
      hits.push({
        start: i,
        end: i + 2,
        cond: { kind: 'compare', column: 'duration_days', op: '=', value: 1, label: 'duration (days) = 1' },
      });
      claim(i, i + 2);
      continue;
    }
    // "week-long events", "a day-long summit": one of the unit, said with no number
    const unitLong = w[i + 1] === 'long' && !/s$/.test(w[i] ?? '') ? lengthUnit(w[i]) : undefined;
    if (unitLong !== undefined && (EVENT_NOUNS.has(w[i + 2] ?? '') || cueBefore(i, EVENT_NOUNS, 4) >= 0)) {
      const label = `duration (days) = ${unitLong}`;
      hits.push({
        start: i,
        end: i + 2,
        cond: { kind: 'compare', column: 'duration_days', op: '=', value: unitLong, label },
      });
      claim(i, i + 2);
      continue;
    }
    // "two-day events", "a 3 day conference", "events lasting 2 days", "a two-week fair", "week-long events": duration
    // equal to N of the unit, in days
    const lengthCount = /^\d+$/.test(w[i] ?? '')
      ? Number(w[i])
      : (w[i] === 'a' || w[i] === 'an') && lengthUnit(w[i + 1]) !== undefined
        ? 1
        : null;
    const unitDays = lengthUnit(w[i + 1]);
    if (
      lengthCount !== null &&
      unitDays !== undefined &&
      !['in', 'within', 'next', 'past', 'coming', 'following', 'previous', 'than', 'of'].includes(w[i - 1] ?? '') &&
      !(w[i - 1] === 'last' && ['the', 'in', 'over', 'during', 'within', 'for'].includes(w[i - 2] ?? '')) &&
      (EVENT_NOUNS.has(w[i + 2] ?? '') ||
        w[i + 2] === 'long' ||
        cueBefore(i, DURATION_WORDS, 3) >= 0 ||
        (w[i + 2] === 'or' && cueBefore(i, EVENT_NOUNS, 4) >= 0))
    ) {
      const days = lengthCount * unitDays;
      let end = w[i + 2] === 'long' ? i + 3 : i + 2;
      // "2 days or more", "3 days or less": a bound, not an exact length
      const bound = comparatorAt(w, end);
      const op: CompareOp = bound && ['>=', '<='].includes(bound.op) && w[end] === 'or' ? bound.op : '=';
      if (op !== '=' && bound) end += bound.len;
      hits.push({
        start: i,
        end,
        cond: { kind: 'compare', column: 'duration_days', op, value: days, label: `duration (days) ${op} ${days}` },
      });
      claim(i, end);
      continue;
    }
    // "founded in the last 5 years", "set up since 2015": a window governed by a verb of founding is on the
    // founding year (`foundingWindows.ts`), never on an event's dates
    const founding = foundingWindowAt(w, i, asOfYear);
    if (founding && !claimed.slice(i, founding.end).some(Boolean)) {
      const { op, value, label } = founding;
      hits.push({ start: i, end: founding.end, cond: { kind: 'compare', column: 'founded_year', op, value, label } });
      claim(i, founding.end);
      i = founding.end - 1;
      continue;
    }
    // decades: "founded in the 1990s", "90s companies" -> founded year in [1990, 1999]
    const decade = /^((?:1[6-9]|20)?\d)0s$/.exec(w[i] ?? '');
    if (decade?.[1]) {
      const d =
        decade[1].length === 1
          ? Number(decade[1]) >= 3
            ? 1900 + Number(decade[1]) * 10
            : 2000 + Number(decade[1]) * 10
          : Number(decade[1]) * 10;
      const f = cueBefore(i, FOUNDED_WORDS, 5);
      let start = f >= 0 ? f : i;
      if (f < 0 && w[i - 1] === 'the' && ['in', 'from', 'during'].includes(w[i - 2] ?? '')) start = i - 2;
      hits.push({
        start,
        end: i + 1,
        cond: {
          kind: 'compare',
          column: 'founded_year',
          op: 'between',
          value: d,
          value2: d + 9,
          label: `founded year between ${d} and ${d + 9}`,
        },
      });
      claim(start, i + 1);
      continue;
    }
    // "at multiple events", "sponsoring several events": more than one linked row
    const severalLength = severalAt(w, i, claimed);
    const quantifies = severalLength > 0 && !headsQuestion(w, i);
    const several = quantifies ? countedNounAt(w, i + severalLength, claimed) : null;
    // "at several tech events": more than one of the events the modifiers describe
    const severalModified = quantifies && !several ? modifiedCountedNounAt(w, i + severalLength, claimed) : null;
    if (severalModified) {
      const [entity, relations] = severalModified.counted;
      hits.push({
        start: i,
        end: i + severalLength,
        cond: {
          kind: 'linkCount',
          entity,
          relations: [...relations],
          op: '>',
          value: 1,
          label: `number of ${w.slice(severalModified.start, severalModified.end).join(' ')} > 1`,
        },
        countsNext: true,
      });
      claim(i, i + severalLength);
      continue;
    }
    if (several) {
      const label = `number of ${several.noun} > 1`;
      const [entity, relations] = several.counted;
      hits.push({
        start: i,
        end: several.end,
        cond: { kind: 'linkCount', entity, relations: [...relations], op: '>', value: 1, label },
      });
      claim(i, several.end);
      i = several.end - 1;
      continue;
    }
    // "somewhere from 201 up to 1,000 employees", "revenue in the $10m to $50m range": a range of a measure
    const range = readRange(w, i, claimed, cueBefore);
    if (range) {
      const { column, value, value2 } = range;
      const label = `${LABEL[column]} between ${value} and ${value2}`;
      hits.push({
        start: range.start,
        end: range.end,
        cond: { kind: 'compare', column, op: 'between', value, value2, label },
      });
      claim(range.start, range.end);
      i = range.end - 1;
      continue;
    }
    let cmp = comparatorAt(w, i);
    let numAt = cmp ? i + cmp.len : i;
    let between = false;
    if (w[i] === 'between' || (w[i] === 'from' && readNumber(w, i + 1))) {
      between = true;
      numAt = i + 1;
      cmp = { op: 'between', len: 1 };
    }
    const n1 = readNumber(w, numAt);
    if (!n1) continue;
    let end = numAt + n1.len;
    let value2: number | undefined;
    const unitBound =
      EMPLOYEE_WORDS.has(w[end] ?? '') || REVENUE_WORDS.has(w[end] ?? '') || lengthUnit(w[end]) !== undefined
        ? comparatorAt(w, end + 1)
        : null;
    let boundAfterUnit = 0;
    if (between) {
      if (!['and', 'to'].includes(w[end] ?? '')) continue;
      const n2 = readNumber(w, end + 1);
      if (!n2) continue;
      // "between 1 and 10 million": the scale of the second number applies to the first
      if (n1.scale === 1 && n2.scale > 1 && n1.value * n2.scale <= n2.value) n1.value *= n2.scale;
      value2 = n2.value;
      end = end + 1 + n2.len;
    } else if (!cmp) {
      const trailing = comparatorAt(w, end);
      const n2 = w[end] === 'to' ? readNumber(w, end + 1) : null;
      if (n2 && (EMPLOYEE_WORDS.has(w[end + 1 + n2.len] ?? '') || REVENUE_WORDS.has(w[end + 1 + n2.len] ?? ''))) {
        cmp = { op: 'between', len: 0 };
        value2 = n2.value;
        end = end + 1 + n2.len;
      } else if (n1.plus) cmp = { op: '>=', len: 0 };
      else if (trailing && ['>=', '<='].includes(trailing.op) && ['or', 'and'].includes(w[end] ?? '')) {
        cmp = { op: trailing.op, len: 0 };
        end += trailing.len;
      } else if (unitBound && ['>=', '<='].includes(unitBound.op) && ['or', 'and'].includes(w[end + 1] ?? '')) {
        // "200 employees or less", "$5m revenue or more": the bound after the unit
        cmp = { op: unitBound.op, len: 0 };
        boundAfterUnit = unitBound.len;
      } else continue;
    } else if (cmp.op === '=') {
      // "founded in 2010 or later": the bound after the number opens the range
      const trailing = comparatorAt(w, end);
      if (trailing && ['>=', '<='].includes(trailing.op) && ['or', 'and'].includes(w[end] ?? '')) {
        cmp = { op: trailing.op, len: cmp.len };
        end += trailing.len;
      } else if (unitBound && ['>=', '<='].includes(unitBound.op) && ['or', 'and'].includes(w[end + 1] ?? '')) {
        // "events of 4 days or less", "firms of 200 employees or more": the bound after the unit
        cmp = { op: unitBound.op, len: cmp.len };
        boundAfterUnit = unitBound.len;
      }
    }
    // "of 3+ events", "in 5+ countries": the plus says the bound whatever weak comparator ("of", "in") comes before
    if (n1.plus && (cmp?.op === '>' || cmp?.op === '=')) cmp = { op: '>=', len: cmp.len };
    let op = cmp?.op ?? '=';
    // "a billion a year in revenue", "$5m annually": a rate per year after a sum of money, or before a noun of revenue,
    // restates the revenue's period; the unit is read after it
    const rate = perYearLength(w, end);
    const revenueAt = (k: number): boolean =>
      REVENUE_WORDS.has(w[k] ?? '') || (w[k] === 'in' && REVENUE_WORDS.has(w[k + 1] ?? ''));
    if (rate > 0 && op !== '=' && (n1.money || revenueAt(end + rate))) end += rate;
    // unit after the number
    let unitEnd = end;
    const after = w[end] ?? '';
    const after2 = w[end + 1] ?? '';
    let column: NumericColumn | null = null;
    // "more than 50 people in our data", "more than 3 sales contacts": rows of the people table, not the stated size
    const rows = op === '=' ? null : countedPeopleRows(w, end);
    if (rows) {
      const range = op === 'between' ? `between ${n1.value} and ${value2}` : `${op} ${n1.value}`;
      const cond: QuantityHit['cond'] = {
        kind: 'linkCount',
        entity: 'people',
        relations: [],
        op,
        value: n1.value,
        label: `number of ${rows.words} in the data ${range}`,
      };
      if (value2 !== undefined) cond.value2 = value2;
      const conds: Cond[] = [];
      if (rows.functions.length > 0) conds.push({ kind: 'jobFunction', values: rows.functions, negate: false });
      if (rows.seniorities.length > 0) conds.push({ kind: 'seniority', values: rows.seniorities, negate: false });
      if (conds.length > 0) cond.conds = conds;
      hits.push({ start: i, end: rows.end, cond });
      claim(i, rows.end);
      i = rows.end - 1;
      continue;
    }
    if (EMPLOYEE_WORDS.has(after)) {
      column = 'employees';
      unitEnd = end + 1;
    } else if (lengthUnit(after) !== undefined && cueBefore(i, new Set(['employees', 'revenue'])) === -1) {
      column = 'duration_days';
      unitEnd = after2 === 'long' ? end + 2 : end + 1;
    } else if (REVENUE_WORDS.has(after) || (after === 'in' && REVENUE_WORDS.has(after2))) {
      column = 'revenue_usd';
      unitEnd = after === 'in' ? end + 2 : end + 1;
    } else if (after === 'years' && (after2 === 'old' || after2 === 'ago' || w[i] === 'older' || w[i] === 'younger')) {
      // "older than 50 years", "founded more than 20 years ago"
      column = 'founded_year';
      unitEnd = after2 === 'old' || after2 === 'ago' ? end + 2 : end + 1;
    }
    if (column) unitEnd += boundAfterUnit;
    if (column && column !== 'duration_days' && w[unitEnd] === REGARDING_SUFFIX) unitEnd++;
    let start = i;
    // "revenue under $10m companies", "headcount over 500 firms": a measure said before the comparison (or a sum of
    // money) compares the noun after it, which is the measured entity, not a number of them
    const measuredBefore = w[numAt] === '$' || REVENUE_WORDS.has(w[i - 1] ?? '') || EMPLOYEE_WORDS.has(w[i - 1] ?? '');
    // "founded after 2015 are sponsoring events": a bound of time ("after", "since", "or later") says a year, never a
    // number of the noun after it (it was "more than 2015 events")
    const timeBound = [...w.slice(i, numAt), ...w.slice(numAt + n1.len, end)].some((x) => TIME_BOUND_WORDS.has(x));
    const counted = column || measuredBefore || timeBound ? null : countedNounAt(w, end, claimed);
    // a bare "one event" is any event; "only one event", "exactly 2 events" are counts
    if (counted && (op !== '=' || cmp !== null)) {
      const { noun } = counted;
      const label =
        op === 'between'
          ? `number of ${noun} between ${n1.value} and ${value2}`
          : `number of ${noun} ${op} ${n1.value}`;
      const cond: QuantityHit['cond'] = {
        kind: 'linkCount',
        entity: counted.counted[0],
        relations: [...counted.counted[1]],
        op,
        value: n1.value,
        label,
      };
      if (value2 !== undefined) cond.value2 = value2;
      // "companies at 2 or more events in 2025", "sponsors of 3+ events in Singapore": a modifier after the noun
      // describes the rows counted; the noun is read on with it and the build counts what they describe
      if (cond.entity !== 'people' && MODIFIER_LEADS.has(w[counted.end] ?? '')) {
        hits.push({ start, end: counted.end - 1, cond, countsNoun: true });
        claim(start, counted.end - 1);
        i = counted.end - 2;
        continue;
      }
      hits.push({ start, end: counted.end, cond });
      claim(start, counted.end);
      i = counted.end - 1;
      continue;
    }
    // "at 2 or more tech events", "more than 3 US sponsors": the count of the noun said after its modifiers
    const modified = column || op === '=' || timeBound ? null : modifiedCountedNounAt(w, end, claimed);
    if (modified) {
      const range = op === 'between' ? `between ${n1.value} and ${value2}` : `${op} ${n1.value}`;
      const cond: QuantityHit['cond'] = {
        kind: 'linkCount',
        entity: modified.counted[0],
        relations: [...modified.counted[1]],
        op,
        value: n1.value,
        label: `number of ${w.slice(modified.start, modified.end).join(' ')} ${range}`,
      };
      if (value2 !== undefined) cond.value2 = value2;
      hits.push({ start, end, cond, countsNext: true });
      claim(start, end);
      i = end - 1;
      continue;
    }
    if (!column) {
      const r = cueBefore(i, REVENUE_WORDS);
      const f = cueBefore(i, FOUNDED_WORDS);
      const e = cueBefore(i, EMPLOYEE_WORDS);
      const d = cueBefore(i, DURATION_WORDS, 3);
      if (n1.money || (r >= 0 && n1.value >= 1000)) {
        column = 'revenue_usd';
        if (r >= 0) start = r;
      } else if (f >= 0 && /^(1[6-9]|20)\d\d$/.test(String(n1.value))) {
        column = 'founded_year';
        start = f;
      } else if (e >= 0 && e >= i - 3) {
        column = 'employees';
        start = e;
        // "with a number of employees over 10,000", "no. of staff under 50": the noun of an amount before the measure
        // names the measure compared, no count of rows asked
        if (w[e - 1] === 'of' && AMOUNT_NOUNS.has(w[e - 2] ?? '') && !claimed[e - 1] && !claimed[e - 2]) start = e - 2;
      } else if (d >= 0 && lengthUnit(after) !== undefined) {
        column = 'duration_days';
        start = d;
        unitEnd = end + 1;
      }
    }
    if (!column) continue;
    if (column === 'founded_year' && w[end] === 'years') {
      // age: "older than 50 years" -> founded before asOfYear - 50
      const year = asOfYear - n1.value;
      const flipped: CompareOp = op === '>' ? '<' : op === '>=' ? '<=' : op === '<' ? '>' : op === '<=' ? '>=' : op;
      hits.push({
        start,
        end: unitEnd,
        cond: { kind: 'compare', column, op: flipped, value: year, label: `founded year ${flipped} ${year}` },
      });
      claim(start, unitEnd);
      continue;
    }
    // "a minimum revenue of $1 billion", "max headcount of 500": the bound of the measure said before it and its "of"
    const bound = op === '=' && w[i] === 'of' && start < i ? MEASURE_BOUND_WORDS[w[start - 1] ?? ''] : undefined;
    if (bound && !claimed[start - 1]) {
      op = bound;
      start--;
    }
    if (op === '=' && column !== 'founded_year' && column !== 'duration_days') continue;
    // "longer than two weeks": the length in the days it is stored in
    const perUnit = column === 'duration_days' ? (lengthUnit(after) ?? 1) : 1;
    n1.value *= perUnit;
    if (value2 !== undefined) value2 *= perUnit;
    const label =
      op === 'between' ? `${LABEL[column]} between ${n1.value} and ${value2}` : `${LABEL[column]} ${op} ${n1.value}`;
    const cond: QuantityHit['cond'] = { kind: 'compare', column, op, value: n1.value, label };
    if (value2 !== undefined) cond.value2 = value2;
    hits.push({ start, end: unitEnd, cond });
    claim(start, unitEnd);
    i = unitEnd - 1;
  }
  return hits;
}
