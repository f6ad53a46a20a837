/**
 * The speaker's purpose beside an ask: a clause whose subject is the speaker ("i want to reach out to the speakers
 * before the show", "we do kitchen equipment and want to get in front of them before october") or a remark verb with
 * the subject left out ("need the giants for a slide"), that says what the speaker will DO with the rows another clause
 * asks for. By grammar, not phrasing:
 *  - the clause opens (after joining words and adverbs) with the speaker ("i", "we", "we're", "my team") or a verb of
 *    wanting or planning (`REMARK_VERBS`: "need", "want", "trying", "hoping");
 *  - it asks nothing (no question word) and another clause of the message asks for rows (a noun of rows, "who", a
 *    relation);
 *  - it points at those rows: a pronoun ("them", "those") or a definite noun of the same rows ("the speakers" after
 *    "who is speaking", "the giants" after "which companies"), so its object is the answer itself, never new rows;
 *  - every other word read as data is a time said with a preposition of time right after a pronoun ("get in front of
 *    them before october": a pronoun takes no modifier, so the time is when the speaker acts, the asker's deadline);
 *    a time after a noun ("the ones before october") may say which rows, and keeps the clause content, as does a verb
 *    of getting or seeing with its object right after it ("want to see the ones ...": an ask). Words no recogniser
 *    read (the speaker's activity: "reach out", "a slide", "kitchen equipment") are the speaker's own.
 * What the clause says constrains nothing: its mentions are removed and its words counted as discourse.
 */
import { onlyAdverb, ownNoun, ownThingNoun } from './discourse';
import {
  ANSWER_NOUNS,
  QUESTION_WORDS,
  REMARK_VERBS,
  SPEAKER_POSSESSIVES,
  SPEAKER_WORDS,
} from '../lexicon/discourseWords';
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { isVerb, nounLemma, verbLemma, wordNet } from '../text/language';
import type { Mention } from './Mention';
import type { ScanState } from './scan/ScanState';
import { clauseBounds, releaseClause } from './socialClauses';
import { pickedRowsAt } from './pickedRows';

/** Words joining the clause to the one before ("and", "so", "but"). */
const JOINS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'also', 'then', 'ok', 'okay', 'well']);
/** Words joining a second verb of the speaker's inside one clause ("we are an agency and hope to ..."). */
const CLAUSE_JOINS: ReadonlySet<string> = new Set(['and', 'but', 'so']);
/** Determiners by which a noun points at rows said before ("the speakers", "those companies"). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'those', 'these']);
/** Prepositions of a time the speaker acts by ("before october", "by friday", "ahead of X"). */
const TIME_LEADS: ReadonlySet<string> = new Set(['before', 'after', 'by', 'until', 'till', 'til', 'ahead', 'of']);
/** Mentions of the clause's grammar, naming nothing. */
const GRAMMAR: ReadonlySet<Mention['t']> = new Set(['prep', 'anaphor', 'copula', 'relpron', 'and', 'refine']);
/** Verbs that ask for the rows they take as object ("see the ones", "get the list"): lemmas. */
const ASKING_VERBS: ReadonlySet<string> = new Set([
  'see',
  'know',
  'find',
  'get',
  'list',
  'show',
  'have',
  'pull',
  'give',
]);

/** Nouns of the answer itself ("need the number", "wants a list"). */
const ANSWER_NOUN_SET: ReadonlySet<string> = new Set(ANSWER_NOUNS);
/** Articles before a noun of the answer itself. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'the']);

/** "lookin", "tryin": a gerund typed with its g dropped. */
const withG = (x: string): string => (/[^aeiou]in$/.test(x) && isVerb(`${x}g`) ? `${x}g` : x);

