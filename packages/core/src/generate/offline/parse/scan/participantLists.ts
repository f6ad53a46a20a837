/**
 * Being on the list of an event's participants ("which companies are on the lineup for both Cloud Expo Asia and Cyber
 * Security World Asia?", "cos on the roster of ahice"): "on the <list noun> for / of / at" before an event is taking
 * part in it in some role, the relation "any" (as `linkVerbs.ts` reads "tied to X"). The list noun was read as a
 * theme before ("lineup" reached an industry), or asked about. A participle of being entered on it ("exhibitors
 * confirmed for X", "companies registered at X", `LISTED_PARTICIPLES`) says the same: taking part, in the relation of
 * the noun before it ("exhibitors are confirmed for the ABS 2024 show": its exhibitors). Before anything but an event
 * the words are left alone.
 */
import {
  LISTED_LINKS,
  LISTED_PARTICIPLES,
  PARTICIPANT_LIST_LINKS,
  PARTICIPANT_LIST_NOUNS,
} from '../../lexicon/participantListWords';
import { EVENT_NOUNS } from '../../lexicon/entityWords';
import { claim, isFree, type ScanState } from './ScanState';

const byLength = (phrases: readonly string[]): string[][] =>
  phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const NOUNS: readonly string[][] = byLength(PARTICIPANT_LIST_NOUNS);
const PARTICIPLES: readonly string[][] = byLength(LISTED_PARTICIPLES);
/** Determiners between "on" and the list noun ("on the lineup", "on their roster"). */
const LIST_DETERMINERS: ReadonlySet<string> = new Set(['the', 'their', 'its', 'this', 'that']);
/** Words between the preposition and the event's name ("for both X and Y", "for the X"). */
const BEFORE_EVENT: ReadonlySet<string> = new Set(['both', 'the', 'either', 'any', 'all']);

/** True when an event is named from token `j` on: read already, or an event's name (or a word of one) there. */
function eventAt(s: ScanState, j: number): boolean {
  const read = s.mentions.find((m) => m.start === j);
  if (read) return read.t === 'event' || (read.t === 'entity' && read.entity === 'events');
  for (let len = Math.min(s.index.maxSpan, s.w.length - j); len >= 1; len--) {
    const key = s.w.slice(j, j + len).join(' ');
    if (s.index.events.has(key) || (len === 1 && s.index.eventNameWords.has(key))) return true;
  }
  return false;
}

/** The token after "both" / "the" ... where the event's name starts, from token `j`. */
function eventStart(s: ScanState, j: number): number {
  let e = j;
  while (BEFORE_EVENT.has(s.w[e] ?? '') && !s.mentions.some((m) => m.start === e)) e++;
  return e;
}

/** Question words fronting the event asked ("which events", "what conferences"). */
const FRONTING: ReadonlySet<string> = new Set(['which', 'what', 'whichever', 'whatever']);

/**
 * True when the question fronts a question about events before token `i` ("which events has X ..."; an aside may
 * stand between: "which events has amazon - sorry, AWS - signed up for").
 */
function eventAsked(s: ScanState, i: number): boolean {
  for (let k = 0; k + 1 < i; k++) {
    if (!FRONTING.has(s.w[k] ?? '')) continue;
    const noun = s.mentions.find((m) => m.start === k + 1);
    if (noun ? noun.t === 'entity' && noun.entity === 'events' : EVENT_NOUNS.has(s.w[k + 1] ?? '')) return true;
  }
  return false;
}

export function readParticipantLists(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    const participle = PARTICIPLES.find((p) => p.every((x, d) => w[i + d] === x));
    if (!participle) continue;
    const link = i + participle.length;
    if (!LISTED_LINKS.has(w[link] ?? '') || !isFree(s, i, link + 1)) continue;
    // "which events has AWS signed up for": the event asked is fronted, the preposition stranded at the clause's end
    const stranded = (link + 1 === w.length || s.breaks.has(link + 1)) && eventAsked(s, i);
    if (!stranded && !eventAt(s, eventStart(s, link + 1))) continue;
    claim(s, i, link + 1, { t: 'relation', relations: [], ambiguous: false });
    i = link;
  }
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== 'on') continue;
    let k = i + 1;
    if (LIST_DETERMINERS.has(w[k] ?? '')) k++;
    const noun = NOUNS.find((n) => n.every((x, d) => w[k + d] === x));
    if (!noun) continue;
    const link = k + noun.length;
    if (!PARTICIPANT_LIST_LINKS.has(w[link] ?? '') || !isFree(s, i, link + 1)) continue;
    if (!eventAt(s, eventStart(s, link + 1))) continue;
    claim(s, i, link + 1, { t: 'relation', relations: [], ambiguous: false });
    i = link;
  }
}
