/**
 * "Sales" names two things: the sales job function ("sales people", "sales directors") and a company's revenue
 * ("annual sales", "gross sales", "sales figures", "how much does X make a year"). The grammar around the word
 * tells which: a money modifier before it (annual, yearly, gross, net, total...) or a measure noun after it
 * (figures, volume...) makes it the revenue, unless a people or role noun follows ("total sales people"). The
 * revenue reading is written as the word the rest of the parser reads for it ("revenue"), before any recogniser
 * runs, so quantities, rankings and asked attributes treat both spellings alike.
 */
import { EARNING_PHRASAL_VERBS, EARNING_VERBS, MONEY_NOUNS } from '../../lexicon/attributeWords';
import { LEXICON } from '../lexiconTable';
import type { Token } from '../../text/tokenize';

/** Words that make the next "sales" / "revenue" an amount of money over a period. */
const MONEY_MODIFIERS: ReadonlySet<string> = new Set([
  'annual',
  'annually',
  'yearly',
  'gross',
  'net',
  'total',
  'global',
  'worldwide',
]);

/** Nouns of a measured amount after "sales" / "revenue": "sales figures", "revenue numbers". */
const MEASURE_NOUNS: ReadonlySet<string> = new Set(['figure', 'figures', 'numbers', 'volume', 'volumes', 'amount']);

/** Words of a company's revenue the parser reads. */
const REVENUE_NOUNS: ReadonlySet<string> = new Set(['revenue', 'revenues', 'turnover', 'income', 'earnings']);

/** Words of a ranking by the amount earned: "make the most (money)", "earning the least". */
const RANKING_WORDS: ReadonlySet<string> = new Set(['most', 'least']);

/** The same verbs in the past, said of a compared amount ("cos that made over $5m"). */
const EARNED_VERBS: ReadonlySet<string> = new Set(['made', 'earned', 'generated']);

/** Words that open a compared amount: "make more than 10 million", "earn over $5m", "made at least 2 billion". */
const COMPARATOR_OPENERS: ReadonlySet<string> = new Set([
  'more',
  'over',
  'above',
  'under',
  'less',
  'below',
  'at',
  'between',
  'upwards',
  'around',
  'about',
  'roughly',
]);

/** The filler the parser skips; a modifier or measure noun of the revenue says nothing more than the noun. */
const FILLER = 'annual';

const namesPeople = (w: string | undefined): boolean =>
  w !== undefined &&
  (LEXICON.get(w)?.some(
    (r) => (r.t === 'entity' && r.entity === 'people') || r.t === 'seniority' || r.t === 'function' || r.t === 'title',
  ) ??
    false);

/** True when a word naming people comes before token `at` (the earner is a person: pay, not revenue). */
function mentionsPeopleBefore(tokens: readonly Token[], at: number): boolean {
  return tokens.some((t) => t.index < at && namesPeople(t.norm));
}

