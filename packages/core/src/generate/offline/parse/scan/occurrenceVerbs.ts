/**
 * Verbs of occurrence and responsibility, read by their WordNet class (`text/verbClasses.ts`), never from a
 * list of phrasings:
 *  - about events ("kick off", "take place", "be held", "run"): the start-date window the question already has;
 *    a verb of ending ("wrap up", "finish", "close") moves the window that follows it to the end date;
 *  - about people ("who handles sales", "who is in charge of HR"): the job function that follows is the
 *    person's, which the function mention already says;
 *  - of having ("signed up", "lined up", "secured", "featured"): the plain "has" of the relation noun that follows
 *    ("which event has signed up the most partners", "events that secured more than 5 sponsors"), or its participle
 *    after that noun ("the most partners signed up"), which the relation mention already says; with anything else
 *    around it ("events that bought ...") it stays unread;
 *  - of extent ("span", "stretch", "last", "extend"): the verb of a measure of duration that follows ("which event
 *    spans the most days", "stretches over the greatest number of days", "events extending across 3 days"), which the
 *    measure already says; before anything else ("stretch into 2025") it stays unread: no window is read from it.
 * A verb is read only where its reading is used: an event verb needs events in the question, a verb of
 * responsibility a job function (or seniority, or title) right after it; otherwise its words stay unread and
 * the parser asks about them.
 */
import type { Mention } from '../Mention';
import { AUXILIARY_VERBS, BE_WRITTEN_FORMS } from '../../lexicon/auxiliaryWords';
import { verbLemma } from '../../text/language';
import { verbClassAt } from '../../text/verbClasses';
import type { ScanState } from './ScanState';

/** Words that may stand between a verb and what it is about ("wrap up in", "handles the sales for"). */
const GAP_WORDS = new Set(['the', 'our', 'their', 'its', 'all', 'of', 'for', 'in', 'on', 'at', 'by', 'up', 'out']);
const FUNCTION_KINDS = new Set<Mention['t']>(['function', 'seniority', 'title', 'topic']);
/** Words of a quantity between a verb of having and its relation noun ("signed up a few", "secured any"). */
const QUANTITY_GAP_WORDS = new Set(['a', 'an', 'any', 'some', 'few', 'many', 'several', 'lots', 'lot', 'of']);
/** Mentions that count or rank the relation noun after a verb of having ("the most", "top", "5", "other"). */
const QUANTITY_KINDS = new Set<Mention['t']>(['most', 'top', 'number', 'count', 'other', 'examples']);

function isEventMention(m: Mention): boolean {
  return (
    m.t === 'event' ||
    (m.t === 'entity' && m.entity === 'events') ||
    (m.t === 'cond' && ['startBetween', 'endBetween', 'past', 'ongoing'].includes(m.cond.kind)) ||
    (m.t === 'attribute' && (m.attr === 'dates' || m.attr === 'duration'))
  );
}

/** Prepositions between a verb of extent and its length ("stretches over 3 days", "spans across a week"). */
const EXTENT_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'across', 'through', 'for']);
/** Words of a count of days before the unit ("the greatest number of days"), read by `answerShapes` after "most". */
const DAY_WORDS: ReadonlySet<string> = new Set(['day', 'days']);

/**
 * The end of the prepositions of extent after a verb of extent when a measure of an event's duration follows them
 * ("spans the most days", "stretches across 3 days"), else -1.
 */
function durationAfter(s: ScanState, from: number, open: (k: number) => boolean): number {
  let k = from;
  while (k < s.w.length && open(k) && EXTENT_PREPOSITIONS.has(s.w[k] ?? '')) k++;
  const m = s.mentions.find((x) => x.start === k);
  if (m === undefined) return -1;
  const measured =
    m.t === 'superlative' || m.t === 'attribute'
      ? (m.t === 'superlative' ? m.column : m.attr) === 'duration'
      : m.t === 'cond'
        ? m.cond.kind === 'compare' && m.cond.column === 'duration_days'
        : // "the most days": a count of days after "most" (the duration ranked)
          m.t === 'most' && DAY_WORDS.has(s.w[m.end] ?? '');
  return measured ? k : -1;
}

