/**
 * "bizdev types", "the engineer sort", "sales kinds of people": a noun of kinds right after a role word (a job
 * function, seniority or title) names the people who hold the role, as "people" would ("sales people"). Read only
 * so placed: "event types" or "what kind of events" stay the words they are (a noun of kinds after anything else is
 * left to the other readers or asked about).
 */
import { nounLemma } from '../../text/language';
import type { Mention } from '../Mention';
import { claim, isFree, type ScanState } from './ScanState';

/** Nouns of a kind or sort, in their dictionary form. */
const KIND_NOUNS: ReadonlySet<string> = new Set(['type', 'kind', 'sort']);

/** Role words the noun may follow. */
const ROLE_KINDS: ReadonlySet<Mention['t']> = new Set(['function', 'seniority', 'title']);

export function readRoleTypes(s: ScanState): void {
  for (let i = 1; i < s.w.length; i++) {
    if (!isFree(s, i, i + 1) || !KIND_NOUNS.has(nounLemma(s.w[i] ?? ''))) continue;
    // "types of events": a noun of kinds with "of" after it heads what follows, no people
    if (s.w[i + 1] === 'of') continue;
    if (!s.mentions.some((m) => m.end === i && ROLE_KINDS.has(m.t))) continue;
    claim(s, i, i + 1, { t: 'entity', entity: 'people', relations: null });
  }
}
