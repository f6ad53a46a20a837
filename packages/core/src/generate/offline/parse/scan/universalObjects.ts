/**
 * "companies at every cyber security event", "sponsoring all the events in Singapore": a condition that must hold
 * for each of a set of events (a division), which the request cannot yet say. The quantifier is asked about,
 * never dropped (it would otherwise read as "at some cyber security event", a broader question).
 */
import { LEXICON } from '../lexiconTable';
import type { ScanState } from './ScanState';

const UNIVERSAL = new Set(['every', 'all']);
const LEADS = new Set(['at', 'to', 'in', 'attending', 'attend', 'attended', 'attends']);

export function readUniversalObjects(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    if (s.claimed[i] || !UNIVERSAL.has(w[i] ?? '')) continue;
    const afterVerb = s.mentions.some((m) => m.t === 'relation' && m.end === i);
    if (!afterVerb && !LEADS.has(w[i - 1] ?? '')) continue;
    // the events it quantifies: an event noun within a few words (a theme may stand between)
    let k = i + 1;
    if (w[k] === 'the' || w[k] === 'of') k++;
    if (w[k] === 'the') k++;
    const noun = [k, k + 1, k + 2, k + 3].find((j) =>
      LEXICON.get(w[j] ?? '')?.some((r) => r.t === 'entity' && r.entity === 'events'),
    );
    if (noun === undefined) continue;
    s.claimed[i] = true;
    s.mentions.push({
      start: i,
      end: i + 1,
      text: s.tokens[i]?.raw ?? w[i] ?? '',
      t: 'unclear',
      about: 'word',
      why: 'a condition on every one of a set of events',
      options: [],
    });
  }
}
