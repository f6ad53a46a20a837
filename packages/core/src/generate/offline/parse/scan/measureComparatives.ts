/**
 * A comparative of amount or degree before the noun of a measure ("HIGHER REVENUE than", "MORE REVENUE, X or Y",
 * "a BIGGER HEADCOUNT than", "FEWER EMPLOYEES than"): the measure is the column the noun names (`MEASURE_COLUMNS`), the
 * comparative which end wins (`AVERAGE_COMPARATIVES`: "higher" the larger value, "lower" the smaller). Read by the
 * comparison readers (`comparedNames.ts` before "than", `choiceBetweenNames.ts` in a choice) as the comparative of
 * that column, as "richer" or "bigger" alone are; "higher" alone was left unread before a measure and asked back.
 */
import { AVERAGE_COMPARATIVES } from '../../lexicon/aggregateWords';
import { MEASURE_COLUMNS } from '../../lexicon/comparisonWords';
import type { RankedColumn } from '../../ir/Request';
import { LEXICON, MAX_LEXICON_SPAN } from '../lexiconTable';

/** The measure a comparative at token `at` says with the noun after it, and where the noun ends; null if none. */
export function measureComparativeAt(
  w: readonly string[],
  at: number,
): { column: RankedColumn; order: 'desc' | 'asc'; end: number } | null {
  const side = AVERAGE_COMPARATIVES.get(w[at] ?? '');
  if (!side) return null;
  for (let len = Math.min(MAX_LEXICON_SPAN, w.length - at - 1); len >= 1; len--) {
    const readings = LEXICON.get(w.slice(at + 1, at + 1 + len).join(' ')) ?? [];
    for (const r of readings) {
      const column = r.t === 'attribute' ? MEASURE_COLUMNS[r.attr] : undefined;
      if (column) return { column, order: side === '>' ? 'desc' : 'asc', end: at + 1 + len };
    }
  }
  return null;
}
