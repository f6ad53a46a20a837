/**
 * A restatement inside the question ("events in asia, i mean singapore", "anything in dubai? events i mean",
 * "marketing people at X, i.e. the directors"): the words the marker introduces (or, with the marker closing its
 * clause, the words before it) say the request again more precisely, so they are read as part of the request and
 * narrow it; only the marker names nothing. Before this, "i mean singapore" was a clause about the speaker (its
 * subject "i") and dropped: "events in asia" was answered, a broader question. A restatement that contradicts the
 * request ("in germany, i mean france") is read with both, never with one of them dropped.
 */
import {
  ACCEPTING_PREDICATES,
  ACCEPTING_TRAILERS,
  ANSWER_FORM_NOUNS,
  ANSWER_FORM_WORDS,
  HEDGE_WORDS,
  INDEFINITE_SUBJECTS,
  RESTATEMENT_MARKERS,
  SPEAKER_WORDS,
} from '../lexicon/discourseWords';
import { WORD_NUMBERS, type Token } from '../text/tokenize';
import type { Mention } from './Mention';

/** The token positions [start, end) of each restatement marker in the words. */
export function restatementMarkers(w: readonly string[]): [number, number][] {
  const found: [number, number][] = [];
  for (let k = 0; k < w.length; k++) {
    const marker = RESTATEMENT_MARKERS.find((m) => m.every((x, d) => w[k + d] === x));
    if (!marker) continue;
    // "ie" and "i.e" are the marker only between words ("ie" alone as the question is no restatement)
    if (k === 0 && marker.length === 1) continue;
    found.push([k, k + marker.length]);
    k += marker.length - 1;
  }
  return found;
}

/** True when a restatement marker starts at k ("i mean" opening a clause is no clause about the speaker). */
export function restatementAt(w: readonly string[], k: number): boolean {
  return restatementMarkers(w).some(([a]) => a === k);
}

/** Words of a restated noun phrase that are no part of its noun ("the events", "events then"). */
const RESTATED_NOUN_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'then', 'ones', 'only']);

/**
 * "anything in dubai? events i mean", "got anything on AI - i mean events": a restatement that is only a noun of rows
 * (events, companies, people) names what the indefinite thing-word of the request ("anything", "something",
 * "stuff") stands for. The thing-word becomes that noun before the question is read (as "events in dubai"), and the
 * restated noun's tokens are returned to be read as nothing more. `nounOf` gives the entity noun a word is, or null;
 * `thingWords` the indefinite thing-words; `starts` the token positions where a clause starts.
 */
export function readRestatedNouns(
  tokens: Token[],
  starts: ReadonlySet<number>,
  nounOf: (word: string) => string | null,
  thingWords: ReadonlySet<string>,
): number[] {
  const w = tokens.map((t) => t.norm);
  const dropped: number[] = [];
  for (const [a, b] of restatementMarkers(w)) {
    // the restated words: after the marker up to the clause's end, or, with the marker closing its clause, before it
    const clauseEnd = (k: number): number => {
      let j = k;
      while (j < w.length && !(j > k && starts.has(j))) j++;
      return j;
    };
    const closes = b === w.length || starts.has(b);
    let from = b;
    let to = clauseEnd(b);
    if (closes) {
      from = a;
      while (from > 0 && !starts.has(from)) from--;
      to = a;
    }
    const words = [...Array(to - from).keys()].map((d) => from + d).filter((k) => !RESTATED_NOUN_LEADS.has(w[k] ?? ''));
    if (words.length !== 1) continue;
    const noun = nounOf(w[words[0] ?? -1] ?? '');
    if (noun === null) continue;
    const thing = tokens.find((t) => t.index < from && thingWords.has(t.norm));
    if (!thing) continue;
    thing.norm = noun;
    dropped.push(words[0] ?? -1);
  }
  return dropped;
}

/**
 * A list of levels or of functions said after the marker ("directors, vice presidents or chief officers"): its members
 * of the first value's kind, joined by "and" / "or" (commas are no mentions), as one value holding them all; other
 * mentions after them ("in human resources") are no part of it. Null when the words are no such list.
 */
