/**
 * Participants in a market named with an adjective of standing ("the big names at seamless", "major players sponsoring
 * X", "key players at X"): business English for the companies taking part. "names" graded by an adjective is a noun of
 * companies (WordNet's sense of a well-known figure, said of firms), read before any recogniser so that a size word
 * before it is a size band as before any noun of companies ("big names" = "big companies"); a grade no column holds
 * ("major", "leading", "notable") right before such a noun is part of the idiom, read with the noun, where before any
 * other noun ("important sponsors") it is asked about (`vagueQualifiers.ts`).
 */
import { PARTICIPANT_NOUNS, STANDING_ADJECTIVES } from '../../lexicon/entityWords';
import { QUALIFIER_WORDS } from '../../lexicon/qualifierWords';
import { adjectiveLemma } from '../../text/language';
import type { Token } from '../../text/tokenize';
import type { ScanState } from './ScanState';

/** True when the word grades the noun after it: a qualifier in any degree ("big", "biggest"), or "key". */
function grades(word: string): boolean {
  return QUALIFIER_WORDS.has(word) || QUALIFIER_WORDS.has(adjectiveLemma(word)) || STANDING_ADJECTIVES.has(word);
}

/** "big names", "notable names": the noun of companies (step 2, a token rewrite). */
export function readProminentNames(tokens: Token[]): void {
  for (const t of tokens) {
    if (t.norm !== 'names' && t.norm !== 'name') continue;
    const before = tokens[t.index - 1]?.norm ?? '';
    if (grades(before) && PARTICIPANT_NOUNS.has(t.norm)) t.norm = t.norm === 'names' ? 'companies' : 'company';
  }
}

/**
 * "major players": a grade no column holds, right before a participant noun read as companies, is read with it; so is
 * a rank word with no number ("top players", "the leading players": the lexicon's `top`), which ranks nothing there
 * (a number, "top 5 players", stands between and keeps the ranking).
 */
export function readParticipantIdioms(s: ScanState): void {
  for (const m of [...s.mentions]) {
    if (m.t !== 'entity' || m.entity !== 'companies' || m.end - m.start !== 1) continue;
    const typed = s.tokens[m.start]?.raw.toLowerCase() ?? '';
    const k = m.start - 1;
    if (!PARTICIPANT_NOUNS.has(typed) || k < 0) continue;
    const rank = s.mentions.findIndex((r) => r.t === 'top' && r.start === k && r.end === m.start);
    if (rank >= 0) s.mentions.splice(rank, 1);
    else if (s.claimed[k] || QUALIFIER_WORDS.get(s.w[k] ?? '') !== 'none') continue;
    s.claimed[k] = true;
    m.start = k;
    m.text = `${s.tokens[k]?.raw ?? ''} ${m.text}`;
  }
}
