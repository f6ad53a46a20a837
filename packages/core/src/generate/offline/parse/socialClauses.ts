/**
 * Clauses said to the listener rather than asked of the data: greetings, thanks, sign-offs, apologies and
 * well-wishing ("Good morning team!", "Thanks a ton :)", "Kind regards, Sam", "sorry to bother u again lol",
 * "quick one before my 10am"). By grammar, not by phrasing: the message is cut into clauses at sentence
 * punctuation, dashes, commas and brackets; a clause is social when it has a politeness formula word
 * (`lexicon/discourseWords.ts`) or speaks of the speaker or the listener, and every word of it is one of:
 * a formula word or its companion ("good", "team", "a ton"), a closed-class or filler word, the speaker or the
 * listener, a word of the speaker's activity (WordNet: see `activityWord`), an adverb, an adjective no recogniser
 * read where the speaker or a formula is ("sorry if this is a silly question"), or a clock time ("10am": events have dates, never hours). A clause
 * without its subject that only comments is social too ("just curious really", "thinking about flying over"): it
 * has an adverb, a hedge or an activity verb, and no word read as data or a relation. A word that a recogniser read as data (a company, a place, a theme, a
 * job, ...) makes the clause content, unless it is itself a formula word ("morning" is no time filter in
 * "good morning"). The short capitalised clause after a sign-off is the writer's name ("Regards, Sam").
 * A social clause's words are released from any mention and counted as discourse.
 */
import {
  CLOSED_CLASS_WORDS,
  DATA_SCOPE_ADVERBS,
  HEDGE_WORDS,
  QUANTITY_PRONOUNS,
  QUESTION_WORDS,
  REMARK_VERB_LINKS,
  REMARK_VERBS,
  LISTENER_WORDS,
  FORMULA_PHRASES,
  POLITENESS_COMPANIONS,
  POLITENESS_WORDS,
  SIGN_OFF_WORDS,
  SPEAKER_OBJECT_WORDS,
  SPEAKER_WORDS,
} from '../lexicon/discourseWords';
import { EXCLUSION_MARKERS } from '../lexicon/exclusionWords';
import { FILLER_WORDS, INDEFINITE_OBJECT_WORDS } from '../lexicon/fillerWords';
import { VAGUE_NOUNS } from '../lexicon/vagueNounWords';
import { isVerb, nounLemma, verbLemma, wordNet } from '../text/language';
import { tokenize } from '../text/tokenize';
import {
  activityWord,
  adjectiveWord,
  DATA_MENTIONS,
  mindWord,
  onlyAdverb,
  ownNoun,
  phrasalVerb,
  speakerPossessiveBefore,
} from './discourse';
import type { Mention, MentionBody } from './Mention';
import type { ScanState } from './scan/ScanState';
import { pickedRowsAt } from './pickedRows';

/**
 * Mentions that are data only outside a clock time or the speaker's own ("before my 10am", "quick one"): the other
 * kinds of {@link DATA_MENTIONS} make a clause content wherever they stand.
 */
const CONTENT_UNLESS_OWN: ReadonlySet<MentionBody['t']> = new Set(['cond', 'unclear', 'count']);

/**
 * A negation that leaves a part of the asked rows out (", excluding government", ", leaving out banks"): it narrows
 * the answer, so its clause is content, never a comment of the speaker's ("excluding" is also a verb of activity).
 */
const excludes = (m: Mention): boolean =>
  m.t === 'neg' && EXCLUSION_MARKERS.has(m.text.toLowerCase().replace(/\s+/g, ' '));

/**
 * A clock time ("10am", "2pm", "9:30", "am"): a meeting's hour, never a filter on dates. A bare number is no clock
 * time: "over the coming 3 months" is a window of dates.
 */
const CLOCK_TIME = /^(\d{1,2}([:.]\d{2})?\s*(am|pm)|\d{1,2}[:.]\d{2}|am|pm)$/;

