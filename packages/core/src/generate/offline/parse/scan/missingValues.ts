/**
 * "events with no end date", "an unknown country", "companies whose industry is unknown", "no revenue listed":
 * a field said to be absent becomes a `hasValue` condition (IS NULL or empty) on the entity that has the field.
 * A field said to be there restricts the set the same way (`negate: false`): "(only those with a website)", "among
 * those with revenue data", "(of the ones that have any)" after a ranked or shown field; a bare "with revenue" asks
 * to see the value instead, so it restricts only with a closing word ("with revenue listed").
 * A field several entities have (country, city) goes to the entity the question is about nearest before it
 * (the entity noun or name), events when there is none. Runs before the lexicon pass, so "no" and the field's
 * words are read together, never as a lone negation and a shown attribute.
 */
import { SUPERLATIVE_WORDS } from '../../lexicon/aggregateWords';
import { ATTRIBUTE_WORDS, type AttributeName, KNOWN_VALUE_COLUMNS } from '../../lexicon/attributeWords';
import {
  ABSENT_AFTER,
  ABSENT_BEFORE,
  ABSENT_CLOSERS,
  ABSENT_PRONOUNS,
  CLOSED_FIELDS,
  PRESENT_AFTER,
  PRESENT_BEFORE,
  PRESENT_CLOSERS,
  PRESENT_PRONOUNS,
  PRESENT_RESTRICTORS,
  VALUE_COLUMNS,
  VALUE_FIELDS,
  type ValueEntity,
} from '../../lexicon/missingValueWords';
import { LEXICON } from '../lexiconTable';
import { type ScanState, claim, isFree } from './ScanState';
import { elidedNoun } from './elidedObjects';

const ARTICLES = new Set(['a', 'an', 'the', 'any', 'its', 'their', 'known']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'still', 'left']);

type Field = { column: string; label: string; entity: ValueEntity };

function split(list: readonly string[]): string[][] {
  return list.map((x) => x.split(' ')).sort((a, b) => b.length - a.length);
}
const BEFORE = split(ABSENT_BEFORE);
const AFTER = split(ABSENT_AFTER);
const CLOSERS = split(ABSENT_CLOSERS);
const PRESENT_OPEN = split(PRESENT_BEFORE.filter((p) => !p.needsCloser).map((p) => p.phrase));
const PRESENT_BARE = split(PRESENT_BEFORE.filter((p) => p.needsCloser).map((p) => p.phrase));
const PRESENT_CLOSE = split(PRESENT_CLOSERS);
const PRONOUNS = split(PRESENT_PRONOUNS);
const NEGATED_PRONOUNS = split(ABSENT_PRONOUNS);
const PRESENT_TAIL = split(PRESENT_AFTER);
const RESTRICTORS = split(PRESENT_RESTRICTORS);
/** Words before a field said to be there after it ("where revenue is available", "whose website is listed"). */
const PRESENT_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['where', 'whose', 'when', 'if', 'with']);
const CLOSED = new Set(CLOSED_FIELDS.map(([p]) => p));
const FIELD_WORDS: readonly (readonly [string[], string])[] = [
  ...VALUE_FIELDS.map(([p, k]) => [p.split(' '), k] as const),
  ...ATTRIBUTE_WORDS.filter(([, a]) => KNOWN_VALUE_COLUMNS[a]).map(([p, a]) => [p.split(' '), a] as const),
  ...CLOSED_FIELDS.map(([p, a]) => [p.split(' '), a] as const),
].sort((a, b) => b[0].length - a[0].length);
/** Words that may follow a pronoun standing for a field ("(of the ones that have any) sorted by ..."). */
const PRONOUN_FOLLOWERS: ReadonlySet<string> = new Set([
  'have',
  'has',
  'had',
  'with',
  'and',
  'or',
  'please',
  'pls',
  'listed',
  'recorded',
  'at',
  'in',
  'on',
  'from',
  'for',
  'who',
  'which',
  'that',
  'is',
  'are',
  'was',
  'were',
  'sorted',
  'ranked',
  'ordered',
  'by',
  'then',
  'so',
]);
/** The field a ranking word measures ("the highest revenue", "the largest"), for a pronoun standing for it. */
const RANKED_FIELD: Readonly<Record<string, AttributeName>> = { revenue: 'revenue', size: 'employees', age: 'founded' };
const SUPERLATIVE_FIELD: ReadonlyMap<string, AttributeName> = new Map(
  SUPERLATIVE_WORDS.flatMap(([p, column]) => (RANKED_FIELD[column] ? [[p, RANKED_FIELD[column]] as const] : [])),
);

