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
import { BE_FORMS } from '../../lexicon/auxiliaryWords';
import { FEATURING_VERBS, SPEAKER_PLACE_NOUNS } from '../../lexicon/relationWords';
import type { Relation } from '../../ir/Request';
import type { Mention } from '../Mention';
import { LEXICON } from '../lexiconTable';
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
  readListPlaces(s);
}

/** The list noun or speaker's place at token `k` ("lineup", "line ups", "agenda", "stage"): its end and relations. */
function placeNounAt(w: readonly string[], k: number): { end: number; relations: Relation[] } | null {
  // a plural of the last word ("line-ups", "rosters", "panels")
  const fits = (n: readonly string[]): boolean =>
    n.every((x, d) => w[k + d] === x || (d === n.length - 1 && w[k + d] === `${x}s`));
  const noun = NOUNS.find(fits);
  if (noun) return { end: k + noun.length, relations: [] };
  if (SPEAKER_PLACE_NOUNS.includes(w[k] ?? '')) return { end: k + 1, relations: ['speaker'] };
  return null;
}

/** The relations of a relation noun or participle modifying a list ("the speaker lineup", "the sponsor roster"). */
function relationModifier(word: string): Relation[] | null {
  for (const r of LEXICON.get(word) ?? []) {
    if (r.t === 'entity' && r.entity === 'companies' && r.relations && r.relations.length > 0) return r.relations;
    if (r.t === 'relation' && r.relations.length > 0) return r.relations;
  }
  return null;
}

/** A noun of companies or people, or "who" (a participant subject). */
function participantWord(word: string): boolean {
  if (word === 'who') return true;
  return (
    LEXICON.get(word)?.some((r) => r.t === 'entity' && (r.entity === 'companies' || r.entity === 'people')) ?? false
  );
}

/**
 * Being on an event's list of participants or in a speaker's place on its programme: "on / in" (after a verb of being
 * shown, `FEATURING_VERBS`, or a form of "be", or right after a noun of companies or people), a determiner, the event
 * or a noun of events or a relation noun as a modifier ("the Seamless lineup", "the event line-ups", "the speaker
 * lineup"), and the list noun (`PARTICIPANT_LIST_NOUNS`: taking part in any relation) or the speaker's place
 * (`SPEAKER_PLACE_NOUNS`: agenda, stage, panel: the speaker relation); a relation noun modifying the list says its
 * relation. "on the lineup for / of / at X" is read as before, with or without a verb.
 */
function readListPlaces(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== 'on' && w[i] !== 'in') continue;
    const featured = FEATURING_VERBS.has(w[i - 1] ?? '') && isFree(s, i - 1, i);
    const subject =
      featured ||
      BE_FORMS.has(w[i - 1] ?? '') ||
      participantWord(w[i - 1] ?? '') ||
      (participantWord(w[i - 2] ?? '') && BE_FORMS.has(w[i - 1] ?? ''));
    // "in the lineup" is taking part only as where someone is shown or is ("featured in", "are in")
    if (w[i] === 'in' && !subject) continue;
    let k = i + 1;
    if (LIST_DETERMINERS.has(w[k] ?? '') || w[k] === 'a') k++;
    let named: Mention | undefined;
    let eventNoun = false;
    let modifier: Relation[] | null = null;
    /** Mentions of single words the phrase reads anew (a relation noun as the list's modifier, the noun as a theme). */
    const replaced: Mention[] = [];
    for (let d = 0; d < 2; d++) {
      const read = s.mentions.find((m) => m.start === k);
      if (read?.t === 'event' && !named) {
        named = read;
        k = read.end;
      } else if (!read && EVENT_NOUNS.has(w[k] ?? '') && isFree(s, k, k + 1)) {
        eventNoun = true;
        k++;
      } else if (
        (!read || (read.t === 'entity' && read.end === k + 1 && (read.relations?.length ?? 0) > 0)) &&
        relationModifier(w[k] ?? '')
      ) {
        // "the speaker lineup": a relation noun read already as the companies' noun modifies the list
        modifier = relationModifier(w[k] ?? '');
        if (read) replaced.push(read);
        k++;
      } else break;
    }
    const place = placeNounAt(w, k);
    if (!place) continue;
    // "agenda", "stage", "lineup" read by the token rewrites as a theme word of the events: the place is read anew
    const theme = s.mentions.find((m) => m.start === k && m.end === place.end && m.t === 'topic');
    if (theme) replaced.push(theme);
    else if (!isFree(s, k, place.end)) continue;
    const release = (): void => {
      for (const m of replaced) {
        s.mentions.splice(s.mentions.indexOf(m), 1);
        for (let q = m.start; q < m.end; q++) s.claimed[q] = false;
      }
    };
    const start = featured ? i - 1 : i;
    const relations = modifier ?? place.relations;
    const link = place.end;
    const body = { t: 'relation' as const, relations: [...relations], ambiguous: false };
    if (
      !named &&
      PARTICIPANT_LIST_LINKS.has(w[link] ?? '') &&
      isFree(s, link, link + 1) &&
      eventAt(s, eventStart(s, link + 1))
    ) {
      release();
      if (!isFree(s, start, link + 1)) continue;
      claim(s, start, link + 1, body);
      i = link;
      continue;
    }
    if (named) {
      // the event named inside the phrase ("on the Seamless lineup"): the words around it are the relation
      release();
      if (!isFree(s, start, named.start)) continue;
      claim(s, start, named.start, body);
      for (let q = named.end; q < place.end; q++) s.claimed[q] = true;
      i = place.end - 1;
      continue;
    }
    // no event named: taking part in the events of the question, or in events at all ("companies in the event
    // line-ups"), said of companies or people
    const closes = link >= w.length || s.breaks.has(link) || ['at', 'for', 'of'].includes(w[link] ?? '');
    // a bare "list" or "programme" may be the answer's own list ("companies in the list"): only with a modifier
    const generic = ['list', 'lists', 'programme', 'programmes', 'program', 'programs'].includes(w[k] ?? '');
    if (generic && !eventNoun && !modifier) continue;
    if (!subject || !(closes || eventNoun || modifier)) continue;
    release();
    if (!isFree(s, start, link)) continue;
    claim(s, start, link, body);
    i = link - 1;
  }
}
