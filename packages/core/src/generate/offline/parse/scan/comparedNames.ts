/**
 * A comparison between named things of one kind on one measure: "is Cloud Expo Asia longer than Seamless Asia?",
 * "does X have more sponsors than Y?", "do we have more contacts in India or the UK?", "which is bigger, X or Y".
 * The answer is every named thing with its value, the winner first, never the winner alone; the answer's text names
 * the winner (`build/comparisonAsked.ts`, `answer/comparisonText.ts`).
 *
 * The comparative is the measure: the "-er" form of a superlative names its column (`COMPARATIVE_WORDS`: "longer" the
 * duration, "bigger" the size, "richer" the revenue, "earlier" the date), an amount's comparative ("more", "fewer")
 * counts the noun said after it. A comparative with no measure ("better") is left unread, so it is asked about.
 *
 * Two passes. Before the names are read, a comparative right before "than" ("longer than", "more sponsors than") with
 * no number, date or span of time after it is held (`pending`), so no name takes the word in ("Cloud Expo Asia
 * longer"). Once every name is read, a held comparative stands between two names of one kind or is asked about; a
 * comparative of a choice ("more contacts ... India or the UK", "which is bigger, X or Y") is one when two names of
 * one kind are alternatives ("or", "vs"). Values of a dimension compared on an amount (countries, cities) are counted
 * one row each, as "contacts in India vs the UK" is.
 */
import { AVERAGE_WORDS, CHOICE_OPENERS, COMPARATIVE_WORDS } from '../../lexicon/aggregateWords';
import {
  COMPARED_ALTERNATIVE_JOINS,
  COMPARED_DETERMINERS,
  COMPARISON_OBJECT_WORDS,
  COUNT_COMPARATIVES,
  COUNTED_LINKS,
  DATE_ORDER_VERBS,
  DATE_ORDER_WORDS,
  MAX_RESTATED_GAP,
  MAX_WORDS_BEFORE_THAN,
  RESTATED_CHOICE_WORDS,
} from '../../lexicon/comparisonWords';
import { MONTHS } from '../../lexicon/timeWords';
import type { RankedColumn } from '../../ir/Request';
import { isTimeNoun } from '../../text/timeNouns';
import type { ComparedSaid, Mention } from '../Mention';
import { measureComparativeAt } from './measureComparatives';
import { claim, isFree, type ScanState } from './ScanState';

const COLUMNS: ReadonlySet<string> = new Set<RankedColumn>(['age', 'size', 'revenue', 'date', 'duration']);
const isColumn = (c: string): c is RankedColumn => COLUMNS.has(c);

/** Mentions naming a compared thing, by kind: two of one kind are compared. */
const NAMED: ReadonlySet<Mention['t']> = new Set(['event', 'company', 'country', 'city']);
/** Kinds whose things are values of a dimension: counted one row per value, not ranked as rows of their own. */
const DIMENSION_VALUES: ReadonlySet<Mention['t']> = new Set(['country', 'city']);
/** Kinds of words qualifying the people an amount's comparative counts ("more SALES people", "fewer VPs"). */
const COUNTED_QUALIFIERS: ReadonlySet<Mention['t']> = new Set(['function', 'seniority', 'title']);

/** True when the word after "than" starts an amount, a date or a span of time ("longer than 3 days", "than May"). */
function quantityAt(w: readonly string[], k: number): boolean {
  const word = w[k] ?? '';
  return /^\d/.test(word) || MONTHS[word] !== undefined || isTimeNoun(word) || ['today', 'now', 'usual'].includes(word);
}

/**
 * Reads a comparative of a column before "than" (the pass before names), held until the names are read. An amount's
 * comparative ("more sponsors than") waits for the readers of its other comparisons (with a seniority, the stated
 * size, an average) and is left unread by them (`unheldComparisons.ts`), then read after the names.
 */
