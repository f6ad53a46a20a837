/**
 * "add up the revenue of the sponsors of X", "can you tot up their revenue", "sum up the exhibitors' revenue": an
 * imperative verb of summing (WordNet's "total, tot up, sum up, add up, tally": verb class `sum`,
 * `text/verbClasses.ts`) heading the question, a phrasal verb with its particle ("add up", "tot up"), is the total of
 * the measure that follows, as "the total revenue of" is; a bare "add" is no verb of summing (WordNet's "add" adds to
 * something). Claimed before names
 * and the request verbs: read as a verb of asking, the measure was only shown beside each row (a list, not its sum).
 * With no measure after it the total of nothing is asked: the aggregate asks about it (`chooseShape`).
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { verbClassAt } from '../../text/verbClasses';
import { claim, type ScanState } from './ScanState';

export function readSummingVerbs(s: ScanState): void {
  const { w, claimed } = s;
  // the verb heads the question: only courtesy and filler words before it ("can you", "pls"); "add" is itself a
  // filler word (a verb of showing: "add their emails"), a verb of summing only with its particle
  for (let at = 0; at < w.length; at++) {
    if (claimed[at]) continue;
    const verb = verbClassAt(w.slice(at, at + 2));
    if (verb?.cls === 'sum') {
      claim(s, at, at + verb.length, { t: 'aggFn', fn: 'sum' });
      return;
    }
    if (!FILLER_WORDS.has(w[at] ?? '')) return;
  }
}
