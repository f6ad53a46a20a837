/**
 * Words that talk about the conversation rather than the data: what the speaker is doing, hedges, politeness.
 * They are accounted for without being asked about, while every word that could name or filter data is left
 * for the parser to use or to ask about (a question is never answered more broadly than it was asked).
 *
 * The grammar of discourse, not a list of phrasings:
 *  - closed-class words and hedges (`lexicon/discourseWords.ts`), by lemma ("thinking" is "think");
 *  - a noun naming the data itself after "our / the / in / on" ("in our db", "on our calendar"), and an indefinite
 *    place before it ("anywhere in the data": the whole data is the scope);
 *  - a whole clause about the speaker or the listener that names nothing in the data ("I want to start
 *    prospecting there.", "hope you're well.");
 *  - inside a clause that does name data, the stretch from the speaker ("I", "we", "my", "our", "me") or from
 *    a purpose marker opening the clause ("to ...", "for ...") up to the first word that names data: there,
 *    the speaker's activity is discourse: verbs, their particles ("put together", "reach out": WordNet's
 *    phrasal verbs), and nouns of acts, communication, cognition, feeling or state by WordNet's lexicographer
 *    files ("an outreach list", "a campaign", "our planning"). Adjectives and nouns of things, people, places
 *    or groups stay content ("I'm looking for vegan companies" still asks about "vegan");
 *  - a phrasal verb right after the participants it describes ("speakers lined up", "sponsors signed up"):
 *    it restates their taking part;
 *  - one person of the speaker's own ("my colleague asked me to ..."), see `releaseSpeakerOwnPeople`, and a thing
 *    the speaker puts the answer into ("need it for my deck": an artifact noun after "for my / our");
 *  - an adverb WordNet knows only as an adverb, standing between the speaker and a verb ("do we actually
 *    have"): the speaker's stance.
 */
import {
  CLOSED_CLASS_WORDS,
  DATA_SCOPE_ADVERBS,
  DATA_SELF_LEADS,
  DATA_SOURCE_PREPOSITIONS,
  DATA_SELF_WORDS,
  FITTING_VERBS,
  HEDGE_WORDS,
  LISTENER_WORDS,
  PURPOSE_MARKERS,
  QUESTION_WORDS,
  RELATIVE_PRONOUNS,
  REQUEST_VERBS,
  SPEAKER_OBJECT_WORDS,
  SPEAKER_POSSESSIVES,
  SPEAKER_WORDS,
} from '../lexicon/discourseWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { AUXILIARY_VERBS } from '../lexicon/auxiliaryWords';
import { nounLemma, verbLemma, wordNet } from '../text/language';
import { tokenize } from '../text/tokenize';
import type { MentionBody } from './Mention';
import type { ScanState } from './scan/ScanState';
import { copulaAt } from './scan/linkVerbs';

/** Mention kinds that name a thing of the data (an event, a company, a place ...). */
export const NAMED_MENTIONS: ReadonlySet<MentionBody['t']> = new Set([
  'event',
  'company',
  'person',
  'venue',
  'country',
  'city',
  'state',
]);

/** Mention kinds that name or filter data: a clause with one of these is about the data. */
export const DATA_MENTIONS: ReadonlySet<MentionBody['t']> = new Set([
  'entity',
  'who',
  'relation',
  'employment',
  'function',
  'seniority',
  'title',
  'cond',
  ...NAMED_MENTIONS,
  'topic',
  'count',
  'aggFn',
  'most',
  'superlative',
  'dimension',
  'attribute',
  'unclear',
  // the shape of the answer asked in a clause of its own (", including events with none", ", and list them",
  // ", give me the top 3")
  'top',
  'examples',
  'alsoList',
  'keepZero',
]);

/**
 * WordNet lexicographer files of nouns that name what a speaker does or thinks rather than a thing in the data:
 * acts (4), cognition (9), communication (10), events (11), feelings (12), states (26), time (28). A noun is
 * one when either of its two usual senses is.
 */
const ACTIVITY_NOUN_FILES: ReadonlySet<number> = new Set([4, 9, 10, 11, 12, 26, 28]);
/** People and groups (WordNet's persons 18, groups 14): "my boss", "our team" are the speaker's own. */
const OWN_NOUN_FILES: ReadonlySet<number> = new Set([14, 18]);