export function readComparativesBeforeThan(s: ScanState): void {
  const { w, claimed } = s;
  for (let i = 0; i + 1 < w.length; i++) {
    // "higher revenue than", "more employees than": a comparative with the measure's noun before "than"
    const measured = claimed[i] ? null : measureComparativeAt(w, i);
    if (measured && COMPARISON_OBJECT_WORDS.has(w[measured.end] ?? '') && isFree(s, i, measured.end + 1)) {
      const compared: ComparedSaid = { claimed: null, pending: true };
      // the comparative alone: its noun is read as the field it names ("revenue"), shown beside each thing, and a
      // comparison set against no named thing is asked about by its comparative
      claim(s, i, i + 1, { t: 'superlative', column: measured.column, order: measured.order, compared });
      claim(s, measured.end, measured.end + 1, { t: 'or' });
      continue;
    }
    if (claimed[i] || claimed[i + 1] || !COMPARISON_OBJECT_WORDS.has(w[i + 1] ?? '')) continue;
    const ranked = COMPARATIVE_WORDS.get(w[i] ?? '');
    if (!ranked || !isColumn(ranked.column)) continue;
    let object = i + 2;
    while (COMPARED_DETERMINERS.has(w[object] ?? '')) object++;
    if (object >= w.length || quantityAt(w, object) || AVERAGE_WORDS.has(w[object] ?? '')) continue;
    const compared: ComparedSaid = { claimed: null, pending: true };
    claim(s, i, i + 1, { t: 'superlative', column: ranked.column, order: ranked.order, compared });
    claim(s, i + 1, i + 2, { t: 'or' });
  }
}

/**
 * An amount's comparative before "than" that no other comparison read ("does X have more sponsors than Y", left
 * unclear by `unheldComparisons.ts`): between two names of one kind, held as the comparison, for `settleHeld`.
 */
function holdAmountComparatives(s: ScanState): void {
  const { w } = s;
  for (const m of [...s.mentions]) {
    const order = COUNT_COMPARATIVES.get(w[m.start] ?? '');
    if (m.t !== 'unclear' || m.about !== 'word' || m.end !== m.start + 1 || !order) continue;
    let than = m.start + 2;
    while (
      than <= m.start + 1 + MAX_WORDS_BEFORE_THAN &&
      than < w.length &&
      !COMPARISON_OBJECT_WORDS.has(w[than] ?? '')
    )
      than++;
    // "more sales people at X than at Y": the counted noun, its link and the first thing stand before "than"
    if (!COMPARISON_OBJECT_WORDS.has(w[than] ?? '')) than = linkedThingEnd(s, m.end) ?? than;
    if (!COMPARISON_OBJECT_WORDS.has(w[than] ?? '') || s.mentions.some((x) => x.start <= than && than < x.end))
      continue;
    if (!comparedPair(s, m.start, than)) continue;
    const compared: ComparedSaid = { claimed: null, pending: true };
    s.mentions.splice(s.mentions.indexOf(m), 1, {
      start: m.start,
      end: m.end,
      text: m.text,
      t: 'most',
      order,
      compared,
    });
    claim(s, than, than + 1, { t: 'or' });
  }
}

/**
 * The noun an amount's comparative counts, said from token `from` on with the words qualifying it ("more SALES
 * PEOPLE", "fewer SENIOR MARKETING CONTACTS"): the mentions standing one after another, qualifiers of people then one
 * entity noun; empty when no such noun follows.
 */
function countedPhrase(s: ScanState, from: number): Mention[] {
  const phrase: Mention[] = [];
  for (let at = from; ;) {
    const next = s.mentions.find((x) => x.start === at && x.end > at);
    if (!next) return [];
    phrase.push(next);
    // a people noun of its own ("fewer VPS at X than at Y") ends the phrase as the entity noun does
    if (next.t === 'entity' || ((next.t === 'function' || next.t === 'seniority') && next.noun)) return phrase;
    if (!COUNTED_QUALIFIERS.has(next.t)) return [];
    at = next.end;
  }
}

/** Where a counted noun said from `from` on, a link and a named thing end ("more [sales people at X] than"), or null. */
function linkedThingEnd(s: ScanState, from: number): number | null {
  const phrase = countedPhrase(s, from);
  const end = phrase.at(-1)?.end;
  const link = s.mentions.find((x) => x.t === 'prep' && x.start === end && COUNTED_LINKS.has(x.text.toLowerCase()));
  const thing = link && s.mentions.find((x) => NAMED.has(x.t) && x.start === link.end);
  return thing ? thing.end : null;
}

