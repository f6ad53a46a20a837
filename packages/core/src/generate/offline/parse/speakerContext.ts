/**
 * The speaker's own context inside a longer message: who they are and what they are doing ("im in bizdev at a
 * small cloud startup", "we are a logistics software company", "Our company is based in Australia and we sell to
 * hospitals", "I'm planning our events budget for next year", "for a client:", "as a founder of a small edtech
 * startup I'd like to know ..."). By grammar, not phrasing: the message is cut into clauses (as for social
 * clauses); a clause is the speaker's context when
 *  - its subject is the speaker: it opens (after greetings and "and / but / so") with "I", "I'm", "we", "we're",
 *    ... or "my / our" + a person or group noun ("our company", "my team"), or it is "for a / an <person or group>"
 *    ("for a client in the aviation space"), or "as a / an <person> ..." up to the speaker ("as a founder of a
 *    small edtech startup I'd like to know ...": the part before "I");
 *  - it does not ask: no question word, no "?", and no verb of asking before a word naming data (`REQUEST_VERBS`:
 *    "we're looking for events", "I need sponsors"); a clause joined by "and" to a new speaker subject is two
 *    clauses ("im in bizdev at a startup and we're looking for events to sponsor");
 *  - another clause of the message asks about the data, and that clause does not point back at it ("which of
 *    them ...").
 * Its mentions are removed and its words counted as discourse: the ask keeps every constraint of its own.
 * Also a name after thanks, a sign-off or a greeting typed in lower case or short ("thx, priya", "Thanks so much, Jo").
 */
import {
  ANAPHORS,
  FREE_RELATIVE_LEADS,
  POINTING_DETERMINERS,
  QUESTION_WORDS,
  HEDGE_WORDS,
  LISTENER_WORDS,
  POLITENESS_WORDS,
  PRESENT_BE_FORMS,
  REASON_CONJUNCTIONS,
  REMARK_SUBJECTS,
  REQUEST_VERBS,
  SIGN_OFF_WORDS,
  SPEAKER_WORDS,
  CLOSED_CLASS_WORDS,
  SPEAKER_POSSESSIVES,
  THIRD_PERSON_SUBJECTS,
  TOPIC_LEADS,
} from '../lexicon/discourseWords';
import { BE_FORMS } from '../lexicon/auxiliaryWords';
import { PLACE_PREPOSITIONS, PRESENCE_WORDS } from '../lexicon/presenceWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { isVerb, verbLemma } from '../text/language';
import { requestChainEnd } from './requestFrame';
import { restatementAt, restatementMarkers } from './restatements';
import { activityWord, DATA_MENTIONS, NAMED_MENTIONS, onlyAdverb, ownNoun } from './discourse';
import type { ScanState } from './scan/ScanState';
import type { Mention } from './Mention';
import { clauseBounds, questionEnds, releaseClause } from './socialClauses';
import { pickedRowsAt } from './pickedRows';
import { restrictsAnswer } from './activityClauses';

/** Mentions a speaker's own act may be read as ("attend", "go to"): verbs, no data. */
const SPEAKER_ACTS: ReadonlySet<Mention['t']> = new Set(['relation', 'prep']);
const OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'also', 'ok', 'okay', 'well', 'context']);
/** Named things a speaker's context can set for the ask: an event, a venue. */
const NAMED_PLACES: ReadonlySet<string> = new Set(['event', 'venue']);
/**
 * Words before the event a speaker takes part in ("going to X", "exhibiting at X", "prepping for X") or works with
 * ("i work with the X team").
 */
const TAKING_PART_WORDS: ReadonlySet<string> = new Set([
  'at',
  'to',
  'for',
  'with',
  'attend',
  'attending',
  'visit',
  'visiting',
]);
/** Determiners between "for" and whom the speaker's work is for ("for the client", "for my boss"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'this', 'that']);
/** Mentions that narrow a named event said right before them: a time ("in feb") or a place ("in singapore"). */
const MODIFIER_MENTIONS: ReadonlySet<string> = new Set(['cond', 'country', 'city', 'state']);
const AFTER_LOOK: ReadonlySet<string> = new Set(['for', 'into', 'at']);
/** Mentions by which an ask names its own subject: an event, a company, a person (a place only narrows). */
const OWN_NAMES: ReadonlySet<string> = new Set(['event', 'company', 'person']);
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/**
 * Mentions of a domain, not a thing: a theme, an industry, a job function ("research on the education industry", "a
 * piece on marketing"). A topic of only these is the field of the speaker's work, which an ask with its own subject
 * does not take as a condition.
 */
const DOMAIN_MENTIONS: ReadonlySet<string> = new Set(['topic', 'sector', 'function']);

/** Words that join a new clause to the one before ("... startup and we're looking ...", "... next week so can you"). */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'so']);
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will']);

