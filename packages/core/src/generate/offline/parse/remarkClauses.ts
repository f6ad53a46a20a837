/**
 * Clauses of a message that remark on the ask rather than add to it, recognised by their grammar:
 *  - a guess at the answer offered as the other alternative ("are there any events in the us? or is it all singapore
 *    lol", "or are they mostly banks"): "or" + a form of "be" + a pronoun standing for the answer ("it", "they",
 *    "everything") and what the speaker suspects. The guess is no part of the request: added to it, it widened the
 *    answer to the guessed value (a union nobody asked for);
 *  - a remark on the question itself ("this might be a weird one but ...", "this is probably a dumb question"): "this"
 *    or "it" + a form of "be" (or a modal and "be", the subject then free to be left out: "might be a dumb q but")
 *    + "a" + words describing + a noun of a question; or the noun
 *    with only words describing it, in a clause of its own ("slightly odd request:");
 *  - the speaker asking on behalf of someone ("asking for a logistics client", "asking for my wife who ..."): what
 *    the clause says describes that person, never the rows (a clause naming a thing of the data by name is kept).
 * Either is released only when another clause of the message asks about the data; what the remark names is never a
 * condition. Words after the remark in the same clause ("... but i'm putting a deck together and ...") are read as
 * they are.
 */
import { BE_FORMS } from '../lexicon/auxiliaryWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { HEDGE_WORDS, POLITENESS_WORDS } from '../lexicon/discourseWords';
import { adjectiveWord, DATA_MENTIONS, NAMED_MENTIONS, onlyAdverb, ownNoun } from './discourse';
import { clauseBounds, releaseClause } from './socialClauses';
import type { ScanState } from './scan/ScanState';
import type { MentionBody } from './Mention';

/** Pronouns standing for the answer in a guess ("or is it all singapore", "or are they mostly banks"). */
const ANSWER_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'everything', 'that', 'those', 'all']);
/** Degree words before the guessed value ("all", "just", "mostly"). */
const GUESS_DEGREES: ReadonlySet<string> = new Set(['all', 'just', 'only', 'mostly', 'mainly', 'largely', 'basically']);
/** Modals before "be" in a remark on the question ("this might be a weird one"). */
const MODALS: ReadonlySet<string> = new Set(['might', 'may', 'could', 'will', 'would', 'must']);
/** Nouns of a question asked ("a weird one", "a dumb question", "a silly q", "an odd ask"; "one" is read as "1"). */
const QUESTION_NOUNS: ReadonlySet<string> = new Set(['one', '1', 'question', 'questions', 'q', 'ask', 'request']);
/** Words opening the remark's clause before its subject ("ok so this ...", "and this ..."). */
const OPENERS: ReadonlySet<string> = new Set(['ok', 'okay', 'so', 'and', 'but', 'also', 'well', 'hmm', 'um']);

const copula = (x: string): boolean => BE_FORMS.has(x) || x === 'r' || x === 'be';

/** The end of a remark on the question opening at token a ("this might be a weird one"), or -1. */
export function questionRemarkEnd(w: readonly string[], a: number, end: number): number {
  let k = a;
  while (k < end && OPENERS.has(w[k] ?? '')) k++;
  // the subject may be left out before a modal, as typed speech does ("might be a dumb q but ...", "could be an odd
  // ask -"); a bare copula opening the clause asks ("is it a ..."), so the modal must be there then
  if (w[k] === 'this' || w[k] === 'it') k++;
  else if (!MODALS.has(w[k] ?? '') || w[k + 1] !== 'be') return -1;
  if (MODALS.has(w[k] ?? '')) k++;
  if (!copula(w[k] ?? '')) return -1;
  k++;
  while (k < end && w[k] !== 'a' && w[k] !== 'an' && (FILLER_WORDS.has(w[k] ?? '') || HEDGE_WORDS.has(w[k] ?? ''))) k++;
  if (w[k] !== 'a' && w[k] !== 'an') return -1;
  // up to two words describing the question, then its noun
  for (let j = k + 1; j < Math.min(end, k + 4); j++) if (QUESTION_NOUNS.has(w[j] ?? '')) return j + 1;
  return -1;
}

/**
 * "this might be a weird one but which events ...": a remark on the question opening the message and going on with
 * "but" before the ask, typed without a comma: the comma put in after "but", so the ask is read as it is alone (as
 * `formulaButBreak` does for a formula's clause).
 */
export function remarkButBreak(question: string): string {
  const m =
    /^\s*((?:(?:ok|okay|so|and|well|hmm|um)\s+)*(?:(?:this|it)\s+(?:(?:might|may|could|will|would|must)\s+be|is|'s|s)|(?:might|may|could|must)\s+be)\s+(?:\w+\s+)?an?\s+(?:[\w-]+\s+){0,2}(?:one|question|q|ask|request)\s+but)\s+(?=\S)/i.exec(
      question,
    );
  return m?.[1] ? `${m[1]}, ${question.slice(m[0].length)}` : question;
}

/** True when tokens [a, b) hold a word read as data (a condition, a name, a noun of rows ...). */
function readsData(s: ScanState, a: number, b: number): boolean {
  return s.mentions.some((m) => m.start < b && m.end > a && DATA_MENTIONS.has(m.t));
}

/** Determiners of the person a speaker asks on behalf of ("for a client", "for my wife"). */
const ON_BEHALF_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'my', 'our', 'the', 'one', '1']);

/**
 * "asking for a logistics client", "asking for my wife who wants a new sofa lol": the speaker asks on behalf of
 * someone; the clause opens (after openers) with "asking / ask for", a determiner and, within three words, a noun of a
 * person or group (WordNet). All it says describes that person, not the rows asked. -1 when it does not open so.
 */
