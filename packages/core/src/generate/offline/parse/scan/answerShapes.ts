/**
 * Readings of the shape of the answer that depend on how the parts of a question are joined, run over the
 * mentions once every recogniser has read the question (`scanMentions`):
 *
 * - a union of named things: "Zscaler + Cloudflare", "X plus Y" join two names like "and" (a union, as
 *   "X and Y combined" / "together" / "in total" say);
 * - an intersection of named things: "at X AND Y" with the conjunction typed in capitals (in a question not
 *   typed in capitals) stresses that both must hold, like "both X and Y";
 * - averages of a derived value: "avg (number of) days" is the event's duration (end - start + 1);
 * - grouping by a company's headquarters country: "by hq country", "per headquarters country";
 * - superlatives whose measure is said before the ranked noun or only by a filter: "among the events that have
 *   companies, which one has the fewest" ranks the events by their companies; "which has the most speakers"
 *   ranks events (the owner of speakers), like "who has the most speakers".
 *
 * Each rewrite only moves or relabels mentions (and takes the words it reads out of `ignored`); the parser then
 * builds the request as for the plain wording, so the interpretation describes what ran.
 */
import { COMPARED_ITEM_JOINS } from '../../lexicon/aggregateWords';
import { UNTIL_FILLERS, UNTIL_WORDS } from '../../lexicon/attributeWords';
import { HEADQUARTERS_NOUNS } from '../../lexicon/placeWords';
import type { Token } from '../../text/tokenize';
import type { Mention } from '../Mention';
import { spanText } from './ScanState';

/** Tokens that join two names as a sum. */
const PLUS_TOKENS: ReadonlySet<string> = new Set(['+', 'plus']);
const DAY_WORDS: ReadonlySet<string> = new Set(['day', 'days']);
const COUNTRY_WORDS: ReadonlySet<string> = new Set(['country', 'countries', 'location', 'locations']);
const HAVE_WORDS: ReadonlySet<string> = new Set(['have', 'has', 'having', 'with', 'got', 'gets', 'get']);
/** Determiners between "have" and its noun: "events that have any companies", "with some sponsors". */
const HAVE_DETERMINERS: ReadonlySet<string> = new Set(['any', 'some', 'a', 'an']);
/** True when the noun at token `at` is the object of a "have" word ("that have (any) companies"). */
const afterHave = (tokens: Token[], at: number): boolean =>
  HAVE_WORDS.has(tokens[at - 1]?.norm ?? '') ||
  (HAVE_DETERMINERS.has(tokens[at - 1]?.norm ?? '') && HAVE_WORDS.has(tokens[at - 2]?.norm ?? ''));

function dropIgnored(ignored: string[], tokens: Token[], at: number): void {
  const raw = tokens[at]?.raw;
  if (raw === undefined) return;
  const i = ignored.findIndex((x) => x.toLowerCase() === raw.toLowerCase());
  if (i >= 0) ignored.splice(i, 1);
}

/** "X + Y", "X plus Y" between two companies or two events: the union, as "X and Y". */
function readPlusAsAnd(mentions: Mention[], tokens: Token[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const b = mentions[k + 1];
    if (!a || !b || a.t !== b.t || (a.t !== 'company' && a.t !== 'event')) continue;
    const between = tokens.slice(a.end, b.start).map((t) => t.norm);
    if (between.length === 0 || !between.every((x) => PLUS_TOKENS.has(x))) continue;
    mentions.splice(k + 1, 0, { t: 'and', start: a.end, end: b.start, text: between.join(' ') });
  }
}

/**
 * "compare the number of sponsors at X with Y", "compare X to Y": after "compare", a preposition between two events
 * or two companies joins the second compared item to the first (as "vs" does), never a relation of one to the other
 * ("companies taking part in Y").
 */
function readComparedWith(mentions: Mention[], tokens: Token[], ignored: string[]): void {
  if (!mentions.some((m) => m.t === 'compare')) return;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const a = mentions[k];
    const after = mentions.slice(k + 1).filter((m) => m.t !== 'prep' || m.start >= (a?.end ?? 0));
    const b = after.find((m) => m.t !== 'prep');
    if (!a || !b || a.t !== b.t || (a.t !== 'company' && a.t !== 'event')) continue;
    const between = tokens.slice(a.end, b.start).map((t) => t.norm);
    if (between.length !== 1 || !COMPARED_ITEM_JOINS.has(between[0] ?? '')) continue;
    for (let j = mentions.length - 1; j > k; j--) {
      const m = mentions[j];
      if (m && m.t === 'prep' && m.start >= a.end && m.end <= b.start) mentions.splice(j, 1);
    }
    mentions.splice(k + 1, 0, { t: 'and', start: a.end, end: b.start, text: between.join(' ') });
    // a word no reader took ("against") is read now
    dropIgnored(ignored, tokens, a.end);
  }
}

