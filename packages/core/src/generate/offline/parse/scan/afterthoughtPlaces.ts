/**
 * "hr folks at cos that r sponsoring events, but outside the states pls": a place added after a clause break (a
 * comma, a semicolon or "but") restricts what the question asks for, not the noun just before it. When people
 * are asked for, it is where they are (as "people living outside X"); the parser attaches it to the people, and
 * elsewhere to the nearest noun as usual (`buildRequest`, prepositions `livesIn` / `livesOutside`).
 */
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

/** Place prepositions as the text has them, with the words they span. */
const PLACE_PREPOSITION = /\b(outside\s+of|outside|not\s+in|not\s+based\s+in|based\s+in)\b/gi;
const BREAK_BEFORE = /(?:[,;]|\bbut)\s*$/i;

function followsBreak(question: string, at: number): boolean {
  return BREAK_BEFORE.test(question.slice(Math.max(0, at - 12), at));
}

export function readAfterthoughtPlaces(s: ScanState, question: string): void {
  const { w } = s;
  // people asked for: a people noun, or a job noun ("engineers", "directors")
  const people = w.some((x) =>
    LEXICON.get(x)?.some(
      (r) => (r.t === 'entity' && r.entity === 'people') || ((r.t === 'function' || r.t === 'seniority') && r.noun),
    ),
  );
  if (!people) return;
  // the n-th preposition in the text is the n-th in the tokens (same words, same order)
  const inText = [...question.matchAll(PLACE_PREPOSITION)].map((m) => ({
    words: m[1]?.toLowerCase().split(/\s+/) ?? [],
    afterBreak: followsBreak(question, m.index),
  }));
  let n = 0;
  for (let i = 0; i < w.length && n < inText.length; i++) {
    const found = inText[n];
    if (!found || !found.words.every((x, k) => w[i + k] === x)) continue;
    n++;
    const end = i + found.words.length;
    if (!found.afterBreak || !isFree(s, i, end)) continue;
    const outside = found.words[0] === 'outside' || found.words[0] === 'not';
    claim(s, i, end, { t: 'prep', p: outside ? 'livesOutside' : 'livesIn' });
    i = end - 1;
  }
}
