/**
 * A name typed with its last word as an initial after "of" ("u of t": University of Toronto, "bank of a"): the one
 * company name of the data whose words are the words typed and whose last word starts with that letter. The short
 * forms of the words before are expanded first ("u", "uni": university, `text/expandShorthand.ts`); an initial
 * several names fit ("university of t": Toronto or Texas) is left to the clarification, which asks for the word.
 * "a" and "i" after "of" are words of their own ("one of a kind"), never an initial.
 */
import type { NamedHit } from '../../values/ValueIndex';
import { claim, isFree, type ScanState } from './ScanState';

const INITIAL = /^[b-hj-z]$/;
/** The most words typed before "of" that the name must hold exactly ("university", "bank", "royal bank"). */
const MAX_LEAD = 3;

export function readInitialledNames(s: ScanState): void {
  const { w, index } = s;
  for (let k = 2; k < w.length; k++) {
    const letter = w[k] ?? '';
    if (!INITIAL.test(letter) || w[k - 1] !== 'of') continue;
    for (let start = Math.max(0, k - 1 - MAX_LEAD); start < k - 1; start++) {
      if (!isFree(s, start, k + 1)) continue;
      const typed = w.slice(start, k).join(' ');
      const fits: NamedHit[] = [];
      const keys = new Set<string>();
      for (const [key, hit] of index.companies) {
        if (hit.quality < 2 || !key.startsWith(`${typed} ${letter}`)) continue;
        // the initial stands for one word: the name is the words typed and that word, nothing after it
        if (key.split(' ').length !== k - start + 1) continue;
        fits.push(hit);
        keys.add(key);
      }
      if (keys.size !== 1) continue;
      const ids = [...new Set(fits.flatMap((h) => h.ids))];
      const names = [...new Set(fits.flatMap((h) => h.names))];
      claim(s, start, k + 1, { t: 'company', hit: { ids, names, quality: 2, needsCaps: false } });
      break;
    }
  }
}