/** True when the question is typed mostly in lower case (so a capitalised "AND" is stress, not the typing). */
function mostlyLowerCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /[a-z]/i.test(t.raw) && t.raw.length > 2);
  const upper = words.filter((t) => t.raw === t.raw.toUpperCase()).length;
  return upper * 2 < words.length;
}

/** "at X AND Y": the stressed conjunction between two events or two companies asks for both (an intersection). */
function readStressedAnd(mentions: Mention[], tokens: Token[]): void {
  if (!mostlyLowerCase(tokens)) return;
  for (let k = 1; k + 1 < mentions.length; k++) {
    const conj = mentions[k];
    const a = mentions[k - 1];
    const b = mentions[k + 1];
    if (!conj || !a || !b || conj.t !== 'and' || conj.text !== 'AND') continue;
    if (a.t !== b.t || (a.t !== 'company' && a.t !== 'event')) continue;
    if (mentions.some((m) => m.t === 'both')) return;
    // the same reading as "both X and Y": a zero-width marker before the first name
    mentions.splice(k - 1, 0, { t: 'both', start: a.start, end: a.start, text: '' });
    return;
  }
}

/** "avg (number of) days": the duration of the events, as "average length". */
function readDaysAsDuration(mentions: Mention[], tokens: Token[], ignored: string[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const fn = mentions[k];
    if (fn?.t !== 'aggFn') continue;
    let start = fn.end;
    const next = mentions[k + 1];
    const counted = next?.t === 'count' && next.start === fn.end;
    if (counted) start = next.end;
    if (!DAY_WORDS.has(tokens[start]?.norm ?? '')) continue;
    if (mentions.some((m) => m.start <= start && start < m.end)) continue;
    // 'avg days per event' is an average over a grouping the request cannot hold: left to a clarify
    if (tokens.slice(start + 1).some((t) => t.norm === 'per' || t.norm === 'each')) return;
    const duration: Mention = {
      t: 'attribute',
      attr: 'duration',
      start: counted ? next.start : start,
      end: start + 1,
      text: spanText(tokens, counted ? next.start : start, start + 1),
    };
    mentions.splice(k + 1, counted ? 1 : 0, duration);
    dropIgnored(ignored, tokens, start);
    return;
  }
}

/**
 * "how many days till X", "how long until X", "days away is X", "how many days do we have left before X": a span of days
 * followed by a word of time left before (`UNTIL_WORDS`, past the words of having or being between them) and then
 * an event is the days from the question's day until that event starts, not the event's duration. The span's own
 * mention becomes the `days_until` attribute and the words read take their place in it; a bare "days" (no "how
 * many") is read the same way when the until-word follows it.
 */
function readDaysUntil(mentions: Mention[], tokens: Token[], ignored: string[]): void {
  for (let at = 0; at < tokens.length; at++) {
    const span = mentions.find((m) => m.start <= at && at < m.end);
    const spanned =
      span?.t === 'attribute' && (span.attr === 'duration' || span.attr === 'days_until') && span.end === at + 1;
    if (!spanned && (span !== undefined || !DAY_WORDS.has(tokens[at]?.norm ?? ''))) continue;
    let end = at + 1;
    // "countdown to X", "days to go until X": the span already says the time left
    let until = span?.t === 'attribute' && span.attr === 'days_until';
    while (end < tokens.length) {
      const held = mentions.find((m) => m.start <= end && end < m.end);
      // "how many days away IS X": the copula of the clause, read as its own mention
      if (held?.t === 'copula') {
        end = held.end;
        continue;
      }
      if (held) break;
      const w = tokens[end]?.norm ?? '';
      if (UNTIL_WORDS.has(w)) until = true;
      else if (!UNTIL_FILLERS.has(w) && !(until && w === 'go')) break;
      end++;
    }
    if (!until) continue;
    // the time left is before an event: the next mention is one (a name or a description the scan has read)
    const next = mentions.find((m) => m.start >= end);
    if (next?.t !== 'event' || next.start !== end) continue;
    const start = spanned && span ? span.start : at;
    const mention: Mention = { t: 'attribute', attr: 'days_until', start, end, text: spanText(tokens, start, end) };
    const kept = mentions.filter((m) => m.end <= start || m.start >= end);
    kept.splice(kept.filter((m) => m.start < start).length, 0, mention);
    mentions.splice(0, mentions.length, ...kept);
    for (let i = start; i < end; i++) dropIgnored(ignored, tokens, i);
    return;
  }
}

