/**
 * A role inside a job function, joined by "and" / "or" / "&" to a job function: "legal and procurement people",
 * "sales or BDRs". Alone, the role is a title ("procurement": the people whose title says procurement); listed
 * with a function it is read as the function it lies inside, so the two make the usual union of functions
 * ("job functions include Sales or Operations") instead of people who would have to be both.
 */
import { ROLE_TITLE_FUNCTIONS } from '../../lexicon/jobWords';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const JOINERS: ReadonlySet<Mention['t']> = new Set(['and', 'or']);

export function readCoordinatedRoles(s: ScanState): void {
  const { mentions } = s;
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  for (const [k, m] of byStart.entries()) {
    if (m.t !== 'title') continue;
    const fn = ROLE_TITLE_FUNCTIONS.get(m.word.phrase);
    if (fn === undefined) continue;
    const joinedToFunction = (j: Mention | undefined, other: Mention | undefined): boolean =>
      j !== undefined && JOINERS.has(j.t) && other?.t === 'function';
    if (!joinedToFunction(byStart[k - 1], byStart[k - 2]) && !joinedToFunction(byStart[k + 1], byStart[k + 2]))
      continue;
    const { start, end, text } = m;
    mentions.splice(mentions.indexOf(m), 1, { start, end, text, t: 'function', values: [fn], noun: true });
  }
}
