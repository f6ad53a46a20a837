/**
 * The data's own names under the other British / American spelling: a venue stored as "Suntec Convention
 * Centre" is also found as "suntec convention center", an event on "Gynecology" as "gynaecology". Each key of
 * the name maps (venues, events, companies, events by a distinctive word) gets its variants as keys of the same
 * hit, unless the variant is already a key of its own (then it names something else, which wins). A plural word of
 * a name is also found in the singular.
 */
import { spellingVariants } from '../text/spellingVariants';

/** The keys a name key is also spelt as: each word in turn replaced by one of its variants. */
export function variantKeys(key: string): string[] {
  const words = key.split(' ');
  const out: string[] = [];
  words.forEach((w, i) => {
    if (w.length < 4 || !/^[a-z]+$/.test(w)) return;
    for (const v of [...spellingVariants(w), ...singularOf(w)])
      out.push([...words.slice(0, i), v, ...words.slice(i + 1)].join(' '));
  });
  return out;
}

/**
 * A plural name word typed in the singular: "Marina Bay Sands" as "marina bay sand", "Worldchefs" as "worldchef"
 * (a final s after a letter other than s, u or i: "Swiss", "campus", "analysis" are no plurals).
 */
function singularOf(word: string): string[] {
  return word.length >= 5 && /[^sui]s$/.test(word) ? [word.slice(0, -1)] : [];
}

/** Adds the variant spellings of every key of the maps, in place. */
export function addSpellingVariantKeys(maps: readonly Map<string, unknown>[]): void {
  for (const map of maps) {
    for (const [key, hit] of [...map]) {
      for (const v of variantKeys(key)) if (!map.has(v)) map.set(v, hit);
    }
  }
}