/** True when the clause [a, b) opens with the speaker as subject or a remark verb with its subject left out. */
function speakerOpens(w: readonly string[], a: number, b: number): boolean {
  let k = a;
  while (k < b && (JOINS.has(w[k] ?? '') || FILLER_WORDS.has(w[k] ?? '') || onlyAdverb(w[k] ?? ''))) {
    if (REMARK_VERBS.has(w[k] ?? '') || SPEAKER_WORDS.has(w[k] ?? '') || SPEAKER_POSSESSIVES.has(w[k] ?? '')) break;
    k++;
  }
  const x = w[k] ?? '';
  if (SPEAKER_WORDS.has(x)) return true;
  if (SPEAKER_POSSESSIVES.has(x) && ownNoun(w[k + 1] ?? '')) return true;
  // "boss wants a list by friday": a person or group noun with no determiner before a verb of wanting is the
  // speaker's own (a noun of the data takes one: "the sponsors want ...")
  if (ownSubjectAt(w, k)) return true;
  return REMARK_VERBS.has(verbLemma(withG(x))) && isVerb(withG(x));
}

/** True when the word at k is a bare person or group noun before a verb of wanting ("boss wants", "manager needs"). */
function ownSubjectAt(w: readonly string[], k: number): boolean {
  const x = w[k] ?? '';
  const next = w[k + 1] ?? '';
  return (
    ownNoun(x) &&
    !SPEAKER_POSSESSIVES.has(x) &&
    /s$/.test(next) &&
    REMARK_VERBS.has(verbLemma(next)) &&
    isVerb(next) &&
    !DEFINITE.has(w[k - 1] ?? '')
  );
}

/** Verbs by which the speaker says what the speaker has ("we've got a X office", "we have a team in Y"). */
const HAVING: ReadonlySet<string> = new Set(['got', 'have', 'has', "'ve", 've']);

/**
 * The tokens of the speaker's own noun phrases in [a, b): after "my" / "our" (or "a" after a verb of having in a
 * clause of the speaker's: "we've got a toronto office"), up to a head noun no recogniser read or a person or group
 * noun ("our events budget", "a berlin team"), the words between read at most as one-word nouns or places. What
 * they name is the speaker's thing (its budget, its office), no condition on the rows; null when there is none.
 */
function speakerPhrases(w: readonly string[], mentions: readonly Mention[], a: number, b: number): Set<number> {
  const out = new Set<number>();
  const mentionAt = (k: number): Mention | undefined => mentions.find((m) => m.start <= k && m.end > k);
  for (let j = a; j < b; j++) {
    const owner =
      SPEAKER_POSSESSIVES.has(w[j] ?? '') ||
      ((w[j] === 'a' || w[j] === 'an') && HAVING.has(w[j - 1] ?? '') && speakerOpens(w, a, b));
    if (!owner) continue;
    for (let h = j + 1; h < Math.min(b, j + 5); h++) {
      const m = mentionAt(h);
      /** A noun no recogniser read, or a person or group noun read at most as a noun of the rows ("team"). */
      const headAt = (k: number): boolean => {
        const n = mentionAt(k);
        const y = w[k] ?? '';
        return (
          k < b &&
          ((!n && /^[a-z]+$/.test(y) && !isVerb(y) && nounWord(y)) ||
            (ownNoun(y) && (!n || (n.t === 'entity' && !n.relations?.length))))
        );
      };
      // the head ends the phrase unless a noun goes on after it ("our events budget": "events" premodifies)
      if (headAt(h) && !headAt(h + 1)) {
        for (let k = j; k <= h; k++) out.add(k);
        break;
      }
      const modifier = !m || (m.end === m.start + 1 && PHRASE_MODIFIERS.has(m.t));
      if (!modifier) break;
    }
  }
  return out;
}

/** Mentions a word may be inside the speaker's own noun phrase ("our events budget", "a toronto office"). */
const PHRASE_MODIFIERS: ReadonlySet<Mention['t']> = new Set(['entity', 'city', 'country', 'topic', 'function']);

