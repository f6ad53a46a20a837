/**
 * The speaker's own activity beside a complete ask: a clause whose subject is the speaker or the speaker's side and
 * whose verb is what the speaker does ("we're trying to sell an HR tool", "my wife runs a tutoring centre", "i'm
 * thinking of hiring a london rep", "Putting together a target list for the sales team", "trying to figure out whose
 * booth to visit first"). Unlike `purposeClauses` (which needs the clause to point at the rows) and `frameFragments`
 * (which keeps any clause holding a data word), this clause is a frame EVEN WHEN it holds data words ("HR", "London",
 * "sales team"): they are the objects of the speaker's activity, not conditions on the rows asked. By grammar:
 *  - subject: the speaker ("i", "we", "we're", "i'm"), the speaker's person or group ("my wife", "our team", "my
 *    boss": a possessive before a WordNet person or group noun), or none before a gerund ("Putting together ...",
 *    "Trying to ...");
 *  - verb: after auxiliaries and a chain of intention ("trying to", "thinking of", "planning to", "hoping to"), the
 *    main verb is a verb that is NO verb of wanting, restricting or getting the answer (`ANSWER_VERBS`: "want",
 *    "need", "care", "only", "find", "see", "know", "include", "exclude", ...): those say what the answer must be and
 *    keep the clause content; a copula before a self-description ("we're tiny", "we're a small agency") is the
 *    speaker's too, unless a preposition of place or a word of the mind ("interested in") follows it;
 *  - a question word inside is allowed only as the speaker's own choice: its verb an infinitive ("whose booth to
 *    visit") or the speaker's ("which booths our team should hit"), never a copula or a data verb ("which companies
 *    are at X" is an ask);
 *  - nothing negated, no focus adverb ("only", "just"), no exclusion inside;
 *  - another clause asks for rows with its own noun or question word, and does not itself lean on the speaker ("which
 *    events suit me?", "near our office": the frame would be the ask's condition).
 * A clause of wanting to know "how big / how many" of the speaker's own thing ("want to know how big our british
 * network is") beside a count restates the count asked and is released too.
 * What the clause says constrains nothing: its mentions are removed and its words counted as discourse.
 */
import { OPINION_VERBS } from '../lexicon/speculationWords';
import { adjectiveWord, DATA_MENTIONS, mindWord, onlyAdverb, ownNoun } from './discourse';
import {
  ANAPHORS,
  CLOSED_CLASS_WORDS,
  TOPIC_LEADS,
  QUESTION_WORDS,
  REMARK_VERBS,
  REQUEST_VERBS,
  SPEAKER_OBJECT_WORDS,
  SPEAKER_POSSESSIVES,
  SPEAKER_WORDS,
} from '../lexicon/discourseWords';
import { EXCLUSION_MARKERS } from '../lexicon/exclusionWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { isVerb, verbLemma } from '../text/language';
import { tokenize } from '../text/tokenize';
import type { Mention } from './Mention';
import type { ScanState } from './scan/ScanState';
import { clauseBounds, questionEnds, releaseClause } from './socialClauses';
import { BE_WRITTEN_FORMS } from '../lexicon/auxiliaryWords';

/** Words joining the clause to the one before. */
const JOINS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'also', 'then', 'ok', 'okay', 'well', 'btw', 'fyi']);
/** Auxiliaries and copulas between the subject and its verb ("we're", "i am", "we have been"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...BE_WRITTEN_FORMS,
  "'m",
  "'re",
  'do',
  'does',
  'did',
  'will',
  "'ll",
  'currently',
  'now',
  'also',
  'actually',
  'basically',
]);
/** Copulas: a self-description may follow ("we're tiny", "i am a recruiter"). */
const COPULAS: ReadonlySet<string> = new Set(['am', 'are', 'is', 'was', 'were', "'m", "'re"]);
/** Subjects that hold their copula ("we're", "i'm"). */
const SUBJECT_COPULAS: ReadonlySet<string> = new Set(["i'm", 'im', "we're", 'were']);
/** Verbs of intention chained before the main verb by "to" / "of" / "about" ("trying to sell", "thinking of hiring"). */
const INTENTION_VERBS: ReadonlySet<string> = new Set([
  'try',
  'think',
  'plan',
  'hope',
  'aim',
  'intend',
  'go',
  'gonna',
  'start',
  'about',
]);
/**
 * Verbs of wanting, restricting or getting the answer: their clause says what the answer must be ("we only care
 * about marketing", "we need them to be in asia", "we want to see the big ones"), a condition, never a frame.
 */
