import {
  ANAPHORS,
  LISTENER_WORDS,
  POLITENESS_WORDS,
  REQUEST_MODALS,
  QUESTION_WORDS,
  SPEAKER_POSSESSIVES,
  SPEAKER_WORDS,
  TURN_JOINS,
} from '../lexicon/discourseWords';
import { BE_FORMS } from '../lexicon/auxiliaryWords';
import { SET_REMOVING_VERBS } from '../lexicon/answerEditWords';
import { IMPERATIVE_LEADS } from '../lexicon/imperativeLeads';
import { tokenize } from './tokenize';

/**
 * A message of two turns typed as one: a question, a break, then a fragment whose pointer takes the first part's
 * answer set ("which events are in singapore - sponsors there?", "list events in Singapore. who sponsors them?",
 * "sg events next 9 months -> companies attending -> their sales ppl"). Read as one question, the pointer has
 * nothing said before the message to point at: "there" is asked about, and "them" is dropped, which answers the
 * first part again ("events in Singapore, with sponsors") instead of the fragment. Split, the fragment is a
 * follow-up of the first part (`OfflineSqlGenerator`), as if the user had sent them one after the other.
 *
 * The break is sentence punctuation, a dash between spaces or an arrow; the last break before the pointer splits
 * (an earlier part may split again). The pointer is a pronoun of a set said before (`ANAPHORS`), "it", or "there"
 * as a place (not "are there", "there is": an existential). A first part about the speaker ("I'm putting together a
 * deck on AHICE - which companies sponsor it?") is no question of its own: `parse/speakerContext.ts` reads such a
 * message whole, its topic the ask's.
 */

/**
 * Breaks between the turns of a typed message: sentence punctuation, a dash between spaces, an arrow, and a comma
 * when a question word or a joining word follows it ("..., and who sponsors them?", "..., then their ceos").
 */
const TURN_BREAK = /[.!?;]+\s+|\s+[-–—]+>?\s+|\s*-+>\s*|,\s*/g;

/**
 * Imperatives that take a part out of the set the message asked for ("events in singapore, drop the ones in 2024"):
 * the one-word verbs of `SET_REMOVING_VERBS` (not the prepositions "without", "minus", "excluding", read in the
 * clause they close). Read as a clause of one question, "drop" was no word of it and the answer was the part it
 * takes out.
 */
const EDIT_IMPERATIVES: ReadonlySet<string> = new Set(
  SET_REMOVING_VERBS.filter((v) => !v.includes(' ') && !['without', 'minus', 'excluding', 'exclude'].includes(v)),
);

/**
 * The first word of a fragment after politeness words and the listener asked ("pls drop ...", "can you drop ..."); a
 * word of `kept` ends the search even where it leads an imperative (the speaker's "i" of "i'm putting together ...").
 */
function openingWord(words: readonly string[], kept: ReadonlySet<string> = new Set()): string {
  return (
    words.find(
      (x, k) =>
        (!IMPERATIVE_LEADS.has(x) || kept.has(x)) &&
        !(REQUEST_MODALS.has(x) && LISTENER_WORDS.has(words[k + 1] ?? '')) &&
        !(LISTENER_WORDS.has(x) && REQUEST_MODALS.has(words[k - 1] ?? '')),
    ) ?? ''
  );
}

/** True when the break opens a next turn: a comma only before a question word, a joining word or an edit. */
function opensTurn(text: string, at: number, mark: string): boolean {
  if (!mark.startsWith(',')) return true;
  const next = /^[a-z]+/i.exec(text.slice(at + mark.length))?.[0].toLowerCase() ?? '';
  return QUESTION_WORDS.has(next) || TURN_JOINS.has(next) || EDIT_IMPERATIVES.has(next);
}
/** A form of "be" around "there" makes it existential ("are there any", "there is"): it points at nothing. */
const existential = (x: string | undefined): boolean => BE_FORMS.has(x ?? '') || x === 'be';
/** Words of a fragment that point back at the set its first part asks for. */
const POINTERS: ReadonlySet<string> = new Set([...ANAPHORS, 'it']);

/**
 * The pointer the words hold back at what was said before them: a pronoun of a set ("them", "their", "it"), else a
 * locative "there"; null when they hold none.
 */
function pointerIn(words: readonly string[]): Pointer | null {
  if (words.some((x) => POINTERS.has(x))) return 'pronoun';
  // an edit takes its part out of the set asked before it ("drop the ones in 2024")
  if (EDIT_IMPERATIVES.has(openingWord(words))) return 'edit';
  const there = words.some((x, k) => x === 'there' && !existential(words[k - 1]) && !existential(words[k + 1]));
  return there ? 'there' : null;
}

/** Quantifiers ranging over the members of a set, one at a time ("each", "every", "per"). */
export const DISTRIBUTIVE_WORDS: ReadonlySet<string> = new Set(['each', 'every', 'per']);
/** Prepositions a distributive frame may open with ("for each", "of every", "across each"). */
const FRAME_LEADS: ReadonlySet<string> = new Set(['for', 'of', 'with', 'across', 'in']);

/** True when the words open with a distributive quantifier ("for each event in May", "per company"). */
function distributiveFrame(words: readonly string[]): boolean {
  const [a = '', b = ''] = words;
  return DISTRIBUTIVE_WORDS.has(a) || (FRAME_LEADS.has(a) && DISTRIBUTIVE_WORDS.has(b));
}

/**
 * How the fragment points back: a pronoun of a set, which a message read whole drops (nothing said before it), or
 * "there", which a message read whole takes for a place named in it ("cloud expo asia speaker cos - any directors
 * there?": the directors of those speaker companies), so the split is needed only when the whole asks about it.
 */
export type Pointer = 'pronoun' | 'there' | 'edit';

/**
 * The first part and the pointing fragment of a message typed as two turns, or null.
 * @example pointedFragment('which events are in singapore - sponsors there?')
 *   // { first: 'which events are in singapore', fragment: 'sponsors there?', pointer: 'there' }
 */
export function pointedFragment(text: string): { first: string; fragment: string; pointer: Pointer } | null {
  const breaks = [...text.matchAll(TURN_BREAK)].filter(
    (m) => m.index > 0 && m.index + m[0].length < text.length && opensTurn(text, m.index, m[0]),
  );
  const last = breaks[breaks.length - 1];
  if (!last) return null;
  const first = text.slice(0, last.index).trim();
  const fragment = text.slice(last.index + last[0].length).trim();
  const words = (s: string): string[] => tokenize(s).map((t) => t.norm);
  const fragmentWords = words(fragment);
  const pointer = pointerIn(fragmentWords);
  if (!pointer || !/[a-z0-9]/i.test(first)) return null;
  const firstWords = words(first).filter((x) => !POLITENESS_WORDS.has(x));
  const opening = openingWord(words(first), SPEAKER_WORDS);
  if (SPEAKER_WORDS.has(opening) || SPEAKER_POSSESSIVES.has(opening)) return null;
  // "for each event in march, how many companies are linked to it": a distributive frame is no turn of its own; the
  // pointer is the member it ranges over, read with the count of the same message
  if (distributiveFrame(firstWords)) return null;
  return { first, fragment, pointer };
}
