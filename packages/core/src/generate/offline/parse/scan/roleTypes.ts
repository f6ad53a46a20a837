/**
 * "sales types at X", "vp of sales / bizdev types", "c-suite types": "type" after a word of a job (a function, a
 * seniority or a title) is WordNet's "a person of a specified kind", the people of that job; a noun of people, no
 * attribute of events or companies ("event types" and "types of companies" stay as they are: no job word before).
 */
import { claim, type ScanState } from './ScanState';

/** The nouns of a person of a kind. */
const KIND_NOUNS: ReadonlySet<string> = new Set(['type', 'types', 'sort', 'sorts']);
const JOB_MENTIONS: ReadonlySet<string> = new Set(['function', 'seniority', 'title']);

export function readRoleTypes(s: ScanState): void {
  const typed = s.tokens.map((t) => t.raw.toLowerCase());
  for (let i = 1; i < s.w.length; i++) {
    if (s.claimed[i] || !KIND_NOUNS.has(typed[i] ?? '')) continue;
    // a kind "of" something is no person ("types of sponsors"): only a noun closing its phrase
    if (s.w[i + 1] === 'of') continue;
    if (!s.mentions.some((m) => m.end === i && JOB_MENTIONS.has(m.t))) continue;
    claim(s, i, i + 1, { t: 'entity', entity: 'people', relations: null });
  }
}
