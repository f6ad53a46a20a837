/**
 * A contrast of two kinds of place after a place ("who's in london - the city not the country", "events in new york,
 * the state, not the city", "(city, not country)"): it says which reading of the place is meant, and is no condition
 * of its own. By grammar: a noun of a kind of place (read as a dimension, or left unread), then a negation and another
 * such noun, each maybe after "the", right after a place of the message (a break between). When the place was read as
 * the kind chosen first, the contrast restates that reading and its words are released; otherwise it stays and is
 * asked back (a reading the place was not given is never made up).
 */
import type { ScanState } from './ScanState';
import { releaseClause } from '../socialClauses';

/** Nouns of a kind of place, by the mention kind a place of that kind is read as. */
const KIND_NOUNS: Readonly<Record<string, string>> = {
  city: 'city',
  town: 'city',
  country: 'country',
  nation: 'country',
  state: 'state',
  province: 'state',
};
/** Mention kinds of a place. */
const PLACE_MENTIONS: ReadonlySet<string> = new Set(['city', 'country', 'state']);
/** Words negating the second kind ("not", "rather than", "instead of"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'rather', 'than', 'instead', 'of']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a']);

/** Releases the contrasts of kinds of place (see the file's comment); returns the token indices released. */
export function releasePlaceKindContrasts(s: ScanState): number[] {
  const { w, mentions } = s;
  const released: number[] = [];
  /** The kind of place the noun at k names, when nothing but a dimension reads it. */
  const kindAt = (k: number): string | undefined => {
    const kind = KIND_NOUNS[w[k] ?? ''];
    const m = mentions.find((x) => x.start <= k && k < x.end);
    return kind && (!m || (m.t === 'dimension' && m.end === k + 1)) ? kind : undefined;
  };
  for (let k = 1; k < w.length; k++) {
    const first = kindAt(k);
    if (!first) continue;
    const a = ARTICLES.has(w[k - 1] ?? '') ? k - 1 : k;
    let j = k + 1;
    let negated = false;
    while (j < w.length && (NEGATIONS.has(w[j] ?? '') || ARTICLES.has(w[j] ?? ''))) {
      if (NEGATIONS.has(w[j] ?? '')) negated = true;
      j++;
    }
    const second = kindAt(j);
    if (!negated || !second || second === first) continue;
    // the place it says the reading of: a place ending right before it (a break between), read as the kind chosen
    const place = mentions.find((m) => m.end === a && PLACE_MENTIONS.has(m.t));
    if (!place || place.t !== first || !s.breaks.has(a)) continue;
    releaseClause(s, [a, j + 1], released);
  }
  return released;
}