function restatedList(restated: readonly Mention[]): { value: Mention; members: Mention[] } | null {
  const first = restated[0];
  if (!first || (first.t !== 'seniority' && first.t !== 'function')) return null;
  const members: Mention[] = [];
  for (const m of restated) {
    if (m.t === first.t) members.push(m);
    else if (m.t === 'and' || m.t === 'or') {
      if (members.length === 0) return null;
    } else break;
  }
  const joined = restated.filter((m) => m.t === 'and' || m.t === 'or');
  if (members.length < 2 || joined.length === 0) return null;
  const values = [...new Set(members.flatMap((m) => ('values' in m ? (m.values as string[]) : [])))];
  return {
    value: { ...first, values } as Mention,
    members: [...members, ...joined.filter((j) => j.end <= (members.at(-1)?.end ?? 0))],
  };
}

/** Kinds of value a restatement may say again more precisely, by what they are a value of. */
const VALUE_KINDS: Readonly<Partial<Record<Mention['t'], string>>> = {
  country: 'place',
  city: 'place',
  state: 'place',
  venue: 'place',
  topic: 'theme',
  function: 'function',
  seniority: 'seniority',
  event: 'event',
  company: 'company',
  relation: 'relation',
};

/** Values that name one row of the data (an event, a company), which a pronoun of a set may have stood for. */
const NAMED_KINDS: ReadonlySet<Mention['t']> = new Set(['event', 'company']);

/**
 * The kind of value a mention is ({@link VALUE_KINDS}), or undefined: a noun of a relation ("sponsors", "exhibitors")
 * is a relation of its entity, so "the sponsors - sorry, exhibitors - at X" corrects the relation asked.
 */
function valueKind(m: Mention): string | undefined {
  if (m.t === 'entity') return m.relations !== null && !m.modifier ? `relation noun of ${m.entity}` : undefined;
  return VALUE_KINDS[m.t];
}

/**
 * "events in asia, i mean singapore", "sales people at X, i mean marketing": a value said alone after the marker (only
 * closed-class words beside it up to the clause's end) and the last value of the same kind before the marker are one
 * value said twice, the second the one meant (more precise, or corrected): it replaces the first where the first
 * was said, never read as a union with it ("asia or singapore" was broader than asked).
 */
export function dropRestatedBefore(
  mentions: Mention[],
  w: readonly string[],
  markers: readonly [number, number][],
  starts: ReadonlySet<number>,
  closedClass: (word: string) => boolean,
): void {
  for (const [a, b] of markers) {
    let end = b;
    while (end < w.length && !(end > b && starts.has(end))) end++;
    const restated = mentions.filter((m) => m.start >= b && m.end <= end && m.t !== 'prep');
    const listed = restatedList(restated);
    const after = listed?.value ?? restated[0];
    if (!after || (restated.length !== 1 && !listed)) continue;
    const kind = valueKind(after);
    if (kind === undefined) continue;
    const own = listed?.members ?? [after];
    // a preposition before the value is the one of the value restated ("in france, i mean in spain"); a list's other
    // values ("in HR" after "directors or VPs") are read where they stand
    const read = (k: number): boolean =>
      mentions.some((m) => m.start <= k && k < m.end && (own.includes(m) || m.t === 'prep' || listed !== null));
    if (![...Array(end - b).keys()].every((d) => read(b + d) || closedClass(w[b + d] ?? ''))) continue;
    if (listed) {
      const before = mentions.filter((m) => m.end <= a && m.t === after.t).sort((x, y) => y.end - x.end)[0];
      if (!before) continue;
      // "senior HR people, meaning directors, VPs or chief officers": the list meant takes the place of the vaguer
      // value, its members one value of the list's kind
      // every vaguer value of the kind in the clause before the marker ("senior ... decision-makers") is restated
      let from = a;
      while (from > 0 && !starts.has(from)) from--;
      const vaguer = mentions.filter((m) => m !== before && m.t === after.t && m.start >= from && m.end <= a);
      mentions[mentions.indexOf(before)] = { ...after, start: before.start, end: before.end };
      for (const m of [...own, ...vaguer]) mentions.splice(mentions.indexOf(m), 1);
      continue;
    }
    // "any of those have people in our db? i mean tiktok": with no value of its kind said before, a name restates the
    // set a pronoun points at ("those", "them"), the named one being the one of them meant
    const before =
      mentions.filter((m) => m.end <= a && valueKind(m) === kind).sort((x, y) => y.end - x.end)[0] ??
      (NAMED_KINDS.has(after.t)
        ? mentions
            .filter((m) => m.end <= a && m.t === 'anaphor' && !m.place && !m.time)
            .sort((x, y) => y.end - x.end)[0]
        : undefined);
    if (!before) continue;
    // the value meant takes the place of the value it restates ("anyone senior at X - i mean VP or above": the people
    // asked are the VPs and above, as "anyone VP or above at X"), so the request keeps the shape it was said with
    mentions[mentions.indexOf(before)] = { ...after, start: before.start, end: before.end };
    mentions.splice(mentions.indexOf(after), 1);
  }
}

