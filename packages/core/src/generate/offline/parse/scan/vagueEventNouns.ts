/**
 * A vague head noun after a theme, as the object of a verb of taking part, is the events of that theme:
 * "companies attending cybersecurity stuff", "ppl going to aviation things", "sponsors at fintech related stuff".
 * One can only attend, sponsor or exhibit at an event, so "stuff" there says "events" (read before any recogniser:
 * the token becomes "events", or "event" for a singular one, and the theme before it is read as a theme of events, as "cybersecurity events").
 * Elsewhere ("what stuff do they make") the word is left alone; with no word between the verb and the noun
 * ("attending stuff") there is no theme and nothing is rewritten.
 */
import { RELATION_VERBS } from '../../lexicon/relationWords';
import { VAGUE_NOUNS } from '../../lexicon/vagueNounWords';
import type { EntityKind } from '../../ir/Request';
import type { Token } from '../../text/tokenize';

/** Verbs of taking part (each phrase as its words) and "at" ("sponsors at X"). */
const PARTICIPATION_PHRASES: readonly (readonly string[])[] = [
  ...RELATION_VERBS.map(([phrase]) => phrase.split(' ')),
  ['at'],
];

/** Words that make the noun phrase name one thing ("the afa thing"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'that', 'this', 'those', 'these']);

/** The most words a theme before the vague noun may have ("oil and gas related stuff"). */
const MAX_THEME_WORDS = 4;

/** Whether a phrase of taking part ends right before token `end`. */
function participationEndsAt(tokens: readonly Token[], end: number): boolean {
  return PARTICIPATION_PHRASES.some(
    (words) => end - words.length >= 0 && words.every((word, k) => tokens[end - words.length + k]?.norm === word),
  );
}

export function readVagueEventNouns(tokens: Token[]): void {
  for (const t of tokens) {
    const noun = VAGUE_NOUNS.get(t.norm);
    if (!noun) continue;
    const before = tokens[t.index - 1]?.norm ?? '';
    // "events and stuff", "or whatever things": a tag on a list, not the head of one
    if (before === 'and' || before === 'or' || before === '') continue;
    for (let gap = 1; gap <= MAX_THEME_WORDS; gap++) {
      // "the ieee thing": a definite noun phrase names one event, read by the readers of loose names as typed
      if (DETERMINERS.has(tokens[t.index - gap]?.norm ?? '')) break;
      if (participationEndsAt(tokens, t.index - gap)) {
        t.norm = noun;
        break;
      }
    }
  }
}

/** Prepositions that lead the set a figure or a list is taken over ("avg length for stuff in singapore"). */
const SET_LEADS: ReadonlySet<string> = new Set(['for', 'of', 'among', 'across', 'over', 'from']);

/**
 * "avg event length in days for stuff in singapore", "how many events, and of the things in 2025 which are in
 * singapore": a plural vague noun after a preposition, in a question whose only noun of the data so far is a noun of
 * events, is those events (read as "people in Singapore" it asked about people). Only the events asked about can be
 * meant: with a noun of companies or people before it the word is left alone, and asked about when nothing reads it.
 */
export function readVagueEventReferents(tokens: Token[], nounOf: (word: string) => EntityKind | null): void {
  for (const t of tokens) {
    if (VAGUE_NOUNS.get(t.norm) !== 'events' || !SET_LEADS.has(tokens[t.index - 1]?.norm ?? '')) continue;
    const kinds = new Set(tokens.slice(0, t.index).flatMap((x) => nounOf(x.norm) ?? []));
    if (kinds.size === 1 && kinds.has('events')) t.norm = 'events';
  }
}
