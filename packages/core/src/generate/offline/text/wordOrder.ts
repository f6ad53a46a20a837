/**
 * True when every word stands in the name in the order given, words of the name between them allowed ("global space
 * convention" in "Global Space and Technology Convention"): how typed words are matched against a name's words.
 */
export function wordsInOrder(words: readonly string[], name: readonly string[]): boolean {
  let from = 0;
  for (const x of words) {
    const k = name.indexOf(x, from);
    if (k < 0) return false;
    from = k + 1;
  }
  return true;
}
