/**
 * A remark of what the speaker believes or does not know, in a clause of its own beside the ask: "hospitality cos at
 * ahice with 10,001+ employees, i think there's a few big hotel chains", "who works at Teledyne in sales, I think they
 * make sensors or something?", "head of sales at hitit? not sure what titles they use", "how many cloudflare
 * employees can we email? not sure how the email thing works". By grammar: the clause opens with a frame of belief
 * ("i think", "i heard", "we believe") or of not knowing ("not sure", "i do not know", "no idea", "dunno"), and what
 * follows is a clause of its own (a subject or a question word: "they make", "there is", "what titles", "how the"). It
 * says what the speaker believes of the world or does not know; it asks nothing and restricts nothing, and the ask
 * beside it is complete. Its words were asked back one by one ("few", "something", "sure" as the company SUSE).
 *
 * Not a remark: a hedge around a value ("in hospitality i think", "i think in banking": the value is said hedged and
 * stays a condition, the hedge being read as a hedge word); a message with no other clause asking about the data; an
 * ask that points back ("who are they?", "sales people there"), which may point into the remark; and a remark naming
 * an event, company or person when the ask names none of its own (the name may be what the ask is about).
 */
import { BELIEF_VERBS, REMARK_SUBJECTS, SPEAKER_WORDS, UNSURE_WORDS } from '../lexicon/discourseWords';
import { DATA_MENTIONS, onlyAdverb } from './discourse';
import { clauseBounds, releaseClause } from './socialClauses';
import type { ScanState } from './scan/ScanState';

/** Words that may open the remark's clause before the belief ("and i think ...", "but not sure ..."). */
const OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'also', 'though', 'tbh', 'honestly', 'although']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never']);
/** Auxiliaries inside a belief frame ("i am not sure", "i do not know", "i would guess"). */
const FRAME_AUXILIARIES: ReadonlySet<string> = new Set(['am', 'do', 'would', 'really', 'totally']);
/** Words that are the remark's whole if nothing else follows the frame: a that-complement's "that" is skipped. */
const COMPLEMENTISERS: ReadonlySet<string> = new Set(['that']);
/** Words by which an ask points back at something said elsewhere in the message. */
const POINTERS: ReadonlySet<string> = new Set(['they', 'them', 'those', 'these', 'their', 'there', 'such', 'it']);
/** Mentions that name one thing: a remark naming one may say what the ask is about. */
const OWN_NAMES: ReadonlySet<string> = new Set(['event', 'company', 'person']);
/** Words that never stand without a negation as not knowing ("sure" alone is being sure). */
const NEGATED_ONLY: ReadonlySet<string> = new Set(['sure', 'certain', 'idea', 'know']);

/**
 * The start of the clause a belief frame opening at k is about ("i think | they make ...", "not sure | what ..."), or
 * -1 when no frame opens there.
 */
function afterBeliefFrame(w: readonly string[], k: number, end: number): number {
  let j = k;
  const speaker = SPEAKER_WORDS.has(w[j] ?? '');
  if (speaker) j++;
  while (j < end && (FRAME_AUXILIARIES.has(w[j] ?? '') || NEGATIONS.has(w[j] ?? '') || onlyAdverb(w[j] ?? ''))) j++;
  const word = w[j] ?? '';
  const negated = w.slice(k, j).some((x) => NEGATIONS.has(x));
  const belief = speaker && BELIEF_VERBS.has(word);
  const unsure = UNSURE_WORDS.has(word) && (negated || !NEGATED_ONLY.has(word));
  if (!belief && !unsure) return -1;
  j++;
  while (j < end && COMPLEMENTISERS.has(w[j] ?? '')) j++;
  return j;
}

/** Pronouns of the things asked about that open a clause of their own ("both are at X", "all of them sponsor X"). */
const TRAILING_SUBJECTS: ReadonlySet<string> = new Set([...REMARK_SUBJECTS, 'both', 'all', 'each']);

/**
 * True when the clause [k, end) is a clause of its own (a pronoun subject and at least two words after it) closed by a
 * belief frame ("they sponsor gstc i think", "both are at the aviation festival i believe"): the speaker's guess,
 * as the frame said first. A value hedged alone ("in hospitality i think") has no subject and stays.
 */
function trailingBelief(w: readonly string[], k: number, end: number): boolean {
  if (end - k < 5 || !TRAILING_SUBJECTS.has(w[k] ?? '')) return false;
  return SPEAKER_WORDS.has(w[end - 2] ?? '') && BELIEF_VERBS.has(w[end - 1] ?? '');
}

/** Releases the belief remarks of the message; returns their token indices (discourse). */
export function releaseBeliefClauses(text: string, s: ScanState): number[] {
  const { w, mentions } = s;
  const bounds = clauseBounds(text, w.length);
  if (!bounds || bounds.length < 2) return [];
  const inside =
    ([a, b]: readonly [number, number]) =>
    (m: (typeof mentions)[number]) =>
      m.start >= a && m.end <= b;
  const remarks = bounds.filter(([a, b]) => {
    let k = a;
    while (k < b && OPENERS.has(w[k] ?? '')) k++;
    // "..., both are at the aviation festival i think": the frame said after a clause of its own
    if (trailingBelief(w, k, b)) return !mentions.some((m) => m.start < b && m.end > a && (m.start < a || m.end > b));
    const about = afterBeliefFrame(w, k, b);
    // a clause of its own follows: a subject or a question word and at least one word after it
    if (about < 0 || about + 1 >= b || !REMARK_SUBJECTS.has(w[about] ?? '')) return false;
    // no part of the data read across the clause's edges
    return !mentions.some((m) => m.start < b && m.end > a && (m.start < a || m.end > b));
  });
  if (remarks.length === 0) return [];
  const asks = bounds.filter(
    (clause) => !remarks.includes(clause) && mentions.some((m) => DATA_MENTIONS.has(m.t) && inside(clause)(m)),
  );
  if (asks.length === 0) return [];
  if (asks.some(([a, b]) => w.slice(a, b).some((x) => POINTERS.has(x)))) return [];
  const askNames = asks.some((clause) => mentions.some((m) => OWN_NAMES.has(m.t) && inside(clause)(m)));
  const released: number[] = [];
  for (const remark of remarks) {
    if (!askNames && mentions.some((m) => OWN_NAMES.has(m.t) && inside(remark)(m))) continue;
    releaseClause(s, remark, released);
  }
  return released;
}
