/**
 * "companies that are sponsors somewhere and speakers somewhere else", "cos that sponsor one event and speak at
 * another", "exhibitors at some event and sponsors at a different one": an otherness word (`OTHERNESS_WORDS`) as the
 * object of the second of two relations of the same companies says its events are other than the first one's. Read
 * as an `apart` mention carrying the relation before it; the builder puts the condition on that relation's link
 * (`build/apartLinks.ts`) or, when the request has no such pair of links, leaves the words unread so the question is
 * asked back: "different" is never dropped (it would answer "at any event", a broader question).
 *
 * The grammar after the relation (a verb, or a relation noun the companies are): an optional "at / in / to / on",
 * an optional determiner, then either an indefinite place word with "else" ("somewhere else", "anywhere else"), a
 * self-standing otherness word ("elsewhere", "another"), or an otherness word before an event noun or "one"
 * ("another event", "a different one", "other events").
 */
import type { Relation } from '../../ir/Request';
import { INDEFINITE_OBJECT_WORDS } from '../../lexicon/fillerWords';
import { OTHERNESS_WORDS, SELF_STANDING_OTHERNESS } from '../../lexicon/relationWords';
import { LEXICON } from '../lexiconTable';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const LEADS: ReadonlySet<string> = new Set(['at', 'in', 'to', 'on']);
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'some', 'any', 'one']);
/** Pronouns standing for the noun said before ("a different one"; the tokens write "one" as a digit). */
const ONE_WORDS: ReadonlySet<string> = new Set(['one', '1', 'ones']);

/** The relations of a relation verb, or of a relation noun (companies), ending at token `k`. */
function relationEndingAt(mentions: readonly Mention[], k: number): Relation[] | null {
  for (const m of mentions) {
    if (m.end !== k) continue;
    if (m.t === 'relation' && m.relations.length > 0) return m.relations;
    if (m.t === 'entity' && m.entity === 'companies' && m.relations !== null && m.relations.length > 0)
      return m.relations;
  }
  return null;
}

function isEventNoun(word: string | undefined): boolean {
  return LEXICON.get(word ?? '')?.some((r) => r.t === 'entity' && r.entity === 'events') ?? false;
}

/** The end of an otherness phrase starting at `i`, or -1. */
function othernessEnd(w: readonly string[], i: number): number {
  let k = i;
  if (DETERMINERS.has(w[k] ?? '') && k + 1 < w.length) k++;
  const word = w[k] ?? '';
  if (INDEFINITE_OBJECT_WORDS.has(word) && word.endsWith('where') && w[k + 1] === 'else') return k + 2;
  if (!OTHERNESS_WORDS.has(word) || word === 'else') return -1;
  if (isEventNoun(w[k + 1]) || ONE_WORDS.has(w[k + 1] ?? '')) return k + 2;
  return SELF_STANDING_OTHERNESS.has(word) ? k + 1 : -1;
}

export function readApartEvents(s: ScanState): void {
  const { w, mentions } = s;
  for (let v = 1; v < w.length; v++) {
    const relations = relationEndingAt(mentions, v);
    if (!relations) continue;
    // the companies' earlier relation, of other relations than this one (one event's sponsors are not "elsewhere")
    const earlier = mentions.some(
      (m) =>
        m.end <= v - 1 &&
        ((m.t === 'relation' && m.relations.length > 0) ||
          (m.t === 'entity' && m.entity === 'companies' && (m.relations?.length ?? 0) > 0)) &&
        (m.t === 'relation' ? m.relations : (m.relations ?? [])).join() !== relations.join(),
    );
    const start = LEADS.has(w[v] ?? '') ? v + 1 : v;
    const end = othernessEnd(w, start);
    if (end < 0) continue;
    // with no earlier relation, "other events" may exclude the events named ("other events" of `openNode`); a place
    // word of otherness ("sponsor elsewhere", "somewhere else") has nothing to differ from: read, then asked about
    if (!earlier && !w.slice(start, end).some((x) => x === 'else' || x === 'elsewhere')) continue;
    // the words may be read already as "other", an event noun, an indefinite object or the preposition: all replaced
    if (mentions.some((x) => x.start < end && x.end > v && (x.start < v || x.end > end))) continue;
    for (const m of mentions.filter((x) => x.start >= v && x.end <= end)) mentions.splice(mentions.indexOf(m), 1);
    for (let k = v; k < end; k++) s.claimed[k] = true;
    const text = s.tokens
      .slice(v, end)
      .map((t) => t.raw)
      .join(' ');
    mentions.push({ start: v, end, text, t: 'apart', relations: [...relations] });
    v = end - 1;
  }
}