function onBehalfAt(w: readonly string[], a: number, end: number): number {
  let k = a;
  while (k < end && OPENERS.has(w[k] ?? '')) k++;
  if ((w[k] !== 'asking' && w[k] !== 'ask') || w[k + 1] !== 'for' || !ON_BEHALF_DETERMINERS.has(w[k + 2] ?? ''))
    return -1;
  for (let j = k + 3; j < Math.min(end, k + 6); j++) if (ownNoun(w[j] ?? '')) return j;
  return -1;
}

/**
 * "Slightly odd request:", "quick question -", "random q": a clause naming the question itself with only words
 * describing it (no word read as data), its noun last. "one" is left out: "which one" asks.
 */
function bareQuestionRemark(s: ScanState, a: number, b: number): boolean {
  const last = s.w[b - 1] ?? '';
  if (b - a < 2 || b - a > 4 || last === 'one' || last === '1' || !QUESTION_NOUNS.has(last)) return false;
  const unread = (k: number): boolean => !s.mentions.some((m) => m.start <= k && m.end > k);
  for (let k = a; k < b - 1; k++) {
    const x = s.w[k] ?? '';
    if (!unread(k) || !(adjectiveWord(x) || onlyAdverb(x) || FILLER_WORDS.has(x))) return false;
  }
  return true;
}

/** Releases guesses at the answer and remarks on the question; returns the token indices released (discourse). */
export function releaseRemarkClauses(text: string, s: ScanState): number[] {
  const { w } = s;
  const clauses = clauseBounds(text, w.length);
  if (!clauses) return [];
  const released: number[] = [];
  clauses.forEach(([a, b], c) => {
    // a remark on the question, with the ask in the rest of its clause or in another
    const remarkEnd = questionRemarkEnd(w, a, b);
    if (remarkEnd > 0 && !readsData(s, a, remarkEnd)) {
      let to = remarkEnd;
      if (w[to] === 'but') to++;
      const asks = readsData(s, to, w.length) || clauses.some(([x, y], d) => d !== c && readsData(s, x, y));
      if (asks) releaseClause(s, [a, to], released);
      return;
    }
    const others = clauses.some(([x, y], d) => d !== c && readsData(s, x, y));
    if (others && bareQuestionRemark(s, a, b)) {
      releaseClause(s, [a, b], released);
      return;
    }
    // on behalf of someone: nothing the clause names is a thing of the data by name
    if (
      others &&
      onBehalfAt(w, a, b) >= 0 &&
      !s.mentions.some((m) => m.start < b && m.end > a && NAMED_MENTIONS.has(m.t))
    ) {
      releaseClause(s, [a, b], released);
      return;
    }
    // a guess offered as the other alternative, after the ask
    if (c === 0 || w[a] !== 'or' || !copula(w[a + 1] ?? '') || !ANSWER_PRONOUNS.has(w[a + 2] ?? '')) return;
    let k = a + 3;
    while (k < b && GUESS_DEGREES.has(w[k] ?? '')) k++;
    if (k >= b) return;
    // the clause ends in the guess and laughter or politeness ("lol")
    let tail = b;
    while (tail > k && (POLITENESS_WORDS.has(w[tail - 1] ?? '') || FILLER_WORDS.has(w[tail - 1] ?? ''))) tail--;
    const asked = clauses.slice(0, c).some(([x, y]) => readsData(s, x, y));
    if (!asked || tail <= k) return;
    releaseClause(s, [a, b], released);
  });
  return released;
}

/** Words closing a list with the choice left free ("japan, korea, whatever", "banks, insurers etc"). */
const LIST_CLOSERS: ReadonlySet<string> = new Set(['etc', 'etcetera', 'whatever']);
/** Words that may join the listed members. */
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'n', '&', '/']);
/** The kinds a listed member may be: a role of people, a place, a theme, a noun of rows. */
const LIST_MEMBERS: ReadonlySet<MentionBody['t']> = new Set<MentionBody['t']>([
  'function',
  'seniority',
  'title',
  'country',
  'city',
  'state',
  'topic',
  'sector',
  'entity',
]);

/**
 * "sales people in japan, korea, whatever", "companies in france or germany etc": a word leaving the choice free
 * that ends its clause right after a list of two or more values of one kind says the list is the speaker's; the list
 * stays as it was read (each member a value of the condition) and the closer names nothing. One member and a closer
 * ("japan etc": which others?) is left to be asked back, as is a closer after anything else. Returns the token
 * indices released.
 */
export function releaseListClosers(s: ScanState): number[] {
  const { w, mentions, breaks } = s;
  const released: number[] = [];
  for (let z = 1; z < w.length; z++) {
    if (!LIST_CLOSERS.has(w[z] ?? '') || s.claimed[z] || mentions.some((m) => m.start <= z && z < m.end)) continue;
    if (z + 1 < w.length && !breaks.has(z + 1)) continue;
    let a = z;
    let kind: MentionBody['t'] | null = null;
    let members = 0;
    while (a > 0) {
      const m = mentions.find((x) => x.end === a && LIST_MEMBERS.has(x.t));
      // one kind of value throughout: values of two kinds ("vp, svp": a level and a title word) are read as two
      // conditions, both to hold, which the closer must not let through unasked
      if (m && (kind === null || m.t === kind)) {
        kind = m.t;
        members++;
        a = m.start;
      } else if (LIST_JOINS.has(w[a - 1] ?? '')) a--;
      else break;
    }
    if (members >= 2) releaseClause(s, [z, z + 1], released);
  }
  return released;
}