/** The preposition mention standing right before token `at` that links counted rows to a named thing ("AT X"). */
function linkBefore(s: ScanState, at: number): Mention | undefined {
  return s.mentions.find((x) => x.t === 'prep' && x.end === at && COUNTED_LINKS.has(x.text.toLowerCase()));
}

/**
 * "more sales people AT X than AT Y", "more sponsors at X or at Y": the comparative and its counted noun said before
 * the first named thing, each thing linked to the counted rows by a preposition. The things are compared, each on
 * its own count; the links are those of the count per thing, so they are left out (kept, they would ask for rows
 * linked to both things at once). The links and the thing after the join; null when the words are not so.
 */
function linkedAlternatives(
  s: ScanState,
  comparative: Mention,
  subject: Mention,
  joinEnd: number,
  object: Mention,
): { phrase: Mention[]; links: Mention[] } | null {
  if (DIMENSION_VALUES.has(subject.t)) return null;
  const phrase = countedPhrase(s, comparative.end);
  const link = linkBefore(s, subject.start);
  if (phrase.length === 0 || !link || phrase.at(-1)?.end !== link.start) return null;
  const second = linkBefore(s, object.start);
  // nothing but the second link between the join and the second thing
  if ((second?.start ?? object.start) !== joinEnd) return null;
  return { phrase, links: second ? [link, second] : [link] };
}

/** Sets the linked alternatives side by side: the links left out, the comparative and its noun after both things. */
function unlinkAlternatives(
  s: ScanState,
  m: Mention,
  object: Mention,
  linked: { phrase: Mention[]; links: Mention[] },
) {
  for (const link of linked.links) s.mentions.splice(s.mentions.indexOf(link), 1);
  for (const moved of [m, ...linked.phrase]) {
    s.mentions.splice(s.mentions.indexOf(moved), 1);
    s.mentions.push({ ...moved, start: object.end, end: object.end });
  }
}

/**
 * The two things a comparative at `at` sets against each other across "than" at `than`: the last named thing before
 * "than" and the first after it, of one kind; null when there are not two. Events or companies said after an
 * amount's comparative are compared only when each is linked to the counted noun ("more contacts at X than at Y":
 * `linkedAlternatives`); else they are the counted rows' own links, no alternatives: null.
 */
function comparedPair(s: ScanState, at: number, than: number): { subject: Mention; object: Mention } | null {
  const names = namedThings(s);
  const subject = names.filter((x) => x.end <= than).at(-1);
  const object = names.find((x) => x.start > than);
  if (!subject || !object || subject.t !== object.t) return null;
  if (subject.start > at && !DIMENSION_VALUES.has(subject.t)) {
    const comparative = s.mentions.find((x) => x.start === at);
    if (!comparative || !linkedAlternatives(s, comparative, subject, than + 1, object)) return null;
  }
  return { subject, object };
}

/** The names a mention of a compared thing gives (the data's own names of it). */
function namesOf(m: Mention): string[] {
  switch (m.t) {
    case 'event':
    case 'company':
      return m.hit.names;
    case 'country':
      return m.names;
    case 'city':
      return m.values;
    default:
      return [];
  }
}

/** The named things of the question, in order. */
function namedThings(s: ScanState): Mention[] {
  return s.mentions.filter((m) => NAMED.has(m.t)).sort((a, b) => a.start - b.start);
}

/** True when the mention joins alternatives ("or", "vs", "versus"). */
function joinsAlternatives(m: Mention): boolean {
  return (m.t === 'or' || m.t === 'and') && COMPARED_ALTERNATIVE_JOINS.has(m.text.toLowerCase());
}

/**
 * The kind of two named things given as alternatives ("X or Y", "X vs Y"), or null; the joining mention too.
 */
