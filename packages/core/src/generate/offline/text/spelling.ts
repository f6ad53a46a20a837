/**
 * Spelling tolerance: how far a typed word may be from a known one. Distance is the optimal string alignment
 * distance (insertions, deletions, substitutions, and a swap of two adjacent letters counted as one edit), and
 * the edits allowed grow with the word: none up to 4 letters ("cost" is not "post"), one from 5, two from 9.
 */

/** Edits tolerated in a word of this length. */
export function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 8) return 1;
  return 2;
}

/**
 * The optimal string alignment distance between a and b, or `max + 1` as soon as it must exceed `max`
 * (the search stops early: most pairs are far apart).
 * @example editDistance('zscalar', 'zscaler', 2) // 1
 * @example editDistance('singapoer', 'singapore', 2) // 1 (a swap)
 */
export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const la = a.length;
  const lb = b.length;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: lb + 1 }, (_, j) => j);
  for (let i = 1; i <= la; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[lb] ?? max + 1;
}

/**
 * Edits between two phrases of the same number of words; null when too far (or the phrases differ in length).
 * Each word has its own allowance, within the whole phrase's; in a phrase of several words one word of four
 * letters may also take an edit ("marina bay sand" is "marina bay sands"). Equal phrases are 0.
 */
export function phraseEdits(typed: readonly string[], known: readonly string[]): number | null {
  if (typed.length !== known.length) return null;
  const letters = known.reduce((n, w) => n + w.length, 0);
  const budget = allowedEdits(letters);
  let total = 0;
  let shortEdited = false;
  for (let k = 0; k < typed.length; k++) {
    const x = typed[k] ?? '';
    const y = known[k] ?? '';
    if (x === y) continue;
    const short = Math.min(x.length, y.length);
    // one short word per phrase may be off by one: two would make another phrase ("big date word")
    const shortEdit = typed.length > 1 && allowedEdits(short) === 0 && short >= 4 && !shortEdited;
    if (shortEdit) shortEdited = true;
    const max = shortEdit ? 1 : allowedEdits(short);
    const d = editDistance(x, y, max);
    if (d > max) return null;
    total += d;
    if (total > budget) return null;
  }
  return total;
}

/**
 * The known words nearest to a typed one within its allowance: one when the nearest is unique, several on a
 * tie (the caller asks which), none when nothing is near.
 */
export function nearestWords(typed: string, known: Iterable<string>): string[] {
  const max = allowedEdits(typed.length);
  if (max === 0) return [];
  let best = max + 1;
  let found: string[] = [];
  for (const k of known) {
    if (Math.abs(k.length - typed.length) > max || allowedEdits(k.length) === 0) continue;
    const d = editDistance(typed, k, Math.min(best, max));
    if (d < best) {
      best = d;
      found = [k];
    } else if (d === best && d <= max) found.push(k);
  }
  return best <= max ? found : [];
}