/** Length of the first phrase of `phrases` at w[i], or 0. */
function phraseAt(w: readonly string[], i: number, phrases: readonly string[][]): number {
  for (const p of phrases) if (p.every((x, k) => w[i + k] === x)) return p.length;
  return 0;
}

/** The entity the question is about nearest before token `i` (events when nothing says). */
function entityBefore(s: ScanState, i: number): ValueEntity {
  for (let k = i - 1; k >= 0; k--) {
    const m = s.mentions.find((x) => x.start <= k && k < x.end);
    if (m?.t === 'event') return 'events';
    if (m?.t === 'company') return 'companies';
    if (m?.t === 'person') return 'people';
    const noun = LEXICON.get(s.w[k] ?? '')?.find((r) => r.t === 'entity' || r.t === 'who');
    if (noun?.t === 'who') return 'people';
    if (noun?.t === 'entity' && noun.entity !== 'participations') return noun.entity;
  }
  return 'events';
}

/** The field at token `i`; a field word that also names other things ("employees") only before a closing word. */
function fieldAt(
  s: ScanState,
  i: number,
  closers: readonly string[][] = CLOSERS,
): { field: Field; length: number } | null {
  for (const [words, key] of FIELD_WORDS) {
    if (!words.every((x, k) => s.w[i + k] === x)) continue;
    if (CLOSED.has(words.join(' ')) && phraseAt(s.w, i + words.length, closers) === 0) continue;
    const fixed = KNOWN_VALUE_COLUMNS[key as keyof typeof KNOWN_VALUE_COLUMNS];
    if (fixed) return { field: fixed, length: words.length };
    const entity = entityBefore(s, i);
    const hosted = VALUE_COLUMNS[key]?.[entity];
    if (hosted) return { field: { ...hosted, entity }, length: words.length };
    return null;
  }
  return null;
}

/** The field said last before token `i` (a field word, or the measure of a ranking word), for "that have any". */
function fieldBefore(s: ScanState, i: number): Field | null {
  for (let k = i - 1; k >= 0; k--) {
    const hit = fieldAt(s, k, PRESENT_CLOSE);
    if (hit) return hit.field;
    for (const len of [3, 2, 1]) {
      const ranked = SUPERLATIVE_FIELD.get(s.w.slice(k, k + len).join(' '));
      const fixed = ranked ? KNOWN_VALUE_COLUMNS[ranked] : undefined;
      if (fixed) return fixed;
    }
  }
  return null;
}

/**
 * True when "for" at `k` ends the question (or its clause) and its object is the field's own noun said before `i`
 * ("how many contacts do we have email patterns for", "companies we have revenue for?").
 */
function strandedFor(s: ScanState, k: number, entity: ValueEntity, i: number): boolean {
  if (s.w[k] !== 'for' || (k + 1 < s.w.length && !s.breaks.has(k + 1))) return false;
  return entityBefore(s, i) === entity;
}

/**
 * A field said to be there: "with a website", "with revenue listed", "that have a known phone number"; or a pronoun
 * for the field said before ("(of the ones that have any)"). Returns the end of the phrase read, or 0.
 */