/** A small bare number no recogniser read as data ("quick one", "my 3 o'clock"): social beside a formula. */
const BARE_NUMBER = /^\d{1,2}$/;

/**
 * Releases the words of tokens [a, b) as discourse: unread again, their mentions dropped (except those `kept`
 * holds, and their words stay read), a word of them read as an unknown theme forgotten ("yo" is no theme); their
 * indices are added to `released`. The one way a clause of the speaker's, the listener's or about the answer's form
 * gives its words back (`socialClauses`, `formatAsides`, `speakerContext`).
 */
export function releaseClause(
  s: ScanState,
  [a, b]: readonly [number, number],
  released: number[],
  kept: (m: Mention) => boolean = () => false,
): void {
  const { w, mentions } = s;
  const keep = new Set<number>();
  for (const m of mentions)
    if (m.start >= a && m.end <= b && kept(m)) for (let k = m.start; k < m.end; k++) keep.add(k);
  for (let k = a; k < b; k++) {
    if (keep.has(k)) continue;
    released.push(k);
    s.claimed[k] = false;
  }
  for (let j = mentions.length - 1; j >= 0; j--) {
    const m = mentions[j];
    if (m && m.start >= a && m.end <= b && !kept(m)) mentions.splice(j, 1);
  }
  const words = new Set(w.slice(a, b));
  for (let j = s.unknownTopics.length - 1; j >= 0; j--)
    if (words.has(s.unknownTopics[j] ?? '')) s.unknownTopics.splice(j, 1);
}

/**
 * "sorry if this is a silly q but what events are on ...", "sorry to bother you but which ...": a message opening with
 * a formula word and going on with "but" before the ask, typed without a comma: the comma put in after "but", so
 * the formula's clause is a clause of its own (read as social) and the ask is read as it is alone.
 */
export function formulaButBreak(question: string): string {
  const m = /^(\s*([a-z]+)\b[^,.;:!?]*?\s+but)\s+(?=\S)/i.exec(question);
  if (!m?.[1] || !POLITENESS_WORDS.has((m[2] ?? '').toLowerCase())) return question;
  return `${m[1]}, ${question.slice(m[0].length)}`;
}

/**
 * Clause boundaries: sentence punctuation, dashes between spaces, commas, brackets and emoticons. A comma grouping a
 * number's thousands ("10,001+ employees") is no break: the tokens read it as one number.
 */
export const CLAUSE_BREAK = /[.!?;:]+(?=\s|$)|\s[-–—]+\s|(?<!\d),|,(?!\d{3}(?!\d))|[()]|[:;]-?[()DPp]/;

/** The token spans of the message's clauses, or null when the clauses do not line up with the tokens. */
export function clauseBounds(text: string, n: number): [number, number][] | null {
  const sizes = text.split(CLAUSE_BREAK).map((c) => tokenize(c).length);
  if (sizes.reduce((a, b) => a + b, 0) !== n) return null;
  const bounds: [number, number][] = [];
  let start = 0;
  for (const size of sizes) {
    if (size > 0) bounds.push([start, start + size]);
    start += size;
  }
  return bounds;
}

/** The token positions where a clause ends in "?" (the end index of the clause, as `clauseBounds` counts). */
export function questionEnds(text: string): Set<number> {
  const breaks = new RegExp(CLAUSE_BREAK.source, 'g');
  const ends = new Set<number>();
  let at = 0;
  let count = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    count += tokenize(text.slice(at, m.index)).length;
    if (m[0].includes('?')) ends.add(count);
    at = m.index + m[0].length;
  }
  return ends;
}

/**
 * The first token of each clause after the first (a comma, a dash between spaces, sentence punctuation, a bracket
 * begins one): "food, pets, that kinda thing" is a list of separate items, and no name is assembled from words on
 * both sides of a break ("Bravo Pet Foods" from "food, pets"). None when the clauses do not line up with the tokens.
 */