/** True when the listener is asked at k ("can you", "could u", "pls"). */
function listenerAskedAt(w: readonly string[], k: number): boolean {
  const x = w[k] ?? '';
  return (MODALS.has(x) && LISTENER_WORDS.has(w[k + 1] ?? '')) || POLITENESS_WORDS.has(x);
}

/**
 * True when a new subject starts at k: the speaker ("we're"), someone of theirs ("... and he wants ..."), or the
 * listener asked ("can you", "could u", "pls").
 */
function newSubjectAt(w: readonly string[], k: number): boolean {
  const x = w[k] ?? '';
  return SPEAKER_WORDS.has(x) || THIRD_PERSON_SUBJECTS.has(x) || listenerAskedAt(w, k);
}

/** Words of the speaker as subject, possessor or object ("we", "our", "us"). */
const SPEAKER_SELF: ReadonlySet<string> = new Set([...SPEAKER_WORDS, ...SPEAKER_POSSESSIVES, 'us', 'me']);

/**
 * True when a clause of the speaker's reason opens at k ("since that's where our office is", "because we sell to
 * hotels"): a reason conjunction, then a clause naming the speaker up to `end`; "since" takes a present form of "be"
 * there, else it opens a time ("since we launched"), which is a condition.
 */
function speakerReasonAt(w: readonly string[], k: number, end: number): boolean {
  if (!REASON_CONJUNCTIONS.has(w[k] ?? '')) return false;
  const rest = w.slice(k + 1, end);
  return rest.some((x) => SPEAKER_SELF.has(x)) && (w[k] !== 'since' || rest.some((x) => PRESENT_BE_FORMS.has(x)));
}

/**
 * Splits [start, end) before "and" / "but" / "so" followed by a new subject ("... startup and we're looking ...",
 * "i have a meeting with X next week so could you ..."), also with adverbs or hedges between them ("i run a startup
 * and basically i want ...", "and honestly i'm ...").
 */
function splitAtNewSubject(
  w: readonly string[],
  [start, end]: [number, number],
  namedAt: readonly boolean[],
): [number, number][] {
  const parts: [number, number][] = [];
  let a = start;
  for (let k = start + 1; k < end - 1; k++) {
    let subject = k + 1;
    while (subject < end - 1 && (onlyAdverb(w[subject] ?? '') || HEDGE_WORDS.has(w[subject] ?? ''))) subject++;
    // "... and want events in X": a request chain after the joiner opens the ask of a speaker's clause, unless the
    // clause names a thing the ask may be about ("i work at X and need the marketing people there")
    const chainAfterSpeaker =
      requestChainEnd(w, subject) > subject && speakerOpens(w, [a, k]) && !namedAt.slice(a, k).some(Boolean);
    if (
      (CLAUSE_JOINS.has(w[k] ?? '') && (newSubjectAt(w, subject) || chainAfterSpeaker)) ||
      speakerReasonAt(w, k, end)
    ) {
      parts.push([a, k]);
      a = k;
    }
  }
  parts.push([a, end]);
  return parts;
}

/** The clause opens with the speaker as its subject ("we are planning ...", "my boss wants ..."). */
function speakerOpens(w: readonly string[], clause: [number, number]): boolean {
  const k = opening(w, clause);
  const first = w[k] ?? '';
  return SPEAKER_WORDS.has(first) || ((first === 'my' || first === 'our') && ownNoun(w[k + 1] ?? ''));
}

/**
 * "boss wants to know ...", "manager needs ...": a singular person or group noun with no determiner opening the clause
 * before a verb of wanting in its third-person form is someone of the speaker's circle, "my" left out (a noun of the
 * data takes a determiner or a plural: "the sponsors want").
 */
function bareCircleSubjectAt(w: readonly string[], k: number): boolean {
  const x = w[k] ?? '';
  const next = w[k + 1] ?? '';
  return (
    ownNoun(x) && !/[^s]s$/.test(x) && /s$/.test(next) && WISH_VERBS.has(verbLemma(next)) && verbLemma(next) !== next
  );
}

/** Verbs of someone wanting the answer ("boss wants it", "the team needs this", "mgmt asked for it"). */
const WISH_VERBS: ReadonlySet<string> = new Set(['want', 'need', 'ask', 'expect', 'require', 'request']);
/** Pronouns standing for the answer asked for ("wants it", "needs this", "asked for them"). */
const ANSWER_OBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', 'these', 'those']);

/**
 * "boss wants it by friday lol", "the team needs this for a meeting": someone of the speaker's circle typed without
 * "my" / "our" (a bare person or group noun, or "the" and one), wanting the answer itself, named by a pronoun: a
 * remark on who needs the answer and when or why, like "my boss wants ...". The pronoun is what keeps it apart from an
 * ask ("the team needs sponsors at X" names what is wanted).
 */
