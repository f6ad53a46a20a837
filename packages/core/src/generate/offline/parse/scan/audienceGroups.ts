/**
 * A loose group of people named by what they share ("the space / satellite crowd", "not the north america lot", "the
 * fintech types"; `LOOSE_GROUP_NOUNS`), a noun phrase after "the" (or "that", "those"):
 *  - after a place, the group is the people of that place: "the <place> lot" reads as "the ones in <place>" (an
 *    anaphor for the asked rows, "in", the place), so "not the north america lot" excludes the people there;
 *  - after a theme, the group is the audience of events about that theme ("anything for the space crowd?": the events
 *    on space; `readAudienceRequests` makes the thing-word the events and "for" their theme's preposition before the
 *    question is read). The group noun then names nothing more.
 * Before this the group noun was asked back. Never before "of" ("a lot of events", "a bunch of companies").
 */
import { EVENT_NOUNS } from '../../lexicon/entityWords';
import { LOOSE_GROUP_NOUNS, MAX_GROUP_SHARED_WORDS } from '../../lexicon/groupNounWords';
import type { Token } from '../../text/tokenize';
import type { Mention } from '../Mention';
import { spanText, type ScanState } from './ScanState';

/** Determiners opening such a group ("the ... crowd", "that ... lot"). */
const GROUP_DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'those']);
/** Mentions of a place the people of a group are in. */
const isPlace = (m: Mention): boolean => m.t === 'country' || m.t === 'city' || m.t === 'state';

const groupAt = (w: readonly string[], i: number): boolean => LOOSE_GROUP_NOUNS.has(w[i] ?? '') && w[i + 1] !== 'of';

/**
 * "the <place> lot": the people of that place, read as "the ones in <place>". Run once the places are read.
 */
export function readPlaceGroups(s: ScanState): void {
  const { w, mentions } = s;
  for (let i = 2; i < w.length; i++) {
    if (s.claimed[i] || !groupAt(w, i)) continue;
    const at = mentions.findIndex((m) => m.end === i && isPlace(m));
    const before = mentions[at];
    if (!before) continue;
    // the determiner read with the place ("the singapore", "the american") or before it
    const inside = GROUP_DETERMINERS.has(w[before.start] ?? '') && before.end - before.start > 1;
    const det = inside ? before.start : before.start - 1;
    if (!GROUP_DETERMINERS.has(w[det] ?? '') || (!inside && s.claimed[det])) continue;
    const place = inside ? { ...before, start: det + 1, text: spanText(s.tokens, det + 1, before.end) } : before;
    mentions[at] = place;
    s.claimed[det] = true;
    s.claimed[i] = true;
    mentions.push(
      { start: det, end: det + 1, text: s.tokens[det]?.raw ?? '', t: 'anaphor', entity: null, strong: true },
      { start: place.start, end: place.start, text: '', t: 'prep', p: 'in' },
    );
  }
}

/**
 * "events about the space / satellite crowd", "anything for the AI types" (read as "about"): the group noun closing a
 * theme's noun phrase after a preposition of theme or audience is its audience and names nothing more; the words
 * between are the theme (read by the theme readers after this, asked about when no theme fits). Run before them.
 */
export function readThemeGroups(s: ScanState): void {
  const { w } = s;
  for (let i = 3; i < w.length; i++) {
    // ("the sales folks there": a noun of people is those people, read as before)
    if (s.claimed[i] || !groupAt(w, i) || PEOPLE_NOUNS.has(w[i] ?? '')) continue;
    let k = i - 1;
    while (k > 0 && i - k <= MAX_GROUP_SHARED_WORDS && !s.breaks.has(k + 1) && !GROUP_DETERMINERS.has(w[k] ?? '')) k--;
    if (k === i - 1 || !GROUP_DETERMINERS.has(w[k] ?? '') || !THEME_LEADS.has(w[k - 1] ?? '')) continue;
    s.claimed[i] = true;
  }
}

/** Prepositions before the audience of a theme ("about the AI crowd", "for the fintech types"). */
const THEME_LEADS: ReadonlySet<string> = new Set(['about', 'for', 'on', 'around']);

/** Group nouns that are the data's own noun of people: never an audience rewritten to a theme. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(['people', 'folks', 'guys']);

/** Words joining the themes of one group ("space / satellite", "ai and data"). */
const THEME_JOINS: ReadonlySet<string> = new Set(['/', 'and', 'or', '&', ',']);
/** Prepositions of whom something is for ("anything for the space crowd", "stuff aimed at the AI types"). */
const AUDIENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['for']);

/**
 * "anything for the space / satellite crowd?": the thing-word heading the question with "for the <words> <group
 * noun>" after it asks for events about those words, as "anything about space / satellite" does. Returns the token of
 * the preposition to read as "about", or -1; the caller makes the thing-word "events" (`readVagueEventRequests`).
 */
export function audienceAfter(tokens: readonly Token[], i: number): number {
  const prep = i + 1;
  if (!AUDIENCE_PREPOSITIONS.has(tokens[prep]?.norm ?? '')) return -1;
  if (!GROUP_DETERMINERS.has(tokens[prep + 1]?.norm ?? '')) return -1;
  const first = prep + 2;
  for (let k = first + 1; k <= first + MAX_GROUP_SHARED_WORDS && k < tokens.length; k++) {
    const x = tokens[k]?.norm ?? '';
    // (a noun of people in the data, "people", "folks", is read as those people, as before)
    if (LOOSE_GROUP_NOUNS.has(x) && !PEOPLE_NOUNS.has(x) && tokens[k + 1]?.norm !== 'of') return prep;
    if (!/^[a-z]/.test(x) && !THEME_JOINS.has(x)) return -1;
  }
  return -1;
}

/**
 * "events for the technology crowd", "conferences in 2025 for the AI types": after a noun of events, "for the <words>
 * <group noun>" is the events' audience, read as their theme ("events about technology"). Token rewrite, before the
 * question is read (after `readVagueEventRequests` made a heading thing-word "events").
 */
export function readEventAudiences(tokens: Token[]): void {
  for (const t of tokens) {
    if (t.norm !== 'for' || audienceAfter(tokens, t.index - 1) !== t.index) continue;
    if (tokens.slice(0, t.index).some((x) => EVENT_NOUNS.has(x.norm))) t.norm = 'about';
  }
}
