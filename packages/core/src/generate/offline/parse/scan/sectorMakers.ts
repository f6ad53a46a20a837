/**
 * "food manufacturers", "electronics makers", "aviation producers": a sector right before a plural noun of makers is
 * the industry of the companies, the sector's manufacturing labels ("Food and Beverage Manufacturing", the labels
 * holding both the sector's words and "manufacturing", as `matchTopic` reads them), and the noun the companies. Word by
 * word, the sector was an event theme or a company whose name holds the word ("food": a "... Foods" company) and the
 * maker noun every manufacturing label, so every company at a themed event, or the one company, came back.
 *
 * Read before the names of the data, so the sector's word is not taken for a company's; only when the sector is a
 * theme of the data and narrows the manufacturing labels (a word naming no sector, "which manufacturers", "top
 * makers", is left to the later readers).
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { MANUFACTURER_NOUNS, MANUFACTURING_INDUSTRY_WORD } from '../../lexicon/companyDescriptionWords';
import { LEXICON } from '../lexiconTable';
import { matchTopic } from '../matchTopic';
import { claim, isFree, type ScanState } from './ScanState';

/** The most words a sector typed before the maker noun is read with ("motor vehicle parts"). */
const MAX_SECTOR_WORDS = 3;

/** True when the word may be part of a sector's name: no filler word, no word the lexicon reads as grammar. */
function sectorWord(x: string): boolean {
  if (FILLER_WORDS.has(x) || !/^[a-z]/.test(x)) return false;
  return !(LEXICON.get(x)?.some((r) => r.t !== 'topic' && r.t !== 'function') ?? false);
}

export function readSectorMakers(s: ScanState): void {
  const { w, index } = s;
  const every = matchTopic([MANUFACTURING_INDUSTRY_WORD], index).industries.length;
  for (let k = 1; k < w.length; k++) {
    // the noun as typed too: a synonym of companies may already stand for it ("makers" -> companies)
    const noun = MANUFACTURER_NOUNS.has(w[k] ?? '') || MANUFACTURER_NOUNS.has(s.tokens[k]?.raw.toLowerCase() ?? '');
    if (!noun || !isFree(s, k, k + 1)) continue;
    for (let len = Math.min(MAX_SECTOR_WORDS, k); len >= 1; len--) {
      const a = k - len;
      const words = w.slice(a, k);
      if (!isFree(s, a, k) || !words.every(sectorWord)) continue;
      const industries = matchTopic([...words, MANUFACTURING_INDUSTRY_WORD], index).industries;
      if (industries.length === 0 || industries.length >= every) continue;
      claim(s, a, k, { t: 'topic', words: [...words, MANUFACTURING_INDUSTRY_WORD] });
      claim(s, k, k + 1, { t: 'entity', entity: 'companies', relations: null });
      break;
    }
  }
}
