/**
 * Indifference to a dimension: "don't care about dates", "dates don't matter", "not fussed about the industry", "i
 * don't mind which country". The speaker leaves the choice on that dimension free: no condition on it, which is what
 * the question says without the words. By grammar, not phrasing:
 *  - a negated verb of minding (WordNet lemmas care, mind, bother, fuss; "not fussed / bothered / picky") and the
 *    dimension after it, after an optional preposition of its matter ("about", "re", "on") and a determiner
 *    ("the", "which", "what");
 *  - the dimension before a negated "matter" ("dates don't matter", "the industry does not matter"), or after "no
 *    matter" ("no matter the country");
 *  - a noun of minding after "no" ("no preference on location", "no particular preference for the dates").
 * A dimension of dates ("dates", "date", "timing", "when", "time") is every date, read like "any time" (said in the
 * description: "at any date"); a dimension of the data's own (`freeNoun`: "industry", "country", "size") is a free choice
 * like "any industry" (no condition); so is a noun of a relation ("don't care about sponsors": whether the events have
 * sponsors is no condition; kept, the noun linked the events to sponsors, a narrower question). A negation before
 * anything else is left as it is (asked back), and so are dates left free beside a date said elsewhere in the message
 * (a contradiction).
 */
import {
  MATTERING_VERBS,
  MINDING_ADJECTIVES,
  MINDING_DEGREE_ADVERBS,
  MINDING_NOUN_DEGREES,
  MINDING_NOUNS,
  MINDING_VERBS,
} from '../../lexicon/indifferenceWords';
import { ANY_DATE_LABEL } from '../../lexicon/timeWords';
import { LEXICON } from '../lexiconTable';
import { verbLemma } from '../../text/language';
import { freeNoun } from './freeChoiceScopes';
import { claim, type ScanState } from './ScanState';

/** Prepositions of what is (not) minded ("about dates", "re the industry"). */
const MATTER_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 're', 'regarding', 'on', 'abt', 'with']);
/** Determiners before the dimension ("the dates", "which country", "what industry"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'which', 'what', 'their', 'its']);
/** Auxiliaries carrying the negation ("do not care", "does not matter"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did']);
/** Words of the dates themselves, besides the lexicon's attribute of dates. */
const DATE_WORDS: ReadonlySet<string> = new Set(['when', 'time', 'timing', 'timeframe', 'dates', 'date']);
/**
 * Words of the place itself ("doesn't matter where", "location doesn't matter", "don't mind which place"): a place left
 * free is no condition on any place, as "anywhere" is.
 */
const PLACE_WORDS: ReadonlySet<string> = new Set(['where', 'location', 'locations', 'place', 'places', 'wherever']);
/** Question words after "which" / "what" before the dimension ("doesn't matter which country"). */
const WH_DETERMINERS: ReadonlySet<string> = new Set(['which', 'what', 'whichever', 'whatever']);

/** A noun of companies in a relation ("sponsors", "exhibitor", "speakers"). */
const relationNoun = (word: string): boolean =>
  (LEXICON.get(word) ?? []).some((r) => r.t === 'entity' && r.relations !== null && r.relations.length > 0);

/** What leaving the word free means: every date, a free dimension, or nothing (not a dimension). */
function freedBy(word: string): 'dates' | 'dimension' | null {
  if (DATE_WORDS.has(word) || (LEXICON.get(word) ?? []).some((r) => r.t === 'attribute' && r.attr === 'dates'))
    return 'dates';
  return PLACE_WORDS.has(word) || freeNoun(word) === 'dimension' || relationNoun(word) ? 'dimension' : null;
}

/** Words joining the nouns of one list ("sponsors or exhibitors", "sponsors, partners"). */
const LIST_JOINS: ReadonlySet<string> = new Set(['or', 'and', 'nor', ',']);

/**
 * The end of a list of relation nouns that starts at `at` ("sponsors or partners" are minded together), else the
 * position after the one word.
 */
