/**
 * A plural noun of heads said of a job function ("finance heads", "hr and legal heads", "heads of marketing") names
 * the leaders of that function, every level that leads it: chiefs, VPs, directors and heads (the levels of
 * "leaders" in `SENIORITY_WORDS`). Chat uses "heads" for whoever runs a department, whatever the title says
 * ("Director of Finance", "VP Marketing", "CFO"); the seniority level 'head' alone (the titles saying "Head of ...")
 * left the directors and chiefs out, and was often empty.
 *
 * The singular keeps the level the word names ("the head of marketing at X", "who is head of finance"): a definite
 * head is the title, one level. So does a plural with no function beside it ("heads at X", "heads of department").
 */
import { SENIORITY_WORDS } from '../../lexicon/jobWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** The levels of the leaders of a function (the vocabulary's "leaders"). */
const LEADERSHIP = SENIORITY_WORDS.find((x) => x.phrase === 'leaders')?.values ?? [];

/** The plural noun of heads, as the lexicon reads it alone ("heads") and before "of" ("heads of"). */
const HEADS = 'heads';

export function readFunctionLeaders(s: ScanState): void {
  const { mentions, w } = s;
  const functionAt = (pick: (m: Mention) => boolean): boolean => mentions.some((m) => m.t === 'function' && pick(m));
  for (const [k, m] of mentions.entries()) {
    if (m.t !== 'seniority' || w[m.start] !== HEADS) continue;
    if (m.values.length !== 1 || m.values[0] !== 'head') continue;
    const typed = w.slice(m.start, m.end);
    // "heads of department(s)" is the level itself
    if (typed.length > 2 || (typed.length === 2 && typed[1] !== 'of')) continue;
    // "heads of marketing": a function right after "heads of"; "marketing heads": a function right before "heads"
    const led = typed.length === 2 ? functionAt((f) => f.start === m.end) : functionAt((f) => f.end === m.start);
    if (led) mentions[k] = { ...m, values: [...LEADERSHIP] };
  }
}
