/**
 * A time word inside the speaker's remark about themselves ("im kind of swamped today but ...", "we're slammed this
 * week so ...", "i am off tomorrow, ..."): the speaker's day, no period of the rows asked (it was read as "events
 * running on <today>"). By grammar: the clause (up to a clause break or a joining "and / but / so") opens with the
 * speaker as subject in a state ("I'm", "we're", "I am", "we are"), and nothing between the subject and the time word
 * was read as data; the time word ends the clause. Its words are released as discourse.
 */
import { BE_FORMS } from '../lexicon/auxiliaryWords';
import { SPEAKER_WORDS } from '../lexicon/discourseWords';
import { PRESENCE_WORDS } from '../lexicon/presenceWords';
import { DATA_MENTIONS } from './discourse';
import type { Mention } from './Mention';
import type { ScanState } from './scan/ScanState';

/** Conditions a time word gives. */
const TIME_CONDS: ReadonlySet<string> = new Set(['startBetween', 'endBetween', 'ongoing', 'past']);

/** Words that bound a stay ("until", "till"): a window the speaker gives, no remark. */
const BOUND_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'til', 'through', 'thru', 'up']);

/** Words that join the remark to the next clause. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'so']);

/** Subjects that say the speaker's state on their own ("im", "we're"); the others need a form of "be" after them. */
const STATE_SUBJECTS: ReadonlySet<string> = new Set(["i'm", 'im', "we're"]);

/** The speaker subject opening the clause of the time mention, or -1. */
function speakerSubject(s: ScanState, m: Mention): number {
  for (let j = m.start - 1; j >= 0; j--) {
    const x = s.w[j] ?? '';
    if (CLAUSE_JOINERS.has(x)) return -1;
    if (SPEAKER_WORDS.has(x)) {
      const inState = STATE_SUBJECTS.has(x) || BE_FORMS.has(s.w[j + 1] ?? '');
      return inState ? j : -1;
    }
    if (s.breaks.has(j)) return -1;
  }
  return -1;
}

/** Releases the time mentions of such remarks; returns their token indices (discourse). */
export function releaseSpeakerTimes(s: ScanState): number[] {
  const released: number[] = [];
  for (const m of [...s.mentions]) {
    if (m.t !== 'cond' || !TIME_CONDS.has(m.cond.kind)) continue;
    const subject = speakerSubject(s, m);
    if (subject < 0) continue;
    // the time word ends the remark
    const after = s.w[m.end];
    if (after !== undefined && !s.breaks.has(m.end) && !CLAUSE_JOINERS.has(after)) continue;
    // "i'm in town until the end of october": the speaker's presence bounds the events (`speakerPresence`), kept
    const words = s.w.slice(subject + 1, m.end);
    if (words.some((x) => PRESENCE_WORDS.has(x) || BOUND_WORDS.has(x))) continue;
    const between = s.mentions.filter((x) => x !== m && x.start > subject && x.end <= m.start);
    if (between.some((x) => DATA_MENTIONS.has(x.t))) continue;
    for (let k = m.start; k < m.end; k++) {
      released.push(k);
      s.claimed[k] = false;
    }
    s.mentions.splice(s.mentions.indexOf(m), 1);
  }
  return released;
}
