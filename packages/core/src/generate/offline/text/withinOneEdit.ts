/**
 * True when two words differ by at most one insertion, deletion, substitution or adjacent swap
 * ("singapur" ~ "singapore" is two edits: false; "zscalar" ~ "zscaler": true).
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // swap
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Token-wise fuzzy equality of two phrases: same number of words, each equal or (5+ letters) one edit apart. */
export function fuzzyPhraseEqual(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let edits = 0;
  for (let k = 0; k < a.length; k++) {
    const x = a[k] ?? '';
    const y = b[k] ?? '';
    if (x === y) continue;
    if (x.length < 5 || y.length < 5 || !withinOneEdit(x, y)) return false;
    edits++;
  }
  return edits > 0;
}
