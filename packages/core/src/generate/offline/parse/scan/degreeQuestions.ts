/**
 * "How big is Delinea?", "how large are the sponsors of X": "how" + a size adjective asks for the stated size
 * (the head count band), like "what size". Read before the size adjectives, which would otherwise make "big" a
 * condition (more than 1,000 employees) or leave it unread.
 */
import { SIZE_ADJECTIVES } from '../../lexicon/sizeWords';
import { claim, isFree, type ScanState } from './ScanState';

export function readDegreeQuestions(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i + 1 < w.length; i++) {
    if (w[i] !== 'how' || !SIZE_ADJECTIVES.has(w[i + 1] ?? '') || !isFree(s, i, i + 2)) continue;
    claim(s, i, i + 2, { t: 'attribute', attr: 'employees' });
  }
}
