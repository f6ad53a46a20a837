/**
 * Hedges and intensifiers inside the data clause, read by where they stand, not by phrasing:
 *  - a degree adverb right before an adjective ("super large", "properly old", "insanely big"): WordNet's degree
 *    senses (an adverb sharing a synset with "very", "extremely", ...) or a chat intensifier
 *    (`lexicon/hedgeAdverbWords.ts` SLANG_INTENSIFIERS); the adjective is read (or asked about) as if said alone;
 *  - an adverb of preference before a condition, or closing the clause after one ("preferably based in Seoul",
 *    "ideally in Q3", "in Seoul preferably"): the condition is kept as a filter, and the answer names it;
 *  - an adverb of real or local presence before a place ("physically in Lima", "actually sitting in Oslo"): the
 *    place is where the person is, the place a person has in the data.
 * A negation or a comparison ("not big", "less large", "too old") is never one (CONTENT_DEGREE_ADVERBS), and an
 * adverb with nothing read after it stays unread, so it is asked about.
 */
import {
  CONTENT_DEGREE_ADVERBS,
  DEGREE_ADVERB_SEEDS,
  PREFERENCE_ADVERBS,
  PRESENCE_ADVERBS,
  SLANG_INTENSIFIERS,
} from '../../lexicon/hedgeAdverbWords';
import { wordNet } from '../../text/language';
import { DATA_MENTIONS } from '../discourse';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const SEEDS: ReadonlySet<string> = new Set(DEGREE_ADVERB_SEEDS);
const degreeCache = new Map<string, boolean>();

/**
 * True when WordNet gives `word` a degree sense: an adverb synset holding one of the degree seeds.
 * @example isDegreeAdverb('super') // true: {extremely, exceedingly, super}
 * @example isDegreeAdverb('physically') // false
 */
export function isDegreeAdverb(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || CONTENT_DEGREE_ADVERBS.has(word)) return false;
  let hit = degreeCache.get(word);
  if (hit === undefined) {
    const wn = wordNet();
    hit = wn.senses(word, 'adv').some((o) => wn.synset(o, 'adv').words.some((x) => SEEDS.has(x)));
    degreeCache.set(word, hit);
  }
  return hit;
}

/** True when WordNet knows the word as an adjective ("large", "old"). */
function adjective(word: string): boolean {
  return /^[a-z]+$/.test(word) && wordNet().senses(word, 'adj').length > 0;
}

/** Readings of a place. */
const PLACES: ReadonlySet<Mention['t']> = new Set(['country', 'city', 'state', 'venue']);

/** The mention starting at token k, if any. */
const startingAt = (s: ScanState, k: number): Mention | undefined => s.mentions.find((m) => m.start === k);

/** True when a place is read at k, or a preposition of place at k with a place right after it. */
function placeAt(s: ScanState, k: number): boolean {
  const m = startingAt(s, k);
  if (!m) return false;
  if (PLACES.has(m.t)) return true;
  return m.t === 'prep' && PLACES.has(startingAt(s, m.end)?.t ?? 'prep');
}

/** True when a condition of the data is read at k (a preposition may lead it: "in Q3", "based in Seoul"). */
function conditionAt(s: ScanState, k: number): boolean {
  const m = startingAt(s, k);
  if (!m) return false;
  if (DATA_MENTIONS.has(m.t) || PLACES.has(m.t)) return true;
  const next = startingAt(s, m.end);
  return m.t === 'prep' && next !== undefined && (DATA_MENTIONS.has(next.t) || PLACES.has(next.t));
}

/** True when token k closes its clause (the message ends, a clause break, a comma's clause after it). */
function closesClause(s: ScanState, k: number): boolean {
  return k + 1 >= s.w.length || s.breaks.has(k + 1) || /^[,.;!?]/.test(s.tokens[k + 1]?.raw ?? '');
}

/** "super large", "properly old", "really really big": a degree adverb (or a chain of them) before an adjective. */
function intensifierAt(s: ScanState, i: number): boolean {
  const word = (s.tokens[i]?.raw ?? s.w[i] ?? '').toLowerCase();
  if (!isDegreeAdverb(word) && !SLANG_INTENSIFIERS.has(word)) return false;
  let j = i + 1;
  while (j < s.w.length && isDegreeAdverb(s.w[j] ?? '') && !adjective(s.w[j] ?? '')) j++;
  const head = s.w[j] ?? '';
  return adjective(head) && !CONTENT_DEGREE_ADVERBS.has(head);
}

/**
 * Drops a theme read from a slip of an intensifier before an adjective ("properly big": no theme "property"): the
 * word as typed is an adverb of degree where it stands, left to `hedgeAdverbAt`.
 */
export function releaseIntensifierSlips(s: ScanState): void {
  for (let j = s.mentions.length - 1; j >= 0; j--) {
    const m = s.mentions[j];
    if (!m || m.t !== 'topic' || m.end !== m.start + 1) continue;
    const typed = (s.tokens[m.start]?.raw ?? '').toLowerCase();
    if (m.words.includes(typed) || !intensifierAt(s, m.start)) continue;
    s.mentions.splice(j, 1);
    s.claimed[m.start] = false;
  }
}

/**
 * True when the unread word at i hedges or stresses the condition beside it (see the module comment): no content of
 * its own, so it is neither asked about nor a filter.
 */
export function hedgeAdverbAt(s: ScanState, i: number): boolean {
  // the word as typed: a slip reading may have made it another ("properly": property)
  const word = (s.tokens[i]?.raw ?? s.w[i] ?? '').toLowerCase();
  if (!/^[a-z]+$/.test(word) || CONTENT_DEGREE_ADVERBS.has(word)) return false;
  if (intensifierAt(s, i)) return true;
  if (PRESENCE_ADVERBS.has(word) && placeAt(s, i + 1)) return true;
  if (PREFERENCE_ADVERBS.has(word)) {
    if (conditionAt(s, i + 1)) return true;
    const before = s.mentions.find((m) => m.end === i);
    if (before && (DATA_MENTIONS.has(before.t) || PLACES.has(before.t)) && closesClause(s, i)) return true;
  }
  return false;
}
