/**
 * "what's the agenda for AHICE?", "dress code for ITB Asia", "where can I park at ITB Asia?", "hotel near AHICE",
 * "attendance figures for X": a noun no recogniser read, asked OF a thing the question names (an event, a company, a
 * person, a venue, or a noun of them), is a detail of that thing the data does not hold: every detail the data holds
 * is a word of the vocabulary (dates, venue, website, revenue, e-mails, ...), so a noun asked of a found thing that
 * nothing read, no slip of a known word and no name close to it, is none of them. Such a question is refused naming
 * the detail ("The data has no "agenda" for events"), never asked "what did you mean by agenda?" as if the word
 * could be mapped, and never answered with the thing's row.
 *
 * The frame: the unread words end in a noun WordNet knows (a word, not a garbled name) and, after at most a few words
 * that are no nouns ("near"), the thing they are of follows (after "for / of / at / ..."), or the thing comes right
 * before them ("AHICE agenda"). A noun whose first sense is a person or a group ("headliners", "delegates") may be a
 * participant the vocabulary names otherwise, and a read attribute before the words ("linkedin profiles") is a
 * detail the data holds: both are left to the clarification.
 */
import { FILLER_WORDS } from '../lexicon/fillerWords';
import { ATTENDING_GROUP_KINDS, ATTENDING_PERSON_KINDS } from '../lexicon/unheldAttributeWords';
import { VAGUE_NOUNS } from '../lexicon/vagueNounWords';
import { LEXICON } from './lexiconTable';
import { inWordNet, nounLemma, wordNet } from '../text/language';
import type { Token } from '../text/tokenize';
import { firstUnmappedRun } from '../clarify/clarifyUnmapped';
import type { Refusal } from './detectRefusal';
import type { EntityKind } from '../ir/Request';
import type { Mention } from './Mention';

/** What a detail is asked of, by the kind of the thing named. */
type Owner = 'events' | 'companies' | 'people' | 'venues';

/** What the data holds of each kind of thing, said in the refusal. */
const HELD: Readonly<Record<Owner, string>> = {
  events: 'their names, dates, places, websites, descriptions and themes, and the companies taking part',
  companies:
    'their names, websites, LinkedIn pages, phone numbers, addresses, industries, size, revenue and founding year, the events they take part in and their people',
  people: 'their names, job titles, places, e-mail addresses and time in the job, and the companies they work at',
  venues: 'their names and places, and the events held there',
};

/**
 * WordNet's lexicographer files of nouns that name no detail: the top concepts ("thing", "entity", 3) stand for
 * whatever fits, and persons and groups (18, 14) may be participants the vocabulary names otherwise.
 */
const NO_DETAIL_FILES: ReadonlySet<number> = new Set([3, 14, 18]);
/** WordNet's lexicographer files of nouns for people and for groups. */
const PERSON_FILE = 18;
const GROUP_FILE = 14;

/** Words that join a detail to the event a mention of it may hold ("FOR ahice" read as one mention). */
const JOIN_WORDS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'in', 'during']);

/** Mentions that join a detail to what it is of ("the agenda FOR ahice"). */
const JOINS: ReadonlySet<Mention['t']> = new Set(['prep', 'sector']);

/** The kind of thing a mention names, when it names one a detail can be of ("the venue of X": the venue). */
function ownerOf(m: Mention | undefined): Owner | null {
  if (!m) return null;
  if (m.t === 'event') return 'events';
  if (m.t === 'company') return 'companies';
  if (m.t === 'person') return 'people';
  if (m.t === 'venue' || (m.t === 'dimension' && m.dim === 'venue')) return 'venues';
  if ((m.t === 'entity' || m.t === 'anaphor') && m.entity !== null && m.entity !== 'participations') return m.entity;
  return null;
}

/**
 * True when WordNet knows the word as a noun that is no top concept, person or group in its first sense, nor a vague
 * noun ("same thing for X": what an earlier turn asked).
 */
function detailNoun(word: string): boolean {
  if (VAGUE_NOUNS.has(word)) return false;
  const wn = wordNet();
  // a word that is also an adverb is a preposition's or a particle's ("behind", "near", "inside"), no detail
  if (wn.senses(word, 'adv').length > 0) return false;
  const [first] = wn.senses(nounLemma(word), 'noun');
  return first !== undefined && !NO_DETAIL_FILES.has(wn.synset(first, 'noun').lexFile);
}

