/**
 * "brits in marketing mgmt", "hr management contacts", "hr mgmt ppl at X": a collective noun of the people who manage
 * (`MANAGEMENT_NOUNS`) right after a job function is that function's people at manager level or above
 * (`MANAGING_LEVELS`), a seniority like "leadership" after a function. Unread, "mgmt" was dropped (the function's
 * people at every level) and "management" became a plain noun of people (WordNet: the managers are people).
 * A phrase that holds the word reads first ("product management": the product function; "management consulting":
 * an industry), so only the word alone after a function is read here.
 */
import { MANAGEMENT_NOUNS, MANAGING_LEVELS } from '../../lexicon/jobWords';
import { LEXICON } from '../lexiconTable';
import type { Mention } from '../Mention';
import type { ScanState } from './ScanState';

const isPeopleNoun = (m: Mention | undefined): boolean => m?.t === 'entity' && m.entity === 'people';

export function readManagementNouns(s: ScanState): void {
  const { tokens, mentions } = s;
  for (const fn of [...mentions]) {
    if (fn.t !== 'function') continue;
    const k = fn.end;
    // the typed word: "management" may be rewritten already to a noun of people
    if (!MANAGEMENT_NOUNS.has(tokens[k]?.raw.toLowerCase() ?? '') || s.breaks.has(k)) continue;
    // "product management": a phrase of the lexicon (the product function), whatever rewrote its second word
    const phrase = [...tokens.slice(fn.start, k).map((t) => t.raw.toLowerCase()), 'management'].join(' ');
    if (LEXICON.has(phrase)) continue;
    const held = mentions.filter((m) => m.start <= k && k < m.end);
    if (held.some((m) => m.start !== k || m.end !== k + 1 || !isPeopleNoun(m))) continue;
    for (const m of held) mentions.splice(mentions.indexOf(m), 1);
    s.claimed[k] = true;
    // a noun of its own unless a people noun follows ("hr mgmt ppl": the rank before the noun)
    const noun = !isPeopleNoun(mentions.find((m) => m.start === k + 1));
    mentions.push({
      start: k,
      end: k + 1,
      text: tokens[k]?.raw ?? '',
      t: 'seniority',
      values: [...MANAGING_LEVELS],
      noun,
    });
  }
}