const ANSWER_VERBS: ReadonlySet<string> = new Set([
  ...REQUEST_VERBS,
  'want',
  'need',
  'care',
  'like',
  'prefer',
  'love',
  'wish',
  'require',
  'interest',
  'focus',
  'mind',
  'matter',
  'mean',
  'look',
  'seek',
  'search',
  'find',
  'see',
  'know',
  'get',
  'got',
  'have',
  'show',
  'list',
  'give',
  'pull',
  'include',
  'exclude',
  'skip',
  'ignore',
  'avoid',
  'drop',
  'remove',
  'delete',
  'add',
  'limit',
  'restrict',
  'filter',
  'ask',
  'check',
  'count',
]);
/** Focus adverbs and negations: a clause holding one restricts ("we only sell to banks", "we don't do retail"). */
/** Adverbs of recent time before a past verb ("just got back", "only just finished"). */
const RECENT_ADVERBS: ReadonlySet<string> = new Set(['just', 'only']);
const RESTRICTING: ReadonlySet<string> = new Set([
  'only',
  'just',
  'solely',
  'mainly',
  'mostly',
  'specifically',
  'exclusively',
  'not',
  'no',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  'never',
  'except',
  'unless',
  'without',
]);
/** Prepositions of place after a copula: "we're in fintech", "i'm based in london" may be the ask's condition. */
const PLACE_LEADS: ReadonlySet<string> = new Set(['in', 'at', 'based', 'from', 'located', 'near', 'around', 'into']);
/** Modals between the speaker and the verb of an embedded question ("which booths our team should hit"). */
const MODALS: ReadonlySet<string> = new Set(['should', 'could', 'can', 'will', 'would', 'might', 'must', 'to']);
/** Verbs of a request whose object "me" is the listener's doing ("find me", "get me", "send me"). */
const ME_AFTER: ReadonlySet<string> = new Set([
  ...REQUEST_VERBS,
  'find',
  'get',
  'give',
  'show',
  'send',
  'remind',
  'tell',
  'pull',
  'help',
  'let',
]);
/** Pronouns by which the ask points back at rows said before ("which ones", "sponsor it", "them"). */
const POINTERS: ReadonlySet<string> = new Set([...ANAPHORS, 'it', 'ones', 'there']);
/** Mentions naming a thing of the data by name (a place is no such thing: "a london rep"). */
const NAMED: ReadonlySet<Mention['t']> = new Set(['event', 'company', 'person', 'venue']);

/** Mentions that ask for rows in another clause. */
const ASKING: ReadonlySet<Mention['t']> = new Set(['entity', 'who', 'relation', 'attribute', 'aggFn', 'count']);

/** "tryin", "lookin": a gerund typed with its g dropped. */
const withG = (x: string): string => (/[^aeiou]in$/.test(x) && isVerb(`${x}g`) ? `${x}g` : x);

/** The verb's lemma when the word is a verb form ("sells", "hiring", "runs"), else null. */
function verbAt(x: string): string | null {
  if (!/^[a-z]+$/.test(x)) return null;
  const g = withG(x);
  return isVerb(g) ? verbLemma(g) : null;
}