/** A plain noun WordNet knows ("budget", "office"). */
function nounWord(x: string): boolean {
  return /^[a-z]+$/.test(x) && wordNet().senses(nounLemma(x), 'noun').length > 0;
}

/** The entity kinds and relations of the rows a clause asks for. */
function askedRows(mentions: readonly Mention[]): { entities: Set<string>; relations: Set<string>; who: boolean } {
  const entities = new Set<string>();
  const relations = new Set<string>();
  let who = false;
  for (const m of mentions) {
    if (m.t === 'entity') {
      entities.add(m.entity);
      for (const r of m.relations ?? []) relations.add(r);
    } else if (m.t === 'relation') {
      entities.add('companies');
      for (const r of m.relations) relations.add(r);
    } else if (m.t === 'who') who = true;
  }
  return { entities, relations, who };
}

/** Releases the speaker's purpose clauses; returns the token indices released (discourse). */
export function releasePurposeClauses(text: string, s: ScanState): number[] {
  const { w, mentions } = s;
  const clauses = clauseBounds(text, w.length);
  if (!clauses || clauses.length < 2) return [];
  const released: number[] = [];
  // "we are a small agency and hope to meet them ...": a joined verb of the speaker's opens a clause of its own, the
  // self-description before it left to the speaker's context
  const parts = clauses.flatMap(([a, b]): [number, number][] => {
    const at = w.findIndex((x, j) => j > a && j < b - 1 && CLAUSE_JOINS.has(x) && speakerOpens(w, j + 1, b));
    return at > 0
      ? [
          [a, at],
          [at, b],
        ]
      : [[a, b]];
  });
  for (const [a, b] of parts) {
    if (!speakerOpens(w, a, b) || w.slice(a, b).some((x) => QUESTION_WORDS.has(x))) continue;
    // "we only want the big ones": the clause picks some of the rows asked, a condition of the ask
    if (pickedRowsAt(w, a, b) !== null) continue;
    const outside = mentions.filter((m) => m.end <= a || m.start >= b);
    const asked = askedRows(outside);
    if (asked.entities.size === 0 && !asked.who) continue;
    const inside = mentions.filter((m) => m.start < b && m.end > a).sort((x, y) => x.start - y.start);
    if (inside.some((m) => m.start < a || m.end > b)) continue;
    /** The mention is a noun of the rows asked, pointed at by a definite determiner ("the speakers"). */
    const restatesRows = (m: Mention): boolean =>
      m.t === 'entity' &&
      DEFINITE.has(w[m.start - 1] ?? '') &&
      (m.relations?.length
        ? m.relations.some((r) => asked.relations.has(r)) || (asked.who && asked.relations.size === 0)
        : asked.entities.has(m.entity) || asked.who);
    let rows = false;
    let content = false;
    let timed = false;
    const own = speakerPhrases(w, mentions, a, b);
    const subject = w.findIndex((_, k) => k >= a && k < b && ownSubjectAt(w, k));
    /** "a list", "the number": a noun of the answer itself (unread, or read as one word). */
    const answerNounAt = (k: number): boolean =>
      ANSWER_NOUN_SET.has(w[k] ?? '') && ARTICLES.has(w[k - 1] ?? '') && !own.has(k);
    for (let k = a; k < b; k++) if (answerNounAt(k)) rows = true;
    for (const m of inside) {
      if (m.end === m.start + 1 && (own.has(m.start) || m.start === subject)) continue;
      if (m.end === m.start + 1 && answerNounAt(m.start)) continue;
      if (m.t === 'anaphor' && !m.place && !m.time) rows = true;
      else if (GRAMMAR.has(m.t)) continue;
      else if (restatesRows(m)) rows = true;
      else if (m.t === 'cond' && (m.cond.kind === 'startBetween' || m.cond.kind === 'endBetween')) {
        // a time right after a pronoun of the rows and its preposition of time ("them before october")
        const lead = w[m.start] && TIME_LEADS.has(w[m.start] ?? '') ? m.start : m.start - 1;
        const before = inside.find((x) => x.end === lead || x.end === m.start);
        const afterAnswer = answerNounAt(lead - 1);
        if (!TIME_LEADS.has(w[lead] ?? '') || (before?.t !== 'anaphor' && !afterAnswer)) content = true;
        else timed = true;
      } else content = true;
    }
    if (!rows || content) continue;
    // "want to see them before october": a verb asking for the rows, its object right after it, makes the time theirs
    const asking = w
      .slice(a, b)
      .some(
        (x, d) =>
          ASKING_VERBS.has(verbLemma(x)) &&
          isVerb(x) &&
          !answerNounAt(a + d) &&
          !/^(in|into|on|to|out|ahead|back)$/.test(w[a + d + 1] ?? ''),
      );
    if (timed && asking) continue;
    releaseClause(s, [a, b], released);
  }
  return released;
}

