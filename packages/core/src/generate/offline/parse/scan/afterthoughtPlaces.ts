/**
 * "hr folks at cos that r sponsoring events, but outside the states pls", "sdrs at X partners - based in singapore":
 * a place added after a clause break (a comma, a semicolon, a dash, an opening parenthesis or "but") restricts what
 * the question asks for, not the noun just before it. The preposition is marked `afterBreak`; the parser attaches
 * the place to the question's head (`parse/build/handlers/places.ts`): where the people asked for are, where the
 * companies asked for are headquartered.
 */
import { OUTSIDE_PHRASES, PERSON_PLACE_PHRASES, PLACED_IN_PHRASES } from '../../lexicon/placeWords';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

/** The place prepositions an afterthought opens with, longest first ("based in" before "based"). */
const AFTERTHOUGHT_PHRASES: readonly string[] = [...OUTSIDE_PHRASES, ...PLACED_IN_PHRASES, ...PERSON_PLACE_PHRASES]
  .filter((p) => p.includes(' ') || p === 'outside')
  .sort((a, b) => b.length - a.length);
const PLACE_PREPOSITION = new RegExp(
  `\\b(?:not\\s+)?(?:${AFTERTHOUGHT_PHRASES.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`,
  'gi',
);
/** A clause break before the place: punctuation (a dash between spaces, not a hyphen inside a word) or "but". */
const BREAK_BEFORE = /(?:[,;(–—]|\s-+|\bbut)\s*$/i;

function followsBreak(question: string, at: number): boolean {
  return BREAK_BEFORE.test(question.slice(Math.max(0, at - 12), at));
}

export function readAfterthoughtPlaces(s: ScanState, question: string): void {
  const { w } = s;
  // the n-th preposition in the text is the n-th in the tokens (same words, same order)
  const inText = [...question.matchAll(PLACE_PREPOSITION)].map((m) => ({
    words: m[0].toLowerCase().split(/\s+/),
    afterBreak: followsBreak(question, m.index),
  }));
  let n = 0;
  for (let i = 0; i < w.length && n < inText.length; i++) {
    const found = inText[n];
    if (!found || !found.words.every((x, k) => w[i + k] === x)) continue;
    n++;
    const end = i + found.words.length;
    if (!found.afterBreak || !isFree(s, i, end)) continue;
    const phrase = found.words.join(' ');
    const outside = found.words[0] === 'not' || LEXICON.get(phrase)?.some((r) => r.t === 'prep' && r.p === 'outside');
    // a person's own place word ("sitting in") keeps its reading; the others are the head's place
    const personal = PERSON_PLACE_PHRASES.includes(phrase);
    claim(s, i, end, { t: 'prep', p: outside ? 'outside' : personal ? 'livesIn' : 'placedIn', afterBreak: true });
    i = end - 1;
  }
}