function alternatives(s: ScanState): { kind: Mention['t']; join: Mention; first: Mention; second: Mention } | null {
  const names = namedThings(s);
  for (let k = 0; k + 1 < names.length; k++) {
    const [a, b] = [names[k], names[k + 1]];
    if (!a || !b || a.t !== b.t) continue;
    const join = s.mentions.find((m) => m.start >= a.end && m.end <= b.start && joinsAlternatives(m));
    if (join) return { kind: a.t, join, first: a, second: b };
  }
  return null;
}

/** Values of a dimension compared on an amount: one row per value, counted (as "contacts in India vs the UK"). */
function countPerValue(s: ScanState, comparative: Extract<Mention, { t: 'most' }>, join: Mention): void {
  const { order } = comparative;
  const at = s.mentions.indexOf(comparative);
  s.mentions.splice(at, 1, { start: comparative.start, end: comparative.end, text: comparative.text, t: 'count' });
  const j = s.mentions.indexOf(join);
  const contrast = { order, claimed: comparative.compared?.claimed ?? null };
  s.mentions.splice(j, 1, { start: join.start, end: join.end, text: join.text, t: 'and', contrast });
  // "fewer": the value with the fewest first, as the winner
  if (order === 'asc')
    s.mentions.push({ start: comparative.start, end: comparative.start, text: '', t: 'sortOrder', order });
}

/** A comparative held before the names: between two names of one kind it compares them, else it is asked about. */
function settleHeld(s: ScanState, m: Extract<Mention, { t: 'most' | 'superlative' }>): void {
  const than = s.mentions.find(
    (x) => x.t === 'or' && x.start > m.start && COMPARISON_OBJECT_WORDS.has(x.text.toLowerCase()),
  );
  // the thing compared stands before "than": before the comparative ("is X longer than") or after it ("more contacts
  // in India than")
  const pair = than ? comparedPair(s, m.start, than.start) : null;
  if (!than || !pair) {
    // no two things of one kind compared: what it is compared with is asked about, never dropped
    s.mentions.splice(s.mentions.indexOf(m), 1, {
      start: m.start,
      end: m.end,
      text: m.text,
      t: 'unclear',
      about: 'word',
      why: 'I can compare named events, companies or places with each other, or a measure with a number',
      options: [],
      choices: [],
    });
    if (than) s.mentions.splice(s.mentions.indexOf(than), 1);
    return;
  }
  const { subject, object } = pair;
  m.compared = { claimed: namesOf(subject) };
  const linked = subject.start > m.start ? linkedAlternatives(s, m, subject, than.end, object) : null;
  if (m.t === 'most' && DIMENSION_VALUES.has(subject.t)) countPerValue(s, m, than);
  else if (subject.end <= m.start) besideAlternatives(s, m, object, subject.end, than.start);
  else if (linked) unlinkAlternatives(s, m, object, linked);
}

/**
 * "is X longer than Y", "does X have more sponsors than Y": the comparative (and the noun it counts) said after both
 * things, as in "X or Y, which is longer", so the things stand side by side as alternatives. A field said between
 * the first thing and "than" ("is X's REVENUE higher than Y's") is the measure too, and goes with the comparative:
 * left between the two things it would part them, and the two would be read as one thing that is both.
 */
function besideAlternatives(s: ScanState, m: Mention, object: Mention, after: number, than: number): void {
  // the noun counted with the words qualifying it ("more SALES PEOPLE than")
  const noun = countedPhrase(s, m.end).filter((x) => x.end <= than);
  const fields = s.mentions.filter((x) => x.t === 'attribute' && x.start >= after && x.end <= than);
  for (const moved of [m, ...noun, ...fields]) {
    s.mentions.splice(s.mentions.indexOf(moved), 1);
    s.mentions.push({ ...moved, start: object.end, end: object.end });
  }
}

/**
 * "is ITB Asia before OSEA?", "X before or after Y": a preposition of time between two named events orders them by
 * start date, as "earlier than" does; both prepositions offered ("before or after") ask which, so both events are
 * shown and the answer names the one the first word says.
 */
