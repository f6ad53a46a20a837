/**
 * "the richest sponsor at X, revenue-wise", "how big is X headcount-wise": a measure word followed by the suffix of
 * respect ("-wise", typed joined or apart) is the measure a superlative or a size is by, as "by revenue" says it. The
 * suffix was left unread and asked back. Read as a "by" before the measure (no words of its own), the suffix read
 * with it; after anything but a measure (an attribute, a dimension or a head-count noun) it stays unread.
 */
import { RESPECT_SUFFIXES } from '../../lexicon/aggregateWords';
import { MONEY_NOUNS } from '../../lexicon/attributeWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const isMeasure = (m: Mention): boolean =>
  m.t === 'attribute' || m.t === 'dimension' || (m.t === 'entity' && m.entity === 'people');

/** Signs of currency typed for money ("$$-wise", "££ wise"). */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥']);

export function readRespectSuffix(s: ScanState): void {
  const { w, mentions } = s;
  for (let i = 1; i < w.length; i++) {
    if (s.claimed[i] || !RESPECT_SUFFIXES.has(w[i] ?? '')) continue;
    let at = mentions.findIndex((m) => m.end === i && isMeasure(m));
    // "$$-wise", "money-wise", "cash wise": money itself before the suffix is what a company makes, its revenue
    // (`MONEY_NOUNS`, or currency signs standing for money); read so only here, where a measure is asked
    if (at < 0) {
      let a = i;
      while (a > 0 && !s.claimed[a - 1] && CURRENCY_SIGNS.has(w[a - 1] ?? '')) a--;
      if (a === i && a > 0 && !s.claimed[a - 1] && MONEY_NOUNS.has(w[a - 1] ?? '')) a--;
      if (a === i) continue;
      for (let k = a; k < i; k++) s.claimed[k] = true;
      const text = s.tokens
        .slice(a, i)
        .map((t) => t.raw)
        .join(' ');
      mentions.push({ start: a, end: i, text, t: 'attribute', attr: 'revenue' });
      at = mentions.length - 1;
    }
    const measure = mentions[at];
    if (!measure) continue;
    // a "by" said already ("by revenue-wise") needs none
    const by = mentions.some((m) => m.t === 'prep' && m.p === 'by' && m.end === measure.start);
    if (!by) mentions.splice(at, 0, { start: measure.start, end: measure.start, text: '', t: 'prep', p: 'by' });
    s.claimed[i] = true;
  }
}
