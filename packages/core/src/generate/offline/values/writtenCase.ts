/**
 * How the data's own running text (event descriptions, company overviews) writes each word: capitalised inside a
 * sentence ("partnered with Google", "Siemens AG") or in lower case ("a seamless experience", "carbon capture").
 * A word the text writes capitalised more often than not is a proper name in this data, so a company named by it
 * ("google", "siemens", "bloomberg") is that company however the question types it; a word the text writes in
 * lower case is ordinary English there, and a company named by it ("Carbon", "Impact") is only read as the name
 * when typed as one.
 */

/** Counts of a word's uses inside sentences (sentence-initial uses say nothing about case). */
export interface WrittenCase {
  capitalised: number;
  lower: number;
}

/** A word of letters. */
const WORD = /[A-Za-z]+/g;

/** Characters after which a word opens a sentence, a heading or a list item: its capital says nothing. */
const OPENERS = new Set('.!?:;\n\r"\'“”‘’•·|-–—()[]/*#>');

/** Adds the case of each word's uses in `text` to `counts` (words keyed in lower case). */
export function countWrittenCase(text: string, counts: Map<string, WrittenCase>): void {
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const at = m.index;
    // a word glued to the previous one by a non-letter ("e-mail", "S&P") or after an opener is left out
    if (at === 0 || !/[ \t]/.test(text[at - 1] ?? '')) continue;
    let k = at - 1;
    while (k >= 0 && /[ \t]/.test(text[k] ?? '')) k--;
    if (k < 0 || OPENERS.has(text[k] ?? '')) continue;
    const key = word.toLowerCase();
    const c = counts.get(key) ?? { capitalised: 0, lower: 0 };
    if (/^[A-Z]/.test(word)) c.capitalised += 1;
    else c.lower += 1;
    counts.set(key, c);
  }
}

/** True when the text writes the word capitalised inside sentences more often than in lower case: a name. */
export function writtenAsName(counts: ReadonlyMap<string, WrittenCase>, word: string): boolean {
  const c = counts.get(word);
  return c !== undefined && c.capitalised > c.lower;
}
