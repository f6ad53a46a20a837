/**
 * "small firms", "bigger cos", "large companies (over 10k staff)": a size adjective before a company noun is a
 * condition on the stated head count, never an industry ("smaller" is not the industry "Small Business", whose
 * whole name is not there). When the question states the size in numbers as well ("smaller cos (under 50 staff)"),
 * the numbers are the condition and the adjective only announces them; otherwise the adjective's threshold
 * (`lexicon/sizeWords.ts`) is the condition and its label says so.
 *
 * A size adjective before a pro-form ("only the big ones", "just the small ones" after a question about companies)
 * is the same condition on the set the pro-form stands for.
 *
 * Runs after quantities, so a numeric condition on employees is already read.
 */
import { SIZE_ADJECTIVES, SIZED_NOUNS } from '../../lexicon/sizeWords';
import { LEXICON } from '../lexiconTable';
import { claim, type ScanState } from './ScanState';

export function readSizeAdjectives(s: ScanState): void {
  const { w } = s;
  const statedInNumbers = s.mentions.some(
    (m) => m.t === 'cond' && m.cond.kind === 'compare' && m.cond.column === 'employees',
  );
  for (let i = 0; i < w.length; i++) {
    const size = SIZE_ADJECTIVES.get(w[i] ?? '');
    if (!size || s.claimed[i]) continue;
    // "mid sized", "medium size": the word "sized" belongs to the adjective
    let end = i + 1;
    if (['sized', 'size'].includes(w[end] ?? '')) end++;
    // "only the big ones": a pro-form standing for the earlier turn's companies (the size is theirs; a set without a
    // stated size, such as events, is asked about when the request is built)
    const proForm = LEXICON.get(w[end] ?? '')?.some((r) => r.t === 'anaphor' && r.entity === null) === true;
    if (!SIZED_NOUNS.has(w[end] ?? '') && !proForm) continue;
    if (end > i + 1 && s.claimed[i + 1]) continue;
    if (statedInNumbers) {
      for (let k = i; k < end; k++) s.claimed[k] = true;
      continue;
    }
    const { op, value, value2, name } = size;
    const range = op === 'between' ? `between ${value} and ${value2 ?? value}` : `${op} ${value}`;
    const label = `employees ${range} (${name})`;
    claim(s, i, end, {
      t: 'cond',
      cond:
        value2 === undefined
          ? { kind: 'compare', column: 'employees', op, value, label }
          : { kind: 'compare', column: 'employees', op, value, value2, label },
    });
  }
}