/**
 * "..., i guess anything founded 2015 or later counts", "- anyone with director in the title is fine", "all of the
 * account managers count too": a clause whose subject is an indefinite word (after hedges) and whose predicate accepts
 * it (`ACCEPTING_PREDICATES`, with what may trail it: "too", "as well", "i guess") states a condition of the request,
 * hedged: the words between are read as a condition of the rows asked for (as "founded 2015 or later"); the
 * indefinite word and the predicate name nothing ("counts" is no count, "anyone" no question about people); with no
 * words between ("anything counts", "they count too") the clause says nothing of the rows. The one reader of
 * accepting predicates: before it, a list asked was answered with its count, or the indefinite word was asked back.
 * Returns their token positions.
 */
export function hedgedConditionMarkers(w: readonly string[], starts: ReadonlySet<number>): number[] {
  const bounds = [0, ...[...starts].sort((x, y) => x - y), w.length];
  const out: number[] = [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const start = bounds[c] ?? 0;
    let end = bounds[c + 1] ?? w.length;
    // what may trail the predicate, up to the clause's end ("counts too", "qualifies i guess")
    while (end > start && ACCEPTING_TRAILERS.has(w[end - 1] ?? '')) end--;
    const trailers = [...Array((bounds[c + 1] ?? w.length) - end).keys()].map((d) => end + d);
    for (let s = start; s < end; s++) {
      if (!INDEFINITE_SUBJECTS.has(w[s] ?? '')) continue;
      // the hedges and openers before it: only words of the speaker's stance ("so i guess", "probably", "honestly")
      if (!w.slice(start, s).every((x) => HEDGED_OPENERS.has(x) || SPEAKER_WORDS.has(x) || HEDGE_WORDS.has(x))) break;
      const predicate = ACCEPTING_PREDICATES.find(
        (p) => end - p.length > s && p.every((x, d) => w[end - p.length + d] === x),
      );
      if (!predicate) break;
      out.push(s, ...predicate.map((_, d) => end - predicate.length + d), ...trailers);
      break;
    }
    // "..., top 3 is enough", "first 5 will do": the subject is the number of rows asked ("top" and a number, read as
    // the limit); the predicate accepts that form of the answer and names nothing
    const predicate = ACCEPTING_PREDICATES.find((p) => p.every((x, d) => w[end - p.length + d] === x));
    const subject = predicate ? w.slice(start, end - predicate.length).filter((x) => !HEDGED_OPENERS.has(x)) : [];
    if (predicate && subject.length === 2 && LIMIT_LEADS.has(subject[0] ?? '') && numberWord(subject[1] ?? ''))
      out.push(...predicate.map((_, d) => end - predicate.length + d), ...trailers);
    // "..., quick list is fine", "a rough number would do", "names are ok": the subject is the form the answer takes
    // (`ANSWER_FORM_NOUNS`, after words describing it); the clause says how little the speaker needs and names
    // nothing of the rows, so the whole clause is no part of the request (before, "fine" was read as a price)
    else if (predicate && answerFormSubject(subject)) {
      // ("any list works": its indefinite subject was read above; only the words not yet dropped)
      for (let k = start; k < end; k++) if (!out.includes(k)) out.push(k);
      out.push(...trailers);
    }
  }
  return out;
}