/** The speaker's subject at k: its length in tokens ("we" 1, "my wife" 2), 0 when there is none. */
function subjectAt(w: readonly string[], k: number): number {
  const x = w[k] ?? '';
  if (SPEAKER_WORDS.has(x) || x === 'im') return 1;
  if (SPEAKER_POSSESSIVES.has(x)) {
    // "my boss", "our sales team", "my line manager": the head a person or group noun, up to two nouns before it
    for (let h = k + 3; h > k + 1; h--) {
      const between = w.slice(k + 1, h).every((y) => /^[a-z]+$/.test(y) && !CLOSED_CLASS_WORDS.has(y));
      if (between && ownNoun(w[h] ?? '') && verbAt(w[h + 1] ?? '') !== null && !ownNoun(w[h + 1] ?? ''))
        return h - k + 1;
    }
    return ownNoun(w[k + 1] ?? '') ? 2 : 0;
  }
  // "boss wants to bring her dog", "manager needs to book flights": a singular person or group noun with no
  // determiner, before a verb of wanting or planning in its third-person form, is someone of the speaker's circle ("my" left out; a noun of
  // the data takes a determiner or a plural: "the sponsors want", "sponsors want")
  const next = w[k + 1] ?? '';
  if (
    ownNoun(x) &&
    !/[^s]s$/.test(x) &&
    /s$/.test(next) &&
    REMARK_VERBS.has(verbLemma(next)) &&
    verbLemma(next) !== next &&
    !QUESTION_WORDS.has(w[k - 1] ?? '')
  )
    return 1;
  return 0;
}

/** How the clause [a, b) opens: the index of its main verb and whether a copula stood before a description. */
interface Opening {
  /** Index of the main verb, or of the first word of the self-description after a copula. */
  verb: number;
  /** True when the word at `verb` follows a copula and is no verb form (a self-description). */
  described: boolean;
  /** True when the clause has a subject of the speaker's (else it opened with a gerund). */
  subject: boolean;
  /**
   * True when a verb of wanting led the chain ("wants to bring her dog", "need to book flights"): the wish is for the
   * speaker's own act, so the clause may hold data words only inside a possessive phrase ("her dog").
   */
  wished?: boolean;
  /**
   * True when the main verb is one of knowing before a question of the speaker's own choice ("need to know how many
   * hotel nights to budget for"): what the speaker will decide, not the rows asked.
   */
  ownQuestion?: boolean;
}

/** Verbs of wanting chained by "to" before the speaker's own act ("wants to bring", "need to book"): lemmas. */
const WISH_CHAIN: ReadonlySet<string> = new Set(['want', 'need', 'wanna', 'gotta']);
/** Verbs of finding out, before a question the speaker will settle ("need to know how many X to book"): lemmas. */
const KNOWING: ReadonlySet<string> = new Set(['know', 'figure', 'work', 'decide', 'check']);

/**
 * The first token of each sentence (the message's start, and after ".", "?", "!"): a gerund opening a sentence of
 * its own is the speaker's activity ("... ? Putting together a list"), one after a comma may modify the rows before it
 * ("small firms, sponsoring X": the sponsors).
 */
export function sentenceStarts(text: string, n: number): Set<number> {
  const starts = new Set<number>([0]);
  let at = 0;
  for (const part of text.split(/(?<=[.?!])\s+/)) {
    at += tokenize(part).length;
    starts.add(at);
  }
  return at === n ? starts : new Set([0]);
}

/**
 * A verb in the past tense opening a sentence with its subject left out ("got back from leave, ...", "had a long week.
 * which ..."): the speaker narrating, as a gerund does. Not a participle read as data ("sponsored events": the
 * caller's `gerundOk` wants nothing read at the opening word), and only a past form ("got", "finished"), never the
 * base form of an imperative ("get", "find").
 */
function narratedPast(w: readonly string[], k: number): boolean {
  const x = w[k] ?? '';
  const lemma = verbAt(x);
  return lemma !== null && lemma !== x && !x.endsWith('s') && !x.endsWith('ing');
}

