/**
 * "banks and other companies sponsoring AHICE", "hotels and other exhibitors at X": a kind of rows joined by "and
 * other" to a noun of the same rows says the kind is among them: the rows asked are the noun's, with what follows
 * it; the kind adds nothing. Read word by word it became the kind AND "events other than those already named" (a
 * contradiction with the event named after it, no rows).
 */
import type { Mention } from '../Mention';

/** Mentions that pick a kind before its noun ("BANKS", "HOTEL companies"). */
const KIND_PARTS: ReadonlySet<Mention['t']> = new Set(['topic', 'function', 'seniority', 'title', 'cond']);

/** Drops "<kind> <noun> and other" before a noun of the same rows (mentions sorted by start). */
export function dropKindAndOthers(mentions: Mention[]): void {
  for (let k = 2; k + 1 < mentions.length; k++) {
    const other = mentions[k];
    const and = mentions[k - 1];
    const noun = mentions[k + 1];
    const kindNoun = mentions[k - 2];
    if (other?.t !== 'other' || and?.t !== 'and' || noun?.t !== 'entity' || kindNoun?.t !== 'entity') continue;
    if (kindNoun.entity !== noun.entity || and.end !== other.start || other.end !== noun.start) continue;
    // the kind's words: the modifiers right before its noun (or over the same word: "banks")
    let first = k - 2;
    while (
      first > 0 &&
      KIND_PARTS.has(mentions[first - 1]?.t ?? 'neg') &&
      (mentions[first - 1]?.end ?? 0) >= (mentions[first]?.start ?? 0) - 1
    )
      first--;
    if (first === k - 2 && !mentions.some((m) => KIND_PARTS.has(m.t) && m.start === kindNoun.start)) continue;
    const start = Math.min(
      first,
      mentions.findIndex((m) => m.start === kindNoun.start),
    );
    mentions.splice(start, k + 1 - start);
    return;
  }
}
