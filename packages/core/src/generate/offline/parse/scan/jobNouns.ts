/**
 * "contacts who hold the chief technology officer role", "anyone in a marketing position", "people with a VP role at
 * X": a noun of a job held (a general noun of a role: `kindNouns.ts`, from WordNet) right after the words of a job (a title, a level or a function) names the
 * people holding it, and adds nothing to them. Alone it was left unread and asked back ("What did you mean by
 * 'role'?"), asked back as the plural ("Did you mean 'positions'?"), or read as a company's part at an event and
 * refused ("nothing on 'role' for companies").
 *
 * The descriptor becomes the noun of the people it describes ("a marketing role": the marketing people), its words
 * and the job noun one mention. A job noun after anything else (a relation noun: "a sponsor role"; "what role does X
 * play") keeps its other readings.
 */
import type { Mention } from '../Mention';
import { kindsNamedBy } from './kindNouns';
import { spanText, type ScanState } from './ScanState';

/** Mentions a job noun may be read as on its own: an attribute ("roles": job titles), a word asked back. */
const LOOSE_READINGS: ReadonlySet<Mention['t']> = new Set(['attribute', 'unclear']);

/** The words of a job: a title, a level, a job function. */
const isJobWords = (m: Mention): boolean => m.t === 'title' || m.t === 'seniority' || m.t === 'function';

export function readJobNouns(s: ScanState): void {
  const { w } = s;
  for (let k = 1; k < w.length; k++) {
    if (!kindsNamedBy(w[k] ?? '').has('role') || s.breaks.has(k)) continue;
    const own = s.mentions.find((m) => m.start <= k && k < m.end);
    if (own && !(own.start === k && own.end === k + 1 && LOOSE_READINGS.has(own.t))) continue;
    const job = s.mentions.find((m) => m.end === k && isJobWords(m));
    if (!job) continue;
    if (own) s.mentions.splice(s.mentions.indexOf(own), 1);
    s.claimed[k] = true;
    const text = spanText(s.tokens, job.start, k + 1);
    // a level or a function said with its job noun names the people, as "managers" or "marketers" do
    const named: Mention =
      job.t === 'seniority' || job.t === 'function'
        ? { ...job, end: k + 1, text, noun: true }
        : { ...job, end: k + 1, text };
    s.mentions.splice(s.mentions.indexOf(job), 1, named);
  }
}