/** The mention covering token k, if any. */
const mentionAt = (mentions: readonly Mention[], k: number): Mention | undefined =>
  mentions.find((m) => m.start <= k && k < m.end);

/** How many words (fillers, a pointing "those") may stand between the detail, its join and the thing. */
const GAP = 3;

/**
 * The first mention from token k on, over filler words and a pointing word with no noun of its own ("for THE
 * sponsors", "for THOSE events"); the token reached when none is found.
 */
function mentionFrom(tokens: readonly Token[], mentions: readonly Mention[], k: number): Mention | number {
  for (let j = k; j < k + GAP && j < tokens.length; j++) {
    const m = mentionAt(mentions, j);
    if (m?.t === 'anaphor' && m.entity === null) j = m.end - 1;
    else if (m) return m;
    else if (!FILLER_WORDS.has(tokens[j]?.norm ?? '')) return j;
  }
  return k;
}

/** Mentions a follow-up asking only a detail may hold besides it ("what's THEIR agenda", "AND the dress code?"). */
const FOLLOW_UP_FRAME: ReadonlySet<Mention['t']> = new Set(['anaphor', 'and', 'or', 'prep', 'copula']);

/**
 * True when the question is the detail alone, with nothing but filler, pronouns and joins around it ("what's the
 * agenda?", "and the dress code?", "where can I park there?"): a follow-up asking it of the earlier turn's rows.
 */
function onlyTheDetail(tokens: readonly Token[], mentions: readonly Mention[], run: readonly Token[]): boolean {
  const inRun = new Set(run.map((t) => t.index));
  const framed = (m: Mention): boolean => FOLLOW_UP_FRAME.has(m.t) || (m.t === 'attribute' && m.attr === 'location');
  return tokens.every((t) => {
    if (inRun.has(t.index) || !/[a-z0-9]/i.test(t.raw)) return true;
    const m = mentionAt(mentions, t.index);
    return m ? framed(m) : FILLER_WORDS.has(t.norm);
  });
}

/** Mentions of a named thing of the data. */
const NAMED: ReadonlySet<Mention['t']> = new Set(['event', 'company', 'person', 'venue']);

/** Auxiliaries of a question: the word after their subject is its verb ("does X use", "can X offer"). */
const AUXILIARIES: ReadonlySet<string> = new Set(['do', 'does', 'did', 'can', 'could', 'will', 'would', 'should']);

/** Words before a verb that make it the speaker's act ("where can I PARK", "where do we STAY"): no noun. */
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'u', 'one']);

/**
 * A refusal naming the detail when the question's unread words ask a detail of a thing it names (see the module
 * comment), else null. When the words after the join are unread too ("attendance figures for money20/20 asia": no
 * event of the data), the refusal names them as well.
 * @example detectUnheldDetail(scan.tokens, scan.mentions, ['agenda']) // for "what's the agenda for AHICE?": refused
 */
