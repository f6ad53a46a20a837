/**
 * "events Meltwater sponsors", "conferences that Google partners at": a company named right after a noun of events,
 * or after the relative pronoun following one, is the subject of a relative clause on those events, so the word after
 * it is its verb (the company's relation to the events), never a noun of its own: not the company's people titled so
 * ("partners": `relationTitles`), not the relation noun with a preposition after it ("partners at").
 */
import { RELATIVE_PRONOUNS } from '../../lexicon/discourseWords';
import type { ScanState } from './ScanState';

/** True when the mention covering token k is a noun of events. */
const eventsNounAt = (s: ScanState, k: number): boolean =>
  s.mentions.some((m) => m.t === 'entity' && m.entity === 'events' && m.start <= k && k < m.end);

/** True when a company mention starting at `companyStart` is the subject of a relative clause on events. */
export function subjectOnEvents(s: ScanState, companyStart: number): boolean {
  const before = companyStart - 1;
  if (eventsNounAt(s, before)) return true;
  return RELATIVE_PRONOUNS.has(s.w[before] ?? '') && eventsNounAt(s, before - 1);
}
