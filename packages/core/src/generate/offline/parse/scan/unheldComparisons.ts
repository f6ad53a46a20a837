/**
 * "events with more sponsors than exhibitors", "companies with fewer employees than Google", "events with more
 * sponsors than CeMAT": a comparative against another set or a named item, not a number. The request holds no such
 * comparison (only a count or a column against a number), and the words were read as a ranking ("more" as "most") or
 * passed over ("fewer", "less", "than" are filler), answering another question. Asked about, naming the comparative.
 *
 * Runs after quantities and the unread comparisons, which take every comparison with a number ("more than 500
 * employees", "over 20 sponsors"): what is left here compares with something else.
 */
import type { ScanState } from './ScanState';

const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'greater']);
/** Words a comparative may have before its "than" ("more sponsors than", "more tech sponsors than"). */
const MAX_WORDS_TO_THAN = 3;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

export function readUnheldComparisons(s: ScanState): void {
  const { w, claimed } = s;
  for (let i = 0; i < w.length; i++) {
    if (claimed[i] || !COMPARATIVES.has(w[i] ?? '')) continue;
    // "more than X" is a comparator of its own (a number the quantity reader took, or an aside: "more than just ...")
    let than = i + 2;
    while (than <= i + 1 + MAX_WORDS_TO_THAN && than < w.length && w[than] !== 'than') than++;
    if (w[than] !== 'than' || claimed[than]) continue;
    let object = than + 1;
    while (DETERMINERS.has(w[object] ?? '')) object++;
    if (object >= w.length || /^\d/.test(w[object] ?? '')) continue;
    claimed[i] = true;
    claimed[than] = true;
    s.mentions.push({
      start: i,
      end: i + 1,
      text: s.tokens[i]?.raw ?? w[i] ?? '',
      t: 'unclear',
      about: 'word',
      why: 'I cannot compare with another set or item, only with a number',
      options: [],
      choices: [],
    });
  }
}
