/**
 * The QWERTY layout, for telling a typo's likely letter from an unlikely one: a finger that misses a key hits one
 * of its neighbours. (The robustness corpus makes its keyboard typos from a table of its own, so the engine's
 * reading of typos is not tested against itself.)
 */
const ROWS: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Each letter's neighbouring keys: left and right on its row, and the two keys touching it above and below. */
export const KEY_NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  ROWS.forEach((row, r) => {
    [...row].forEach((key, c) => {
      const near = new Set<string>();
      const add = (rowIndex: number, col: number): void => {
        const k = ROWS[rowIndex]?.[col];
        if (k) near.add(k);
      };
      add(r, c - 1);
      add(r, c + 1);
      // a row is shifted half a key right of the row above it
      add(r - 1, c);
      add(r - 1, c + 1);
      add(r + 1, c - 1);
      add(r + 1, c);
      out.set(key, near);
    });
  });
  return out;
})();

/** True when `a` and `b` are neighbouring keys. */
export const areNeighbourKeys = (a: string, b: string): boolean => KEY_NEIGHBOURS.get(a)?.has(b) ?? false;