/** The first mention starting at or after `from`, with only gap words between. */
function mentionAfter(s: ScanState, from: number): Mention | undefined {
  let k = from;
  while (k < s.w.length && !s.claimed[k] && GAP_WORDS.has(s.w[k] ?? '')) k++;
  return s.mentions.find((m) => m.start === k);
}

/** True when a relation noun follows `from`, past gap words and the words counting or ranking it. */
function relationAfter(s: ScanState, from: number): boolean {
  let k = from;
  while (k < s.w.length) {
    const word = s.w[k] ?? '';
    if (!s.claimed[k] && (GAP_WORDS.has(word) || QUANTITY_GAP_WORDS.has(word))) {
      k++;
      continue;
    }
    const m = s.mentions.find((x) => x.start <= k && k < x.end);
    if (!m) return false;
    if (QUANTITY_KINDS.has(m.t)) {
      k = m.end;
      continue;
    }
    return isRelationNoun(m);
  }
  return false;
}

/** True for a relation noun, or a count of one ("more than 5 sponsors"). */
function isRelationNoun(m: Mention): boolean {
  return (
    m.t === 'relation' ||
    (m.t === 'entity' && (m.relations?.length ?? 0) > 0) ||
    (m.t === 'cond' && m.cond.kind === 'linkCount')
  );
}

/**
 * True for the third-person form of a verb ("frogs", "ships", "ends": the dictionary form and an "s"), which is also
 * how a plural noun is spelt.
 */
function thirdPersonForm(word: string): boolean {
  return word.endsWith('s') && verbLemma(word) !== word;
}

/** Words before a plural noun that no verb follows ("the frogs", "some ships"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'my',
  'our',
  'their',
  'its',
  'these',
  'those',
  'some',
  'any',
  'all',
  'no',
]);
/** Words after which a verb takes its dictionary form or a participle, never its third-person form ("have frogs"). */
const NON_FINITE_LEADS: ReadonlySet<string> = new Set([...AUXILIARY_VERBS, 'have', 'has', 'had', 'to']);

/**
 * True when the word at `i`, spelt as a verb's third-person form, cannot be that verb: it opens the message (a
 * third-person verb has its subject before it; an imperative is the dictionary form), follows a determiner, or
 * follows an auxiliary or "have" (which a dictionary form or a participle follows: "which events have frogs"). It is
 * then a plural noun ("frogs sponsors of ...": WordNet's rare verb "to frog", to hunt frogs, is no verb of having),
 * left unread for the parser to ask about.
 */
function pluralNounSlot(w: readonly string[], i: number): boolean {
  const before = w[i - 1] ?? '';
  return thirdPersonForm(w[i] ?? '') && (i === 0 || NOUN_DETERMINERS.has(before) || NON_FINITE_LEADS.has(before));
}

/**
 * True when the verb at `i` is a participle after the relation noun it describes ("the most partners signed up",
 * "sponsors lined up"): the noun ends right before it and the verb is in a participle's form, not its dictionary form
 * nor its third-person form ("sponsors frogs of ...": a noun after a noun, no participle).
 */
function participleAfterRelation(s: ScanState, i: number): boolean {
  const before = s.mentions.find((m) => m.end === i);
  const word = s.w[i] ?? '';
  return before !== undefined && isRelationNoun(before) && verbLemma(word) !== word && !thirdPersonForm(word);
}

