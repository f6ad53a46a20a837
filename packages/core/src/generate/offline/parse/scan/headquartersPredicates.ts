/**
 * "whose HQ is in Japan", "people whose company HQ is in Japan", "companies whose headquarters are located in X": a
 * noun of a company's headquarters as the subject of a copula and "in" says where the company is headquartered, as
 * "headquartered in" does. Read word by word, "HQ" was the address asked for (shown as a column) and the place fell to
 * the nearest noun, the people: "people at companies whose HQ is in Japan" answered the people who live in Japan.
 *
 * The noun, the copula, an optional participle of being placed ("based", "located") and "in" are one preposition of
 * headquarters (`hq`); before "outside" / "not in" only the noun and the copula are, so the negated place that follows
 * stays the headquarters' ("whose HQ is outside Japan", as "headquartered outside" reads).
 */
import { HEADQUARTERS_NOUNS, PLACED_IN_PHRASES } from '../../lexicon/placeWords';
import { claim, isFree, type ScanState } from './ScanState';

/** Copulas of the predicate ("is", "are", the clitic of "HQ's"). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 's']);
/** Participles of being placed that may stand between the copula and "in" ("is based in", "are located in"). */
const PARTICIPLES: ReadonlySet<string> = new Set(
  PLACED_IN_PHRASES.filter((p) => p.endsWith(' in')).map((p) => p.split(' ')[0] ?? ''),
);
/** Words that open a negated place after the copula, read by the lexicon ("outside", "not in"). */
const NEGATED_PLACE_LEADS: ReadonlySet<string> = new Set(['outside', 'not']);

/** The length of a headquarters noun at i (one or two words: "hq", "head office"), 0 when none. */
function headquartersNounAt(w: readonly string[], i: number): number {
  for (const len of [2, 1]) if (HEADQUARTERS_NOUNS.has(w.slice(i, i + len).join(' '))) return len;
  return 0;
}

export function readHeadquartersPredicates(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    const noun = headquartersNounAt(w, i);
    if (noun === 0 || !COPULAS.has(w[i + noun] ?? '')) continue;
    let j = i + noun + 1;
    if (PARTICIPLES.has(w[j] ?? '')) j++;
    const end = w[j] === 'in' ? j + 1 : NEGATED_PLACE_LEADS.has(w[j] ?? '') ? j : -1;
    if (end < 0 || !isFree(s, i, end)) continue;
    claim(s, i, end, { t: 'prep', p: 'hq' });
    i = end - 1;
  }
}