function listEnd(w: readonly string[], at: number): number {
  let end = at + 1;
  if (!relationNoun(w[at] ?? '')) return end;
  while (LIST_JOINS.has(w[end] ?? '') && relationNoun(w[end + 1] ?? '')) end += 2;
  return end;
}

export function readIndifferenceScopes(s: ScanState): void {
  const { w } = s;
  // dates left free beside a date said elsewhere ("the show in october ... dates don't matter") contradict it: which
  // one holds is asked back, as before
  const dated = s.mentions.some(
    (m) =>
      m.t === 'cond' &&
      (m.cond.kind === 'startBetween' || m.cond.kind === 'endBetween') &&
      m.cond.label !== ANY_DATE_LABEL,
  );
  // an adverb of degree inside the scope ("don't really care") may have been read as filler already
  const open = (a: number, b: number): boolean =>
    b <= w.length &&
    [...Array(b - a).keys()].every((d) => !s.claimed[a + d] || MINDING_DEGREE_ADVERBS.has(w[a + d] ?? ''));
  const free = (a: number, b: number, kind: 'dates' | 'dimension'): void => {
    if (!open(a, b) || (kind === 'dates' && dated)) return;
    if (kind === 'dates')
      claim(s, a, b, { t: 'cond', cond: { kind: 'startBetween', from: null, to: null, label: ANY_DATE_LABEL } });
    else for (let k = a; k < b; k++) s.claimed[k] = true;
  };
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== 'not' && w[i] !== 'no' && w[i] !== 'never') continue;
    const start = AUXILIARIES.has(w[i - 1] ?? '') ? i - 1 : i;
    // "no matter the country", "no matter what industry"
    if (w[i] === 'no' && MATTERING_VERBS.has(w[i + 1] ?? '')) {
      const at = DETERMINERS.has(w[i + 2] ?? '') ? i + 3 : i + 2;
      const kind = freedBy(w[at] ?? '');
      if (kind) free(i, at + 1, kind);
      continue;
    }
    // "dates don't matter", "the industry does not matter"
    if (MATTERING_VERBS.has(w[i + 1] ?? '') && AUXILIARIES.has(w[i - 1] ?? '')) {
      const noun = i - 2;
      const kind = freedBy(w[noun] ?? '');
      // the determiner only inside the noun's clause ("...there? dates don't matter": no "their dates")
      const determined = DETERMINERS.has(w[noun - 1] ?? '') && !s.breaks.has(noun);
      if (kind) {
        free(determined ? noun - 1 : noun, i + 2, kind);
        continue;
      }
      // "doesn't matter where", "it does not matter which country": the dimension after the negated "matter" (a
      // question word, or "which" / "what" and its noun), the subject "it" or none before it
      const at = WH_DETERMINERS.has(w[i + 2] ?? '') ? i + 3 : i + 2;
      const after = freedBy(w[at] ?? '');
      const subject = w[i - 2] === 'it' && !s.breaks.has(i - 1) ? i - 2 : i - 1;
      if (after) free(subject, at + 1, after);
      continue;
    }
    // "don't care about dates", "not fussed re the industry", "i don't mind which country"
    // ("don't really care", "not too fussed": an adverb of degree between)
    // ("no preference on location", "no particular preference re the dates": a noun of minding after "no")
    let v = i + 1;
    const noun = w[i] === 'no';
    while (MINDING_DEGREE_ADVERBS.has(w[v] ?? '') || (noun && MINDING_NOUN_DEGREES.has(w[v] ?? ''))) v++;
    const x = w[v] ?? '';
    const minded = noun ? MINDING_NOUNS.has(x) : MINDING_VERBS.has(verbLemma(x)) || MINDING_ADJECTIVES.has(x);
    if (!minded) continue;
    let at = v + 1;
    if (MATTER_PREPOSITIONS.has(w[at] ?? '') || (noun && w[at] === 'for')) at++;
    if (DETERMINERS.has(w[at] ?? '')) at++;
    const kind = freedBy(w[at] ?? '');
    if (kind) free(start, listEnd(w, at), kind);
  }
}