/** True when the words are a noun of the answer's form after words describing it ("quick list", "a rough count"). */
function answerFormSubject(subject: readonly string[]): boolean {
  const noun = subject[subject.length - 1];
  return (
    noun !== undefined && ANSWER_FORM_NOUNS.has(noun) && subject.slice(0, -1).every((x) => ANSWER_FORM_WORDS.has(x))
  );
}

/** Words before a number that make it the number of rows asked ("top 3", "first 5"). */
const LIMIT_LEADS: ReadonlySet<string> = new Set(['top', 'first', 'bottom']);
/** A number typed in digits or as a word ("3", "three"). */
const numberWord = (x: string): boolean => /^\d+$/.test(x) || WORD_NUMBERS[x] !== undefined;
/** Words that may open a hedged condition before its indefinite subject ("and", "so", "but", "honestly"). */
const HEDGED_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'so',
  'but',
  'well',
  'honestly',
  'basically',
  'i',
  'guess',
]);

/** The one kind of row an attribute is said of, where it has one ("their industry": the companies'). */
const ATTRIBUTE_OWNERS: Readonly<Partial<Record<string, string>>> = {
  industry: 'companies',
  revenue: 'companies',
  employees: 'companies',
  founded: 'companies',
  job_title: 'people',
  venue: 'events',
  dates: 'events',
};

/** Words after "not" that make what follows the broader reading rejected ("not just random tech"). */
const NOT_MERELY: ReadonlySet<string> = new Set(['just', 'merely', 'simply', 'only']);

/**
 * "which events are airline companies showing up at? i mean companies whose industry is airlines & aviation, not the
 * event topic", "which of them are actual security vendors? i mean their industry is computer & network security,
 * not just random tech": a restatement that says which attribute a value is (a noun or "their", "whose", the
 * attribute, a copula, then the value) says again, precisely, the value of its kind said before the marker on a noun
 * of the attribute's rows. The value meant takes the place of the vaguer one, and the clause's other words (the noun
 * again, "their", the attribute, the copula) name nothing more: before this, the noun said again opened a second
 * node, "their" was taken as the event's, and the restated condition was added to the vaguer words (an answer to a
 * question not asked). A rejected reading after it ("not the event topic": "not" and only a dimension; "not just
 * random tech": "not just" and the broader value) says which reading is not meant and excludes nothing. When the
 * value restated cannot be found on a noun of the attribute's rows, nothing changes (the words are read as said).
 */