export function clauseStarts(text: string, n: number): ReadonlySet<number> {
  return new Set((clauseBounds(text, n) ?? []).slice(1).map(([start]) => start));
}

/**
 * Releases the social clauses of the question: their mentions are removed and their words returned as
 * discourse (token indices). A question whose clauses are all social is left alone (nothing would be asked).
 */
export function releaseSocialClauses(text: string, s: ScanState): number[] {
  const { w, mentions } = s;
  // a formula of several words ("heads up, i'm travelling ...") is said to the listener wherever it stands: its words
  // are released first, with whatever they were read as ("heads" was the seniority Head, a filter nobody asked for)
  const phraseReleased = releaseFormulaPhrases(s);
  const clauses = clauseBounds(text, w.length);
  if (!clauses) return phraseReleased;
  const formula = (x: string): boolean => POLITENESS_WORDS.has(x);
  const person = (x: string): boolean =>
    SPEAKER_WORDS.has(x) || SPEAKER_OBJECT_WORDS.has(x) || LISTENER_WORDS.has(x) || x === 'your' || x === 'ur';
  const contentAt = new Array<boolean>(w.length).fill(false);
  const clockAt = new Array<boolean>(w.length).fill(false);
  /** Relation verbs: content only with something to relate ("hope all is going well" relates nothing). */
  const relationAt = new Array<boolean>(w.length).fill(false);
  for (const m of mentions) {
    const clock = w.slice(m.start, m.end).some((x) => CLOCK_TIME.test(x));
    // the speaker's or the listener's own ("your week", "my 10am") is no filter on the data
    const own = person(w[m.start - 1] ?? '') && (m.t === 'cond' || m.t === 'unclear');
    for (let k = m.start; k < m.end; k++) {
      if (m.t === 'relation') relationAt[k] = true;
      else if (excludes(m) || (DATA_MENTIONS.has(m.t) && (!CONTENT_UNLESS_OWN.has(m.t) || (!clock && !own))))
        contentAt[k] = true;
      if ((clock || own) && (m.t === 'cond' || m.t === 'unclear')) clockAt[k] = true;
    }
  }
  /**
   * A time said with a preposition of time ("before the aviation festival", "by end of q3"): in a remark of the
   * speaker's plan ("need to reach out before X") it says when the speaker acts, no window on the rows.
   */
  const adjunctAt = new Array<boolean>(w.length).fill(false);
  for (const m of mentions) {
    let lead = w[m.start - 1] === 'the' ? m.start - 2 : m.start - 1;
    if (w[lead] === 'of' && w[lead - 1] === 'ahead') lead--;
    const at = TIME_ADJUNCT_LEADS.has(w[lead] ?? '') ? lead : TIME_ADJUNCT_LEADS.has(w[m.start] ?? '') ? m.start : -1;
    const timed =
      m.t === 'event' || (m.t === 'cond' && (m.cond.kind === 'startBetween' || m.cond.kind === 'endBetween'));
    if (at < 0 || !timed) continue;
    for (let k = at; k < m.end; k++) adjunctAt[k] = true;
  }
  const typed = s.tokens.map((t) => t.raw.toLowerCase());
  /** Read as people and nothing more (no relation, job or place): "the team", "my colleagues". */
  const plainPeopleAt = (k: number): boolean =>
    mentions.some(
      (m) => m.start === k && m.end === k + 1 && m.t === 'entity' && m.entity === 'people' && !m.relations?.length,
    ) || !mentions.some((m) => m.start <= k && m.end > k);
  const socialWord = (k: number): boolean => {
    const x = w[k] ?? '';
    if (formula(x) || POLITENESS_COMPANIONS.has(x)) return true;
    if (contentAt[k]) return false;
    return (
      clockAt[k] === true ||
      CLOCK_TIME.test(x) ||
      BARE_NUMBER.test(x) ||
      person(x) ||
      CLOSED_CLASS_WORDS.has(x) ||
      HEDGE_WORDS.has(x) ||
      FILLER_WORDS.has(x) ||
      activityWord(x) ||
      onlyAdverb(x)
    );
  };
  /** An adjective no recogniser read ("curious", "silly"): how the speaker feels, in a clause about the speaker. */
  const stance = (k: number): boolean => !contentAt[k] && adjectiveWord(w[k] ?? '');
  /** No recogniser read the word. */
  const unreadAt = (k: number): boolean => !mentions.some((m) => m.start <= k && m.end > k);
  /**
   * A word no recogniser read, right after the speaker's possessive or one more such word ("need it for my deck",
   * "for our board review"): the speaker's own thing, in a clause about the speaker.
   */
  const owned = (k: number): boolean => unreadAt(k) && speakerPossessiveBefore(w, k, 2, unreadAt) >= 0;
  const bounds = splitTrailingFormulas(
    clauses,
    (k) => formula(w[k] ?? ''),
    (k) => socialWord(k) && !relationAt[k] && !contentAt[k],
  );
  /** True when no recogniser read any word of the span. */
  const unread = (start: number, end: number): boolean => !mentions.some((m) => m.start < end && m.end > start);
  const social = bounds.map(([start, end], c) => {
    const words = w.slice(start, end);
    // a sign-off word alone closing the message ("..., Best, Jo") or well-wishing made only of a formula's
    // companions and closed-class words that no recogniser read ("have a great day", "all the best") is said to
    // the listener too
    const closing = c > 0 && words.length === 1 && SIGN_OFF_WORDS.has(words[0] ?? '') && c >= bounds.length - 2;
    const wishing =
      c > 0 &&
      unread(start, end) &&
      words.some((x) => POLITENESS_COMPANIONS.has(x)) &&
      words.every((x) => POLITENESS_COMPANIONS.has(x) || CLOSED_CLASS_WORDS.has(x) || FILLER_WORDS.has(x));
    const anchored = closing || wishing || words.some((x) => formula(x) || person(x));
    // a clause without its subject that only comments ("just curious really", "thinking about flying over"):
    // an adverb, a hedge or an activity verb, and nothing read as data or a relation
    // ... or the speaker's state or plan with the subject left out ("just curious", "out of curiosity", "need to plan
    // travel", "thinking of going to a couple"): a word of the mind or a verb of wanting opening the clause; a verb
    // of taking part there is the speaker's plan, its object no more than a pronoun of quantity ("a couple")
    const opener = remarkOpener(w, start, end);
    // "we only want the big ones", "we'd go to the ones in march": the clause picks some of the rows asked (a
    // condition of the ask, whoever says it), so it is no remark
    if (pickedRowsAt(w, start, end) !== null) return false;
    // "just curious how old some of these are": a word of the mind before a question about the rows asked (a pronoun
    // points back at them) asks nothing of its own; what it wonders is no condition
    const embedded =
      opener !== null &&
      mindWord(w[opener] ?? '') &&
      QUESTION_WORDS.has(w[opener + 1] ?? '') &&
      w.slice(opener + 1, end).some((x) => POINTING_BACK.has(x)) &&
      mentions.every((m) => m.end <= opener + 1 || m.start >= end || EMBEDDED_KINDS.has(m.t));
    /**
     * A time said in the speaker's own remark ("need them for outreach next week", "doing an outreach push this
     * week"): when the speaker acts, when nothing else of the message has a date (no noun of events, no time of its
     * own) and the clause takes part in nothing. Otherwise it may narrow the rows, and stays content.
     */
    const outside = mentions.filter((m) => m.end <= start || m.start >= end);
    const undated =
      !outside.some((m) => (m.t === 'entity' && m.entity === 'events') || m.t === 'cond') &&
      !relationAt.slice(start, end).some(Boolean);
    const speakerTime = (k: number): boolean =>
      undated &&
      mentions.some(
        (m) =>
          m.start <= k &&
          m.end > k &&
          m.start >= start &&
          m.end <= end &&
          m.t === 'cond' &&
          m.cond.kind === 'startBetween',
      );
    const comment =
      !anchored &&
      (words.some((x) => onlyAdverb(x) || HEDGE_WORDS.has(x) || (x.endsWith('ing') && activityWord(x))) ||
        opener !== null) &&
      (opener !== null || !relationAt.slice(start, end).some(Boolean));
    if (!anchored && !comment) return false;
    // an adjective is the speaker's own only where the speaker or a formula is there ("sorry if this is a silly
    // question"), or where it is a word of the mind ("just curious"); in a clause without one it may qualify the data
    // ("events in japan, really big")
    for (let k = start; k < end; k++)
      if (
        !socialWord(k) &&
        !relationAt[k] &&
        !(anchored && (stance(k) || owned(k))) &&
        !(opener !== null && (remarkWord(w, k, contentAt, opener, plainPeopleAt, typed) || adjunctAt[k] === true)) &&
        !(embedded && k > (opener ?? end)) &&
        !((opener !== null || comment) && speakerTime(k))
      )
        return false;
    return true;
  });
  // the writer's name: one or two capitalised words in a clause of their own right after a sign-off
  bounds.forEach(([start, end], c) => {
    const before = bounds[c - 1];
    if (!before || social[c] || !social[c - 1] || !SIGN_OFF_WORDS.has(w[before[1] - 1] ?? '')) return;
    if (end - start <= 2 && s.tokens.slice(start, end).every((t) => /^[A-Z][a-z]+$/.test(t.raw))) social[c] = true;
  });
  if (social.every(Boolean)) return phraseReleased;
  const released: number[] = [...phraseReleased];
  // inside a clause that asks something, a formula word ("kindly", "cheers") and the verb of asking right after
  // it ("kindly share", "pls pull") are still said to the listener
  bounds.forEach(([start, end], c) => {
    if (social[c]) return;
    for (let k = start; k < end; k++) {
      const x = w[k] ?? '';
      if (!formula(x) || contentAt[k]) continue;
      released.push(k);
      const next = w[k + 1] ?? '';
      // the people greeted or thanked ("hey guys which ...", "thanks folks") are the listeners, not people asked for
      if (k + 1 < end && POLITENESS_COMPANIONS.has(next)) {
        released.push(k + 1);
        s.claimed[k + 1] = false;
        for (let j = mentions.length - 1; j >= 0; j--) {
          const m = mentions[j];
          if (m && m.start === k + 1 && m.end === k + 2) mentions.splice(j, 1);
        }
        continue;
      }
      if (k + 1 < end && !contentAt[k + 1] && !relationAt[k + 1] && !FILLER_WORDS.has(next) && isVerb(next))
        released.push(k + 1);
    }
  });
  bounds.forEach((clause, c) => {
    if (social[c]) releaseClause(s, clause, released);
  });
  return released;
}