/** "just" / "only just" right before a past verb ("just got back"): an adverb of recent time, no restriction. */
function recentAt(w: readonly string[], k: number): boolean {
  return RECENT_ADVERBS.has(w[k] ?? '') && (narratedPast(w, k + 1) || recentAt(w, k + 1));
}

/** The speaker's activity opening of [a, b), or null when the clause opens otherwise. */
function opening(w: readonly string[], a: number, b: number, gerundOk = true): Opening | null {
  let k = a;
  /** "need to ...": a verb of wanting before "to" opens the clause though it is a filler elsewhere. */
  const wishAt = (j: number): boolean => WISH_CHAIN.has(verbAt(w[j] ?? '') ?? '') && w[j + 1] === 'to';
  while (
    k < b &&
    (JOINS.has(w[k] ?? '') || FILLER_WORDS.has(w[k] ?? '') || recentAt(w, k)) &&
    subjectAt(w, k) === 0 &&
    !wishAt(k)
  )
    k++;
  const size = subjectAt(w, k);
  let copula = size > 0 && SUBJECT_COPULAS.has(w[k] ?? '');
  if (size === 0) {
    // a gerund with no subject: "Putting together ...", "Trying to ..."; a verb of wanting before "to", its subject
    // left out, at a sentence's start ("need to know how many nights to book")
    const x = withG(w[k] ?? '');
    const wish = wishAt(k);
    if (!gerundOk || ((!(x.endsWith('ing') || narratedPast(w, k)) || verbAt(x) === null) && !wish)) return null;
  } else k += size;
  while (k < b && (AUXILIARIES.has(w[k] ?? '') || (onlyAdverb(w[k] ?? '') && !RESTRICTING.has(w[k] ?? '')))) {
    if (COPULAS.has(w[k] ?? '')) copula = true;
    k++;
  }
  // the chain of intention: "trying to", "thinking of", "planning on", "going to"; a verb of wanting before "to"
  // ("wants to bring") when the verb it wants is no verb of getting or restricting the answer
  let wished = false;
  for (;;) {
    const lemma = verbAt(w[k] ?? '');
    const link = w[k + 1] ?? '';
    if (lemma && WISH_CHAIN.has(lemma) && link === 'to') {
      const wanted = verbAt(w[k + 2] ?? '');
      const knowing = wanted !== null && KNOWING.has(wanted) && ownQuestionAfter(w, k + 3, b);
      if (wanted === null || (ANSWER_VERBS.has(wanted) && !knowing) || wanted === 'be') return null;
      k += 2;
      copula = false;
      wished = true;
      continue;
    }
    if (lemma && INTENTION_VERBS.has(lemma) && /^(to|of|about|on)$/.test(link)) {
      const next = w[k + 2] ?? '';
      // after "of" / "about" / "on" only a gerund is an activity ("thinking of hiring"; "thinking about hotels" is
      // a topic)
      if (link !== 'to' && !withG(next).endsWith('ing')) return null;
      k += 2;
      copula = false;
      continue;
    }
    break;
  }
  if (k >= b) return null;
  const x = w[k] ?? '';
  const lemma = verbAt(x);
  if (lemma && KNOWING.has(lemma) && ownQuestionAfter(w, k + 1, b))
    return { verb: k, described: false, subject: size > 0, wished, ownQuestion: true };
  if (lemma && (withG(x) !== lemma || !copula) && !adjectiveOnly(x, copula)) {
    return { verb: k, described: false, subject: size > 0, wished };
  }
  if (copula && size > 0) return { verb: k, described: true, subject: true };
  return null;
}

/**
 * True when a question word of the speaker's own choice follows at k (a particle of "figure out" / "work out" may come
 * first): "know how many hotel nights to budget for", "work out which ones our team should call".
 */
function ownQuestionAfter(w: readonly string[], k: number, b: number): boolean {
  const q = w[k] === 'out' ? k + 1 : k;
  return q < b && QUESTION_WORDS.has(w[q] ?? '') && ownChoice(w, q, b);
}

