/**
 * "sponsoring anything", "exhibiting at whatever", "is Meltwater speaking anywhere": an indefinite pronoun as the
 * object of a relation verb names no particular event, so it stands for any event (the relation itself is the
 * condition). Only read right after a relation verb (or the verb and "at" / "in"), where the only thing a
 * company can sponsor, exhibit at or speak at is an event; elsewhere such a word is left unread as before.
 */
import { SPEAKER_POSSESSIVES, SPEAKER_WORDS } from '../../lexicon/discourseWords';
import { INDEFINITE_OBJECT_WORDS } from '../../lexicon/fillerWords';
import type { Mention } from '../Mention';
import { claim, type ScanState } from './ScanState';

const LEADS: ReadonlySet<string> = new Set(['at', 'in', 'to', 'on']);

export function readIndefiniteObjects(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    if (s.claimed[i] || !INDEFINITE_OBJECT_WORDS.has(w[i] ?? '')) continue;
    const verbEndsAt = (k: number): boolean => s.mentions.some((m) => m.t === 'relation' && m.end === k);
    const lead = w[i - 1] ?? '';
    if (verbEndsAt(i) || (LEADS.has(lead) && verbEndsAt(i - 1))) {
      claim(s, i, i + 1, { t: 'entity', entity: 'events', relations: null });
      continue;
    }
    // "companies that are exhibitors anywhere", "sponsors somewhere": a place word after a relation noun says its
    // events are any, which the noun already says (companies in that relation to some event): no condition
    const nounEndsAt = s.mentions.some(
      (m) => m.t === 'entity' && m.entity === 'companies' && (m.relations?.length ?? 0) > 0 && m.end === i,
    );
    if (nounEndsAt && PLACE_WORDS.has(w[i] ?? '')) s.claimed[i] = true;
  }
}

/** Indefinite words that stand for places ("anywhere", "somewhere"): only events are places a company is at. */
const PLACE_WORDS: ReadonlySet<string> = new Set([...INDEFINITE_OBJECT_WORDS].filter((x) => x.endsWith('where')));
/** Indefinite words that stand for things (not places: "anywhere" is a place, read with the verb above). */
const THING_WORDS: ReadonlySet<string> = new Set([...INDEFINITE_OBJECT_WORDS].filter((x) => !x.endsWith('where')));
/** Words by which a clause opens with the speaker's side as subject ("my boss ...", "we ..."). */
const SPEAKER_OPENERS: ReadonlySet<string> = new Set([...SPEAKER_WORDS, ...SPEAKER_POSSESSIVES]);
/** Mentions that say which kind of thing is asked for: with one of these, an indefinite word adds nothing. */
const NAMES_A_KIND: ReadonlySet<Mention['t']> = new Set(['entity', 'who', 'event', 'company', 'person']);
/** Words of having before a noun of those taking part ("with sponsors", "that have speakers", "having partners"). */
const HAVING_WORDS: ReadonlySet<string> = new Set(['with', 'without', 'having', 'have', 'has']);
/** Determiners between a word of having and its noun ("with any sponsors", "with no speakers"). */
const HAD_DETERMINERS: ReadonlySet<string> = new Set(['any', 'some', 'no', 'many', 'several']);
/** What only events have of their own here: dates, a place, a theme, a venue. */
const EVENT_FACETS: ReadonlySet<Mention['t']> = new Set(['country', 'city', 'state', 'venue', 'topic']);
const DATE_CONDS: ReadonlySet<string> = new Set(['startBetween', 'endBetween', 'past', 'ongoing']);

function eventFacet(m: Mention): boolean {
  return EVENT_FACETS.has(m.t) || (m.t === 'cond' && DATE_CONDS.has(m.cond.kind));
}

/**
 * "anything on in october?", "any stuff in japan", "is there anything going on in the uae", "got anything in the
 * pipeline for december": an indefinite thing-word that is the whole object of the question, with nothing else
 * saying which kind of thing is asked for, stands for the things that take place on dates and in places: events.
 * Read only when the question names no kind of thing (no entity noun, no "who", no event, company or person
 * name) and has something only events have (a date window, a place, a venue or a theme); elsewhere the word is
 * left for the parser to ask about. Runs after the names are read.
 */
export function readIndefiniteSubjects(s: ScanState): void {
  const { w, mentions } = s;
  const i = w.findIndex((x, k) => !s.claimed[k] && THING_WORDS.has(x));
  if (i < 0) return;
  // a clause after the thing-word opened by the speaker's side ("...?? my boss wants to bring her dog") is a remark of
  // the speaker's: a name read in it ("her" is a company's name) says no kind of thing the question asks for
  const opens = [...s.breaks].filter((k) => k > i && SPEAKER_OPENERS.has(w[k] ?? '')).sort((a, b) => a - b);
  const remarkAt = (k: number): boolean => {
    const start = opens.filter((o) => o <= k).pop();
    return start !== undefined && ![...s.breaks].some((b) => b > start && b <= k);
  };
  // "anything in the next 6 weeks with sponsors?": a noun of those taking part after a word of having is what the
  // things asked for have (events with sponsors), never the kind asked
  const had = (m: Mention): boolean => {
    if (m.t !== 'entity' || m.entity === 'events' || m.start <= i) return false;
    let k = m.start - 1;
    while (HAD_DETERMINERS.has(w[k] ?? '')) k--;
    return HAVING_WORDS.has(w[k] ?? '');
  };
  if (mentions.some((m) => NAMES_A_KIND.has(m.t) && !remarkAt(m.start) && !had(m))) return;
  if (!mentions.some(eventFacet)) return;
  claim(s, i, i + 1, { t: 'entity', entity: 'events', relations: null });
}