export function readSalesAsRevenue(tokens: Token[]): void {
  const w = (k: number): string | undefined => tokens[k]?.norm;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const money = MONEY_MODIFIERS.has(w(k - 1) ?? '');
    if (t.norm === 'sales' && !namesPeople(w(k + 1)) && (money || MEASURE_NOUNS.has(w(k + 1) ?? ''))) {
      t.norm = 'revenue';
    }
    if (t.norm === 'revenue' || REVENUE_NOUNS.has(t.norm)) {
      const before = tokens[k - 1];
      // "total" before a revenue noun may ask for a sum: left to the aggregate words
      if (before && money && before.norm !== 'total') before.norm = FILLER;
      const after = tokens[k + 1];
      if (after && MEASURE_NOUNS.has(after.norm)) after.norm = FILLER;
    }
  }
  // "which 3 companies make the most money", "earning the least": a ranking by what a company earns is by its
  // revenue; the money noun is its word, or the revenue is said after the ranking word when none is
  for (const verb of tokens) {
    // ... also a verb of earning with its particle ("brings in the most", "pulling in the least")
    const particle = EARNING_PHRASAL_VERBS.has(verb.norm) && w(verb.index + 1) === 'in' ? tokens[verb.index + 1] : null;
    if ((!particle && !EARNING_VERBS.has(verb.norm)) || mentionsPeopleBefore(tokens, verb.index)) continue;
    const after = verb.index + (particle ? 2 : 1);
    const the = w(after) === 'the' ? 1 : 0;
    const rank = tokens[after + the];
    if (!rank || !RANKING_WORDS.has(rank.norm)) continue;
    const money = tokens[rank.index + 1];
    // "which one brings in the most revenue": the revenue said after the ranking word is the measure, and the verb
    // of earning only says the company has it (no word of its own)
    if (money && REVENUE_NOUNS.has(money.norm)) {
      verb.norm = FILLER;
      if (particle) particle.norm = FILLER;
      return;
    }
    // "make the most employees happy": a noun of the data after the ranking word is what is ranked, not money
    const data =
      money &&
      !MONEY_NOUNS.has(money.norm) &&
      LEXICON.get(money.norm)?.some((r) => r.t === 'entity' || r.t === 'attribute');
    if (data) continue;
    // the word right before the ranking ("make", or the particle of "bring in"); the verb before a particle is filler
    const lead = particle ?? verb;
    if (particle) verb.norm = FILLER;
    if (money && MONEY_NOUNS.has(money.norm)) money.norm = 'revenue';
    else {
      // "earn the most" -> "the most revenue": each word moves one place back so the ranking reads its measure
      if (the) lead.norm = 'the';
      const first = the ? tokens[lead.index + 1] : lead;
      if (first) first.norm = rank.norm;
      rank.norm = 'revenue';
    }
    dropPerYear(tokens, verb.index + 1);
    return;
  }
  // "how much money do the sponsors make": the money earned is the revenue
  const askedMoney = tokens.findIndex(
    (t, k) => t.norm === 'how' && w(k + 1) === 'much' && MONEY_NOUNS.has(w(k + 2) ?? ''),
  );
  const moneyToken = tokens[askedMoney + 2];
  if (askedMoney >= 0 && moneyToken && tokens.some((t) => t.index > askedMoney && EARNING_VERBS.has(t.norm)))
    moneyToken.norm = 'revenue';
  // "cos that make more than ten million a year", "earn over $5m", "bring in over $1b": an earning verb before a
  // compared amount or a sum of money is the revenue compared (what a company makes is its revenue; "make" before
  // anything else is not); with the revenue said after the amount ("... in revenue") the verb only restates it
  const revenueSaid = tokens.some((t) => REVENUE_NOUNS.has(t.norm));
  for (const verb of tokens) {
    const particle = EARNING_PHRASAL_VERBS.has(verb.norm) && w(verb.index + 1) === 'in' ? tokens[verb.index + 1] : null;
    if (!particle && ((!EARNING_VERBS.has(verb.norm) && !EARNED_VERBS.has(verb.norm)) || revenueSaid)) continue;
    // "people earning more than 200k": a person's pay, which the data does not hold, left to those words
    if (mentionsPeopleBefore(tokens, verb.index)) continue;
    const next = w(verb.index + (particle ? 2 : 1)) ?? '';
    if (!COMPARATOR_OPENERS.has(next) && next !== '$' && !/^\d/.test(next)) continue;
    verb.norm = revenueSaid ? FILLER : 'revenue';
    if (particle) particle.norm = FILLER;
    dropPerYear(tokens, verb.index + 1);
    return;
  }
  // "how much does RTX make (a year)": the amount earned is the revenue
  const howMuch = tokens.findIndex((t, k) => t.norm === 'how' && w(k + 1) === 'much');
  if (howMuch < 0 || tokens.some((t) => REVENUE_NOUNS.has(t.norm))) return;
  const verb = tokens.find((t) => t.index > howMuch && EARNING_VERBS.has(t.norm));
  // "how much are the people at X earning" asks their pay, which the data does not hold: left to those words
  if (!verb || mentionsPeopleBefore(tokens, verb.index)) return;
  verb.norm = 'revenue';
  dropPerYear(tokens, verb.index + 1);
}

/** "a year", "per year", "each year", "every year", "annually" after the revenue: the revenue is yearly already. */
function dropPerYear(tokens: Token[], from: number): void {
  for (let k = from; k < tokens.length; k++) {
    const per = tokens[k]?.norm;
    const once = tokens[k];
    if (once && (per === 'annually' || per === 'yearly')) once.norm = FILLER;
    if ((per === 'a' || per === 'per' || per === 'each' || per === 'every') && tokens[k + 1]?.norm === 'year') {
      const a = tokens[k];
      const b = tokens[k + 1];
      if (a && b) a.norm = b.norm = FILLER;
    }
  }
}
