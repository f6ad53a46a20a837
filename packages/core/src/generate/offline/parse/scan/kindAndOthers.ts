/**
 * "banks and other companies sponsoring AHICE", "hotels and other exhibitors at X": a kind of rows joined by "and
 * other" to a noun of the same rows says the kind is among them: the rows asked are the noun's, with what follows
 * it; the kind adds nothing. Read word by word it became the kind AND "events other than those already named" (a
 * contradiction with the event named after it, no rows).
 */
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

/** Mentions that pick a kind before its noun ("BANKS", "HOTEL companies"). */
const KIND_PARTS: ReadonlySet<Mention['t']> = new Set(['topic', 'function', 'seniority', 'title', 'cond']);

/** Mentions that may stand between "other" and its noun, saying what kind of rows the noun is ("other FINANCE firms"). */
const NOUN_MODIFIERS: ReadonlySet<Mention['t']> = new Set([...KIND_PARTS, 'sector']);

/**
 * The noun "other" governs, with the modifiers between them ("other aviation-industry companies": companies), or
 * undefined when something else follows it. Its words are contiguous from "other" on.
 */
function governedNoun(mentions: readonly Mention[], k: number): Mention | undefined {
  let end = mentions[k]?.end ?? 0;
  for (let j = k + 1; j < mentions.length; j++) {
    const m = mentions[j];
    if (!m || m.start !== end) return undefined;
    if (m.t === 'entity') return m;
    if (!NOUN_MODIFIERS.has(m.t)) return undefined;
    end = m.end;
  }
  return undefined;
}

/**
 * Drops "<kind> <noun> and other" before a noun of the same rows (mentions sorted by start). The noun may have its
 * own modifiers ("banks and other finance companies", "carriers and other aviation-industry companies"): the speaker
 * says the kind is one of them, so the rows asked are the modified noun's and the kind adds nothing.
 */
export function dropKindAndOthers(mentions: Mention[]): void {
  for (let k = 2; k + 1 < mentions.length; k++) {
    const other = mentions[k];
    const and = mentions[k - 1];
    const noun = governedNoun(mentions, k);
    const kindNoun = mentions[k - 2];
    if (other?.t !== 'other' || and?.t !== 'and' || noun?.t !== 'entity' || kindNoun === undefined) continue;
    // the kind is a noun of the same rows, or a title naming people by itself ("recruiters and other HR people")
    const sameRows =
      kindNoun.t === 'entity' ? kindNoun.entity === noun.entity : kindNoun.t === 'title' && noun.entity === 'people';
    if (!sameRows || and.end !== other.start) continue;
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

/** The most words a kind no reader placed may have before "and other" ("shipping lines and other ..."). */
const MAX_KIND_WORDS = 3;

/**
 * "carriers and other aviation-industry companies": words no reader placed right before "and other <noun>" name a
 * kind the speaker says is among the noun's rows, so what they name does not change the rows asked (the noun's,
 * with its own modifiers): they are dropped with "and other", never asked back, and never a condition.
 */
export function releaseKindsOfOthers(s: ScanState, ignored: string[], ignoredAt: number[]): void {
  const sorted = [...s.mentions].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sorted.length; k++) {
    const other = sorted[k];
    const and = sorted[k - 1];
    if (other?.t !== 'other' || and?.t !== 'and' || and.end !== other.start) continue;
    const noun = governedNoun(sorted, k);
    if (noun?.t !== 'entity') continue;
    const kind: number[] = [];
    for (let at = and.start - 1; at >= 0 && kind.length < MAX_KIND_WORDS; at--) {
      if (!ignoredAt.includes(at) || s.breaks.has(at + 1)) break;
      kind.unshift(at);
    }
    if (kind.length === 0 || sorted.some((m) => m.end > (kind[0] ?? 0) && m.start < and.start)) continue;
    for (const at of kind) {
      const j = ignoredAt.indexOf(at);
      ignored.splice(j, 1);
      ignoredAt.splice(j, 1);
      s.claimed[at] = true;
    }
    // the kind drops with "and other", as `dropKindAndOthers` drops a kind read
    s.mentions.splice(s.mentions.indexOf(other), 1);
    s.mentions.splice(s.mentions.indexOf(and), 1);
    return;
  }
}
