/**
 * "events with no end date", "an unknown country", "companies whose industry is unknown", "no revenue listed":
 * a field said to be absent becomes a `hasValue` condition (IS NULL or empty) on the entity that has the field.
 * A field several entities have (country, city) goes to the entity the question is about nearest before it
 * (the entity noun or name), events when there is none. Runs before the lexicon pass, so "no" and the field's
 * words are read together, never as a lone negation and a shown attribute.
 */
import { ATTRIBUTE_WORDS, KNOWN_VALUE_COLUMNS } from '../../lexicon/attributeWords';
import {
  ABSENT_AFTER,
  ABSENT_BEFORE,
  ABSENT_CLOSERS,
  VALUE_COLUMNS,
  VALUE_FIELDS,
  type ValueEntity,
} from '../../lexicon/missingValueWords';
import { LEXICON } from '../lexiconTable';
import { type ScanState, claim, isFree } from './ScanState';

const ARTICLES = new Set(['a', 'an', 'the', 'any', 'its', 'their', 'known']);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'still', 'left']);

type Field = { column: string; label: string; entity: ValueEntity };

function split(list: readonly string[]): string[][] {
  return list.map((x) => x.split(' ')).sort((a, b) => b.length - a.length);
}
const BEFORE = split(ABSENT_BEFORE);
const AFTER = split(ABSENT_AFTER);
const CLOSERS = split(ABSENT_CLOSERS);
const FIELD_WORDS: readonly (readonly [string[], string])[] = [
  ...VALUE_FIELDS.map(([p, k]) => [p.split(' '), k] as const),
  ...ATTRIBUTE_WORDS.filter(([, a]) => KNOWN_VALUE_COLUMNS[a]).map(([p, a]) => [p.split(' '), a] as const),
].sort((a, b) => b[0].length - a[0].length);

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

function fieldAt(s: ScanState, i: number): { field: Field; length: number } | null {
  for (const [words, key] of FIELD_WORDS) {
    if (!words.every((x, k) => s.w[i + k] === x)) continue;
    const fixed = KNOWN_VALUE_COLUMNS[key as keyof typeof KNOWN_VALUE_COLUMNS];
    if (fixed) return { field: fixed, length: words.length };
    const entity = entityBefore(s, i);
    const hosted = VALUE_COLUMNS[key]?.[entity];
    if (hosted) return { field: { ...hosted, entity }, length: words.length };
    return null;
  }
  return null;
}

export function readMissingValues(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    if (s.claimed[i]) continue;
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
    }
  }
}
