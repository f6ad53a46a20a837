/**
 * A company named right before the noun of events, closing the phrase: "Merinova Foods events", "acme events in
 * 2025" (typed tersely for "the events Acme takes part in"). The company is a modifier of the events noun, as it is
 * of a people noun in "Acme directors" (`companyPeople.ts`): the events are the answer and the company restricts
 * them to those it takes part in -- not the company, restricted to companies taking part in events.
 */
import type { Mention } from './Mention';

/**
 * True when the mention at `k` (a company) is followed at once by a plain noun of events (no relation: "acme
 * sponsors" says what the company is) that ends the noun phrase: nothing follows it but a preposition, a time or
 * the question's end.
 */
export function companyBeforeEvents(ms: readonly Mention[], k: number): boolean {
  const name = ms[k];
  const noun = ms[k + 1];
  if (name?.t !== 'company' || noun?.t !== 'entity' || noun.entity !== 'events' || noun.relations !== null)
    return false;
  if (noun.start !== name.end) return false;
  const after = ms[k + 2];
  return after === undefined || after.start > noun.end || after.t === 'prep' || after.t === 'cond';
}
