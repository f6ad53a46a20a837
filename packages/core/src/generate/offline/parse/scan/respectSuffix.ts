/**
 * "the richest sponsor at X, revenue-wise", "how big is X headcount-wise": a measure word followed by the suffix of
 * respect ("-wise", typed joined or apart) is the measure a superlative or a size is by, as "by revenue" says it. The
 * suffix was left unread and asked back. Read as a "by" before the measure (no words of its own), the suffix read
 * with it; after anything but a measure (an attribute, a dimension or a head-count noun) it stays unread.
 */
import { RESPECT_SUFFIXES } from '../../lexicon/aggregateWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const isMeasure = (m: Mention): boolean =>
  m.t === 'attribute' || m.t === 'dimension' || (m.t === 'entity' && m.entity === 'people');

export function readRespectSuffix(s: ScanState): void {
  const { w, mentions } = s;
  for (let i = 1; i < w.length; i++) {
    if (s.claimed[i] || !RESPECT_SUFFIXES.has(w[i] ?? '')) continue;
    const at = mentions.findIndex((m) => m.end === i && isMeasure(m));
    const measure = mentions[at];
    if (!measure) continue;
    // a "by" said already ("by revenue-wise") needs none
    const by = mentions.some((m) => m.t === 'prep' && m.p === 'by' && m.end === measure.start);
    if (!by) mentions.splice(at, 0, { start: measure.start, end: measure.start, text: '', t: 'prep', p: 'by' });
    s.claimed[i] = true;
  }
}