/** Particles that make a phrasal verb with the verb before them. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'together', 'in', 'on', 'off', 'into', 'over', 'around']);

const activityCache = new Map<string, boolean>();
const CACHE_LIMIT = 4096;

function cached(key: string, compute: () => boolean): boolean {
  let hit = activityCache.get(key);
  if (hit === undefined) {
    hit = compute();
    if (activityCache.size >= CACHE_LIMIT) activityCache.clear();
    activityCache.set(key, hit);
  }
  return hit;
}

/** The lexicographer files of a noun's two usual senses (empty when WordNet has no such noun). */
function nounFiles(word: string): number[] {
  const wn = wordNet();
  // the word's own senses first: the lemmatizer reads "boss" as a plural
  const own = wn.senses(word, 'noun');
  return (own.length > 0 ? own : wn.senses(nounLemma(word), 'noun'))
    .slice(0, 2)
    .map((o) => wn.synset(o, 'noun').lexFile);
}

function isVerbWord(word: string): boolean {
  return wordNet().senses(verbLemma(word), 'verb').length > 0;
}

/**
 * True when a word names what the speaker does, not something in the data: an inflected verb ("putting",
 * "asked"), a verb whose usual noun sense is an activity, or a noun of an activity ("outreach", "campaign").
 * @example activityWord('prospecting') // true
 * @example activityWord('vegan') // false
 */
export function activityWord(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  return cached(`a:${word}`, () => {
    const files = nounFiles(word);
    const activityNoun = files.some((f) => ACTIVITY_NOUN_FILES.has(f));
    return inflectedVerb(word) || activityNoun || (isVerbWord(word) && files.length === 0);
  });
}

/** True when a word is a verb form other than its lemma ("prospecting", "asked"). */
function inflectedVerb(word: string): boolean {
  return /^[a-z]+$/.test(word) && cached(`v:${word}`, () => verbLemma(word) !== word && isVerbWord(word));
}

/** True when "<verb> <particle>" is one of WordNet's phrasal verbs ("line up", "reach out", "put together"). */
export function phrasalVerb(verb: string, particle: string): boolean {
  if (!PARTICLES.has(particle) || !/^[a-z]+$/.test(verb)) return false;
  return cached(`p:${verb} ${particle}`, () => wordNet().senses(`${verbLemma(verb)}_${particle}`, 'verb').length > 0);
}

/** WordNet's artifacts (6): things made ("deck", "slides", "spreadsheet"). */
const ARTIFACT_NOUN_FILE = 6;
/** Prepositions before a thing the speaker puts the answer into: "for my deck", "into our spreadsheet". */
const OWN_THING_LEADS: ReadonlySet<string> = new Set(['for', 'into']);

/**
 * Where the speaker's possessive ("my" / "our") stands before word k: at most `reach` words back, every word between
 * passing `between`; -1 when there is none. One reading of "the speaker's own thing" for the discourse and the
 * social clauses alike.
 */
export function speakerPossessiveBefore(
  w: readonly string[],
  k: number,
  reach: number,
  between: (j: number) => boolean,
): number {
  for (let j = k - 1; j >= Math.max(0, k - reach); j--) {
    if (SPEAKER_POSSESSIVES.has(w[j] ?? '')) return j;
    if (!between(j)) return -1;
  }
  return -1;
}

/**
 * A thing the speaker makes or puts the answer into ("need it for my deck", "for our board slides"): an artifact
 * or activity noun after "for / into" + "my / our", with at most one other unread word between.
 */
function ownThing(w: readonly string[], k: number, free: (j: number) => boolean): boolean {
  const x = w[k] ?? '';
  if (!/^[a-z]+$/.test(x)) return false;
  const j = speakerPossessiveBefore(w, k, 2, free);
  if (j < 1 || !OWN_THING_LEADS.has(w[j - 1] ?? '')) return false;
  return ownThingNoun(x);
}

/** A noun of a thing made or an activity ("deck", "slides", "push", "campaign"): the speaker's own after "for my". */
export function ownThingNoun(x: string): boolean {
  if (!/^[a-z]+$/.test(x)) return false;
  return cached(`t:${x}`, () => nounFiles(x).some((f) => f === ARTIFACT_NOUN_FILE || ACTIVITY_NOUN_FILES.has(f)));
}

/** A person or group noun ("boss", "team"): the speaker's own after "my" / "our". */
export function ownNoun(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  return cached(`o:${word}`, () => nounFiles(word).some((f) => OWN_NOUN_FILES.has(f)));
}

/** True when WordNet knows the word as an adjective ("curious", "silly"). */
export function adjectiveWord(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  return cached(`j:${word}`, () => wordNet().senses(word, 'adj').length > 0);
}