export function replaceRestatedAttributes(
  mentions: Mention[],
  w: readonly string[],
  markers: readonly [number, number][],
  starts: ReadonlySet<number>,
): void {
  const clauseEnd = (k: number): number => {
    let j = k;
    while (j < w.length && !(j > k && starts.has(j))) j++;
    return j;
  };
  for (const [a, b] of markers) {
    const end = clauseEnd(b);
    const clause = mentions.filter((m) => m.start >= b && m.start < end);
    dropRejectedReading(mentions, w, end, clauseEnd(end), clause);
    // the clause's shape: [noun] [whose | their] attribute copula value, nothing else read in it
    let i = 0;
    const noun = clause[i]?.t === 'entity' ? clause[i++] : undefined;
    if (noun?.t === 'entity' && noun.relations !== null) continue;
    const linker = clause[i]?.t === 'relpron' || clause[i]?.t === 'anaphor' ? clause[i++] : undefined;
    const attribute = clause[i++];
    const copula = clause[i++];
    const value = clause[i++];
    if (attribute?.t !== 'attribute' || copula?.t !== 'copula' || !value || i !== clause.length) continue;
    if (noun === undefined && linker?.t !== 'anaphor') continue;
    const kind = VALUE_KINDS[value.t];
    if (kind === undefined) continue;
    const owner = noun?.t === 'entity' ? noun.entity : ATTRIBUTE_OWNERS[attribute.attr];
    if (owner === undefined) continue;
    // the vaguer value: the last of the kind before the marker, said on a noun of the attribute's rows (the noun after
    // it, or the value's own word read as that noun too: "real banks")
    const before = mentions.filter((m) => m.end <= a && VALUE_KINDS[m.t] === kind).sort((x, y) => y.end - x.end)[0];
    if (!before) continue;
    const ownNoun = (m: Mention): boolean => m.t === 'entity' && m.entity === owner;
    const onNoun =
      mentions.some((m) => ownNoun(m) && m.start === before.start && m.end === before.end) ||
      ownNoun(mentions.filter((m) => m.start >= before.end).sort((x, y) => x.start - y.start)[0] ?? before);
    if (!onNoun) continue;
    mentions[mentions.indexOf(before)] = { ...value, start: before.start, end: before.end };
    for (const m of clause) mentions.splice(mentions.indexOf(m), 1);
  }
}

/**
 * The clause right after a restatement ([from, to)) that rejects a reading: "not" and only a dimension with its nouns
 * ("not the event topic", "not the company HQ"), or "not just" and one value of a kind the restatement says ("not just
 * random tech"): it names which reading is not meant, no rows to leave out (read as an exclusion, "not the event
 * topic" left out the companies taking part in events). Its mentions are removed; its words stay read.
 */
function dropRejectedReading(
  mentions: Mention[],
  w: readonly string[],
  from: number,
  to: number,
  restated: readonly Mention[],
): void {
  if (from >= w.length || w[from] !== 'not') return;
  const rejected = mentions.filter((m) => m.start >= from && m.start < to);
  const rest = rejected.filter((m) => m.t !== 'neg');
  const dimensionOnly =
    rest.length > 0 && rest.at(-1)?.t === 'dimension' && rest.slice(0, -1).every((m) => m.t === 'entity');
  const kind = VALUE_KINDS[rest[0]?.t ?? 'neg'];
  const broader =
    NOT_MERELY.has(w[from + 1] ?? '') &&
    rest.length === 1 &&
    kind !== undefined &&
    restated.some((m) => VALUE_KINDS[m.t] === kind);
  if (dimensionOnly || broader) for (const m of rejected) mentions.splice(mentions.indexOf(m), 1);
}

/** The window [from, to] of a date condition with both ends, or null. */
function windowOf(m: Mention | undefined): { from: string; to: string } | null {
  if (m?.t !== 'cond' || m.cond.kind !== 'startBetween' || m.cond.from === null || m.cond.to === null) return null;
  return { from: m.cond.from, to: m.cond.to };
}

/**
 * "events in february? february 2025 obviously, not this year": a negated period closing its clause that shares no day
 * with a period said before it rejects a reading of that period (the february of this year); it leaves out no row the
 * kept period holds, so it is no condition (it was asked back). A negated period overlapping the one kept ("in 2025, not
 * january") leaves rows out and is read as said.
 */
export function dropRejectedPeriods(mentions: Mention[], starts: ReadonlySet<number>): void {
  for (let i = mentions.length - 2; i >= 0; i--) {
    const neg = mentions[i];
    const period = windowOf(mentions[i + 1]);
    if (neg?.t !== 'neg' || period === null) continue;
    const after = mentions[i + 2];
    // closing its clause: no word read after it before the next clause starts
    const next = Math.min(...[...starts].filter((k) => k >= (mentions[i + 1]?.end ?? 0)), Infinity);
    if (after && after.start < next) continue;
    const kept = mentions.slice(0, i).map(windowOf);
    if (!kept.some((k) => k !== null) || kept.some((k) => k !== null && k.from <= period.to && period.from <= k.to))
      continue;
    mentions.splice(i, 2);
  }
}
