/**
 * A comparison against the average of the same set ("events with more companies than the average event", "sponsors
 * with above-average revenue", "companies bigger than average", "revenue below the average"): the measure against
 * its average over the rows the question's other conditions keep, a sub-query (`average` on the condition), not a
 * number and not a comparison with another set to ask about. The measure is a counted noun ("companies", "sponsors":
 * a count of linked rows) or a company's own column ("revenue", "employees"; "bigger / smaller" alone is the size).
 */
import { AVERAGE_COMPARATIVES, AVERAGE_SIDES, AVERAGE_WORDS, AVERAGED_COLUMNS } from '../../lexicon/aggregateWords';
import { LEXICON } from '../lexiconTable';
import type { Cond } from '../../ir/Request';
import { COUNTED_NOUNS } from '../scanQuantity';
import { claim, isFree, type ScanState } from './ScanState';

/** Size comparatives that measure a company's stated size when no measure is said ("bigger than average"). */
const SIZE_COMPARATIVES: ReadonlySet<string> = new Set(['bigger', 'larger', 'smaller']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** The measure named at k ("companies", "number of sponsors", "revenue"), with the token after it, or null. */
function measureAt(w: readonly string[], k: number): { end: number; noun: string } | null {
  const at = w[k] === 'number' && w[k + 1] === 'of' ? k + 2 : k;
  const noun = w[at] ?? '';
  if (AVERAGED_COLUMNS[noun] !== undefined || (COUNTED_NOUNS[noun] !== undefined && noun !== 'employees'))
    return { end: at + 1, noun };
  return null;
}

/** The average at k ("the average", "average", "avg"), its end past a noun of what is averaged ("average event"). */
function averageAt(w: readonly string[], k: number): number | null {
  let at = k;
  while (DETERMINERS.has(w[at] ?? '')) at++;
  if (!AVERAGE_WORDS.has(w[at] ?? '')) return null;
  at++;
  // "the average event", "the average one", "the avg sponsor": the noun of the rows averaged
  const next = w[at] ?? '';
  if (next === 'one' || (LEXICON.get(next)?.some((r) => r.t === 'entity') ?? false)) at++;
  return at;
}

function condFor(noun: string | null, op: '>' | '<'): Cond | null {
  const side = op === '>' ? 'above' : 'below';
  const column = noun === null ? 'employees' : AVERAGED_COLUMNS[noun];
  if (column !== undefined) {
    const label = `${column === 'employees' ? 'employees' : 'revenue'} ${side} the average`;
    return { kind: 'compare', column, op, value: 0, label, average: true };
  }
  const counted = noun === null ? undefined : COUNTED_NOUNS[noun];
  if (!counted || noun === null) return null;
  const [entity, relations] = counted;
  return {
    kind: 'linkCount',
    entity,
    relations: [...relations],
    op,
    value: 0,
    label: `number of ${noun} ${side} the average`,
    average: true,
  };
}

export function readAverageComparisons(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    if (!isFree(s, i, i + 1)) continue;
    const word = w[i] ?? '';
    let found: { end: number; cond: Cond } | null = null;
    // "more companies than the average event", "bigger than average"
    const comparative = AVERAGE_COMPARATIVES.get(word);
    if (comparative) {
      const measure = measureAt(w, i + 1);
      const than = measure ? measure.end : i + 1;
      const end = w[than] === 'than' ? averageAt(w, than + 1) : null;
      const noun = measure?.noun ?? (SIZE_COMPARATIVES.has(word) ? null : undefined);
      const cond = end !== null && noun !== undefined ? condFor(noun, comparative) : null;
      if (end !== null && cond) found = { end, cond };
    }
    // "above average revenue", "below the average number of sponsors"
    const side = AVERAGE_SIDES.get(word);
    if (!found && side) {
      let k = i + 1;
      while (DETERMINERS.has(w[k] ?? '')) k++;
      const measure = AVERAGE_WORDS.has(w[k] ?? '') ? measureAt(w, k + 1) : null;
      const cond = measure ? condFor(measure.noun, side) : null;
      if (measure && cond) found = { end: measure.end, cond };
    }
    // "revenue above (the) average"
    const measure = !found ? measureAt(w, i) : null;
    const after = measure ? AVERAGE_SIDES.get(w[measure.end] ?? '') : undefined;
    if (measure && after) {
      const end = averageAt(w, measure.end + 1);
      const cond = end !== null ? condFor(measure.noun, after) : null;
      if (end !== null && cond) found = { end, cond };
    }
    if (!found || !isFree(s, i, found.end)) continue;
    claim(s, i, found.end, { t: 'cond', cond: found.cond });
    i = found.end - 1;
  }
}