/** After a copula, a word that is an adjective or article before a verb reading ("we're tiny", "i'm a ..."). */
function adjectiveOnly(x: string, copula: boolean): boolean {
  return copula && (x === 'a' || x === 'an' || x === 'the' || (adjectiveWord(x) && !x.endsWith('ing')));
}

/** True when the question word at q is the speaker's own choice: its verb an infinitive or the speaker's. */
function ownChoice(w: readonly string[], q: number, b: number): boolean {
  for (let k = q + 1; k < Math.min(b, q + 6); k++) {
    const x = w[k] ?? '';
    if (x === 'to' && verbAt(w[k + 1] ?? '')) return true;
    const size = subjectAt(w, k);
    if (size > 0) {
      const after = w[k + size] ?? '';
      const v = MODALS.has(after) ? (w[k + size + 1] ?? '') : after;
      return verbAt(v) !== null && !ANSWER_VERBS.has(verbAt(v) ?? '');
    }
  }
  return false;
}

/**
 * "want to know how big our british network is" beside a count: a verb of knowing before "how big / how many" and
 * the speaker's own noun phrase restates the count the other clause asks.
 */
function restatedMeasure(w: readonly string[], a: number, b: number, inside: readonly Mention[]): boolean {
  const how = w.findIndex((x, k) => k >= a && k < b && x === 'how');
  if (how < 0 || !/^(big|many|large|much|strong|wide)$/.test(w[how + 1] ?? '')) return false;
  if (!w.slice(a, how).some((x) => verbAt(x) === 'know' || verbAt(x) === 'understand' || verbAt(x) === 'gauge'))
    return false;
  if (!w.slice(how + 2, b).some((x) => SPEAKER_POSSESSIVES.has(x))) return false;
  return inside.every((m) => m.start >= how || m.t === 'and' || m.t === 'copula' || m.t === 'prep');
}

/** Focus adverbs narrowing what the speaker says next ("we only care about", "i'm just after"). */
const FOCUS: ReadonlySet<string> = new Set([
  'only',
  'solely',
  'exclusively',
  'specifically',
  'mainly',
  'mostly',
  'just',
]);
/** Negations ("we don't work in X", "not the big ones"). */
const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  'never',
  "aren't",
  'arent',
]);
/** Verbs (and their adjectives) of caring or leaning toward: what follows is what the answer must be. */
const PREFERENCE: ReadonlySet<string> = new Set([
  'care',
  'interest',
  'interested',
  'focus',
  'focused',
  'prefer',
  'keen',
]);

/**
 * True when a clause of the speaker's [a, b) restricts the answer rather than describing the speaker: a focus adverb,
 * a negation, or a verb of caring / leaning toward ("we only care about X", "we're interested in X", "we don't work
 * in X", "thinking about X") with a word read as data after it (`dataAt`). Such a clause is a condition of the ask,
 * never the speaker's context, so no reader of the speaker's clauses may drop it.
 */
export function restrictsAnswer(w: readonly string[], a: number, b: number, dataAt: readonly boolean[]): boolean {
  for (let k = a; k < b; k++) {
    const x = w[k] ?? '';
    const lemma = verbAt(x) ?? x;
    const preference =
      PREFERENCE.has(x) ||
      PREFERENCE.has(lemma) ||
      // "thinking about finance": a topic, no activity
      (lemma === 'think' && /^(about|of)$/.test(w[k + 1] ?? '') && !withG(w[k + 2] ?? '').endsWith('ing'));
    if ((preference || FOCUS.has(x) || NEGATIONS.has(x)) && dataAt.slice(k + 1, b).some(Boolean)) return true;
    // what the speaker cares about need not be read yet ("interested in fintech"): any content word after it
    if (
      preference &&
      w.slice(k + 1, b).some((y) => /[a-z]/.test(y) && !CLOSED_CLASS_WORDS.has(y) && !FILLER_WORDS.has(y))
    )
      return true;
  }
  return false;
}