function readDateOrderBetweenEvents(s: ScanState): void {
  const events = s.mentions.filter((m) => m.t === 'event').sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < events.length; k++) {
    const [a, b] = [events[k], events[k + 1]];
    if (!a || !b) continue;
    let end = b.start;
    while (end > a.end && COMPARED_DETERMINERS.has(s.w[end - 1] ?? '')) end--;
    // "X comes / takes place before Y": a verb of occurring (in its "-s" form too) before the preposition
    const verb = DATE_ORDER_VERBS.map((v) => v.split(' ')).find((v) =>
      v.every((x, i) => s.w[a.end + i] === x || (i === 0 && s.w[a.end + i] === `${x}s`)),
    );
    const from = a.end + (verb?.length ?? 0);
    const words = s.w.slice(from, end);
    const order = DATE_ORDER_WORDS.get(words[0] ?? '');
    // one preposition, or two of them joined by "or" ("before or after")
    const both =
      words.length === 3 && words[1] === 'or' && DATE_ORDER_WORDS.has(words[2] ?? '') && words[2] !== words[0];
    if (!order || (words.length !== 1 && !both)) continue;
    if (s.mentions.some((m) => m.start < end && m.end > a.end && m.t !== 'or')) continue;
    for (const m of s.mentions.filter((x) => x.start >= a.end && x.end <= end))
      s.mentions.splice(s.mentions.indexOf(m), 1);
    for (let i = a.end; i < end; i++) s.claimed[i] = true;
    const compared: ComparedSaid = both ? { claimed: null, both: true } : { claimed: a.hit.names };
    s.mentions.push({ start: a.end, end, text: s.w.slice(a.end, end).join(' '), t: 'or' });
    s.mentions.push({
      start: b.end,
      end: b.end,
      text: words[0] ?? '',
      t: 'superlative',
      column: 'date',
      order,
      compared,
    });
    return;
  }
}

/** Reads the comparisons between named things (the pass after names). */
export function readComparedNames(s: ScanState): void {
  readDateOrderBetweenEvents(s);
  holdAmountComparatives(s);
  for (const m of [...s.mentions]) {
    if ((m.t === 'most' || m.t === 'superlative') && m.compared?.pending) settleHeld(s, m);
  }
  readRestatedChoice(s);
  if (s.mentions.some((m) => (m.t === 'most' || m.t === 'superlative') && m.compared)) return;
  readMeasureChoice(s);
  const choice = alternatives(s);
  if (!choice) return;
  // "which is bigger, X or Y" (the choice reader's comparative), "more contacts in India or the UK?"
  const comparative = s.mentions.find(
    (m): m is Extract<Mention, { t: 'most' | 'superlative' }> =>
      (m.t === 'superlative' && COMPARATIVE_WORDS.has(m.text.toLowerCase())) ||
      (m.t === 'most' && COUNT_COMPARATIVES.has(m.text.toLowerCase())),
  );
  if (!comparative) {
    // "fewer contacts, X or Y", "more sales people at X or at Y": an amount's comparative no reader took, before the
    // noun it counts
    const at = s.w.findIndex(
      (x, k) => !s.claimed[k] && COUNT_COMPARATIVES.has(x) && countedPhrase(s, k + 1).length > 0,
    );
    const order = COUNT_COMPARATIVES.get(s.w[at] ?? '');
    if (at < 0 || !order) return;
    claim(s, at, at + 1, { t: 'most', order });
    readComparedNames(s);
    return;
  }
  comparative.compared = { claimed: null };
  if (comparative.t === 'most' && DIMENSION_VALUES.has(choice.kind)) countPerValue(s, comparative, choice.join);
  else if (comparative.t === 'most' && comparative.start >= choice.second.end) {
    // "X or Y, WHO has more people?": "who" asks which of the things, no people of its own
    const opener = s.mentions.find((x) => x.t === 'who' && x.start >= choice.second.end && x.end <= comparative.start);
    if (opener) s.mentions.splice(s.mentions.indexOf(opener), 1);
  } else if (comparative.end <= choice.first.start) {
    const linked = linkedAlternatives(s, comparative, choice.first, choice.join.end, choice.second);
    if (linked) unlinkAlternatives(s, comparative, choice.second, linked);
    else if (comparative.t === 'most') {
      // "which has more people, X or Y": the counted noun said right before the things is each thing's count, as
      // after them ("X or Y, which has more people"); kept before them, the things would only narrow the rows counted
      const phrase = countedPhrase(s, comparative.end);
      const end = phrase.at(-1)?.end;
      const apart = s.mentions.some((x) => end !== undefined && x.start >= end && x.end <= choice.first.start);
      if (end === undefined || apart) return;
      unlinkAlternatives(s, comparative, choice.second, { phrase, links: [] });
      // "WHO has more people, X or Y": the opener asks which of the things, no people of its own
      const opener = s.mentions.find((x) => x.t === 'who' && x.end <= comparative.start);
      if (opener && s.mentions.every((x) => x === opener || x.start >= comparative.start))
        s.mentions.splice(s.mentions.indexOf(opener), 1);
    }
  }
}

