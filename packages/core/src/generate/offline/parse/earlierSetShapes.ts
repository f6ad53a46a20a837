/**
 * A follow-up that says only how to shape or show the answer, with no noun, name, value or pronoun of its own ("sort
 * by revenue high to low, top 10", "gimme revenue + headcount for each, biggest revenue first", "avg revenue?"): it
 * is about the earlier set, as if it said "them" ("sort them by revenue ..."), which the follow-up reader already
 * takes (`build/handlers/anaphor.ts`). Without such a reading the shape words had nothing to shape and the question
 * was refused or asked back.
 */
import type { Request } from '../ir/Request';
import type { Mention } from './Mention';
import type { Scan } from './scanMentions';

/** Mentions that say how to shape or show an answer. */
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
  'event',
  'company',
  'person',
  'venue',
  'country',
  'city',
  'state',
  'function',
  'seniority',
  'title',
  'topic',
  'cond',
  'refine',
  'relation',
  'employment',
  'unclear',
]);

/** The scan with the earlier set pointed at before its first word, when the follow-up only shapes the answer. */
export function withEarlierSet(scan: Scan, previous: Request | null): Scan {
  const ms = scan.mentions;
  if (!previous || !ms.some((m) => SHAPE_MENTIONS.has(m.t)) || ms.some((m) => OWN_SET_MENTIONS.has(m.t))) return scan;
  const them: Mention = { t: 'anaphor', entity: null, strong: true, start: 0, end: 0, text: 'them' };
  return { ...scan, mentions: [them, ...ms] };
}
