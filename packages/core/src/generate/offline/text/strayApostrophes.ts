/**
 * An apostrophe typed inside a word where no English clitic follows it ("compan'ys", "spons'ors", "event's'"): a slip
 * of the finger, read as if it were not there, so the word is spelt (and respelt) as a word. The clitics keep theirs
 * ("company's", "don't", "they're", "we've", "i'll", "i'd", "i'm", "o'clock" and names such as "O'Brien", "D'Angelo",
 * whose apostrophe follows one letter).
 */

/** What may follow an apostrophe in English: the clitics, whole. */
const CLITICS: ReadonlySet<string> = new Set(['s', 't', 're', 've', 'll', 'd', 'm']);

/** An apostrophe between letters: two or more before it (one letter is a name's "O'", "D'"), letters after it. */
const INNER_APOSTROPHE = /(?<=[A-Za-z]{2})['’]([A-Za-z]+)/g;

/**
 * The question with every apostrophe inside a word that no clitic follows left out.
 * @example withoutStrayApostrophes("which compan'ys are sponsors") // 'which companys are sponsors'
 * @example withoutStrayApostrophes("who's at google's stand") // unchanged
 */
export function withoutStrayApostrophes(question: string): string {
  return question.replace(INNER_APOSTROPHE, (match: string, after: string) =>
    CLITICS.has(after.toLowerCase()) ? match : after,
  );
}
