/**
 * The cosine of the angle between two vectors (1 same direction, 0 unrelated); 0 when either is all zeros.
 * Compares the common prefix when the lengths differ.
 * @example cosineSimilarity([1, 0], [1, 1]) // 0.7071...
 */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