/**
 * Where a remark of the speaker's with its subject left out opens ("just curious", "out of curiosity", "need to plan
 * travel", "thinking of going to a couple"): the first word after adverbs and fillers is a word of the mind
 * (`mindWord`: "curious", "curiosity") or a verb of wanting or planning before "to" / "of" ("need to", "thinking of");
 * null when the clause opens otherwise. A clause opened so says what the speaker feels or will do, never which rows.
 */
export function remarkOpener(w: readonly string[], start: number, end: number): number | null {
  let k = start;
  while (k < end && (FILLER_WORDS.has(w[k] ?? '') || onlyAdverb(w[k] ?? '')) && !REMARK_VERBS.has(w[k] ?? '')) k++;
  // "out of curiosity": the preposition before a noun of the mind
  // (a fronted "out of" is read as "among" when the question clause is put first)
  if (w[k] === 'out' && w[k + 1] === 'of') k += 2;
  else if (MIND_PREPOSITIONS.has(w[k] ?? '') && k + 2 === end && mindWord(w[k + 1] ?? '')) k += 1;
  const x = w[k] ?? '';
  if (k >= end) return null;
  // ... said of the speaker, not before a noun it would qualify ("curious who's everywhere", "just curious"; "new
  // ones" qualifies rows)
  const after = w[k + 1] ?? '';
  const predicative = k + 1 >= end || MIND_COMPLEMENTS.has(after) || QUESTION_WORDS.has(after) || onlyAdverb(after);
  // a noun of the mind only after its preposition ("out of curiosity"; "any role" is no remark), else an adjective
  const afterPreposition = k > start && MIND_PREPOSITIONS.has(w[k - 1] ?? '');
  if (mindWord(x) && (afterPreposition || (adjectiveWord(x) && !isVerb(x))) && predicative) return k;
  const verb = REMARK_VERBS.has(x) || REMARK_VERBS.has(verbLemma(droppedG(x)));
  // ... also with the rows asked as its object ("need them for outreach", "want it for a mailing")
  const linked = REMARK_VERB_LINKS.has(w[k + 1] ?? '') || (ROW_PRONOUNS.has(w[k + 1] ?? '') && w[k + 2] === 'for');
  return verb && linked ? k : null;
}