function circleWishAt(w: readonly string[], k: number): boolean {
  let j = w[k] === 'the' ? k + 1 : k;
  if (!ownNoun(w[j] ?? '')) return false;
  j++;
  if (!WISH_VERBS.has(verbLemma(w[j] ?? '')) || verbLemma(w[j] ?? '') === w[j]) return false;
  j++;
  if (w[j] === 'for') j++;
  return ANSWER_OBJECTS.has(w[j] ?? '');
}

/** Mentions by which a role noun names people: a job function, a level, a title word, people. */
const ROLE_MENTIONS: ReadonlySet<string> = new Set(['function', 'seniority', 'title', 'entity']);

/**
 * "analyst here", "marketing manager here - ...", "event organiser here doing a scan for ...", "analyst covering
 * airlines here": the speaker introducing themselves by a role, the subject "I'm" left out. The clause opens with a
 * noun phrase of up to four words whose head is a noun of a person (WordNet) or a role word read as people, or a
 * participle phrase after that noun ("analyst covering airlines"), then "here"; after "here" the clause ends or
 * goes on with a gerund of what the speaker does. No word before "here" names a thing of the data by name.
 */
function selfIntroductionAt(w: readonly string[], k: number, end: number, mentions: readonly Mention[]): boolean {
  const here = w.indexOf('here', k + 1);
  if (here < 0 || here >= end || here > k + 4) return false;
  const after = w[here + 1] ?? '';
  if (here + 1 < end && !(/ing$/.test(after) && isVerb(after))) return false;
  const roleAt = (j: number): boolean =>
    ownNoun(w[j] ?? '') ||
    mentions.some(
      (m) => m.start <= j && j < m.end && ROLE_MENTIONS.has(m.t) && (m.t !== 'entity' || m.entity === 'people'),
    );
  if (mentions.some((m) => m.start < here && m.end > k && NAMED_MENTIONS.has(m.t))) return false;
  // the head noun right before "here", or before a participle phrase ending there
  for (let j = here - 1; j >= k; j--) {
    if (roleAt(j)) return j === here - 1 || (/ing$/.test(w[j + 1] ?? '') && isVerb(w[j + 1] ?? ''));
  }
  return false;
}

/** The first word of a clause after greetings and joining words. */
function opening(w: readonly string[], [start, end]: [number, number]): number {
  let k = start;
  while (k < end && (POLITENESS_WORDS.has(w[k] ?? '') || OPENERS.has(w[k] ?? ''))) k++;
  return k;
}

/** Conditions of dates: a window or a state of events in time. */
const DATE_KINDS: ReadonlySet<string> = new Set(['startBetween', 'endBetween', 'past', 'ongoing']);

/** True when every data mention in [a, b) is a date (and there is one). */
function onlyDatesIn(mentions: readonly Mention[], a: number, b: number): boolean {
  const inside = mentions.filter((m) => m.start >= a && m.start < b && DATA_MENTIONS.has(m.t));
  return inside.length > 0 && inside.every((m) => m.t === 'cond' && DATE_KINDS.has(m.cond.kind));
}

/** Mentions a clause of the speaker's presence keeps: when and where they are. */
const PRESENCE_MENTIONS: ReadonlySet<string> = new Set(['cond', 'country', 'city', 'state']);

/**
 * True when the clause is the speaker's presence up to token \`at\`: the speaker, a form of "be" (in the speaker's
 * word, "im", or after it, "i am", "i'll be", "we will be"), then only adverbs of being there (PRESENCE_WORDS), a
 * preposition of place and the place's words, or a place or time read already; no verb or noun of anything else
 * ("i'm planning a trip in august" says what the speaker does, no presence).
 */
function presenceBefore(
  w: readonly string[],
  clause: [number, number],
  at: number,
  mentions: readonly Mention[],
): boolean {
  let k = opening(w, clause);
  const first = w[k] ?? '';
  if (!SPEAKER_WORDS.has(first)) return false;
  k++;
  const contracted = /(?:'m|'re|^im)$/.test(first);
  if (!contracted) {
    while (k < at && (MODALS.has(w[k] ?? '') || ['will', 'll', 'shall'].includes(w[k] ?? ''))) k++;
    if (!BE_FORMS.has(w[k] ?? '') && w[k] !== 'be') return false;
    k++;
  }
  let placed = false;
  const readAt = (j: number): Mention | undefined => mentions.find((m) => m.start <= j && j < m.end);
  for (; k < at; k++) {
    const x = w[k] ?? '';
    const read = readAt(k);
    if (read && PRESENCE_MENTIONS.has(read.t)) {
      k = read.end - 1;
      placed = true;
      continue;
    }
    if (PRESENCE_WORDS.has(x)) {
      placed = true;
      continue;
    }
    if (onlyAdverb(x)) continue;
    // "in town", "in the city", "at home": a preposition of place and the one plain noun it takes (a place of the data
    // is read on the next step)
    if (PLACE_PREPOSITIONS.has(x) && (!read || read.t === 'prep')) {
      if (w[k + 1] === 'the') k++;
      const noun = readAt(k + 1);
      if (k + 1 < at && (!noun || !DATA_MENTIONS.has(noun.t))) k++;
      placed = true;
      continue;
    }
    return false;
  }
  return placed;
}