export function detectUnheldDetail(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  ignored: readonly string[],
  previous: EntityKind | null = null,
): Refusal | null {
  const run = firstUnmappedRun(tokens, ignored);
  const first = run[0];
  if (!first) return null;
  // the detail's head: the run's last noun; only words that are no nouns may follow it inside the run ("near")
  let head = run.length - 1;
  while (head >= 0 && !detailNoun(run[head]?.norm ?? '')) head--;
  const headToken = run[head];
  if (!headToken || !/^[a-z]+$/.test(headToken.norm)) return null;
  // ... and those are words of the language ("near"), not the rest of a name ("acme corp"); a word typed with a
  // capital inside the sentence is a name's
  if (run.slice(head + 1).some((t) => !inWordNet(t.norm))) return null;
  if (run.some((t) => t.index > 0 && /[A-Z]/.test(t.raw))) return null;
  const before = mentionAt(mentions, first.index - 1);
  // a detail the data holds read before the words ("linkedin profiles", "email ids"): the words only restate it
  if (before?.t === 'attribute') return null;
  // what follows: the thing, or a join and then the thing ("for AHICE" may be one mention of the event)
  const end = first.index + run.length;
  let next = mentionFrom(tokens, mentions, end);
  const joined = typeof next !== 'number' && JOINS.has(next.t);
  // with no join, the thing stands right after the words and a word that is no noun ("hotel NEAR AHICE"), no filler
  // between ("acme corp AS A sponsor"); a noun right before it modifies it ("recent events", "local companies")
  if (!joined && typeof next !== 'number' && (next.start !== end || head === run.length - 1)) next = end;
  if (typeof next !== 'number' && JOINS.has(next.t)) next = mentionFrom(tokens, mentions, next.end);
  const after = typeof next === 'number' ? null : ownerOf(next);
  const earlier = previous === 'participations' ? 'companies' : previous;
  // "what email format does kymeta USE": after an auxiliary and its subject the word is the verb, no detail of it
  const verbAfterSubject = before !== undefined && AUXILIARIES.has(tokens[before.start - 1]?.norm ?? '');
  // ... and only a name owns the words right after it ("AHICE agenda"): after a noun they are its verb or a name
  // ("which co GOES to", "my company ACME", "the cos BEHIND the conf")
  const named = before !== undefined && NAMED.has(before.t);
  const owner =
    after ??
    (verbAfterSubject || !named ? null : ownerOf(before)) ??
    (earlier && onlyTheDetail(tokens, mentions, run) ? earlier : null);
  // "attendance figures for money20/20 asia": after the join comes a word nothing read, no thing of the data
  const unfound = owner === null && joined && typeof next === 'number' && ignored.includes(tokens[next]?.raw ?? '');
  if (!owner && !unfound) return null;
  // the words of the detail's noun phrase read before the run ("ATTENDANCE figures", "TICKET prices", "MISSION
  // statement") name it too, unless they are the thing it is of ("AHICE agenda")
  const modifier =
    before &&
    before.end === first.index &&
    (['relation', 'topic'].includes(before.t) || (after && before.t === 'entity'))
      ? before
      : null;
  const detail = [...(modifier ? [modifier.text] : []), ...run.slice(0, head + 1).map((t) => t.raw)].join(' ');
  // "where can I park at X": the speaker's act, no noun of the thing
  const act = SUBJECT_WORDS.has(tokens[first.index - 1]?.norm ?? '');
  const what = `The data has nothing on ${act ? `where to "${detail}"` : `"${detail}"`}`;
  if (owner)
    return { code: 'OUT_OF_SCOPE', message: `${what} ${act ? 'at' : 'for'} ${owner}: it holds ${HELD[owner]}.` };
  const name = typeof next === 'number' ? (tokens[next]?.raw ?? '') : '';
  return {
    code: 'OUT_OF_SCOPE',
    message: `${what} for any event, company or person, and I could not match "${name}" to anything in it either.`,
  };
}

/** Mentions that may stand between a noun and the event it is asked of ("the audience SIZE of X", "sessions ARE at X"). */
const BETWEEN: ReadonlySet<Mention['t']> = new Set(['attribute', 'copula', 'count']);

/**
 * "what was the turnout at ITB Asia?", "the footfall at AHICE", "what sessions are there at AHICE": a noun the
 * vocabulary does not list, read as a noun of events through WordNet (a turnout is a gathering, a session a meeting),
 * asked of a named event is a part or a figure of that event the data does not hold, not the event itself (it was
 * answered with the event's row). A listed noun ("which events are at X") is left as it is.
 * @example detectEventPartNoun(scan.tokens, scan.mentions) // for "what was the turnout at ITB Asia": refused
 */
export function detectEventPartNoun(tokens: readonly Token[], mentions: readonly Mention[]): Refusal | null {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    const token = tokens[m?.start ?? -1];
    if (m?.t !== 'entity' || m.entity !== 'events' || m.end - m.start !== 1 || !token) continue;
    // rewritten by WordNet: typed as a word of the language that is not the vocabulary's own
    const typed = token.raw.toLowerCase();
    if (typed === token.norm || LEXICON.has(typed) || wordNet().senses(nounLemma(typed), 'noun').length === 0) continue;
    let j = i + 1;
    while (BETWEEN.has(sorted[j]?.t ?? 'neg')) j++;
    const join = sorted[j];
    const event = join?.t === 'prep' ? sorted[j + 1] : join;
    // the event after a join ("at X"), or a mention of it holding its join ("for ahice")
    if (event?.t !== 'event' || (join?.t !== 'prep' && !JOIN_WORDS.has(tokens[event.start]?.norm ?? ''))) continue;
    return {
      code: 'OUT_OF_SCOPE',
      message: `The data has nothing on "${token.raw}" for events: it holds ${HELD.events}.`,
    };
  }
  return null;
}

