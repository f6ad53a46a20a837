/**
 * Seniority ranges: "VP and above", "director or higher", "at least manager", "below C-level", "more junior than
 * a VP", "director+". One seniority word plus a range word (`lexicon/rankWords.ts`) becomes one seniority mention
 * holding every level of the range, in the order of `SENIORITIES` (`@musaeid/db`, highest first: the order the
 * title classifier tries its rules in). Without this, the range word is left unread (a clarify) or, worse, the
 * level alone is answered ("VP and above" as VP only).
 *
 * Runs before quantities and lexicon phrases: "at least", "above" and "under" are also comparison words of
 * numbers, and "senior" of "more senior than" is itself a level.
 */
import { SENIORITIES } from '@musaeid/db';
import type { Seniority } from '../../ir/Request';
import { LEVEL_NOUNS, RANK_WORDS_AFTER, RANK_WORDS_BEFORE, type RankWord } from '../../lexicon/rankWords';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

const ARTICLES = new Set(['a', 'an', 'the']);

/** The levels of a range around `level`, highest first. */
export function seniorityRange(level: Seniority, rank: Pick<RankWord, 'direction' | 'inclusive'>): Seniority[] {
  const at = SENIORITIES.indexOf(level);
  if (rank.direction === 'up') return SENIORITIES.slice(0, rank.inclusive ? at + 1 : at);
  return SENIORITIES.slice(rank.inclusive ? at : at + 1);
}

/** The one seniority level named by the words at `k` (longest phrase first), with the number of words. */
function levelAt(w: readonly string[], k: number): { level: Seniority; len: number; noun: boolean } | null {
  for (let len = 3; len >= 1; len--) {
    if (k + len > w.length) continue;
    const reading = LEXICON.get(w.slice(k, k + len).join(' '))?.find((r) => r.t === 'seniority');
    if (reading?.t === 'seniority' && reading.values.length === 1 && reading.values[0])
      return { level: reading.values[0], len, noun: reading.noun };
  }
  return null;
}

/** The longest range word of `words` starting at `k`. */
function rankAt(w: readonly string[], k: number, words: readonly RankWord[]): { rank: RankWord; len: number } | null {
  let best: { rank: RankWord; len: number } | null = null;
  for (const rank of words) {
    const parts = rank.phrase.split(' ');
    if (parts.every((p, j) => w[k + j] === p) && (!best || parts.length > best.len)) best = { rank, len: parts.length };
  }
  return best;
}

export function readSeniorityRanges(s: ScanState): void {
  const { w } = s;
  for (let i = 0; i < w.length; i++) {
    // before the level: "at least VP", "more senior than a director", "below C-level"
    const before = rankAt(w, i, RANK_WORDS_BEFORE);
    if (before) {
      let k = i + before.len;
      if (ARTICLES.has(w[k] ?? '')) k++;
      const level = levelAt(w, k);
      if (level) {
        let end = k + level.len;
        if (LEVEL_NOUNS.has(w[end] ?? '')) end++;
        if (isFree(s, i, end)) {
          claim(s, i, end, { t: 'seniority', values: seniorityRange(level.level, before.rank), noun: level.noun });
          i = end - 1;
          continue;
        }
      }
    }
    // the level first: "VP and above", "director level or higher", "vp+"
    const glued = /^(.+)\+$/.exec(w[i] ?? '');
    const level = glued?.[1] ? levelAt([glued[1]], 0) : levelAt(w, i);
    if (!level) continue;
    let k = i + (glued ? 1 : level.len);
    if (glued) {
      if (isFree(s, i, k))
        claim(s, i, k, {
          t: 'seniority',
          values: seniorityRange(level.level, { direction: 'up', inclusive: true }),
          noun: level.noun,
        });
      continue;
    }
    if (LEVEL_NOUNS.has(w[k] ?? '')) k++;
    const after = rankAt(w, k, RANK_WORDS_AFTER);
    if (!after) continue;
    const end = k + after.len;
    if (!isFree(s, i, end)) continue;
    claim(s, i, end, { t: 'seniority', values: seniorityRange(level.level, after.rank), noun: level.noun });
    i = end - 1;
  }
}