/** Pronouns standing for the rows asked, as the object of a remark's verb ("need them for ..."). */
const ROW_PRONOUNS: ReadonlySet<string> = new Set(['them', 'it', 'those', 'these', 'em']);

/** Pronouns by which an embedded question points back at the rows asked ("curious how old some of these are"). */
const POINTING_BACK: ReadonlySet<string> = new Set(['them', 'it', 'those', 'these', 'they', 'em', 'their', 'its']);

/** Mentions an embedded question about the rows asked may hold: what it asks of them, and its grammar. */
const EMBEDDED_KINDS: ReadonlySet<MentionBody['t']> = new Set(['attribute', 'anaphor', 'prep', 'copula', 'refine']);

/** Prepositions of a time the speaker acts by ("before X", "ahead of X", "by friday"). */
const TIME_ADJUNCT_LEADS: ReadonlySet<string> = new Set(['before', 'after', 'by', 'until', 'till', 'ahead']);

/** Words that open what a state of the mind is about ("curious about", "keen to", "interested in", "unsure if"). */
const MIND_COMPLEMENTS: ReadonlySet<string> = new Set(['about', 'to', 'in', 'if', 'whether', 'as', 'how']);

/** Prepositions before a noun of the mind opening a remark ("out of curiosity", "for interest"). */
const MIND_PREPOSITIONS: ReadonlySet<string> = new Set(['out', 'of', 'among', 'for']);