/**
 * "which event lasts the most days", "the fewest days start to finish": a count of days after "most" / "fewest" is the
 * events' duration ranked (a day is no thing of the data to count); after a superlative of duration ("which goes on
 * the longest? like most days start to finish") it restates that superlative.
 */
function readMostDays(mentions: Mention[], tokens: Token[], ignored: string[]): void {
  for (let k = 0; k < mentions.length; k++) {
    const most = mentions[k];
    if (most?.t !== 'most') continue;
    const at = most.end;
    if (!DAY_WORDS.has(tokens[at]?.norm ?? '')) continue;
    if (mentions.some((m) => m.start <= at && at < m.end)) continue;
    const restates = mentions.some((m) => m.t === 'superlative' && m.column === 'duration');
    const ranked: Mention = {
      t: 'superlative',
      column: 'duration',
      order: most.order,
      start: most.start,
      end: at + 1,
      text: spanText(tokens, most.start, at + 1),
    };
    mentions.splice(k, 1, ...(restates ? [] : [ranked]));
    dropIgnored(ignored, tokens, at);
    return;
  }
}

/** Attributes a superlative pair may take the least and the greatest of as figures. */
const PAIRED_ATTRIBUTES: ReadonlySet<string> = new Set(['revenue', 'employees', 'founded', 'duration']);

/**
 * "the shortest and longest event duration", "smallest and largest revenue of X": two superlatives of opposite order
 * joined by "and" before the attribute they grade ask for its least and greatest value, the figures (a minimum and a
 * maximum), never one ranked row (only the second superlative was read: half the question answered). Said of no
 * such attribute ("the shortest and the longest events") the pair is asked back.
 */
function readSuperlativePairs(mentions: Mention[], ignored: string[]): void {
  for (let k = 0; k + 2 < mentions.length; k++) {
    const a = mentions[k];
    const and = mentions[k + 1];
    const b = mentions[k + 2];
    if (a?.t !== 'superlative' || and?.t !== 'and' || b?.t !== 'superlative' || a.order === b.order) continue;
    const attr = mentions.slice(k + 3, k + 5).find((m) => m.t === 'attribute');
    // "the shortest and the longest events": two rankings the request cannot hold at once: asked back, never one
    if (attr?.t !== 'attribute' || !PAIRED_ATTRIBUTES.has(attr.attr)) {
      ignored.push(`${a.text} and ${b.text}`);
      return;
    }
    const fn = (m: typeof a): Mention => ({
      t: 'aggFn',
      fn: m.order === 'asc' ? 'min' : 'max',
      start: m.start,
      end: m.end,
      text: m.text,
    });
    mentions.splice(k, 3, fn(a), and, fn(b));
    return;
  }
}

/**
 * "by hq country": the grouping by the company's headquarters country; "rank the headquarters countries", "top 3
 * hq countries": a headquarters noun before the country dimension is that dimension (the company's own country).
 */
function readHeadquartersCountry(mentions: Mention[], tokens: Token[], ignored: string[]): void {
  for (let k = 0; k + 1 < mentions.length; k++) {
    const hq = mentions[k];
    const dim = mentions[k + 1];
    if (hq?.t !== 'attribute' || hq.attr !== 'address' || dim?.t !== 'dimension' || dim.dim !== 'country') continue;
    if (dim.start !== hq.end || !HEADQUARTERS_NOUNS.has(tokens[hq.end - 1]?.norm ?? '')) continue;
    mentions.splice(k, 2, { ...dim, start: hq.start, text: `${hq.text} ${dim.text}` });
    // "by hq country": the "by" before the headquarters noun read as a preposition groups
    const by = mentions[k - 1];
    if (by?.t === 'prep' && by.p === 'by' && by.end === hq.start)
      mentions.splice(k - 1, 1, { t: 'group', expectsDimension: true, start: by.start, end: by.end, text: by.text });
    return;
  }
  for (let k = 1; k < mentions.length; k++) {
    const hq = mentions[k];
    const by = mentions[k - 1];
    if (hq?.t !== 'attribute' || hq.attr !== 'address' || !by) continue;
    if (!HEADQUARTERS_NOUNS.has(tokens[hq.end - 1]?.norm ?? '')) continue;
    if (!((by.t === 'prep' && by.p === 'by') || by.t === 'group')) continue;
    if (!COUNTRY_WORDS.has(tokens[hq.end]?.norm ?? '')) continue;
    if (mentions.some((m) => m.start === hq.end)) continue;
    mentions.splice(
      k - 1,
      2,
      { t: 'group', expectsDimension: true, start: by.start, end: by.end, text: by.text },
      {
        t: 'dimension',
        dim: 'country',
        start: hq.start,
        end: hq.end + 1,
        text: `${hq.text} ${tokens[hq.end]?.raw ?? ''}`,
      },
    );
    dropIgnored(ignored, tokens, hq.end);
    return;
  }
}

