/**
 * A clause of acceptance beside the ask ("..., any month is fine", "any of them works", "whatever's easiest", "either
 * will do"): the speaker leaves a choice to the answer, which asks nothing of the data. By grammar, not phrasing:
 * a determiner or pronoun of free choice (`lexicon/indifferenceWords.ts` ACCEPTANCE_OPENERS), at most three words of
 * its head (a pronoun head, "of them", or a plain noun no reader took as a value of the data: "month", "price",
 * "venue"), a form of "be" or a modal, then a word of acceptance (an adjective of approval, a verb of serving a
 * purpose: "works", "goes", "will do", "suits me"; or a superlative: "easiest") and at most words closing it ("by
 * me", "too"). Only in a message with another clause, which holds the ask. A head that names a value of the data
 * ("any event with free parking is fine", "any sponsor is fine") keeps the clause content: it is read or asked as now.
 * Its words are discourse: "fine" is no fine (a charge), "price" no price asked.
 */
import { BE_FORMS } from '../lexicon/auxiliaryWords';
import { HEDGE_WORDS } from '../lexicon/discourseWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import {
  ACCEPTANCE_CLOSERS,
  ACCEPTANCE_OPENERS,
  ACCEPTANCE_PRONOUN_HEADS,
  ACCEPTANCE_WORDS,
} from '../lexicon/indifferenceWords';
import { adjectiveLemma, nounLemma, verbLemma, wordNet } from '../text/language';
import type { Mention } from './Mention';
import type { ScanState } from './scan/ScanState';
import { clauseBounds, releaseClause } from './socialClauses';

/** Modals before the word of acceptance ("either will do", "any would work"). */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'll', 'should', 'can', 'could', 'd', 'must']);
/** Joining words that may open the clause ("and any month is fine", "but whatever's easiest"). */
const JOINS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'or', 'honestly', 'tbh', 'really', 'also']);
/** The most head words an opener may take before the acceptance. */
const MAX_HEAD = 3;

/** Mentions a head word may be read as: a field or dimension of the data, or a plain noun of rows. */
function headReading(m: Mention): boolean {
  return m.t === 'attribute' || m.t === 'dimension' || (m.t === 'entity' && !m.relations?.length);
}

/** True when x is a word of acceptance: an adjective of approval, a verb of serving a purpose, or a superlative. */
function acceptance(x: string): boolean {
  if (ACCEPTANCE_WORDS.has(x) || ACCEPTANCE_WORDS.has(verbLemma(x))) return true;
  const lemma = adjectiveLemma(x);
  return /est$/.test(x) && lemma !== x && wordNet().senses(lemma, 'adj').length > 0;
}

/** True when the clause [a, b) is one of acceptance (see the module comment). */
function acceptanceClause(s: ScanState, a: number, b: number): boolean {
  const { w, mentions } = s;
  let k = a;
  while (k < b && !ACCEPTANCE_OPENERS.has(w[k] ?? '') && (JOINS.has(w[k] ?? '') || FILLER_WORDS.has(w[k] ?? ''))) k++;
  if (!ACCEPTANCE_OPENERS.has(w[k] ?? '')) return false;
  k++;
  const headStart = k;
  while (k < b && k - headStart < MAX_HEAD && !BE_FORMS.has(w[k] ?? '') && !MODALS.has(w[k] ?? '')) {
    const x = w[k] ?? '';
    if (acceptance(x) && !mentions.some((m) => m.start <= k && m.end > k && !headReading(m))) break;
    const over = mentions.filter((m) => m.start <= k && m.end > k);
    const plainNoun = /^[a-z]+$/.test(x) && wordNet().senses(nounLemma(x), 'noun').length > 0;
    if (!ACCEPTANCE_PRONOUN_HEADS.has(x) && !(plainNoun && over.every(headReading))) return false;
    k++;
  }
  while (k < b && (BE_FORMS.has(w[k] ?? '') || MODALS.has(w[k] ?? '') || HEDGE_WORDS.has(w[k] ?? ''))) k++;
  if (k >= b || !acceptance(w[k] ?? '')) return false;
  k++;
  while (k < b && (ACCEPTANCE_CLOSERS.has(w[k] ?? '') || FILLER_WORDS.has(w[k] ?? ''))) k++;
  return k === b;
}

/** Releases the clauses of acceptance beside the ask; returns their token indices (discourse). */
export function releaseAcceptanceClauses(text: string, s: ScanState): number[] {
  const bounds = clauseBounds(text, s.w.length);
  if (!bounds || bounds.length < 2) return [];
  const released: number[] = [];
  for (const [a, b] of bounds) if (acceptanceClause(s, a, b)) releaseClause(s, [a, b], released);
  return released;
}