export function releaseSpeakerContext(text: string, s: ScanState, alreadyReleased: ReadonlySet<number>): number[] {
  const { w, mentions, tokens } = s;
  const bounds = clauseBounds(text, w.length);
  if (!bounds) return [];
  // a question word after a preposition opens a noun clause of the speaker's ("a deck on what we have for X"), no ask
  const asks = (k: number): boolean => QUESTION_WORDS.has(w[k] ?? '') && !FREE_RELATIVE_LEADS.has(w[k - 1] ?? '');
  const dataAt = new Array<boolean>(w.length).fill(false);
  for (const m of mentions) if (DATA_MENTIONS.has(m.t)) for (let k = m.start; k < m.end; k++) dataAt[k] = true;

  const namedAt = new Array<boolean>(w.length).fill(false);
  for (const m of mentions) if (NAMED_MENTIONS.has(m.t)) for (let k = m.start; k < m.end; k++) namedAt[k] = true;
  const clauses = bounds.flatMap((b) => splitAtNewSubject(w, b, namedAt));
  const released: number[] = [];
  /** The context span of a clause ([from, to) to release), or null. */
  const contextSpan = ([start, end]: [number, number]): [number, number] | null => {
    const k = opening(w, [start, end]);
    const first = w[k] ?? '';
    const next = w[k + 1] ?? '';
    let span: [number, number] | null = null;
    // "..., since that's where our office is": the speaker's reason for asking, naming nothing of the data by name
    if (speakerReasonAt(w, k, end) && !namedAt.slice(start, end).some(Boolean)) return [start, end];
    // "... and want events in X" (split off a speaker's clause): the joiner and the chain are the frame
    const chainEnd = requestChainEnd(w, k);
    if (k > start && CLAUSE_JOINS.has(w[start] ?? '') && chainEnd > k && dataAt.slice(chainEnd, end).some(Boolean))
      return [start, chainEnd];
    // "putting together a report on X", "prepping a deck on X for my boss": the speaker's clause typed without its
    // subject, a gerund naming no data, taken as such only with a topic the ask is about (or naming no data at all)
    const gerund =
      /ing$/.test(first) &&
      // a gerund read as anything ("excluding", "attending") is no frame
      !mentions.some((m) => m.start <= k && k < m.end) &&
      isVerb(first) &&
      (topicStart([start, end]) < end || !dataAt.slice(start, end).some(Boolean));
    // "my research is on aviation": the speaker's own activity (WordNet), not read as data, is the subject
    const ownActivity =
      SPEAKER_POSSESSIVES.has(first) && !dataAt[k + 1] && activityWord(next) && BE_FORMS.has(w[k + 2] ?? '');
    // "i think in marketing", "i guess the uk": a hedge around a value says the value, unsure; no context of the
    // speaker's ("i think they make sensors" is a remark of belief, `beliefClauses.ts`)
    const hedgedValue =
      SPEAKER_WORDS.has(first) && HEDGE_WORDS.has(next) && !REMARK_SUBJECTS.has(w[k + 2] ?? '') && k + 2 < end;
    if (hedgedValue) return null;
    // "..., i mean singapore": a restatement of the request, no clause about the speaker
    if (restatementAt(w, k)) return null;
    if (
      SPEAKER_WORDS.has(first) ||
      (SPEAKER_POSSESSIVES.has(first) && ownNoun(next)) ||
      bareCircleSubjectAt(w, k) ||
      selfIntroductionAt(w, k, end, mentions) ||
      circleWishAt(w, k) ||
      ownActivity ||
      gerund
    )
      span = [start, end];
    else if (first === 'for' && (next === 'a' || next === 'an') && activityWord(w[k + 2] ?? '')) {
      // "for a presentation next week, which ...": what the answer is for, with its own time, is the frame
      span = [start, end];
    } else if (first === 'for' && (next === 'my' || next === 'our') && purposeTail([k, end]) !== null) {
      // "for our sales team, can you list ...": the speaker's own people the answer is for
      span = [start, end];
    } else if ((first === 'for' || first === 'as') && (next === 'a' || next === 'an')) {
      // "as a founder of a small edtech startup I'd like to know ...": up to the speaker ("as a marketing manager
      // i want ...": the person noun may follow other words)
      const speaker = w.findIndex((x, j) => j > k && j < end && SPEAKER_WORDS.has(x));
      const nounEnd = first === 'as' && speaker > 0 ? Math.min(speaker, k + 6) : k + 3;
      if (w.slice(k + 2, nounEnd).some(ownNoun)) span = first === 'as' && speaker > 0 ? [start, speaker] : [start, end];
    }
    if (!span) return null;
    // "we only care about X", "we're interested in X", "we don't work in X": the clause restricts the answer
    if (restrictsAnswer(w, span[0], span[1], dataAt)) return null;
    for (let j = span[0]; j < span[1]; j++) {
      if (asks(j)) return null;
      const lemma = verbLemma(w[j] ?? '');
      // "putting together a guest list for a CMO roundtable": a request word after a determiner is the thing the
      // speaker makes (a noun), no verb of asking
      const noun = DETERMINERS.has(w[j - 1] ?? '') || (DETERMINERS.has(w[j - 2] ?? '') && !isVerb(w[j - 1] ?? ''));
      const request = REQUEST_VERBS.has(lemma) || (lemma === 'look' && AFTER_LOOK.has(w[j + 1] ?? ''));
      // "I'm building a list of procurement contacts at X. Who do we have?": the list the speaker makes holds the
      // data the ask wants: what follows "of" is the ask's, the clause up to it the frame
      if (noun && request && w[j + 1] === 'of' && dataAt.slice(j + 2, span[1]).some(Boolean)) return [span[0], j + 2];
      const chainEnd = noun ? j : requestChainEnd(w, j);
      if (((request && !noun) || chainEnd > j) && dataAt.slice(Math.max(j + 1, chainEnd), span[1]).some(Boolean)) {
        // "im an sdr looking for sales folks at X": the writer's role and the chain are the frame, the rest the
        // ask; a name in the self-description ("i work at paypal and need the marketing people there") may be
        // what the ask is about, so then the whole clause stays the ask
        const named = mentions.some((m) => NAMED_MENTIONS.has(m.t) && m.start >= span[0] && m.start < j);
        // "I'm trying to build a list before Q4 - key account managers in germany": a time alone after the speaker's
        // request is when the speaker's work is due, no window on the data the other clause asks for
        if (!named && onlyDatesIn(mentions, Math.max(j + 1, chainEnd), span[1])) return span;
        if (chainEnd <= j || named) return null;
        // "my boss wants a summary for the client on X": what is wanted is work on a topic, for someone; the topic
        // is the ask's, the work and whom it is for are the frame
        const topic = topicStart([chainEnd, span[1]]);
        const framed = (k: number): boolean => !dataAt[k] || beneficiary(k);
        if (topic < span[1] && [...Array(topic - chainEnd).keys()].every((d) => framed(chainEnd + d)))
          return [span[0], topic];
        return [span[0], chainEnd];
      }
    }
    return [span[0], topicStart(span)];
  };
  /**
   * Where the topic of the speaker's work starts ("a deck for my boss on what we have for | the #dmwf event in feb"):
   * the first word naming data after a topic lead, with only closed-class words between them (a free relative such
   * as "what we have for"); the end of the clause when it names no topic. An unread word there ("a deck on vegan
   * sponsors") leaves the topic unfound, so the clause stays the frame it was.
   */
  const topicStart = ([start, end]: [number, number]): number => {
    for (let j = opening(w, [start, end]) + 1; j < end; j++) {
      if (!TOPIC_LEADS.has(w[j] ?? '')) continue;
      let k = j + 1;
      while (k < end && !dataAt[k] && (FILLER_WORDS.has(w[k] ?? '') || CLOSED_CLASS_WORDS.has(w[k] ?? ''))) k++;
      // "working on an email to a client about X": one thing of an activity (a message, a deck) is what the speaker
      // works on, no topic; the topic is after the next lead
      if (k < end && dataAt[k] && workProduct(k)) continue;
      if (k < end && dataAt[k]) return k;
    }
    return end;
  };
  /**
   * A single thing the speaker makes at k: a noun of communication or activity (WordNet) after "a" / "an", read as
   * one word of the data ("an email": an e-mail to write, not the addresses asked for).
   */
  const workProduct = (k: number): boolean =>
    INDEFINITE_ARTICLES.has(w[k - 1] ?? '') &&
    activityWord(w[k] ?? '') &&
    mentions.some((m) => m.start === k && m.end === k + 1);
  /** Whom the speaker's work is for: a person or group noun after "for" and a determiner ("for the client"). */
  const beneficiary = (k: number): boolean => {
    const m = mentions.find((x) => x.start <= k && k < x.end);
    if (!m || m.end - m.start !== 1) return false;
    const lead = DETERMINERS.has(w[m.start - 1] ?? '') ? m.start - 1 : m.start;
    return w[lead - 1] === 'for' && ownNoun(w[k] ?? '');
  };
  /**
   * The purpose closing a topic ("... for our team meeting", "... for a client"): "for", a determiner, then only a
   * person, group or activity noun (WordNet) and closed-class words up to the clause's end, naming no thing of the
   * data; null when there is none.
   */
  const purposeTail = ([start, end]: [number, number]): [number, number] | null => {
    for (let j = start; j + 2 < end; j++) {
      if (w[j] !== 'for' || !DETERMINERS.has(w[j + 1] ?? '')) continue;
      const rest = w.slice(j + 2, end);
      const last = rest[rest.length - 1] ?? '';
      // the speaker's own group may be named by any words ("for our sales team", "for my apac team")
      const own = SPEAKER_POSSESSIVES.has(w[j + 1] ?? '') && ownNoun(last);
      const plain = rest.every(
        (x, d) =>
          !namedAt[j + 2 + d] &&
          (own || ownNoun(x) || activityWord(x) || FILLER_WORDS.has(x) || CLOSED_CLASS_WORDS.has(x)),
      );
      if (plain && (ownNoun(last) || activityWord(last))) return [j, end];
    }
    return null;
  };
  const spans = clauses.map(contextSpan);
  // "a deck for my boss on X and he wants to see the mix of companies there, so can you break down ...": the wish of
  // someone of the speaker's, right after the speaker's clause, is frame when a later clause asks the listener for
  // data (that is the ask; the wish only says why), unless that clause points back at the wish ("can you list them?")
  const asksListener = ([a, b]: [number, number]): boolean =>
    [...Array(b - a).keys()].some((d) => listenerAskedAt(w, a + d)) &&
    dataAt.slice(a, b).some(Boolean) &&
    !w.slice(a, b).some((x) => ANAPHORS.has(x));
  clauses.forEach((clause, c) => {
    const k = opening(w, clause);
    if (spans[c] || spans[c - 1] === null || spans[c - 1] === undefined) return;
    if (!THIRD_PERSON_SUBJECTS.has(w[k] ?? '')) return;
    if (clauses.slice(c + 1).some(asksListener)) spans[c] = [clause[0], clause[1]];
    else {
      // "... and she wants to know who the sponsors are": the wish is the ask, its chain ("wants to know") frame
      const chainEnd = requestChainEnd(w, k + 1);
      if (chainEnd > k + 1 && dataAt.slice(chainEnd, clause[1]).some(Boolean)) spans[c] = [clause[0], chainEnd];
    }
  });
  const questionAt = questionEnds(text);
  const endsInQuestion = ([, end]: [number, number]): boolean => questionAt.has(end);
  const askingClauses = clauses.filter(
    ([a, b], c) =>
      (spans[c] === null || (spans[c]?.[1] ?? b) < b) &&
      dataAt.slice(a, b).some(Boolean) &&
      ![...Array(b - a).keys()].every((d) => alreadyReleased.has(a + d)),
  );
  if (askingClauses.length === 0) return [];
  // an ask pointing back ("which of them ...") may point at the context, unless another ask of the message is
  // what it points at ("we want to connect with the partners of X, who are they"; the question clause may have
  // been moved first)
  const pointsBack = ([a, b]: [number, number]): boolean => w.slice(a, b).some((x) => ANAPHORS.has(x));
  const antecedent = (clause: [number, number]): boolean =>
    askingClauses.some((other) => other !== clause && !pointsBack(other));
  if (askingClauses.some((clause) => pointsBack(clause) && !antecedent(clause))) return [];
  // An event or venue the speaker takes part in ("thinking of sponsoring ahice - which hotels are going?",
  // "we're exhibiting at X") is what the ask is about when the ask names no event of its own (nor asks for
  // events): it stays, never silently dropped with the context.
  const askHasEvents = mentions.some(
    (m) =>
      (NAMED_PLACES.has(m.t) || (m.t === 'entity' && m.entity === 'events')) &&
      askingClauses.some(([a, b]) => m.start >= a && m.end <= b),
  );
  const inAsk = (m: (typeof mentions)[number]): boolean => askingClauses.some(([a, b]) => m.start >= a && m.end <= b);
  /**
   * "im in town til end of august", "we're around until the 10th", "i'm in singapore in october": the speaker's
   * presence (a form of "be" after the speaker, then only words of where they are) bounds when they can go: its time
   * and its place stay conditions of an ask for events that names none by name (released with the clause, the ask was
   * answered for a broader window than the speaker can attend). "in town" and the like name no place of the data.
   */
  const inPresenceClause = (m: (typeof mentions)[number]): boolean => {
    if (!PRESENCE_MENTIONS.has(m.t) || (m.t === 'cond' && !DATE_KINDS.has(m.cond.kind))) return false;
    const clause = clauses.find(([a, b]) => m.start >= a && m.end <= b);
    return clause !== undefined && presenceBefore(w, clause, m.start, mentions);
  };
  // The people the speaker's work is for ("a dinner for marketing leaders - director level and above - at the X
  // companies, who've we got?") are the people the ask wants when it asks for people and names no job function of
  // its own: their function stays a condition of the ask (released with the clause it answered about every
  // director). The speaker's own field ("im in marketing") is no "for" phrase and stays frame.
  // "who" asks for people unless the ask names companies or a relation ("who are the sponsors of X")
  const askNamesOthers = mentions.some(
    (m) => inAsk(m) && (m.t === 'relation' || (m.t === 'entity' && m.entity !== 'people')),
  );
  const askWantsPeople = mentions.some(
    (m) =>
      inAsk(m) &&
      (m.t === 'seniority' || (m.t === 'who' && !askNamesOthers) || (m.t === 'entity' && m.entity === 'people')),
  );
  const peopleItIsFor = (m: (typeof mentions)[number]): boolean => {
    if ((m.t !== 'function' && m.t !== 'seniority') || !askWantsPeople || inAsk(m)) return false;
    if (mentions.some((x) => inAsk(x) && x.t === m.t)) return false;
    // back over the words naming the same people ("for senior marketing leaders") to the "for" before them
    let start = m.start;
    for (let moved = true; moved;) {
      moved = false;
      const before = mentions.find((x) => x.end === start && (x.t === 'function' || x.t === 'seniority'));
      if (before) [start, moved] = [before.start, true];
    }
    const lead = DETERMINERS.has(w[start - 1] ?? '') ? start - 1 : start;
    return w[lead - 1] === 'for';
  };
  /** The mention is the object of taking part ("sponsoring ahice", "exhibiting at X", "going to X"). */
  const takenPartIn = (m: (typeof mentions)[number]): boolean => {
    const at = w[m.start - 1] === 'the' ? m.start - 1 : m.start;
    return (
      TAKING_PART_WORDS.has(w[at - 1] ?? '') ||
      // a short name read with its preposition ("for cemat")
      TAKING_PART_WORDS.has(w[m.start] ?? '') ||
      mentions.some((p) => p.end === at && (p.t === 'relation' || (p.t === 'entity' && (p.relations?.length ?? 0) > 0)))
    );
  };
  const askNamesEvent = mentions.some((m) => m.t === 'event' && inAsk(m));
  /**
   * The ask is about events or taking part in them (a noun of events or of participants, a relation, a venue): the time
   * the speaker is somewhere bounds them. An ask of people or companies alone ("which sales leaders based there should
   * I meet?") has no dates: the speaker's plans are no filter on it (the October of the trip made the people those at
   * companies at events in October).
   */
  const askTakesEvents = mentions.some(
    (m) =>
      inAsk(m) &&
      ((m.t === 'entity' &&
        (m.entity === 'events' || m.entity === 'participations' || (m.relations?.length ?? 0) > 0)) ||
        m.t === 'relation' ||
        m.t === 'venue'),
  );
  const named = (m: (typeof mentions)[number]): boolean =>
    (NAMED_PLACES.has(m.t) && !askHasEvents && takenPartIn(m)) ||
    peopleItIsFor(m) ||
    (!askNamesEvent && inPresenceClause(m) && (m.t !== 'cond' || askTakesEvents));
  // ... with the time or place said right after it, which says which of its editions ("the #dmwf event in feb")
  const keptSet = new Set(mentions.filter(named));
  for (const m of [...mentions].sort((x, y) => x.start - y.start))
    if (MODIFIER_MENTIONS.has(m.t) && [...keptSet].some((k) => k.end === m.start && NAMED_PLACES.has(k.t)))
      keptSet.add(m);
  const kept = (m: (typeof mentions)[number]): boolean => keptSet.has(m);
  // ... a presence up to a day still to come ("here till friday") starts today: what is over the speaker cannot go to
  for (const m of keptSet)
    if (
      !askNamesEvent &&
      inPresenceClause(m) &&
      m.t === 'cond' &&
      m.cond.kind === 'startBetween' &&
      m.cond.from === null &&
      (m.cond.to ?? '') >= s.asOf
    )
      m.cond = { ...m.cond, from: s.asOf, label: `${s.asOf}..${m.cond.to ?? ''}` };
  // An ask naming its own event, company or person ("research on the aviation industry - who sponsors Aviation
  // Festival Asia 2025?") is complete: the topic of the speaker's work is the frame too, not a condition of the ask
  // (it made 32 of 192 sponsors the answer); an ask pointing back at the topic has already kept the whole message.
  const askNamesItsOwn = (clause: [number, number]): boolean =>
    askingClauses.some(
      ([a, b]) =>
        (a !== clause[0] || b !== clause[1]) && mentions.some((m) => OWN_NAMES.has(m.t) && m.start >= a && m.end <= b),
    );
  /** The ask points at the topic said before it: a pronoun ("them", "such events") or "that / this sector". */
  const pointsAtTopic = ([a, b]: [number, number]): boolean =>
    pointsBack([a, b]) ||
    mentions.some(
      (m) => m.t === 'sector' && m.start > a && m.start < b && POINTING_DETERMINERS.has(w[m.start - 1] ?? ''),
    );
  /**
   * The topic of the speaker's work is a domain only ("research on the education industry") and another ask of the
   * message has a subject of its own ("list events in December 2023", "which companies are based in India?") and
   * does not point back at the topic: the ask is complete, the field the speaker works in is frame, not a condition
   * (it made "tagged Education" a filter of an ask that named none).
   */
  const askStandsApart = (clause: [number, number], span: [number, number]): boolean => {
    const tail = purposeTail([span[1], clause[1]]);
    const topicEnd = tail ? tail[0] : clause[1];
    const topic = mentions.filter((m) => DATA_MENTIONS.has(m.t) && m.start >= span[1] && m.end <= topicEnd);
    if (topic.length === 0 || !topic.every((m) => DOMAIN_MENTIONS.has(m.t))) return false;
    return askingClauses.some(
      ([a, b]) =>
        (a !== clause[0] || b !== clause[1]) &&
        !pointsAtTopic([a, b]) &&
        mentions.some((m) => m.t === 'entity' && m.start >= a && m.end <= b),
    );
  };
  /** The kept part of a clause is the topic of the speaker's work: a topic lead ("on", "about") ends its frame. */
  const topicKept = (span: [number, number]): boolean =>
    TOPIC_LEADS.has(w[span[1] - 1] ?? '') || w.slice(span[0], span[1]).some((x) => TOPIC_LEADS.has(x));
  clauses.forEach((clause, c) => {
    const span = spans[c];
    if (!span || (span[0] === clause[0] && span[1] === clause[1] && endsInQuestion(clause))) return;
    if (
      span[1] < clause[1] &&
      span[0] === clause[0] &&
      topicKept(span) &&
      (askNamesItsOwn(clause) || askStandsApart(clause, span))
    ) {
      releaseSpan(clause);
      return;
    }
    // "we want to attend the ones before october": a noun phrase pointing at the rows asked ("the ones ...", "only
    // the big ones") restricts them, whoever the clause's subject is: the frame ends where it starts
    // (a verb between the frame and the phrase, "want to ATTEND the ones ...", is the speaker's own act: its subject is
    // the speaker, so it relates nothing of the data)
    const restricted = pickedRowsAt(w, span[0], clause[1]);
    const ownAct = (a: number, b: number): boolean =>
      mentions.every((m) => m.end <= a || m.start >= b || SPEAKER_ACTS.has(m.t));
    if (restricted !== null && (restricted <= span[1] || ownAct(span[1], restricted))) {
      if (restricted > span[0]) releaseSpan([span[0], restricted]);
      return;
    }
    releaseSpan(span);
    // "slides on X for our team meeting", "research on X for a client": whom or what the work is for, after its topic
    const tail = span[1] < clause[1] ? purposeTail([span[1], clause[1]]) : null;
    if (tail) releaseSpan(tail);
  });
  function releaseSpan(span: [number, number]): void {
    releaseClause(s, span, released, kept);
  }
  // a name after a sign-off or a greeting, typed in lower case or short: one or two plain words in a clause of their own
  bounds.forEach((clause, c) => {
    const before = bounds[c - 1];
    if (!before || clause[1] - clause[0] > 2 || questionAt.has(clause[1])) return;
    // after thanks or a sign-off it is the writer's name, after a greeting the listener's ("hi, sam - ...")
    const signOff = w.slice(before[0], before[1]).some((x) => SIGN_OFF_WORDS.has(x) || POLITENESS_WORDS.has(x));
    const beforeReleased = [...Array(before[1] - before[0]).keys()].every((d) => alreadyReleased.has(before[0] + d));
    const plain = tokens
      .slice(clause[0], clause[1])
      .every((t) => /^[A-Za-z]+$/.test(t.raw) && !FILLER_WORDS.has(t.norm));
    // a name of the data there ("priya" is also a first name in the people table) is still the writer's; a noun of
    // rows is no name ("the sponsors - sorry, exhibitors - at X": the word corrected after an apology)
    const rowNoun = mentions.some((m) => m.t === 'entity' && m.start >= clause[0] && m.end <= clause[1]);
    // ... nor the word a mid-sentence correction gives ("events in japan, sorry, singapore, in may")
    const corrected = c > 1 && restatementMarkers(w).some(([a, b]) => a === before[0] && b === before[1]);
    if (!signOff || !beforeReleased || !plain || rowNoun || corrected) return;
    releaseClause(s, clause, released);
  });
  return released;
}