/** Mentions that can say what a superlative measures or ranks. */
const MEASURE_KINDS: ReadonlySet<Mention['t']> = new Set(['entity', 'attribute', 'dimension', 'function', 'title']);

/**
 * A superlative with no measure after it ("which one has the fewest?"): the measure is the noun the question
 * links the ranked things to ("the events that have companies"); "which has the most X" with no ranked noun
 * reads like "who has the most X".
 */
function readDanglingSuperlative(mentions: Mention[], tokens: Token[]): void {
  const k = mentions.findIndex((m) => m.t === 'most');
  const most = mentions[k];
  if (!most || most.t !== 'most') return;
  const next = mentions[k + 1];
  // "the largest number of salespeople": a job noun counts people, as "the most sales people"
  const people = mentions[k + 2];
  if (
    next !== undefined &&
    (((next.t === 'function' || next.t === 'seniority') && next.noun) || next.t === 'title') &&
    !(people?.t === 'entity' && people.start === next.end)
  ) {
    mentions.splice(k + 2, 0, {
      t: 'entity',
      entity: 'people',
      relations: null,
      start: next.end,
      end: next.end,
      text: next.text,
    });
    return;
  }
  const measured = next !== undefined && MEASURE_KINDS.has(next.t) && next.start <= most.end + 1;
  const whichAt = [most.start - 2, most.start - 3].find((i) => tokens[i]?.norm === 'which');
  // the linked noun: an entity right after "have / has / with", with the ranked noun before it
  const j = mentions.findIndex((m, i) => i > 0 && i !== k && m.t === 'entity' && afterHave(tokens, m.start));
  const owner = j > 0 && mentions.slice(0, j).some((m, i) => i !== k && m.t === 'entity');
  // "which one has the fewest? (among) the events that have companies": the clause read first names no measure,
  // or names the ranked noun itself ("which has the most events with partners", read back from "events with
  // partners - which has the most?")
  const rankedNamedFirst = measured && whichAt !== undefined && next.t === 'entity' && j > k + 1;
  if ((!measured || rankedNamedFirst) && owner) {
    const [moved] = mentions.splice(k, 1);
    if (!moved) return;
    // "which has the fewest partners? (among) the events with partners": the noun after the superlative restates
    // the linked noun, so it is the measure (read again below), not the ranked noun
    const restated =
      rankedNamedFirst && next.t === 'entity' && sameEntityNoun(next, mentions[j - 1]) && mentions.splice(k, 1);
    const linked = mentions[j > k ? j - (restated ? 2 : 1) : j];
    if (!linked) return;
    const one = mentions[k - 1];
    const single =
      (one?.t === 'number' && one.value === 1) || (whichAt !== undefined && tokens[whichAt + 1]?.norm === 'has');
    if (one?.t === 'number' && one.value === 1) mentions.splice(k - 1, 1);
    const at = mentions.indexOf(linked) + 1;
    const measure: Mention = { ...linked, start: linked.end, end: linked.end };
    // "which one has / which has the fewest": one winner (ties kept)
    const winner: Mention = { t: 'number', value: 1, start: linked.end, end: linked.end, text: '' };
    mentions.splice(at, 0, ...(single ? [winner] : []), moved, measure);
    return;
  }
  // "which has the most speakers": no ranked noun, like "who has the most speakers"
  if (!measured || whichAt === undefined) return;
  if (mentions.slice(0, k).some((m) => m.t === 'entity' || m.t === 'who' || m.t === 'anaphor')) return;
  mentions.splice(k, 0, { t: 'who', start: whichAt, end: whichAt + 1, text: tokens[whichAt]?.raw ?? 'which' });
}

/** Two entity mentions of the same noun sense (kind and relations): "partners" ... "partners". */
function sameEntityNoun(a: Mention, b: Mention | undefined): boolean {
  return (
    a.t === 'entity' &&
    b?.t === 'entity' &&
    a.entity === b.entity &&
    (a.relations ?? []).join() === (b.relations ?? []).join()
  );
}

/** Applies the readings above, in place. */
export function readAnswerShapes(mentions: Mention[], tokens: Token[], ignored: string[]): void {
  readPlusAsAnd(mentions, tokens);
  readComparedWith(mentions, tokens, ignored);
  readStressedAnd(mentions, tokens);
  readDaysAsDuration(mentions, tokens, ignored);
  readDaysUntil(mentions, tokens, ignored);
  readMostDays(mentions, tokens, ignored);
  readSuperlativePairs(mentions, ignored);
  readHeadquartersCountry(mentions, tokens, ignored);
  readDanglingSuperlative(mentions, tokens);
}
