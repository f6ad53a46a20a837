/**
 * "the ones before october", "only the big ones", "those ones in march": a noun phrase of "ones" names the rows asked
 * again to pick some of them. Whoever the clause's subject is ("we want to attend the ones before october"), the
 * words that say which ones restrict the ask: no remark of the speaker's, never released with the clause.
 */

/** Determiners of a noun phrase of "ones" that points at the rows asked ("the ones", "those ones"). */
const ROW_DETERMINERS: ReadonlySet<string> = new Set(['the', 'those', 'these']);
/** Adverbs that keep a part of the rows ("only the big ones", "just those ones"). */
const RESTRICTING_ADVERBS: ReadonlySet<string> = new Set(['only', 'just']);
/** Words after "ones" that say which ones: a preposition of time or place, a relative pronoun. */
const QUALIFIER_LEADS: ReadonlySet<string> = new Set([
  'before',
  'after',
  'in',
  'on',
  'at',
  'from',
  'during',
  'between',
  'with',
  'without',
  'that',
  'which',
  'who',
  'where',
  'when',
  'starting',
  'happening',
  'held',
]);

/**
 * Where a noun phrase of "ones" that picks some rows starts inside [a, b) (its adverb or determiner), or null when
 * there is none, or when "ones" has nothing with it that says which (a bare "the ones" restates the rows).
 */
export function pickedRowsAt(w: readonly string[], a: number, b: number): number | null {
  for (let j = a; j < b; j++) {
    if (w[j] !== 'ones') continue;
    // the determiner, with up to two words between it and "ones" ("the big ones", "the really big ones")
    let det = j - 1;
    while (det >= a && det >= j - 3 && !ROW_DETERMINERS.has(w[det] ?? '')) det--;
    if (det < a || !ROW_DETERMINERS.has(w[det] ?? '')) continue;
    const before = j - det > 1;
    const after = j + 1 < b && QUALIFIER_LEADS.has(w[j + 1] ?? '');
    if (!before && !after) continue;
    return det > a && RESTRICTING_ADVERBS.has(w[det - 1] ?? '') ? det - 1 : det;
  }
  return null;
}
