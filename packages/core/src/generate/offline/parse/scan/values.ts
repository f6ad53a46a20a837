/**
 * Names and values of any length still unread, longest first: countries (codes only in capitals), events,
 * companies, venues, states and cities, as the value index spells them.
 */
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { capsOk, claim, isFree, type ScanState } from './ScanState';

export function readValues(s: ScanState): void {
  const { w, index, tokens } = s;
  const n = w.length;
  for (let len = Math.min(index.maxSpan, n); len >= 1; len--) {
    for (let i = 0; i + len <= n; i++) {
      if (!isFree(s, i, i + len)) continue;
      const key = w.slice(i, i + len).join(' ');
      const country = index.countries.get(key);
      if (country && (!country.strict || tokens.slice(i, i + len).every((t) => t.raw === t.raw.toUpperCase()))) {
        claim(s, i, i + len, { t: 'country', names: country.names });
        continue;
      }
      const ev = index.events.get(key);
      if (ev && (!ev.needsCaps || capsOk(s, i, i + len)) && !FILLER_WORDS.has(key)) {
        claim(s, i, i + len, { t: 'event', hit: ev });
        continue;
      }
      const co = index.companies.get(key);
      if (co && (!co.needsCaps || capsOk(s, i, i + len)) && !FILLER_WORDS.has(key) && key.length >= 2) {
        claim(s, i, i + len, { t: 'company', hit: co });
        continue;
      }
      const venue = index.venues.get(key);
      if (venue && !FILLER_WORDS.has(key)) {
        claim(s, i, i + len, { t: 'venue', hit: venue });
        continue;
      }
      const state = index.states.get(key);
      if (state && capsOk(s, i, i + len)) {
        claim(s, i, i + len, { t: 'state', label: state.label, values: state.values });
        continue;
      }
      const city = index.cities.get(key);
      if (city && !FILLER_WORDS.has(key)) {
        claim(s, i, i + len, { t: 'city', name: city });
        continue;
      }
    }
  }
}
