/**
 * The head of a fragment typed with no verb and no linking preposition ("sg events oct sponsors", "ai summits 2025
 * speakers"): its last noun is what is asked for, the nouns before it with their modifiers its conditions (as "2025
 * event sponsors" asks for the sponsors). A linking word ("with", "without", "that", "have", a verb) between them
 * keeps the first noun the head ("events with sponsors").
 */
import type { Mention, Prep } from '../Mention';
import type { BuildState } from './BuildState';

/** Mentions that only describe the noun before them in a fragment (a place, a period, a theme, a venue). */
const DESCRIBING: ReadonlySet<Mention['t']> = new Set(['country', 'city', 'state', 'venue', 'cond', 'topic']);

/** Prepositions that put the noun before them in a place or a period ("events in sg in oct"), linking nothing. */
const PLACING: ReadonlySet<Prep> = new Set<Prep>(['in', 'at', 'placedIn']);

/**
 * True when the relation noun at mention `k` ends a fragment whose earlier head is the events node the question's
 * target is: only describing mentions, side by side, stand between the events noun and it.
 */
export function endsEventFragment(s: BuildState, k: number): boolean {
  const m = s.ms[k];
  if (m?.t !== 'entity' || m.entity !== 'companies' || !m.relations || m.relations.length === 0) return false;
  if (!s.target || s.target.entity !== 'events' || s.target !== s.lastEventDraft) return false;
  let j = k - 1;
  let after: Mention = m;
  while (j >= 0) {
    const x = s.ms[j];
    if (!x || x.end !== after.start) return false;
    // a noun the question typed (an excluded clause's pronoun stands for one with no words: its own set, kept)
    if (x.t === 'entity') return x.entity === 'events' && !x.modifier && x.end > x.start;
    const placing = x.t === 'prep' && PLACING.has(x.p) && DESCRIBING.has(s.ms[j + 1]?.t ?? 'neg');
    if (!DESCRIBING.has(x.t) && !placing) return false;
    after = x;
    j--;
  }
  return false;
}