/** Possessives of a third person or of the speaker, before a thing they own ("her dog", "his kids", "our booth"). */
const OWNERS: ReadonlySet<string> = new Set(['her', 'his', 'my', 'our']);

/**
 * True when the mention at k, after the verb at v, is inside a possessed noun phrase ("bring her dog", "take his
 * kids"): a possessive at most two words before it, with no other word of the clause between but adjectives.
 */
function possessedAt(w: readonly string[], k: number, v: number): boolean {
  // the possessive itself read as a name ("her" is a company's name in the data) before its noun
  if (k <= v || (OWNERS.has(w[k] ?? '') && /^[a-z]+$/.test(w[k + 1] ?? ''))) return true;
  for (let j = k - 1; j >= Math.max(v + 1, k - 3); j--) {
    if (OWNERS.has(w[j] ?? '')) return true;
    if (!adjectiveWord(w[j] ?? '') || QUESTION_WORDS.has(w[j] ?? '')) return false;
  }
  return false;
}

/** Prepositions of place or direction ("flights to X", "a trip in X"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'in', 'at', 'near', 'around', 'into', 'from']);

/** True when an unread content word follows a preposition of place in [a, b) (articles may stand between). */
function placedUnread(w: readonly string[], a: number, b: number, inside: readonly Mention[]): boolean {
  for (let k = a; k < b; k++) {
    if (!PLACE_PREPOSITIONS.has(w[k] ?? '')) continue;
    let j = k + 1;
    while (j < b && /^(the|a|an)$/.test(w[j] ?? '')) j++;
    const x = w[j] ?? '';
    // "to" before a verb is an infinitive ("need to go")
    if (w[k] === 'to' && j === k + 1 && verbAt(x) !== null && !/s$/.test(x)) continue;
    if (j < b && /^[a-z]+$/.test(x) && !CLOSED_CLASS_WORDS.has(x) && !inside.some((m) => m.start <= j && j < m.end))
      return true;
  }
  return false;
}

/** Releases the speaker's activity clauses; returns the token indices released (discourse). */
/** Possessive pointers, which take the nearest subject of their own clause ("who ... in their title"). */
const POSSESSIVE_POINTERS: ReadonlySet<string> = new Set(['their', 'its']);

/**
 * True when the possessive pointer at k has an antecedent in its own clause, outside the part [a, b): "who" or a noun
 * of rows read before it with no clause break between.
 */
function antecedentBefore(s: ScanState, k: number, a: number, b: number): boolean {
  if (!POSSESSIVE_POINTERS.has(s.w[k] ?? '')) return false;
  return s.mentions.some((m) => {
    if (m.end > k || (m.start >= a && m.start < b) || (m.t !== 'who' && m.t !== 'entity')) return false;
    for (let j = m.end; j <= k; j++) if (s.breaks.has(j)) return false;
    return true;
  });
}

