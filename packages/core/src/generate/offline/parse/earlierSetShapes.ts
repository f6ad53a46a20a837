/**
 * A follow-up that says only how to shape or show the answer, with no noun, name, value or pronoun of its own ("sort
 * by revenue high to low, top 10", "gimme revenue + headcount for each, biggest revenue first", "avg revenue?"): it
 * is about the earlier set, as if it said "them" ("sort them by revenue ..."), which the follow-up reader already
 * takes (`build/handlers/anaphor.ts`). Without such a reading the shape words had nothing to shape and the question
 * was refused or asked back.
 */
import type { Request } from '../ir/Request';
import type { Mention } from './Mention';
import { NAMED_MENTIONS } from './discourse';
import type { Scan } from './scanMentions';

/** Mentions that say how to shape or show an answer (a noun after "by" / "per" does too: `measured`). */
const SHAPE_MENTIONS: ReadonlySet<Mention['t']> = new Set([
  'top',
  'sortOrder',
  'attribute',
  'aggFn',
  'most',
  'superlative',
  'dimension',
]);

/** Mentions that name what is asked about, a value of it, or point at the earlier set themselves. */
const OWN_SET_MENTIONS: ReadonlySet<Mention['t']> = new Set([
  'entity',
  'who',
  'anaphor',
  // the named things of the data (an event, a company, a place ...)
  ...NAMED_MENTIONS,
  'function',
  'seniority',
  'title',
  'topic',
  'cond',
  'relation',
  'employment',
  'unclear',
]);

/** Interrogatives that ask for one of a set without naming it ("which one", "which"). */
const BARE_WHICH: ReadonlySet<string> = new Set(['which', 'what']);

/** Mentions that may open a follow-up before what it says ("only", "and", "just"). */
const OPENERS: ReadonlySet<Mention['t']> = new Set(['refine', 'and']);

/**
 * "only at companies sponsoring something" after people: a follow-up opening (after "only" / "and") with a
 * preposition before a noun of another kind than the earlier rows says where the earlier rows are, as "only those at
 * companies ..." does; read alone the noun became the rows asked (the companies, then counted). The index of the
 * preposition, or -1.
 */
function placedEarlierSet(ms: readonly Mention[], previous: Request): number {
  const at = ms.findIndex((m) => !OPENERS.has(m.t));
  const prep = ms[at];
  const noun = ms[at + 1];
  if (prep?.t !== 'prep' || noun?.t !== 'entity' || noun.entity === previous.target.entity) return -1;
  // "and at the partners?": a relation noun swaps the earlier relation (`build/followUp.ts`), it places nothing
  if ((noun.relations?.length ?? 0) > 0) return -1;
  return ms.some((m) => m.t === 'anaphor' || m.t === 'who') ? -1 : at;
}

/**
 * The scan with the earlier set pointed at before its first word, when the follow-up only shapes the answer; or
 * before its opening preposition, when it only says where the earlier rows are.
 */
export function withEarlierSet(scan: Scan, previous: Request | null): Scan {
  const ms = scan.mentions;
  const placed = previous ? placedEarlierSet(ms, previous) : -1;
  const prep = ms[placed];
  if (prep) {
    const them: Mention = {
      t: 'anaphor',
      entity: null,
      strong: true,
      start: prep.start,
      end: prep.start,
      text: 'those',
    };
    return { ...scan, mentions: [...ms.slice(0, placed), them, ...ms.slice(placed)] };
  }
  // "order by employees desc": a noun after "by" is what the rows are ordered or grouped by, not the rows asked
  // ... and so is "the number of" a noun after "by" ("sorted by number of sponsors")
  const by = (m: Mention | undefined): boolean =>
    m?.t === 'group' || (m?.t === 'prep' && m.text.toLowerCase() === 'by');
  const byCount = (k: number): boolean => ms[k]?.t === 'count' && by(ms[k - 1]);
  // ... and so is a noun after "most" / "fewest" ("which one has the most companies" after a list of events: the
  // earlier events ranked by their companies, not every event)
  const measured = (k: number): boolean =>
    ms[k]?.t === 'entity' && (ms[k - 1]?.t === 'group' || ms[k - 1]?.t === 'most' || byCount(k - 1));
  const shapes = ms.some((m, k) => SHAPE_MENTIONS.has(m.t) || measured(k));
  // "which one has the most companies", "which has most exhibitors": "which" with no noun of its own asks for one of
  // the rows already there ("who" asks for people)
  const bareWhich = (k: number): boolean =>
    ms[k]?.t === 'who' && BARE_WHICH.has(ms[k]?.text.toLowerCase() ?? '') && ms[k + 1]?.t !== 'entity';
  const own = (k: number): boolean => OWN_SET_MENTIONS.has(ms[k]?.t as Mention['t']) && !measured(k) && !bareWhich(k);
  if (!previous || !shapes || ms.some((_, k) => own(k))) return scan;
  const them: Mention = { t: 'anaphor', entity: null, strong: true, start: 0, end: 0, text: 'them' };
  return { ...scan, mentions: [them, ...ms] };
}