/** Determiners of a group the speaker has ("the team", "my boss", "our clients"). */
const OWN_GROUP_DETERMINERS: ReadonlySet<string> = new Set(['the', 'my', 'our']);

/** A word WordNet knows as a noun and as no adjective ("flights", "travel"; not "vegan"). */
function plainNoun(x: string): boolean {
  const wn = wordNet();
  return /^[a-z]+$/.test(x) && wn.senses(nounLemma(x), 'noun').length > 0 && wn.senses(x, 'adj').length === 0;
}

/** "lookin", "thinkin": a gerund typed with its g dropped. */
function droppedG(x: string): string {
  return /[^aeiou]in$/.test(x) && isVerb(`${x}g`) ? `${x}g` : x;
}

/**
 * A word a remark of the speaker's may hold beside the social words: a word of the mind ("curious"), a pronoun of
 * quantity with no noun after it ("a couple", "a few"), an indefinite adverb of place ("everywhere"), a gerund typed
 * with its g dropped ("lookin"), the verb the opener governs ("need to reach out"), a time said with a preposition of
 * time is checked by the caller; never another word some recogniser read as data.
 */
function remarkWord(
  w: readonly string[],
  k: number,
  contentAt: readonly boolean[],
  opener: number,
  ownGroup: (k: number) => boolean,
  typed: readonly string[],
): boolean {
  const x = w[k] ?? '';
  // "out of curiosity": the preposition before the opener's noun of the mind
  if (k < opener && MIND_PREPOSITIONS.has(x)) return true;
  // "trying to size a campaign": the verb the opener governs is what the speaker will do, whatever else it may name
  if (k === opener + 2 && w[k - 1] === 'to' && isVerb(x)) return true;
  // ... its particle ("sort out") and a plain noun it takes as its object, no adjective that could qualify rows
  // ("need to book flights")
  if (k > opener + 2 && phrasalVerb(w[k - 1] ?? '', x)) return true;
  const verbAt = phrasalVerb(w[k - 2] ?? '', w[k - 1] ?? '') ? k - 2 : k - 1;
  if (verbAt === opener + 2 && !contentAt[k] && plainNoun(x)) return true;
  // "lookin for stuff to take the team to": a person or group noun after "the / my / our" that a verb of the remark
  // governs is the speaker's own (their team, their boss), never people asked for
  if (ownGroup(k) && ownNoun(x) && OWN_GROUP_DETERMINERS.has(w[k - 1] ?? '') && isVerb(w[k - 2] ?? '')) return true;
  // "stuff", "things": the rows asked about, in the speaker's words
  if (INDEFINITE_OBJECT_WORDS.has(typed[k] ?? '') || VAGUE_NOUNS.has(typed[k] ?? '')) return true;
  if (contentAt[k]) return false;
  if ((mindWord(x) && adjectiveWord(x)) || DATA_SCOPE_ADVERBS.has(x)) return true;
  // "need to reach out", "thinking of going": the verb of what the speaker will do
  if ((w[k - 1] === 'to' || w[k - 1] === 'of') && isVerb(droppedG(x))) return true;
  if (QUANTITY_PRONOUNS.has(x) && w[k - 1] === 'a' && !/^[a-z]/.test(w[k + 1] ?? '')) return true;
  return droppedG(x) !== x && activityWord(droppedG(x));
}

