/**
 * A follow-up that opens by restating the previous request ("same thing for Cyber Security World Asia but only ones
 * w/ over 1k employees", "ditto for X", "the same but in 2025", "likewise for partners"): the phrase is a refine
 * word that replaces (`REPLACING_WORDS`), so the earlier request is the base and what follows swaps its value of a
 * kind ("thing" was asked about, "the same" linked both events). Only at the start of the question (after "and",
 * "ok", "now"), and only before a preposition, "but", a comma or the end: "the same events as X" is a comparison,
 * and "companies at the same events" a condition.
 */
import {
  FOLLOW_UP_OPENERS,
  REPEAT_REQUEST_WORDS,
  REQUEST_VERBS,
  SAME_AGAIN_PHRASES,
  SPEAKER_OBJECT_WORDS,
} from '../../lexicon/discourseWords';
import { DIMENSION_WORDS } from '../../lexicon/dimensionWords';
import { claim, isFree, type ScanState } from './ScanState';

/** Words that may follow the restating phrase: what is swapped or added comes next. */
const AFTER: ReadonlySet<string> = new Set(['for', 'with', 'but', 'at', 'in', 'on', 'about', 'except', 'only', 'just']);

/**
 * Words of a request that may come before the phrase ("now give me the same figure for X", "can you do the same for
 * partners"): the request's verb and whom it is for.
 */
const REQUEST_LEADS: ReadonlySet<string> = new Set([
  ...REQUEST_VERBS,
  ...SPEAKER_OBJECT_WORDS,
  ...REPEAT_REQUEST_WORDS,
]);

export function readSameAgain(s: ScanState): void {
  const { w } = s;
  let k = 0;
  while (k < w.length && (FOLLOW_UP_OPENERS.has(w[k] ?? '') || REQUEST_LEADS.has(w[k] ?? '')) && w[k] !== 'same') k++;
  for (const phrase of SAME_AGAIN_PHRASES) {
    const words = phrase.split(' ');
    const end = k + words.length;
    if (!words.every((x, d) => w[k + d] === x) || !isFree(s, k, end)) continue;
    const next = w[end];
    if (next !== undefined && !AFTER.has(next) && !s.breaks.has(end)) continue;
    claim(s, k, end, { t: 'refine' });
    restatedDimension(s, end);
    return;
  }
}

const DIMENSIONS = new Map(DIMENSION_WORDS.filter(([p]) => !p.includes(' ')));

/**
 * "same but for cities, top 5" after "top 10 countries for our contacts": a dimension after the restating phrase and
 * "for" is the grouping the earlier request is asked again by (as "same but by city"), never a theme its word also
 * names (the "Cities" industry was asked about); the readings the word had are dropped.
 */
function restatedDimension(s: ScanState, at: number): void {
  const { w } = s;
  let k = at;
  if (w[k] === 'but') k++;
  if (w[k] !== 'for' || s.claimed[k]) return;
  const d = w[k + 1] === 'the' ? k + 2 : k + 1;
  const dim = DIMENSIONS.get(w[d] ?? '');
  if (!dim || (d + 1 < w.length && !s.breaks.has(d + 1) && !GROUP_ENDS.has(w[d + 1] ?? ''))) return;
  for (let j = s.mentions.length - 1; j >= 0; j--) {
    const m = s.mentions[j];
    if (m && m.start <= d && m.end > d) {
      if (m.start < d || m.end > d + 1) return;
      s.mentions.splice(j, 1);
    }
  }
  s.claimed[d] = false;
  claim(s, k, k + 1, { t: 'group', expectsDimension: true });
  claim(s, d, d + 1, { t: 'dimension', dim });
}

/** Words that may follow the dimension: the number of groups asked ("for cities, top 5"), the end. */
const GROUP_ENDS: ReadonlySet<string> = new Set(['top', 'only', 'please', 'pls', 'instead', 'too']);