/** True when WordNet knows the word only as an adverb ("actually", "basically"). */
export function onlyAdverb(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  return cached(`r:${word}`, () => {
    const wn = wordNet();
    return (
      wn.senses(word, 'adv').length > 0 &&
      wn.senses(nounLemma(word), 'noun').length === 0 &&
      wn.senses(verbLemma(word), 'verb').length === 0 &&
      wn.senses(word, 'adj').length === 0
    );
  });
}

/** WordNet's nouns of cognition (9) and feeling (12): a state of the speaker's mind ("curiosity", "interest"). */
const MIND_NOUN_FILES: ReadonlySet<number> = new Set([9, 12]);

/**
 * True when a word says a state of the speaker's mind, not a property of rows: an adjective one of whose two usual
 * senses derives a noun of cognition or feeling ("curious": curiosity, "interested": interestedness), or such a noun
 * itself ("curiosity"). "big" (bigness, an attribute) and "local" are no such words.
 * @example mindWord('curious') // true
 * @example mindWord('big') // false
 */
export function mindWord(word: string): boolean {
  if (!/^[a-z]+$/.test(word)) return false;
  return cached(`m:${word}`, () => {
    const wn = wordNet();
    const derived = wn
      .senses(word, 'adj')
      .slice(0, 2)
      .some((o) => wn.synset(o, 'adj').derivedNouns.some((n) => MIND_NOUN_FILES.has(wn.synset(n, 'noun').lexFile)));
    const noun = wn
      .senses(word, 'noun')
      .slice(0, 2)
      .some((o) => MIND_NOUN_FILES.has(wn.synset(o, 'noun').lexFile));
    return derived || noun;
  });
}

/** Words before the article of the speaker's own role: "I'm an SDR", "i am a marketing manager", "as a recruiter". */
const SPEAKER_ROLE_LEADS: ReadonlySet<string> = new Set(["i'm", 'im', 'am', 'as']);

/** A people noun of the role vocabulary, or a people entity noun. */
function peopleNoun(m: ScanState['mentions'][number]): boolean {
  return (
    (m.t === 'entity' && m.entity === 'people') ||
    ((m.t === 'seniority' || m.t === 'function') && m.noun) ||
    m.t === 'title'
  );
}

/** True when a word of the speaker follows token k inside its clause ("as a recruiter I need ..."). */
function speakerInClause(s: ScanState, k: number): boolean {
  for (let j = k; j < s.w.length && !s.breaks.has(j); j++) if (SPEAKER_WORDS.has(s.w[j] ?? '')) return true;
  return false;
}

/**
 * "I'm an SDR prospecting X", "as a marketing manager I need ...": the speaker's own role, one person (a singular
 * people noun after "I'm a / an"), not people of the data. Its mentions are dropped; returns the indices released.
 */
function releaseSpeakerRole(s: ScanState): number[] {
  const released: number[] = [];
  for (let a = 2; a < s.w.length; a++) {
    const article = s.w[a - 1] ?? '';
    const lead = s.w[a - 2] ?? '';
    if ((article !== 'a' && article !== 'an') || !SPEAKER_ROLE_LEADS.has(lead)) continue;
    if (lead === 'am' && s.w[a - 3] !== 'i') continue;
    // the run of role words from a: modifiers (a function, a seniority) and the people noun that ends it
    const run: ScanState['mentions'] = [];
    let k = a;
    for (;;) {
      const m = s.mentions.find((x) => x.start === k);
      if (!m || !(m.t === 'function' || m.t === 'seniority' || m.t === 'title' || peopleNoun(m))) break;
      run.push(m);
      k = m.end;
    }
    const last = run[run.length - 1];
    const raw = last ? (s.tokens[last.end - 1]?.raw.toLowerCase() ?? '') : '';
    if (!last || !peopleNoun(last) || nounLemma(raw) !== raw) continue;
    // "who works at X as an office manager": after the question's own clause, "as a(n)" gives the role of whom it
    // asks about (a title the rows must hold), the speaker's only when the clause goes on about the speaker ("as a
    // recruiter I need ...") or opens with it ("as an SDR, who should I call?")
    if (lead === 'as' && a - 2 > 0 && !s.breaks.has(a - 2) && !speakerInClause(s, k)) continue;
    for (const m of run) {
      s.mentions.splice(s.mentions.indexOf(m), 1);
      for (let j = m.start; j < m.end; j++) {
        s.claimed[j] = false;
        released.push(j);
      }
    }
  }
  return released;
}

/**
 * "my colleague", "my manager": one person of the speaker's own, not people of the data. Such a singular people
 * noun after "my" is no longer read as data; it returns the indices it released (discourse words).
 */
