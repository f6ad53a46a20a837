/**
 * "How many companies are involved in X in any role?", "companies at X in whatever capacity": taking part in some role
 * or other is taking part with any relation, which the question already says (a relation of any kind, or an event
 * reached by "at"); the phrase adds no condition and is read as such. Said of a named relation ("sponsoring X in any
 * role") it contradicts it and is left unread, so the question is asked back.
 */
import { FREE_CHOICE_DETERMINERS, ROLE_NOUNS } from '../../lexicon/relationWords';
import { verbLemma } from '../../text/language';
import type { ScanState } from './ScanState';

/** Words that may stand between the determiner and the role noun ("whatever their role", "in any of its roles"). */
const OWNER_WORDS: ReadonlySet<string> = new Set(['their', 'its', 'his', 'her', 'the']);

/**
 * The words of a free choice of role starting at `i`: "in any role" anywhere, or "any role" / "whatever their role"
 * standing as a clause of its own ("german companies at X, any role"); the span's end, or -1.
 */
function freeRoleEnd(s: ScanState, i: number): number {
  const { w } = s;
  const withIn = w[i] === 'in';
  const at = withIn ? i + 1 : i;
  if (!FREE_CHOICE_DETERMINERS.has(w[at] ?? '')) return -1;
  const noun = OWNER_WORDS.has(w[at + 1] ?? '') ? at + 2 : at + 1;
  if (!ROLE_NOUNS.has(w[noun] ?? '')) return -1;
  const end = noun + 1;
  if (withIn) return end;
  // without "in" the phrase is a clause of its own: a break before it and nothing after it in the clause
  const ownClause = (i === 0 || s.breaks.has(i)) && (end === w.length || s.breaks.has(end));
  return ownClause ? end : -1;
}

/** Verbs of having or playing a part, in the dictionary form ("have a role in X", "played some part at Y", "holds any role"). */
const PART_VERBS: ReadonlySet<string> = new Set(['have', 'hold', 'play']);

/** Determiners of an unnamed role ("a role", "some role", "any part"). */
const UNNAMED_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', ...FREE_CHOICE_DETERMINERS]);
/** Nouns of kind between the determiner and the role noun ("some kind of role", "any sort of part"). */
const KIND_NOUNS: ReadonlySet<string> = new Set(['kind', 'sort', 'type', 'form']);
/** The nouns of a part one plays in something: the role nouns and "part" itself ("play a part in"). */
const PART_NOUNS: ReadonlySet<string> = new Set([...ROLE_NOUNS, 'part']);

/**
 * "does Google have some kind of role in X", "companies that play a part at Y": having a role no word names in an
 * event is taking part in it in any relation. The span ends at the role noun; the event after it is read as after any
 * verb of taking part. -1 when the words at `i` are not such a phrase.
 */
function unnamedRoleEnd(s: ScanState, i: number): number {
  const { w } = s;
  let k = i + 1;
  // the determiner first: the verb's lemma is read only before one
  if (!UNNAMED_DETERMINERS.has(w[k] ?? '') || !PART_VERBS.has(verbLemma(w[i] ?? ''))) return -1;
  k++;
  if (KIND_NOUNS.has(w[k] ?? '') && w[k + 1] === 'of') k += 2;
  return PART_NOUNS.has(w[k] ?? '') ? k + 1 : -1;
}

export function readAnyRole(s: ScanState): void {
  readUnnamedRoles(s);
  const named = s.mentions.some((m) => m.t === 'relation' && m.relations.length > 0);
  const anyRelation = s.mentions.some(
    (m) => (m.t === 'relation' && m.relations.length === 0) || m.t === 'event' || (m.t === 'prep' && m.p === 'at'),
  );
  if (named || !anyRelation) return;
  for (let i = 0; i + 1 < s.w.length; i++) {
    const end = freeRoleEnd(s, i);
    if (end < 0) continue;
    // the words may already be read ("in" a preposition, "role" a dimension, "their" a pointer back): nothing may
    // reach past them
    const held = s.mentions.filter((m) => m.start < end && m.end > i);
    if (held.some((m) => m.end > end || m.start < i)) continue;
    for (const m of held) s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let k = i; k < end; k++) s.claimed[k] = true;
  }
}

/** Mention kinds of events: the noun or a named event. */
const EVENT_KINDS: ReadonlySet<string> = new Set(['event']);

function readUnnamedRoles(s: ScanState): void {
  const eventSaid = s.mentions.some(
    (m) => EVENT_KINDS.has(m.t) || (m.t === 'entity' && m.entity === 'events' && !(m.relations?.length ?? 0)),
  );
  if (!eventSaid || s.mentions.some((m) => m.t === 'relation')) return;
  for (let i = 0; i + 2 < s.w.length; i++) {
    const end = unnamedRoleEnd(s, i);
    if (end < 0) continue;
    // the words may be read already ("have" a verb of having, "kind" a hedge, "role" a dimension): none may reach
    // past them
    const held = s.mentions.filter((m) => m.start < end && m.end > i);
    if (held.some((m) => m.end > end || m.start < i)) continue;
    for (const m of held) s.mentions.splice(s.mentions.indexOf(m), 1);
    s.mentions.push({
      t: 'relation',
      relations: [],
      ambiguous: false,
      start: i,
      end,
      text: s.w.slice(i, end).join(' '),
    });
    for (let k = i; k < end; k++) s.claimed[k] = true;
    return;
  }
}
