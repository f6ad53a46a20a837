/**
 * Clipped words: people cut long words short when typing ("spons", "compan", "partic", "exhibs"). A clipped
 * word is the start of the word meant, sometimes with a plural "s" added to the cut. It is read as that word
 * only when the cut leaves one meaning: every vocabulary word it starts has the same reading or is an inflection
 * of the shortest one ("sponsor", "sponsors", "sponsoring"; "exhibitor" and "exhibition" are two meanings). Two meanings ("exhib": an exhibitor or an
 * exhibition) are not guessed; the word is left for the parser to report.
 */
import { inWordNet } from './language';

/** Shortest cut read as a clipped word: three-letter cuts are mostly acronyms ("sap", "abs"), never guessed. */
export const MIN_CLIP = 4;
/** A cut must keep at least this share of the word ("spons" keeps 5 of "sponsor"'s 7 letters). */
const MIN_CLIP_SHARE = 0.5;

/** True when a word is a regular inflection of another ("sponsors", "sponsoring", "sponsored" of "sponsor"). */
function inflectionOf(word: string, base: string): boolean {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  return ['s', 'es', 'ing', 'ed', 'd'].some((end) => word === `${base}${end}` || word === `${stem}${end}`);
}

/**
 * Endings that make another word of a whole word: its inflections and the suffixes deriving a noun or adjective of
 * it ("provide": "providers", "consult": "consulting", "manage": "management", "supply": "suppliers").
 */
const DERIVING_ENDINGS: readonly string[] = [
  's',
  'es',
  'd',
  'ed',
  'ing',
  'ings',
  'r',
  'rs',
  'er',
  'ers',
  'or',
  'ors',
  'ion',
  'ions',
  'ation',
  'ations',
  'ment',
  'ments',
  'al',
  'ial',
  'ive',
  'ives',
  'ance',
  'ence',
  'ancy',
  'ency',
  'ry',
  'ity',
  'ic',
  'ics',
  'y',
];

/**
 * True when `word` is `base` with an inflection or a deriving suffix ("providers" of "provide", "marketing" of
 * "market"): a whole word typed is then that word, never a clipping of the longer one derived from it ("companies
 * that provide services" is about providing, not about the "... Providers" industries).
 * @example derivedFrom('providers', 'provide') // true
 * @example derivedFrom('financial', 'fin') // false: "fin" is a clipping of it
 */
export function derivedFrom(word: string, base: string): boolean {
  const stems = new Set([base, base.replace(/e$/, ''), base.replace(/y$/, 'i')]);
  for (const stem of stems)
    if (word.length > stem.length && word.startsWith(stem) && DERIVING_ENDINGS.includes(word.slice(stem.length)))
      return true;
  return false;
}

/**
 * True when a typed word may stand clipped for a longer word: it starts it, and is no whole English word the longer
 * one derives from ("provide" is no clipping of "providers", "market" none of "marketing"; "info" is one of
 * "information", "fin" of "financial").
 */
export function clipsWord(typed: string, word: string): boolean {
  return word.length > typed.length && word.startsWith(typed) && !(derivedFrom(word, typed) && inWordNet(typed));
}

/**
 * The vocabulary word a clipped word stands for, or null when it is no cut of exactly one meaning.
 * `sameMeaning` says whether two vocabulary words read the same (the parser's lexicon readings).
 * @example expandClipped('spons', vocab, same) // 'sponsors'
 * @example expandClipped('compan', vocab, same) // 'company'
 */
export function expandClipped(
  clip: string,
  vocabulary: ReadonlySet<string>,
  sameMeaning: (a: string, b: string) => boolean,
): string | null {
  if (clip.length < MIN_CLIP || !/^[a-z]+$/.test(clip) || vocabulary.has(clip) || inWordNet(clip)) return null;
  const plural = clip.endsWith('s');
  // "counts" is the plural of the known word "count", not a cut of "country"
  if (plural && vocabulary.has(clip.slice(0, -1))) return null;
  // "spons" is first read as the cut "spon" made plural, then as a cut of its own
  const cuts = plural ? [clip.slice(0, -1), clip] : [clip];
  for (const cut of cuts) {
    if (cut.length < MIN_CLIP) continue;
    const found = [...vocabulary].filter(
      (w) => w.length > cut.length && w.startsWith(cut) && cut.length / w.length >= MIN_CLIP_SHARE,
    );
    if (found.length === 0) continue;
    found.sort((a, b) => a.length - b.length || a.localeCompare(b));
    const shortest = found[0] ?? '';
    if (!found.every((w) => inflectionOf(w, shortest) || sameMeaning(w, shortest))) return null;
    // "spons" is a cut plural: the plural form when the vocabulary has it
    if (cut !== clip && vocabulary.has(`${shortest}s`)) return `${shortest}s`;
    return shortest;
  }
  return null;
}