/**
 * Releases every formula phrase of the question (`FORMULA_PHRASES`) and the mentions inside it; returns the token
 * indices released. A phrase inside a longer mention (a name that holds the words) is left to that name.
 */
function releaseFormulaPhrases(s: ScanState): number[] {
  const { w, mentions } = s;
  const released: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const phrase = FORMULA_PHRASES.find((p) => p.every((x, k) => w[i + k] === x));
    if (!phrase) continue;
    const end = i + phrase.length;
    if (mentions.some((m) => m.start < end && m.end > i && (m.start < i || m.end > end))) continue;
    releaseClause(s, [i, end], released);
    i = end - 1;
  }
  return released;
}

/**
 * A sign-off typed straight after the question, with no punctuation before it ("list the retail companies kind
 * regards, Sam", "... thanks a ton"): the longest run of social words ending a clause that starts with a formula word
 * (or a companion right before one: "kind regards", "many thanks") becomes a clause of its own, so the question
 * before it is read alone and the sign-off (and the name after it) is released.
 */
export function splitTrailingFormulas(
  bounds: readonly [number, number][],
  isFormula: (k: number) => boolean,
  isSocial: (k: number) => boolean,
): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of bounds) {
    let from = end;
    while (from > start && isSocial(from - 1)) from--;
    // the run must open with the formula itself, not with the closed-class words before it ("... in the" stays)
    while (from < end && !isFormula(from) && !(isFormula(from + 1) && from + 1 < end && isSocial(from))) from++;
    const companionLed = from < end && !isFormula(from);
    if (from > start && from < end && (isFormula(from) || companionLed)) {
      out.push([start, from], [from, end]);
    } else out.push([start, end]);
  }
  return out;
}