export function releaseSpeakerOwnPeople(s: ScanState): number[] {
  const released = releaseSpeakerRole(s);
  for (let k = s.mentions.length - 1; k >= 0; k--) {
    const m = s.mentions[k];
    if (!m || m.end !== m.start + 1 || s.w[m.start - 1] !== 'my') continue;
    const people =
      (m.t === 'entity' && m.entity === 'people') || ((m.t === 'seniority' || m.t === 'function') && m.noun);
    const raw = s.tokens[m.start]?.raw.toLowerCase() ?? '';
    if (!people || nounLemma(raw) !== raw) continue;
    s.mentions.splice(k, 1);
    s.claimed[m.start] = false;
    released.push(m.start);
  }
  return released;
}

/** Subjects of a verb of fitting besides the question words ("which ones qualify?", "anyone match?"). */
const FITTING_SUBJECTS: ReadonlySet<string> = new Set(['ones', 'anyone', 'one']);

/**
 * The positions of a verb of fitting right after k closing its question ("fits?", "would fit?", "might suit us?"): a
 * modal before it and the speaker as its object after it say nothing of the rows; null when there is none.
 */
function fittingVerbAfter(
  w: readonly string[],
  k: number,
  breaks: ReadonlySet<number>,
  free: (j: number) => boolean,
): number[] | null {
  let v = k + 1;
  const modal = AUXILIARY_VERBS.has(w[v] ?? '') && v + 1 < w.length;
  if (modal) v++;
  if (!free(v) || !FITTING_VERBS.has(verbLemma(w[v] ?? ''))) return null;
  let end = v + 1;
  if (SPEAKER_OBJECT_WORDS.has(w[end] ?? '') && w[end] !== 'my' && w[end] !== 'our') end++;
  if (end !== w.length && !breaks.has(end)) return null;
  return [...Array(end - k - 1).keys()].map((d) => k + 1 + d);
}

/**
 * For each word of the question, true when it is discourse (see the module comment). Clauses are split at
 * sentence punctuation and dashes; when the split does not line up with the tokens, the clause rule is left out.
 */