export function readOccurrenceVerbs(s: ScanState): void {
  const { w } = s;
  const aboutEvents = s.mentions.some(isEventMention) || w.includes('when');
  /** A token free, or read only as a preposition (the "of" of "in charge of" belongs to the phrase). */
  const prepAt = (k: number): Mention | undefined =>
    s.mentions.find((m) => m.t === 'prep' && m.start === k && m.end === k + 1);
  const open = (k: number): boolean => !s.claimed[k] || prepAt(k) !== undefined;
  for (let i = 0; i < w.length; i++) {
    if (!open(i)) continue;
    let reach = i;
    while (reach < w.length && reach - i < 3 && open(reach)) reach++;
    const hit = verbClassAt(w.slice(i, reach));
    // a verb of making or selling is no event's occurring ("events that sell out"): `offeringVerbs` reads it
    // ... nor is a verb of being tied to something ("companies attached to it": `linkVerbs` reads it before an event)
    // ... nor one of working together ("who works with X": `collaborationVerbs` asks it back)
    // ... nor one of being about something ("events dedicated to X": `topics` reads it before a theme)
    // ... nor one of paying for something ("firms bankrolling X": `linkVerbs` reads it before an event)
    if (!hit || ['offer', 'link', 'collaborate', 'devote', 'fund'].includes(hit.cls)) continue;
    if (pluralNounSlot(w, i)) continue;
    const next = mentionAfter(s, i + hit.length);
    let read = false;
    let span = hit.length;
    if (hit.cls === 'have') read = relationAfter(s, i + hit.length) || participleAfterRelation(s, i);
    else if (hit.cls === 'extend') {
      // ... with its prepositions ("across" is read as "among" otherwise)
      const to = durationAfter(s, i + hit.length, open);
      read = to >= 0;
      if (read) span = to - i;
    } else if ((hit.cls === 'manage' || hit.cls === 'stage') && next && FUNCTION_KINDS.has(next.t)) read = true;
    // ("hold vice-president titles": "hold" puts on an event too, and before a title it is holding the title)
    // "events being staged outside X", "when is X held": putting on said of events, never of a company ("companies
    // that staged events": the organizer, asked) nor with its agent ("staged by X")
    else if (hit.cls === 'stage') read = aboutEvents && stagedEvents(s, i, i + hit.length);
    else if (aboutEvents) {
      read = true;
      if (hit.cls === 'end' && next?.t === 'cond' && next.cond.kind === 'startBetween') {
        const { from, to, label } = next.cond;
        next.cond = { kind: 'endBetween', from, to, label };
      }
    }
    if (!read) continue;
    for (let k = i; k < i + span; k++) {
      const prep = prepAt(k);
      if (prep) s.mentions.splice(s.mentions.indexOf(prep), 1);
      s.claimed[k] = true;
    }
    i += span - 1;
  }
}

/** Mentions of a subject that puts an event on (a company, a person): then the verb is no event's taking place. */
const AGENT_KINDS: ReadonlySet<Mention['t']> = new Set(['company', 'person', 'who']);

/**
 * True when a verb of putting on at [i, end) is said of events: no company or person before it (a subject that stages
 * them) and no agent after it ("hosted by X": the organizer).
 */
function stagedEvents(s: ScanState, i: number, end: number): boolean {
  if (s.w[end] === 'by') return false;
  return !s.mentions.some(
    (m) =>
      m.end <= i && (AGENT_KINDS.has(m.t) || (m.t === 'entity' && (m.entity === 'companies' || m.entity === 'people'))),
  );
}

/** Forms of "be" and "get" before a passive participle ("are being hosted", "was held", "get staged"). */
const PASSIVE_LEADS: ReadonlySet<string> = new Set([
  ...BE_WRITTEN_FORMS.filter((x) => x !== 'am'),
  'get',
  'gets',
  'got',
  'getting',
]);

/**
 * "which events are being hosted outside Singapore", "events organised in Dubai": a participle of a verb of putting on
 * that the lexicon read as the organizer relation, in the passive of events (after a form of "be" or
 * right after the events) with no agent ("by X"), says the events take place: no company organizes anything in the
 * question, so no organizer condition. Its word is read, as an occurrence verb's.
 */
export function readStagingVerbs(s: ScanState): void {
  const { w } = s;
  if (!s.mentions.some(isEventMention)) return;
  for (let j = s.mentions.length - 1; j >= 0; j--) {
    const m = s.mentions[j];
    if (m?.t !== 'relation' || m.end - m.start !== 1 || !m.relations.every((r) => r === 'organizer')) continue;
    const word = w[m.start] ?? '';
    if (!/(?:ed|en|eld)$/.test(word)) continue;
    const before = s.mentions.find((x) => x.end === m.start);
    const passive = PASSIVE_LEADS.has(w[m.start - 1] ?? '') || (before !== undefined && isEventMention(before));
    if (!passive || !stagedEvents(s, m.start, m.end)) continue;
    s.mentions.splice(j, 1);
  }
}
