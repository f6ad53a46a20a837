/**
 * Being on the list of an event's participants ("which companies are on the lineup for both Cloud Expo Asia and Cyber
 * Security World Asia?", "cos on the roster of ahice"): "on the <list noun> for / of / at" before an event is taking
 * part in it in some role, the relation "any" (as `linkVerbs.ts` reads "tied to X"). The list noun was read as a
 * theme before ("lineup" reached an industry), or asked about. Before anything but an event the words are left alone.
 */
import { PARTICIPANT_LIST_LINKS, PARTICIPANT_LIST_NOUNS } from '../../lexicon/participantListWords';
import { claim, isFree, type ScanState } from './ScanState';

const NOUNS: readonly string[][] = PARTICIPANT_LIST_NOUNS.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
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

export function readParticipantLists(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== 'on') continue;
    let k = i + 1;
    if (LIST_DETERMINERS.has(w[k] ?? '')) k++;
    const noun = NOUNS.find((n) => n.every((x, d) => w[k + d] === x));
    if (!noun) continue;
    const link = k + noun.length;
    if (!PARTICIPANT_LIST_LINKS.has(w[link] ?? '') || !isFree(s, i, link + 1)) continue;
    let e = link + 1;
    while (BEFORE_EVENT.has(w[e] ?? '') && !s.mentions.some((m) => m.start === e)) e++;
    if (!eventAt(s, e)) continue;
    claim(s, i, link + 1, { t: 'relation', relations: [], ambiguous: false });
    i = link;
  }
}