/** Prepositions before the speaker's own party ("for our client", "to my boss", "with our partner"). */
const PARTY_LEADS: ReadonlySet<string> = new Set(['for', 'to', 'with', 'behalf']);
/** Prepositions before a thing the speaker puts the answer into ("for our deck", "into my sheet"). */
const THING_LEADS: ReadonlySet<string> = new Set(['for', 'into']);
/** Readings of rows of the data: a thing head read as one is asked about ("for our event"), no thing of the speaker's. */
const DATA_ROWS: ReadonlySet<Mention['t']> = new Set(['entity', 'event', 'company', 'person', 'venue', 'relation']);
/** The most words describing the party between the possessive and its head ("our med-tech client"). */
const MAX_PARTY_MODIFIERS = 3;

/**
 * The speaker's own party: "for our med-tech client", "to my german partner", "with our agri-food customer". After a
 * preposition of whom the work is for and "my" / "our", a singular person or group noun (WordNet's persons and groups)
 * is someone of the speaker's, not rows of the data (which are asked in the plural); the words before it describe
 * that party, so none of them is a condition on the rows, nor a company to fuzzy-match ("med tech": MEDs
 * Technologies). A plural head ("our contacts", "our sponsors") is rows of the data, no party.
 * Returns the token indices released (discourse).
 */
export function releaseSpeakerParties(s: ScanState): number[] {
  const { w, tokens, mentions } = s;
  const released: number[] = [];
  for (let p = 1; p < w.length; p++) {
    if (!SPEAKER_POSSESSIVES.has(w[p] ?? '') || !PARTY_LEADS.has(w[p - 1] ?? '')) continue;
    for (let h = p + 1; h <= Math.min(w.length - 1, p + 1 + MAX_PARTY_MODIFIERS); h++) {
      if (s.breaks.has(h)) break;
      const raw = (tokens[h]?.raw ?? w[h] ?? '').toLowerCase();
      const over = mentions.filter((m) => m.start <= h && m.end > h);
      // a thing the speaker makes ("for our Q4 planning deck", "for my board slides"), unless it is read as rows of
      // the data ("for our event": which event is asked)
      const thing = THING_LEADS.has(w[p - 1] ?? '') && ownThingNoun(raw) && !over.some((m) => DATA_ROWS.has(m.t));
      // a party is one person or group (rows are asked in the plural); a thing may be plural ("my board slides")
      if (!((ownNoun(raw) && nounLemma(raw) === raw) || thing)) continue;
      // a head inside a longer reading ("our sales team lead") is no party of its own, nor is a plain noun of the
      // data's rows ("for our people", "our contacts": the speaker's rows in the data)
      if (over.some((m) => (m.end - m.start > 1 && m.end > h + 1) || (m.t === 'entity' && !m.relations?.length))) break;
      // a noun before another one describes it ("our german client", "our planning deck", "my vegan friends"): the
      // head is later, and a plural head is rows, no party
      const nextWord = w[h + 1] ?? '';
      if (h + 1 < w.length && !s.breaks.has(h + 1) && nounWord(nextWord)) continue;
      const inside = mentions.filter((m) => m.start > p && m.start <= h);
      if (inside.some((m) => m.end > h + 1)) break;
      // ... and the preposition before it ("for"), read as a bare preposition
      const lead = mentions.find((m) => m.t === 'prep' && m.start === p - 1 && m.end === p);
      for (const m of lead ? [...inside, lead] : inside) mentions.splice(mentions.indexOf(m), 1);
      for (let k = lead ? p - 1 : p + 1; k <= h; k++) {
        s.claimed[k] = false;
        released.push(k);
      }
      break;
    }
  }
  return released;
}

