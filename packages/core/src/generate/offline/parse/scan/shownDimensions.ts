/**
 * A field added to a list ("sponsors of ITB Asia together with their country", "exhibitors plus their cities",
 * "people at X with their country and city"): a dimension word after a word that adds a field is that field shown
 * beside each row (a company's country is derived from its address), not a grouping nor a word to ask about. The
 * dimension must close its phrase (the end, a clause break, "and" or another field after it): "companies with
 * country Singapore" names a value, read elsewhere.
 */
import { DIMENSION_FIELDS, FIELD_POSSESSIVES, SHOWN_FIELD_LEADS } from '../../lexicon/attributeWords';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

const LEADS: readonly (readonly string[])[] = SHOWN_FIELD_LEADS.map((x) => x.split(' '));

/** The lead of a field ending right before k ("together with" before k), its first word, or -1. */
function leadBefore(w: readonly string[], k: number): { at: number; word: string } | null {
  for (const lead of LEADS) {
    const at = k - lead.length;
    if (at >= 0 && lead.every((x, j) => w[at + j] === x)) return { at, word: lead.join(' ') };
  }
  return null;
}

/** True when the field's phrase ends at k: the end, a break, a joining word, or another field. */
function closesAt(s: ScanState, k: number): boolean {
  const next = s.w[k];
  if (next === undefined || s.breaks.has(k)) return true;
  if (next === 'and' || next === 'plus' || next === 'too' || next === 'also') return true;
  return DIMENSION_FIELDS[next] !== undefined || (LEXICON.get(next)?.some((r) => r.t === 'attribute') ?? false);
}

export function readShownDimensions(s: ScanState): void {
  const { w } = s;
  let chained = -1;
  for (let i = 0; i < w.length; i++) {
    const attr = DIMENSION_FIELDS[w[i] ?? ''];
    if (attr === undefined || !isFree(s, i, i + 1) || !closesAt(s, i + 1)) continue;
    const owned = FIELD_POSSESSIVES.has(w[i - 1] ?? '');
    const start = owned ? i - 1 : i;
    const lead = leadBefore(w, start);
    // "their country and city", "their websites and countries": a field after "and" that follows a field (read so,
    // or a word of the vocabulary's fields) is one more
    const joined = w[start - 1] === 'and' || w[start - 1] === 'plus';
    const fieldBefore =
      chained === start - 2 || (LEXICON.get(w[start - 2] ?? '')?.some((r) => r.t === 'attribute') ?? false);
    const afterField = joined && fieldBefore;
    if (!afterField && (!lead || (lead.word === 'and' && !owned))) continue;
    if (!isFree(s, start, i + 1)) continue;
    claim(s, start, i + 1, { t: 'attribute', attr });
    chained = i;
  }
}