/**
 * "does X have higher revenue than Y? which is higher?", "is X bigger than Y - which one is bigger?": a question of
 * which, with a bare comparative and nothing else, after a yes/no comparison asks which of the two wins: the
 * comparison is a choice (the winner answered, ties kept) and the restating question names nothing more.
 */
function readRestatedChoice(s: ScanState): void {
  const { w, claimed } = s;
  const said = s.mentions.find(
    (m): m is Extract<Mention, { t: 'most' | 'superlative' }> =>
      (m.t === 'most' || m.t === 'superlative') && m.compared !== undefined && m.compared.claimed !== null,
  );
  if (!said?.compared) return;
  for (let k = 1; k < w.length; k++) {
    const word = w[k] ?? '';
    if (claimed[k] || !(COMPARATIVE_WORDS.has(word) || COUNT_COMPARATIVES.has(word))) continue;
    let o = k - 1;
    while (o > 0 && o >= k - MAX_RESTATED_GAP && RESTATED_CHOICE_WORDS.has(w[o] ?? '')) o--;
    if (!CHOICE_OPENERS.has(w[o] ?? '')) continue;
    // only the opener, its verb and the comparative: a clause of its own, closed after the comparative
    if (k + 1 < w.length && !s.breaks.has(k + 1)) continue;
    for (let j = s.mentions.length - 1; j >= 0; j--) {
      const m = s.mentions[j];
      if (m && m !== said && m.start >= o && m.end <= k + 1) s.mentions.splice(j, 1);
    }
    for (let j = o; j <= k; j++) claimed[j] = true;
    said.compared = { claimed: null };
    return;
  }
}

/**
 * "which has more revenue, X or Y?", "X or Y: who has fewer employees?": an amount's comparative read before the noun
 * of a measure of the things themselves is that measure's comparative (`measureComparativeAt`), not a count of rows.
 */
function readMeasureChoice(s: ScanState): void {
  if (!alternatives(s)) return;
  for (let k = 0; k < s.w.length; k++) {
    const m = s.mentions.find((x) => x.start === k && x.end > k);
    // the comparative unread ("more" is a filler word alone) or read as an amount's ("more" before a noun)
    if (m ? m.t !== 'most' : s.claimed[k]) continue;
    const measured = measureComparativeAt(s.w, k);
    if (!measured) continue;
    // the measure's noun, read as a field shown, is part of the comparative
    const within = (x: Mention): boolean => x.start >= k && x.end <= measured.end && x.end > x.start;
    if (s.mentions.some((x) => within(x) && x !== m && x.t !== 'attribute')) continue;
    for (let j = s.mentions.length - 1; j >= 0; j--) {
      const x = s.mentions[j];
      if (x && within(x)) s.mentions.splice(j, 1);
    }
    claim(s, k, measured.end, { t: 'superlative', column: measured.column, order: measured.order });
    // "WHO has more revenue, X or Y": the opener asks which of the things, no people of its own
    const opener = s.mentions.find((x) => x.t === 'who' && x.end <= k);
    if (opener && s.mentions.every((x) => x === opener || x.start >= k))
      s.mentions.splice(s.mentions.indexOf(opener), 1);
    return;
  }
}
