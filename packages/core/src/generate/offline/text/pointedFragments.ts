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
import { CLAUSE_OPENING_WORDS } from '../lexicon/addedClauseWords';
import { LOOSE_GROUP_NOUNS, MAX_GROUP_SHARED_WORDS } from '../lexicon/groupNounWords';
import { addedClause } from './addedClauses';
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
 * Breaks between the turns of a typed message: sentence punctuation, a dash between spaces, an arrow, a comma when a
 * question word or a joining word follows it ("..., and who sponsors them?", "..., then their ceos"), and the space
 * before a word opening an added clause ("... but only the banks", "... oh and only 2025").
 */
const TURN_BREAK = new RegExp(
  `[.!?;]+\\s+|\\s+[-–—]+>?\\s+|\\s*-+>\\s*|,\\s*|\\s+(?=(?:${CLAUSE_OPENING_WORDS.join('|')})\\s)`,
  'gi',
);

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

/**
 * True when the break opens a next turn: a comma only before a question word, a joining word, an edit or a clause
 * added to say which rows are wanted (", just the banks": `text/addedClauses.ts`).
 */
function opensTurn(text: string, at: number, mark: string): boolean {
  if (mark.trim() === '') return addedWithoutPunctuation(text.slice(at + mark.length));
  if (!mark.startsWith(',')) return true;
  const rest = text.slice(at + mark.length);
  const next = /^[a-z]+/i.exec(rest)?.[0].toLowerCase() ?? '';
  return QUESTION_WORDS.has(next) || TURN_JOINS.has(next) || EDIT_IMPERATIVES.has(next) || addedAfterComma(text, at);
}

/**
 * "not" before a pro-form of the rows asked: "the ones", "those", "these", or a loose group of them named by what
 * they share ("not the germany lot", "not that fintech crowd": `parse/scan/audienceGroups.ts` reads it as "the ones
 * in germany"), never "a lot of" (a quantity).
 */
const NEGATED_PRO_FORM = new RegExp(
  `^\\s*(?:not|no)\\s+(?:the\\s+ones|those|these|(?:the|that|those)\\s+(?:[^\\s,.!?;]+\\s+){1,${MAX_GROUP_SHARED_WORDS}}(?:${[
    ...LOOSE_GROUP_NOUNS,
  ].join('|')})(?!\\s+of\\b))\\b`,
  'i',
);

/**
 * A clause added after a comma, unless the comma joins two halves of one contrast: a bare "not" / "no" after it is
 * the contrast's second half ("..., not the event tag": `parse/exclusions.ts`, `scan/broaderContrasts.ts`), and so is
 * the narrowing after a clause opened by "not" ("not the whole marketing team, just the directors"). A pro-form of
 * the rows after "not" ("..., not the ones in march", "..., not the germany lot") is a part of them, left out.
 */
function addedAfterComma(text: string, at: number): boolean {
  const rest = text.slice(at + 1);
  if (addedClause(rest) === null || (/^\s*(?:not|no)\b/i.test(rest) && !NEGATED_PRO_FORM.test(rest))) return false;
  const clause =
    text
      .slice(0, at)
      .split(/[.!?;]\s+|\s+[-–—]+\s+|,\s*/)
      .pop() ?? '';
  return !/^\s*(?:but\s+)?not\b/i.test(clause);
}
/**
 * A clause added with no punctuation before its opening word ("... but only the banks", "... actually just germany"),
 * unless a negation follows that word: "but not X" is a contrast the sentence reads in place (`parse/exclusions.ts`).
 */
function addedWithoutPunctuation(rest: string): boolean {
  return addedClause(rest) !== null && !/^[a-z]+\s+(?:not|no)\b/i.test(rest);
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
export type Pointer = 'pronoun' | 'there' | 'edit' | 'added';

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
  // a clause keeping or leaving out a part of the rows asked ("- only germany", "we want to target fintechs") is said
  // of the first part's answer, in the follow-up reader's words
  const added = addedClause(fragment);
  const pointer = pointerIn(fragmentWords) ?? (added ? 'added' : null);
  if (!pointer || !/[a-z0-9]/i.test(first)) return null;
  const firstWords = words(first).filter((x) => !POLITENESS_WORDS.has(x));
  const opening = openingWord(words(first), SPEAKER_WORDS);
  if (SPEAKER_WORDS.has(opening) || SPEAKER_POSSESSIVES.has(opening)) return null;
  // "for each event in march, how many companies are linked to it": a distributive frame is no turn of its own; the
  // pointer is the member it ranges over, read with the count of the same message
  if (distributiveFrame(firstWords)) return null;
  return { first, fragment: pointer === 'added' && added ? added.restated : fragment, pointer };
}
