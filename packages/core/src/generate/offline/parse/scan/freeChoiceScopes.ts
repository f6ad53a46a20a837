/**
 * "need emails for the hr people we have, any company", "ceos, any industry", "sales people from any country", "firms in
 * whatever sector": a free-choice determiner before a noun of a dimension (or the generic noun of companies) says
 * the answer is not restricted on it, which is what the question says without it. The phrase adds no condition and
 * is read as such: read as a word of its own, "industry" grouped the answer by industry, "country" was asked about,
 * and "any company" (put first as if it were a question) became the question's head.
 *
 * Two forms: a clause of its own closing the question after a break ("..., any company"), with a dimension noun or
 * the generic noun of companies; and after a preposition ("from any country", "in any industry"), with a dimension
 * noun only ("people at any company" keeps its link: working at a company). The noun is singular: "..., any ceos?"
 * asks whether there are some. An event ("any event") is never free: taking part in one is a condition; a role ("in
 * any role") is the relation's (`anyRole.ts`).
 */
import { ANY_DETERMINERS } from '../../lexicon/relationWords';
import { LEXICON } from '../lexiconTable';
import { singular } from '../../text/tokenize';
import type { ScanState } from './ScanState';

const PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'in', 'of', 'across', 'at']);

/** How the noun may be left free: as a dimension, as the generic noun of companies, or not at all. */
export function freeNoun(word: string): 'dimension' | 'companies' | null {
  if (singular(word) !== word) return null;
  const readings = LEXICON.get(word) ?? [];
  if (readings.some((r) => r.t === 'entity' && r.entity === 'companies' && r.relations === null)) return 'companies';
  if (readings.some((r) => r.t === 'entity')) return null;
  // a role ("in any role") is the relation's, read by `anyRole` (asked about after a named relation)
  return readings.some((r) => r.t === 'dimension' && r.dim !== 'event' && r.dim !== 'relation') ? 'dimension' : null;
}

/** A clause that is only a free choice of a dimension or of companies ("any company", "whatever industry."). */
export function isFreeChoiceClause(clause: string): boolean {
  const [determiner, noun, ...rest] = clause
    .trim()
    .replace(/[.!]+$/, '')
    .toLowerCase()
    .split(/\s+/);
  return rest.length === 0 && ANY_DETERMINERS.has(determiner ?? '') && freeNoun(noun ?? '') !== null;
}

export function readFreeChoiceScopes(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 1 < w.length; i++) {
    if (s.claimed[i] || !ANY_DETERMINERS.has(w[i] ?? '')) continue;
    const noun = freeNoun(w[i + 1] ?? '');
    if (!noun) continue;
    const closesClause = i + 2 === w.length || s.breaks.has(i + 2);
    const ownClause = s.breaks.has(i) && closesClause;
    const afterPrep = PREPOSITIONS.has(w[i - 1] ?? '') && noun === 'dimension';
    if (!ownClause && !afterPrep) continue;
    const start = ownClause ? i : i - 1;
    // the words may already be read (a dimension, a noun, a preposition): nothing else may reach past them
    const held = s.mentions.filter((m) => m.start < i + 2 && m.end > start);
    if (held.some((m) => m.start < start || m.end > i + 2)) continue;
    for (const m of held) s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let k = start; k < i + 2; k++) s.claimed[k] = true;
  }
}
