/**
 * A fragment that frames the ask: a clause typed without its subject that says what the speaker is busy with or what
 * the message is, beside another clause that asks ("Doing territory planning. which companies ...", "Quick one for
 * the board deck - which ...", "Prepping a slide for my boss. ...", "For my renewal deck: ..."). By grammar, not
 * phrasing: the clause opens (after joining words, fillers and adverbs) with
 *  - a gerund of a verb that asks for nothing ("doing", "prepping", "putting"; not "looking", "finding": those head
 *    the request itself), WordNet's inflected verb with no subject before it: the speaker's activity;
 *  - a noun naming the message itself, maybe after an adjective ("quick one", "a quick question", "small ask");
 *  - "for" + the speaker's possessive ("for my deck"): the purpose fronted as a phrase of its own.
 * It holds no question word, and every word of it is unread (the speaker's activity: "territory planning", "board
 * deck"), grammar, the number one of "quick one", a slip guessed for a plain English word ("doing" for "going"), or
 * a noun of the rows premodifying an unread noun of the activity ("account mapping": the head is "mapping"); any
 * other word read as data (a name, a place, a time, a relation, a job, a measure) keeps the clause content, so a
 * frame holding a condition is never dropped. Another clause must ask for rows with its own noun or question word.
 * Its words are released as discourse: the frame constrains nothing.
 */
import { activityWord, adjectiveWord, ownNoun, onlyAdverb } from './discourse';
import { CLOSED_CLASS_WORDS, QUESTION_WORDS, REQUEST_VERBS, SPEAKER_POSSESSIVES } from '../lexicon/discourseWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { inWordNet, isVerb, verbLemma, wordNet, nounLemma } from '../text/language';
import type { Mention } from './Mention';
import type { ScanState } from './scan/ScanState';
import { clauseBounds, releaseClause } from './socialClauses';

/** Words joining the fragment to what came before ("so", "ok", "and"). */
const JOINS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'ok', 'okay', 'well', 'hey', 'hi']);
/** Nouns naming the message itself ("quick one", "a question", "small ask"). */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set(['one', '1', 'q', 'question', 'qn', 'ask', 'request', 'query']);
/** Verbs of seeking: a gerund of one heads the request ("looking for", "trying to find"), never a frame. */
const SEEKING_VERBS: ReadonlySet<string> = new Set([...REQUEST_VERBS, 'look', 'try', 'hunt', 'hope', 'ask', 'check']);
/** Mentions of the clause's grammar, naming nothing. */
const GRAMMAR: ReadonlySet<Mention['t']> = new Set(['prep', 'copula', 'relpron', 'and', 'refine']);
/** Mentions that ask for rows in the other clause. */
const ASKING: ReadonlySet<Mention['t']> = new Set(['entity', 'who', 'relation', 'attribute', 'aggFn', 'count']);

/** "prepping", "doin": a gerund (its g maybe dropped) of a verb that seeks nothing. */
function frameGerund(x: string): boolean {
  if (!/^[a-z]+$/.test(x)) return false;
  const g = /[^aeiou]in$/.test(x) ? `${x}g` : x;
  if (!g.endsWith('ing')) return false;
  // "prepping", "slacking": a noun WordNet knows turned verb, its last consonant doubled before "ing"
  const doubled = /([b-df-hj-np-tv-z])\1ing$/.exec(g);
  if (!isVerb(g)) return doubled !== null && !inWordNet(g) && inWordNet(g.slice(0, -4));
  const lemma = verbLemma(g);
  return lemma !== g && !SEEKING_VERBS.has(lemma);
}

/** A plain noun WordNet knows ("mapping", "review", "deck"). */
function nounWord(x: string): boolean {
  return /^[a-z]+$/.test(x) && wordNet().senses(nounLemma(x), 'noun').length > 0;
}

/** Where the fragment's opener stands in [a, b), or -1 when the clause opens otherwise. */
function frameOpener(w: readonly string[], a: number, b: number): number {
  let k = a;
  /** "quick one", "for my deck": the word opens the fragment though it is a filler elsewhere. */
  const opens = (j: number): boolean =>
    MESSAGE_NOUNS.has(w[j + 1] ?? '') || (w[j] === 'for' && SPEAKER_POSSESSIVES.has(w[j + 1] ?? ''));
  while (k < b && !opens(k) && (JOINS.has(w[k] ?? '') || FILLER_WORDS.has(w[k] ?? '') || onlyAdverb(w[k] ?? ''))) k++;
  const x = w[k] ?? '';
  if (k >= b) return -1;
  if (frameGerund(x)) return k;
  if (x === 'for' && SPEAKER_POSSESSIVES.has(w[k + 1] ?? '')) return k;
  // "quick one", "a quick question", "question:": an optional article and adjective before a noun of the message;
  // "one" / "1" only after its adjective (alone it counts something)
  let j = x === 'a' ? k + 1 : k;
  if (MESSAGE_NOUNS.has(w[j + 1] ?? '') && (adjectiveWord(w[j] ?? '') || FILLER_WORDS.has(w[j] ?? ''))) j++;
  if (j < b && MESSAGE_NOUNS.has(w[j] ?? '') && (j > k || !/^(one|1)$/.test(w[j] ?? ''))) return j;
  return -1;
}

/** Releases the framing fragments of the message; returns the token indices released (discourse). */
export function releaseFrameFragments(text: string, s: ScanState): number[] {
  const { w, mentions } = s;
  const clauses = clauseBounds(text, w.length);
  if (!clauses || clauses.length < 2) return [];
  const released: number[] = [];
  for (const [a, b] of clauses) {
    const opener = frameOpener(w, a, b);
    if (opener < 0) continue;
    if (w.slice(a, b).some((x) => QUESTION_WORDS.has(x))) continue;
    const outside = mentions.filter((m) => m.end <= a || m.start >= b);
    if (!outside.some((m) => ASKING.has(m.t))) continue;
    const inside = mentions.filter((m) => m.start < b && m.end > a);
    if (inside.some((m) => m.start < a || m.end > b)) continue;
    const unreadAt = (k: number): boolean => k < b && !mentions.some((m) => m.start <= k && m.end > k);
    // a word no recogniser read must be plain English ("territory", "deck"): one WordNet does not know may be a name
    // the speaker meant, and dropping it would answer a broader question
    const plain = (x: string): boolean =>
      !/[a-z]/.test(x) ||
      CLOSED_CLASS_WORDS.has(x) ||
      FILLER_WORDS.has(x) ||
      SPEAKER_POSSESSIVES.has(x) ||
      inWordNet(x) ||
      isVerb(x) ||
      frameGerund(x);
    if (w.slice(a, b).some((x, d) => unreadAt(a + d) && !plain(x))) continue;
    const frame = inside.every(
      (m) =>
        GRAMMAR.has(m.t) ||
        // "doing" guessed as "going": a slip guessed for a plain word of English, no name the speaker typed
        (m.t === 'unclear' &&
          w.slice(m.start, m.end).every((x) => /^[a-z]+$/.test(x) && (inWordNet(x) || isVerb(x)))) ||
        // "quick one": the number of the noun of the message
        (m.t === 'number' && m.start === opener) ||
        // "account mapping", "my sponsor deck": a noun of the rows premodifying the unread noun the activity is
        (m.t === 'entity' &&
          m.end === m.start + 1 &&
          unreadAt(m.end) &&
          (nounWord(w[m.end] ?? '') || activityWord(w[m.end] ?? '')) &&
          !ownNoun(w[m.end] ?? '')),
    );
    if (!frame) continue;
    releaseClause(s, [a, b], released);
  }
  return released;
}
