/**
 * A word of a company industry typed in a short form users write for it: clipped ("admin", "dev", "comms") or
 * contracted ("govt", "svcs", "mgmt", "intl", "mktg"). The data is the vocabulary: the short form is read as
 * the industry word it shortens (the token's `norm`; `raw` stays as typed), so the theme reader finds the industries
 * and the interpretation names them. Without this such a word was unread, or "corrected" to a word one edit away that
 * carries nothing ("comms": "comes"), and the rest of the question answered alone: a broader question.
 *
 * Only a word nothing else reads is rewritten: no English word (WordNet's "sec", "pubs", "fin" keep their own senses
 * and are asked about), no word of the vocabulary or of the data's names and text, no first name or surname of its
 * people. When the form shortens several
 * words of the industries, the word most of the data's companies carry wins only when it is far commoner than the
 * next ({@link DOMINANCE}); otherwise the word is left as typed, for the parser to ask about.
 */
import { sameStem, type Token } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';

/** A short form keeps at least this many letters ("dev", "edu", "mfg"). */
const MIN_SHORT = 3;
/** The word a short form stands for has at least this many letters more than the form. */
const MIN_DROPPED = 2;
/** The largest share of the word's letters a contraction keeps. */
const MAX_KEPT = 0.5;
/** How many times commoner (in companies) the likeliest expansion must be than the next one to be read. */
const DOMINANCE = 3;

/**
 * True when `typed` is a short form of `word`: its first letters ("admin" of "administration", "comms" of
 * "communications": a clipping keeping the plural), or a contraction keeping the first letters and then only
 * consonants of the word in order, ending on its last letter ("govt", "mfg", "svcs", "mgmt", "intl").
 * @example shortens('govt', 'government') // true
 */
export function shortens(typed: string, word: string): boolean {
  if (typed.length < MIN_SHORT || word.length < typed.length + MIN_DROPPED) return false;
  if (!/^[a-z]+$/.test(typed) || !/^[a-z]+$/.test(word)) return false;
  if (word.startsWith(typed)) return true;
  if (typed.length > MIN_SHORT && typed.endsWith('s') && word.endsWith('s') && word.startsWith(typed.slice(0, -1)))
    return true;
  if (typed[0] !== word[0] || typed.at(-1) !== word.at(-1)) return false;
  let p = 0;
  while (p < typed.length && typed[p] === word[p]) p++;
  const rest = typed.slice(p);
  // three letters are a clipping only ("dev", "edu"): as a contraction they fit too many words ("lol": "local";
  // "tnk" of the demo data's industries), so "mfg" is asked about
  if (/[aeiouy]/.test(rest) || typed.length === MIN_SHORT) return false;
  // a contraction keeps few of the word's letters ("govt", "svcs"); one keeping most of them is a slip of the word
  // or of another ("traing": trading or training), for the readers of slips
  if (typed.length > word.length * MAX_KEPT) return false;
  let at = p;
  for (const c of rest) {
    at = word.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

const countsOf = new WeakMap<ValueIndex, ReadonlyMap<string, number>>();

/** Each word of the industries (letters only) with the number of companies whose industries hold it. */
function industryWordCounts(index: ValueIndex): ReadonlyMap<string, number> {
  const cached = countsOf.get(index);
  if (cached) return cached;
  const tokensOf = new Map(index.industries.map((i) => [i.name, i.tokens]));
  const counts = new Map<string, number>();
  for (const i of index.industries) for (const t of i.tokens) if (/^[a-z]+$/.test(t)) counts.set(t, 0);
  for (const traits of index.companyTraits.values()) {
    const words = new Set(traits.industries.flatMap((name) => tokensOf.get(name) ?? []));
    for (const t of words) if (counts.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  countsOf.set(index, counts);
  return counts;
}

/**
 * The industry word a short form stands for, or null when it shortens none, or several with none far commoner than
 * the others (forms of one word, "communication" and "communications", count as one).
 * @example industryWordOf('mfg', index) // 'manufacturing'
 */
export function industryWordOf(typed: string, index: ValueIndex): string | null {
  const groups: { word: string; companies: number }[] = [];
  for (const [word, companies] of industryWordCounts(index)) {
    if (!shortens(typed, word)) continue;
    const same = groups.find((g) => sameStem(g.word, word));
    if (!same) groups.push({ word, companies });
    else if (companies > same.companies) {
      same.word = word;
      same.companies = Math.max(same.companies, companies);
    }
  }
  groups.sort((a, b) => b.companies - a.companies);
  const [first, second] = groups;
  if (!first || first.companies === 0) return null;
  if (second && first.companies < DOMINANCE * Math.max(second.companies, 1)) return null;
  return first.word;
}

/**
 * Rewrites the short forms of industry words in place. `readsAsIs(word)` says the word is read as it is by something
 * else (the vocabulary, the data's names and text, an English word): it is never rewritten; `readsAsIndustry(word)`
 * says the word it stands for is read as an industry where it stands; `endsAName(at)` says the word at that place
 * ends a name of the data typed clipped.
 */
export function expandIndustryShortForms(
  tokens: Token[],
  index: ValueIndex,
  readsAsIs: (word: string) => boolean,
  readsAsIndustry: (word: string) => boolean = () => true,
  endsAName: (at: number) => boolean = () => false,
): void {
  for (const [at, t] of tokens.entries()) {
    if (!/^[a-z]+$/.test(t.norm) || t.norm.length < MIN_SHORT || readsAsIs(t.norm)) continue;
    // the clipped last word of a name typed before it ("marina bay sands exp") is that name's, never an industry's
    if (endsAName(at)) continue;
    // a name people of the data go by ("wang" is no "warehousing") is read as a name
    if (index.firstNames.has(t.norm) || index.surnames.has(t.norm)) continue;
    const word = industryWordOf(t.norm, index);
    // ... and only into a word read as an industry: one the vocabulary reads otherwise ("business", a noun of
    // companies) would drop the word typed
    if (word && readsAsIndustry(word)) t.norm = word;
  }
}
