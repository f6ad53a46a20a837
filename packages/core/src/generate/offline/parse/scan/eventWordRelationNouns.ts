/**
 * A plural relation word that is a noun or a verb ("sponsors", "partners", "hosts") typed right after a word that
 * names both a company and an event ("seamless": the company Seamless and the event Seamless Asia 2025): the verb
 * reading ("Seamless sponsors AHICE") needs an object after it, so with none ("average employees at seamless
 * sponsors", "list seamless partners based in India") the word is the noun, and the name before it the event it is
 * of (`values.ts` `companiesNounAfter` reads it so). A word that names only a company keeps the verb's place.
 */
import { OBJECT_DETERMINERS } from '../../lexicon/offeringWords';
import { FILLER_WORDS } from '../../lexicon/fillerWords';
import { LEXICON } from '../lexiconTable';
import type { ScanState } from './ScanState';

/**
 * True when a verb at token `j` would have an object: a determiner ("sponsors the ..."), a noun of events ("sponsors
 * events"), or a word the vocabulary does not know (a name: "sponsors AHICE"). The end of the question, a clause
 * break, a preposition, a copula, a relative word or another noun of the vocabulary ("emails") is no object.
 */
function objectAt(s: ScanState, j: number): boolean {
  const word = s.w[j];
  if (word === undefined || s.breaks.has(j)) return false;
  if (OBJECT_DETERMINERS.has(word)) return true;
  const readings = LEXICON.get(word);
  if (readings) return readings.some((r) => r.t === 'entity' && r.entity === 'events');
  return !FILLER_WORDS.has(word) && !/^\d+$/.test(word);
}

/**
 * True when a noun of events stands before token `a` ("the events that seamless sponsors", "which events seamless
 * sponsors"): the verb's object may come first, as the head of its relative clause or the question's.
 */
function eventsNounBefore(s: ScanState, a: number): boolean {
  return s.mentions.some((m) => m.end <= a && m.t === 'entity' && m.entity === 'events');
}

/**
 * True when the relation word at tokens [i, end) is the plural noun of the event named by the word before it: that
 * word is a company's name and a word of an event's name, and nothing after the relation word, nor a noun of events
 * before the name, is its object.
 * @example "list seamless sponsors" // true: the sponsors of Seamless Asia 2025
 * @example "seamless sponsors ahice" // false: the company Seamless sponsoring AHICE
 */
export function relationNounOfEventWord(s: ScanState, i: number, end: number): boolean {
  const name = s.w[i - 1] ?? '';
  const word = s.w.slice(i, end).join(' ');
  return (
    i > 0 &&
    !s.breaks.has(i) &&
    word.endsWith('s') &&
    s.index.companies.has(name) &&
    s.index.eventNameWords.has(name) &&
    !objectAt(s, end) &&
    !eventsNounBefore(s, i - 1)
  );
}