/** How far up WordNet's hypernyms a noun's kind is looked for ("guest" > visitor > traveler). */
const KIND_DEPTH = 4;

/** True when a sense, or one of its first few hypernyms, is of one of the kinds. */
function ofKind(offset: number, kinds: ReadonlySet<string>): boolean {
  const wn = wordNet();
  let sense = wn.synset(offset, 'noun');
  for (let k = 0; k < KIND_DEPTH; k++) {
    const up = sense.hypernyms[0];
    if (up === undefined) return false;
    sense = wn.synset(up, 'noun');
    if (sense.words.some((x) => kinds.has(x))) return true;
  }
  return false;
}

/**
 * True when the noun's most usual sense is a person of a kind that comes to or watches events ("visitors"), or, for
 * a noun of no verb ("attendance"), one of its senses is the group of people gathered (attendance: "the number of
 * people that are present", a kind of gathering).
 */
function attendingNoun(word: string, relation: boolean): boolean {
  const wn = wordNet();
  const senses = wn.senses(nounLemma(word), 'noun');
  const [first] = senses;
  if (first === undefined) return false;
  if (relation)
    return (
      wn.senses(word, 'verb').length === 0 &&
      senses.some((o) => wn.synset(o, 'noun').lexFile === GROUP_FILE && ofKind(o, ATTENDING_GROUP_KINDS))
    );
  return wn.synset(first, 'noun').lexFile === PERSON_FILE && ofKind(first, ATTENDING_PERSON_KINDS);
}

/** Readings a noun of attendance may have been given by the data's words: a title, an industry, a theme. */
const borrowed = (m: Mention): boolean =>
  m.t === 'title' ||
  m.t === 'topic' ||
  // a relation read from the noun alone; one read from a verb with the noun as its object ("running sessions":
  // `parse/scan/participationActs.ts`) is the act of taking part, no attendance
  (m.t === 'relation' && m.end - m.start === 1) ||
  (m.t === 'cond' && m.cond.kind === 'industry');

/** Mentions of companies: the people a noun of attendance is said of may then be theirs ("guests of the sponsors"). */
const isCompanyMention = (m: Mention): boolean =>
  m.t === 'company' || (m.t === 'entity' && (m.entity === 'companies' || m.entity === 'people'));

/**
 * "visitor numbers for ITB Asia", "how many visitors did ITB Asia get", "guests at AHICE", "spectators at X": a noun
 * of people who come to or watch an event (by WordNet's kinds, `ATTENDING_PERSON_KINDS`) asked in a question about
 * events with no company or people of the data in it is the event's attendance, which the data does not hold. The
 * data's words had read it as a job title ("job title mentions visitor": a count of some companies' staff), an
 * industry (Spectator Sports) or a theme: another question. Refused naming it, with a measure noun after it
 * ("visitor NUMBERS").
 * @example detectAttendanceNoun(scan.tokens, scan.mentions) // for "visitor numbers for ITB Asia": refused
 */
export function detectAttendanceNoun(tokens: readonly Token[], mentions: readonly Mention[]): Refusal | null {
  const ofEvents = mentions.some((m) => m.t === 'event' || (m.t === 'entity' && m.entity === 'events'));
  if (!ofEvents) return null;
  for (const token of tokens) {
    // the readings of the noun itself: its borrowed one and the people or companies that reading implies (an
    // empty mention after it, or one over the same word)
    const own = (m: Mention): boolean =>
      (m.start <= token.index && token.index < m.end) || (m.start === m.end && m.start === token.index + 1);
    const m = mentionAt(mentions, token.index);
    if ((m && !borrowed(m)) || !/^[a-z]{4,}$/.test(token.norm) || !attendingNoun(token.norm, m?.t === 'relation'))
      continue;
    if (mentions.some((x) => !own(x) && isCompanyMention(x))) return null;
    const next = mentionAt(mentions, token.index + 1);
    const measure =
      next?.t === 'count' && next.start === token.index + 1 ? ` ${tokens[token.index + 1]?.raw ?? ''}` : '';
    return {
      code: 'OUT_OF_SCOPE',
      message: `The data has nothing on "${token.raw}${measure}" for events (who came to them, or how many): it holds ${HELD.events}.`,
    };
  }
  return null;
}
