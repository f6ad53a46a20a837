/**
 * Verbs of existence said of the asked set ("which companies in software appear in the data?", "small companies
 * that show up in our list", "which sponsors exist?"): the verb (class `exist` of `text/verbClasses.ts`: "appear",
 * "exist", "show up", "turn up", "pop up", read by WordNet, not listed) restates that the rows are there and adds no
 * condition, when nothing follows it but the data itself ("in the data", "in our database", "on file") or the end of
 * its clause. Anything else after it ("show up at X", "appear in Singapore") is left to the readers of relations and
 * places, or asked about.
 */
import { DATA_SCOPE_ADVERBS, DATA_SELF_LEADS, DATA_SELF_WORDS } from '../../lexicon/discourseWords';
import { verbClassAt } from '../../text/verbClasses';
import type { ScanState } from './ScanState';

/** Determiners between a preposition and the noun of the data ("in the data", "in our list"). */
const DATA_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'your', 'my', 'this', 'that']);

/** True when the words from `k` are a phrase naming the data itself ("in the data", "on file", "in our db"). */
function dataSelfPhraseAt(s: ScanState, k: number): boolean {
  const { w } = s;
  let j = k;
  if (!DATA_SELF_LEADS.has(w[j] ?? '') || DATA_DETERMINERS.has(w[j] ?? '')) return false;
  j++;
  if (DATA_DETERMINERS.has(w[j] ?? '')) j++;
  // "in the event data", "in our company db": a noun of what the data holds modifies the data's own noun
  const kindAt = (x: number): boolean =>
    s.mentions.some((m) => m.t === 'entity' && m.start === x && m.end === x + 1) && DATA_SELF_WORDS.has(w[x + 1] ?? '');
  const modifier = kindAt(j) ? j++ : -1;
  // the preposition may be read already as one ("in"): the phrase's other words are free
  const prepAt = (x: number): boolean => s.mentions.some((m) => m.t === 'prep' && m.start === x && m.end === x + 1);
  for (let x = k; x <= j; x++) if (s.claimed[x] && !prepAt(x) && x !== modifier) return false;
  return DATA_SELF_WORDS.has(w[j] ?? '');
}

/** True when the clause ends at token `k` (the question's end or a clause break). */
function clauseEndsAt(s: ScanState, k: number): boolean {
  return k >= s.w.length || s.breaks.has(k);
}

/** Prepositions of being one of a set ("among the sponsors", "amongst our contacts"). */
const MEMBERSHIP_PREPOSITIONS: ReadonlySet<string> = new Set(['among', 'amongst']);

/** Mention kinds that open the set the question asks for: an entity noun, a relation noun, people's words. */
const SET_KINDS: ReadonlySet<string> = new Set(['entity', 'function', 'seniority', 'title', 'event', 'company']);

export function readExistenceVerbs(s: ScanState): void {
  const { w } = s;
  for (let i = 1; i < w.length; i++) {
    // a phrasal verb of turning up the lexicon read as taking part ("turn up", "show up": taking part "at" an event)
    // is existence when the data itself follows it ("turn up in our records")
    const phrasal = s.mentions.find(
      (m) => m.start === i && m.t === 'relation' && m.relations.length === 0 && m.end - m.start === 2,
    );
    if (s.claimed[i] && !phrasal) continue;
    const span = phrasal ? 2 : s.claimed[i + 1] === true ? 1 : 2;
    const hit = verbClassAt(w.slice(i, i + span));
    if (hit?.cls !== 'exist' || (phrasal && hit.length !== 2)) continue;
    // said of a set the question names before the verb
    if (!s.mentions.some((m) => m.end <= i && SET_KINDS.has(m.t))) continue;
    let after = i + hit.length;
    // "appear anywhere (in the data)", "show up somewhere": an indefinite place adverb names no place, the whole data
    // is where the rows are (`DATA_SCOPE_ADVERBS`)
    if (DATA_SCOPE_ADVERBS.has(w[after] ?? '') && !s.claimed[after]) after++;
    // "appear among our contacts", "show up among the sponsors": being among a set is what the copula says ("are
    // among"), which the readers of "among" read; the verb adds nothing to it
    const among = MEMBERSHIP_PREPOSITIONS.has(w[after] ?? '');
    if (!among && !clauseEndsAt(s, after) && !dataSelfPhraseAt(s, after)) continue;
    if (phrasal) {
      // at the clause's end it is taking part, the place stranded ("where's X showing up?")
      if (!dataSelfPhraseAt(s, after)) continue;
      s.mentions.splice(s.mentions.indexOf(phrasal), 1);
    }
    for (let k = i; k < after; k++) s.claimed[k] = true;
    i = after - 1;
  }
}
