/**
 * A suffix of approximation hyphenated to a word ("fintech-ish", "space-y", "aviation-esque", "martech-type",
 * "security-adjacent"): the writer hedges how well the word fits what they want, and the word itself is the theme or
 * name they mean. Left on, the suffix split the word from the noun it modifies ("fintech ish cos": the theme no longer
 * before its noun, so "fintech" was asked about) or stood as a word of its own ("space y events": "y" asked about).
 * The hedge narrows nothing, so it is taken off and the word read as typed. Only after a hyphen and after a word of
 * four letters or more: "gen-y", "x-y" and a figure's "50-ish" (read by the number readers) stay as they are.
 */

/** Suffixes saying "something like <word>", typed after a hyphen. */
const APPROXIMATION_SUFFIXES: readonly string[] = ['ish', 'y', 'esque', 'type', 'adjacent'];

const SUFFIXED = new RegExp(String.raw`\b([a-z][a-z&]{3,})-(?:${APPROXIMATION_SUFFIXES.join('|')})\b`, 'gi');

/**
 * Takes a hyphenated suffix of approximation off the word it follows.
 * @example dropApproximationSuffixes('fintech-ish cos at seamless') // 'fintech cos at seamless'
 * @example dropApproximationSuffixes('anything space-y next year') // 'anything space next year'
 */
export function dropApproximationSuffixes(text: string): string {
  return text.replace(SUFFIXED, '$1');
}