/** Verbs by which the speaker wants a standing with people ("want a seat at the table with", "need a foot in ..."). */
const STANDING_VERBS: ReadonlySet<string> = new Set(['want', 'need', 'get', 'have', 'love', 'like', 'try', 'hope']);
/** The most words between the speaker's verb and "with" that may be the standing the speaker wants. */
const MAX_STANDING = 8;

/**
 * The standing the speaker wants with the rows ("i want a seat at the table with procurement heads at X", "we need a
 * foot in the door with marketing people in Y", "i'd love an intro with ..."): after the speaker and a verb of wanting
 * or getting, the words up to "with" right before the rows are the speaker's relation to them, an idiom or not; none
 * is a condition, nor a company to fuzzy-match ("the table"). The rows after "with" are the ask. Only when every word
 * between is unread or read as a single word or a loose name, and the word after "with" is read as rows of people or
 * companies (a function, a seniority, a title, a noun of rows). Returns the token indices released (discourse).
 */
export function releaseSpeakerStanding(s: ScanState): number[] {
  const { w, mentions } = s;
  const released: number[] = [];
  for (let k = 0; k < w.length; k++) {
    if (!SPEAKER_WORDS.has(w[k] ?? '')) continue;
    let v = k + 1;
    while (v < w.length && /^(would|d|'d|really|also|just|so|do|am|'m|m|are|'re|re)$/.test(w[v] ?? '')) v++;
    if (!STANDING_VERBS.has(verbLemma(withG(w[v] ?? '')))) continue;
    const withAt = w.findIndex((x, j) => j > v + 1 && j <= v + 1 + MAX_STANDING && x === 'with');
    if (withAt < 0) continue;
    let broken = false;
    for (let j = v + 1; j <= withAt; j++) if (s.breaks.has(j)) broken = true;
    if (broken) continue;
    const rows = mentions.find((m) => m.start === withAt + 1);
    if (!rows || !ROW_MENTIONS.has(rows.t)) continue;
    const inside = mentions.filter((m) => m.start > v && m.start < withAt);
    if (inside.some((m) => m.end > withAt || !STANDING_READINGS.has(m.t))) continue;
    // "i want one with free parking": a pronoun of the rows before "with" keeps what follows a condition of them
    if (w.slice(v + 1, withAt).some((x) => /^(ones?|them|those|these|any|some|companies|events|people)$/.test(x)))
      continue;
    for (const m of inside) mentions.splice(mentions.indexOf(m), 1);
    const withPrep = mentions.find((m) => m.start === withAt && m.t === 'prep');
    if (withPrep) mentions.splice(mentions.indexOf(withPrep), 1);
    for (let j = k; j <= withAt; j++) {
      s.claimed[j] = false;
      released.push(j);
    }
  }
  return released;
}

/** Readings of the rows the standing is with. */
const ROW_MENTIONS: ReadonlySet<Mention['t']> = new Set(['function', 'seniority', 'title', 'entity', 'relation']);
/** Readings a word of the standing may have had: grammar, or a loose single reading of a common word. */
const STANDING_READINGS: ReadonlySet<Mention['t']> = new Set(['prep', 'company', 'topic', 'anaphor', 'copula', 'and']);