export function releaseActivityClauses(text: string, s: ScanState): number[] {
  const { w, mentions } = s;
  const clauses = clauseBounds(text, w.length);
  if (!clauses || clauses.length < 2) return [];
  // "i'm thinking of hiring a london rep and want to know ...": a second verb of the speaker's after "and" opens a
  // clause of its own
  // "our team sells kitchen kit so anything F&B-ish": what follows "so" after the speaker's activity is its
  // consequence for the ask, a clause of its own (it keeps its condition)
  const parts = clauses.flatMap(([a, b]): [number, number][] => {
    const at = w.findIndex(
      (x, j) =>
        j > a + 1 &&
        j < b - 1 &&
        ((x === 'and' && (subjectAt(w, j + 1) > 0 || verbAt(w[j + 1] ?? '') === 'want')) ||
          (x === 'so' && opening(w, a, j, false) !== null)),
    );
    return at > 0
      ? [
          [a, at],
          [at, b],
        ]
      : [[a, b]];
  });
  const released: number[] = [];
  const questioned = questionEnds(text);
  const countAsked = (out: readonly Mention[]): boolean => out.some((m) => m.t === 'count' || m.t === 'aggFn');
  /** The part restates the count asked elsewhere ("want to know how big our network is"). */
  const restates = ([a, b]: [number, number]): boolean => {
    const inside = mentions.filter((m) => m.start < b && m.end > a);
    const outside = mentions.filter((m) => m.end <= a || m.start >= b);
    const wanting = w.slice(a, b).some((x) => verbAt(x) === 'want' || verbAt(x) === 'need');
    return wanting && countAsked(outside) && restatedMeasure(w, a, b, inside);
  };
  // the parts of the speaker's own (an activity or a restated measure): a speaker word in one of them is no
  // leaning of the ask on the speaker
  const sentences = sentenceStarts(text, w.length);
  /** A gerund may open the clause: at a sentence's start, read as nothing ("sponsoring X" read as a relation is no frame). */
  const gerundOk = (a: number): boolean => {
    let k = a;
    while (k < w.length && (JOINS.has(w[k] ?? '') || FILLER_WORDS.has(w[k] ?? '') || recentAt(w, k))) k++;
    return sentences.has(a) && !mentions.some((m) => m.start <= k && k < m.end);
  };
  const own = parts.filter((p) => opening(w, p[0], p[1], gerundOk(p[0])) !== null || restates(p));
  for (const [a, b] of parts) {
    const clause = w.slice(a, b);
    if (clause.some((x, d) => (RESTRICTING.has(x) && !recentAt(w, a + d)) || EXCLUSION_MARKERS.has(x))) continue;
    const inside = mentions.filter((m) => m.start < b && m.end > a);
    if (inside.some((m) => m.start < a || m.end > b || m.t === 'neg')) continue;
    const outside = mentions.filter((m) => m.end <= a || m.start >= b);
    // another clause asks: a noun of rows, "who", a measure, or a question word ("whats on at suntec")
    // ... or another clause closed by "?" holding a word read as data ("any pet stuff in singapore next month?": the
    // vague noun is read as events only later)
    const asks =
      outside.some((m) => ASKING.has(m.t)) ||
      w.some((x, k) => (k < a || k >= b) && QUESTION_WORDS.has(x)) ||
      clauses.some(
        ([c, d]) =>
          (d <= a || c >= b) &&
          questioned.has(d) &&
          mentions.some((m) => m.start >= c && m.end <= d && DATA_MENTIONS.has(m.t)),
      );
    if (!asks) continue;
    // the ask leans on the speaker ("which events suit me?", "near our office"): the frame is its condition
    const leans = w.some(
      (x, k) =>
        (k < a || k >= b) &&
        (SPEAKER_OBJECT_WORDS.has(x) || SPEAKER_WORDS.has(x)) &&
        !(x === 'me' && ME_AFTER.has(verbLemma(w[k - 1] ?? ''))) &&
        !own.some(([c, d]) => k >= c && k < d),
    );
    if (leans) continue;
    // a time in the clause where the rows asked have dates ("which events ...? need them for a mailing next month"):
    // it may narrow them, so it stays a condition (`speakerContext` weighs it), as a frame would lose it
    const timed = inside.some(
      (m) => m.t === 'cond' && ['startBetween', 'endBetween', 'past', 'ongoing'].includes(m.cond.kind),
    );
    if (timed && outside.some((m) => m.t === 'entity' && m.entity === 'events')) continue;
    // the rows' noun heads the clause and the ask has only a question word ("Doing a list of events. which are in
    // japan?"): the clause names what is asked
    // (a bare "who do we have?" asks nothing of its own either: "I'm building a list of sales contacts at X. Who do we
    // have?")
    if (inside.some((m) => m.t === 'entity') && !outside.some((m) => ASKING.has(m.t) && m.t !== 'who')) continue;
    if (restates([a, b])) {
      releaseClause(s, [a, b], released);
      continue;
    }
    // the ask points back ("which companies sponsor it?", "which ones are in october?"): its antecedent may be here
    // (a possessive pointer with the ask's own "who" or rows before it in its clause points there: "who at X has
    // 'manager' in their title?")
    if (w.some((x, k) => (k < a || k >= b) && POINTERS.has(x) && !antecedentBefore(s, k, a, b))) continue;
    // a named thing the speaker takes part in or works on ("thinking of sponsoring X", "a report about X") may be
    // what the ask is about, as may the topic after a lead of the speaker's work: left to `speakerContext`
    // (a possessive before its noun read as a name, "her" a company's name, names nothing: "bring her dog")
    const possessive = (m: Mention): boolean =>
      m.end === m.start + 1 && OWNERS.has(w[m.start] ?? '') && /^[a-z]+$/.test(w[m.end] ?? '') && m.end < b;
    if (inside.some((m) => NAMED.has(m.t) && !possessive(m))) continue;
    if (clause.some((x, d) => TOPIC_LEADS.has(x) && inside.some((m) => m.start > a + d))) continue;
    // the people the speaker's work is for ("a lunch for hr managers, who's in X?"): the ask's people (`speakerContext`)
    if (
      inside.some((m) => (m.t === 'function' || m.t === 'seniority') && w.slice(m.start - 3, m.start).includes('for'))
    )
      continue;
    const open = opening(w, a, b, gerundOk(a));
    if (!open) continue;
    // (a past verb with its subject left out narrates, never asks: "had a long week")
    const narrated = !open.subject && narratedPast(w, open.verb);
    if (!open.described && !open.ownQuestion && !narrated && ANSWER_VERBS.has(verbAt(w[open.verb] ?? '') ?? ''))
      continue;
    // a wish for the speaker's own act holds no word read as data but inside a phrase another person owns ("my boss
    // wants to bring her dog"): "we want to target fintechs" may say which rows, so it stays content
    if (
      open.wished &&
      !open.ownQuestion &&
      inside.some((m) => DATA_MENTIONS.has(m.t) && !possessedAt(w, m.start, open.verb))
    )
      continue;
    // nor an unread word after a preposition of place or direction ("need to book flights to zebra": where the
    // speaker goes may be the rows' place, a name the data may lack), which is asked about
    if (open.wished && !open.ownQuestion && placedUnread(w, open.verb + 1, b, inside)) continue;
    // a verb of opinion ("i guess anything founded 2010 or later counts", "i suppose the big ones"): the speaker
    // hedges what follows, which is read by the hedge and restatement readers, never the speaker's own activity
    // ("figuring out whose booth to visit" is the phrasal verb of working something out: an activity)
    if (!open.described && OPINION_VERBS.has(verbAt(w[open.verb] ?? '') ?? '') && w[open.verb + 1] !== 'out') continue;
    if (open.described) {
      // "we're in fintech", "i'm interested in ...": a place or a state of mind after the copula restricts
      if (PLACE_LEADS.has(w[open.verb] ?? '')) continue;
      if (clause.some((x) => mindWord(x) || ANSWER_VERBS.has(verbAt(x) ?? ''))) continue;
    }
    // a question word only as the speaker's own choice ("whose booth to visit")
    if (clause.some((x, d) => QUESTION_WORDS.has(x) && !ownChoice(w, a + d, b))) continue;
    // no verb of wanting further on ("we sell X and need them to be ..."): a verb form after "to", "and" or a subject
    // (a noun like "a target list" is no verb here)
    if (
      clause.some(
        (x, d) =>
          a + d > open.verb &&
          ANSWER_VERBS.has(verbAt(x) ?? '') &&
          /^(to|and|i|we|also|then)$/.test(w[a + d - 1] ?? ''),
      )
    )
      continue;
    releaseClause(s, [a, b], released);
  }
  return released;
}