export function discourseTokens(text: string, s: ScanState): boolean[] {
  const { w, mentions, claimed } = s;
  const n = w.length;
  const out = w.map((x) => CLOSED_CLASS_WORDS.has(x) || HEDGE_WORDS.has(x) || HEDGE_WORDS.has(verbLemma(x)));
  for (let i = 1; i < n; i++) {
    if (DATA_SELF_WORDS.has(w[i] ?? '') && DATA_SELF_LEADS.has(w[i - 1] ?? '')) {
      out[i] = true;
      // "hr folks anywhere in the data": an indefinite place before the data's own words is its scope, no place
      let j = i - 1;
      while (j > 0 && DATA_SELF_LEADS.has(w[j] ?? '')) j--;
      if (j < i - 1 && DATA_SCOPE_ADVERBS.has(w[j] ?? '') && !claimed[j]) out[j] = true;
      // "according to the data", "as per our records": a preposition of source before the data's own words says
      // where the answer comes from, which every answer does
      const source = DATA_SOURCE_PREPOSITIONS.find((p) => p.every((x, d) => w[j - p.length + 1 + d] === x));
      if (j < i - 1 && source && source.every((_, d) => !claimed[j - d]))
        for (let d = 0; d < source.length; d++) out[j - d] = true;
    }
  }
  const dataAt = new Array<boolean>(n).fill(false);
  for (const m of mentions) if (DATA_MENTIONS.has(m.t)) for (let k = m.start; k < m.end; k++) dataAt[k] = true;
  const free = (k: number): boolean => !claimed[k] && !FILLER_WORDS.has(w[k] ?? '');
  const speaker = (x: string): boolean => SPEAKER_WORDS.has(x) || SPEAKER_OBJECT_WORDS.has(x);
  const namedAt = new Array<boolean>(n).fill(false);
  for (const m of mentions) if (NAMED_MENTIONS.has(m.t)) for (let k = m.start; k < m.end; k++) namedAt[k] = true;
  /**
   * A word in the run of unread words right before a data word modifies it ("left-handed people"); an inflected
   * verb right before a name is that name's verb ("prospecting Intelsat", "targeting Airbus").
   */
  const modifiesData = (k: number): boolean => {
    let j = k;
    while (j < n && free(j)) j++;
    if (j === k + 1 && namedAt[j] === true && inflectedVerb(w[k] ?? '')) return false;
    return j < n && dataAt[j] === true && !FILLER_WORDS.has(w[j] ?? '');
  };

  const clauses = text.split(/[.!?;:]+(?=\s|$)|\s[-–—]+\s/);
  const sizes = clauses.map((c) => tokenize(c).length);
  const aligned = sizes.reduce((a, b) => a + b, 0) === n;
  const bounds: [number, number][] = [];
  if (aligned) {
    let start = 0;
    for (const size of sizes) {
      bounds.push([start, start + size]);
      start += size;
    }
  } else bounds.push([0, n]);

  for (const [start, end] of bounds) {
    const aboutSpeaker = w.slice(start, end).some((x) => SPEAKER_WORDS.has(x) || LISTENER_WORDS.has(x));
    const namesData = dataAt.slice(start, end).some(Boolean);
    if (aligned && aboutSpeaker && !namesData) {
      for (let k = start; k < end; k++) out[k] = true;
      continue;
    }
    // the speaker's stretches: from a speaker word (or a purpose marker opening the clause) to the next data word
    let inSpan = PURPOSE_MARKERS.has(w[start] ?? '');
    for (let k = start; k < end; k++) {
      const x = w[k] ?? '';
      // ... but the speaker as the object of a verb of asking ("tell me", "show me", "give us") is whom the answer
      // is for: what follows is the request's object ("tell me the ticket prices for X"), asked, not the speaker's
      if (speaker(x)) inSpan = !(SPEAKER_OBJECT_WORDS.has(x) && REQUEST_VERBS.has(verbLemma(w[k - 1] ?? '')));
      // "I'm working on ...": the speaker's own work is no employment in the data
      if (dataAt[k] && !mentions.some((m) => m.t === 'employment' && m.start <= k && m.end > k)) inSpan = false;
      if (!inSpan || !free(k) || modifiesData(k)) continue;
      if (SPEAKER_OBJECT_WORDS.has(w[k - 1] ?? '') && ownNoun(x)) out[k] = true;
      else if (ownThing(w, k, free)) out[k] = true;
      else if (activityWord(x)) {
        out[k] = true;
        // its particle: "putting together", "reaching out"
        if (k + 1 < end && !dataAt[k + 1] && phrasalVerb(x, w[k + 1] ?? '')) out[k + 1] = true;
      } else if (onlyAdverb(x)) out[k] = true;
    }
  }

  // "which events would fit?": a noun of rows after the question word is the subject it asks for
  const rowNounAsked = (k: number): boolean =>
    mentions.some(
      (m) => m.t === 'entity' && m.end === k + 1 && m.start > 0 && QUESTION_WORDS.has(w[m.start - 1] ?? ''),
    );
  for (let k = 0; k + 1 < n; k++) {
    const x = w[k] ?? '';
    // "speakers lined up", "sponsors signed up": a phrasal verb after the participants restates their taking part
    // (a relative pronoun may come between: "companies that signed up for ...")
    // ... or a form of "be" ("how many companies are signed up", "r signed up")
    const before = mentions.find(
      (m) =>
        m.end === k ||
        (m.end === k - 1 && (RELATIVE_PRONOUNS.has(w[k - 1] ?? '') || copulaAt(w, k - 1))) ||
        (m.end === k - 2 && RELATIVE_PRONOUNS.has(w[k - 2] ?? '') && copulaAt(w, k - 1)),
    );
    const participants =
      before?.t === 'entity' &&
      (before.relations !== null || before.entity === 'people' || before.entity === 'companies');
    if (participants && free(k) && phrasalVerb(x, w[k + 1] ?? '') && verbLemma(x) !== x) {
      out[k] = true;
      out[k + 1] = true;
    }
    // "who fits?", "which ones qualify?", "which events would fit?", "which events would suit us?": a verb of fitting a
    // description closing a question of its own (a modal may stand before it, the speaker after it) asks for the
    // members of the set described before (the question word asks), no condition of its own
    const fitting = fittingVerbAfter(w, k, s.breaks, free);
    if (fitting && (QUESTION_WORDS.has(x) || FITTING_SUBJECTS.has(x) || rowNounAsked(k)))
      for (const j of fitting) out[j] = true;
    // "do we actually have": an adverb between the speaker (or an auxiliary) and a verb; "can u quickly tell me":
    // between the listener asked and the verb of the request, it says how to answer
    const subject = (y: string): boolean => speaker(y) || LISTENER_WORDS.has(y);
    if (free(k) && !out[k] && onlyAdverb(x) && k > 0 && subject(w[k - 1] ?? '') && isVerbWord(w[k + 1] ?? ''))
      out[k] = true;
  }
  return out;
}