function readPresentValue(s: ScanState, i: number): number {
  const { w } = s;
  const open = phraseAt(w, i, PRESENT_OPEN);
  const bare = open > 0 ? 0 : phraseAt(w, i, PRESENT_BARE);
  const lead = open || bare;
  if (lead > 0) {
    const hit = fieldAt(s, i + lead, PRESENT_CLOSE);
    const closer = hit ? phraseAt(w, i + lead + hit.length, PRESENT_CLOSE) : 0;
    // "how many contacts do we have email patterns for": the field had "for" the rows asked, its preposition left at
    // the end with its object said before (the noun the field belongs to), says the field is there
    const stranded = hit !== null && strandedFor(s, i + lead + hit.length, hit.field.entity, i);
    if (hit && (open > 0 || closer > 0 || stranded)) {
      const end = i + lead + hit.length + (stranded ? 1 : closer);
      if (!isFree(s, i, end)) return 0;
      claim(s, i, end, { t: 'cond', cond: { kind: 'hasValue', ...hit.field, negate: false } });
      return end;
    }
  }
  const present = phraseAt(w, i, PRONOUNS);
  const absent = present > 0 ? 0 : phraseAt(w, i, NEGATED_PRONOUNS);
  const pronoun = present || absent;
  // a pronoun ends its phrase: "that have any companies" names what they have (a noun follows)
  const after = w[i + pronoun];
  if (pronoun > 0 && (after === undefined || PRONOUN_FOLLOWERS.has(after)) && isFree(s, i, i + pronoun)) {
    const field = fieldBefore(s, i);
    if (field) {
      claim(s, i, i + pronoun, { t: 'cond', cond: { kind: 'hasValue', ...field, negate: absent > 0 } });
      return i + pronoun;
    }
    // no field: the quantifier stands for the noun said before ("events that have any" after "companies per
    // event"); its verb stays for the other readers ("that" relates the clause), a "none" negates the having
    const end = i + pronoun;
    const noun = elidedNoun(s, i);
    if (noun) {
      if (absent > 0) claim(s, end - 2, end - 1, { t: 'neg' });
      claim(s, end - 1, end, noun);
      return end;
    }
    // a pronoun for something nothing said before restricts by something unknown: asked about, never dropped
    claim(s, i, end, {
      t: 'unclear',
      about: 'word',
      why: `it is not clear what "${w[end - 1]}" stands for`,
      options: [],
    });
    return end;
  }
  return 0;
}

export function readMissingValues(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    if (s.claimed[i]) continue;
    const present = readPresentValue(s, i);
    if (present > 0) {
      i = present - 1;
      continue;
    }
    // absence word, then the field: "no end date (on record)", "an unknown country"
    const lead = phraseAt(w, i, BEFORE);
    if (lead > 0) {
      let f = i + lead;
      while (ARTICLES.has(w[f] ?? '')) f++;
      const hit = fieldAt(s, f);
      if (hit && isFree(s, i, f + hit.length)) {
        const end = f + hit.length + phraseAt(w, f + hit.length, CLOSERS);
        claim(s, i, end, { t: 'cond', cond: { kind: 'hasValue', ...hit.field, negate: true } });
        i = end - 1;
        continue;
      }
    }
    // the field, then the absence word: "whose venue is unknown", "country not listed"
    const hit = fieldAt(s, i);
    if (!hit) continue;
    let a = i + hit.length;
    while (COPULAS.has(w[a] ?? '')) a++;
    const tail = phraseAt(w, a, AFTER);
    if (tail > 0 && isFree(s, i, a + tail)) {
      claim(s, i, a + tail, { t: 'cond', cond: { kind: 'hasValue', ...hit.field, negate: true } });
      i = a + tail - 1;
      continue;
    }
    // "where revenue is available", "whose website is listed": a clause about the field, saying it is there
    const said = a > i + hit.length ? phraseAt(w, a, PRESENT_TAIL) : 0;
    if (said > 0 && PRESENT_CLAUSE_OPENERS.has(w[i - 1] ?? '') && isFree(s, i - 1, a + said)) {
      // the opener is the clause's ("where" asks for no location here)
      claim(s, i - 1, a + said, { t: 'cond', cond: { kind: 'hasValue', ...hit.field, negate: false } });
      i = a + said - 1;
      continue;
    }
    // "(country known only)": no opener, a restricting word closes the field said to be there
    const stated = phraseAt(w, a, PRESENT_TAIL);
    const only = stated > 0 ? phraseAt(w, a + stated, RESTRICTORS) : 0;
    if (only > 0 && isFree(s, i, a + stated + only)) {
      claim(s, i, a + stated + only, { t: 'cond', cond: { kind: 'hasValue', ...hit.field, negate: false } });
      i = a + stated + only - 1;
    }
  }
}
