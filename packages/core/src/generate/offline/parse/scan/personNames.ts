/**
 * A person's first name or surname asked for: "people named John", "anyone called Tan at X", "contacts whose first
 * name is Priya", "people with the surname Smith", "last name Garcia or Lopez". The value must be a first name or
 * surname the people table holds (a full name of the data is read before, as the person); a word that is none stays
 * unread, so it is asked about rather than dropped.
 */
import { NAMING_WORDS, PERSON_PRONOUNS } from '../../lexicon/fillerWords';
import type { Token } from '../../text/tokenize';
import type { ValueIndex } from '../../values/ValueIndex';
import { LEXICON } from '../lexiconTable';
import { claim, isFree, type ScanState } from './ScanState';

/** The words naming a part of a person's name, by the part. */
const NAME_PARTS: readonly (readonly [string, 'first' | 'surname'])[] = [
  ['first name', 'first'],
  ['first names', 'first'],
  ['firstname', 'first'],
  ['given name', 'first'],
  ['forename', 'first'],
  ['surname', 'surname'],
  ['surnames', 'surname'],
  ['last name', 'surname'],
  ['last names', 'surname'],
  ['lastname', 'surname'],
  ['family name', 'surname'],
];
/** Words between the part and its value: "first name is X", "surname of X", "first name = X". */
const VALUE_LEADS: ReadonlySet<string> = new Set(['is', 'of', 'as', '=', ':', 'being']);
/** Singular people nouns a name is given to besides the people entity ("a guy called X"). */
const PERSON_NOUNS: ReadonlySet<string> = new Set(['person', 'guy', 'man', 'woman', 'lady', 'one', 'folks', 'ppl']);

export function readPersonNames(s: ScanState): void {
  const { w, index } = s;
  const names = { first: index.firstNames, surname: index.surnames };
  /** The names at k joined by "or" ("john or david"), all of one part; [] when the first is none. */
  const valuesAt = (k: number, part: 'first' | 'surname'): { values: string[]; end: number } => {
    const values: string[] = [];
    let j = k;
    for (;;) {
      const value = names[part].get(w[j] ?? '');
      if (value === undefined || !isFree(s, j, j + 1)) break;
      values.push(value);
      j++;
      if (!['or', 'and'].includes(w[j] ?? '') || names[part].get(w[j + 1] ?? '') === undefined) break;
      j++;
    }
    return { values, end: j };
  };
  // "whose first name is X", "with the surname X"
  for (let k = 0; k < w.length; k++) {
    for (const [phrase, part] of NAME_PARTS) {
      const words = phrase.split(' ');
      if (!words.every((x, j) => w[k + j] === x) || !isFree(s, k, k + words.length)) continue;
      let at = k + words.length;
      if (VALUE_LEADS.has(w[at] ?? '')) at++;
      const { values, end } = valuesAt(at, part);
      if (values.length > 0) claim(s, k, end, { t: 'cond', cond: { kind: 'personName', part, values, negate: false } });
    }
  }
  // "people named X", "anyone called X": a first name, else a surname
  for (let k = 1; k + 1 < w.length; k++) {
    if (!NAMING_WORDS.has(w[k] ?? '') || !isFree(s, k, k + 2)) continue;
    // the noun before: a people noun of the lexicon ("people", "contacts", "sales reps"), a pronoun, a person noun
    const readings = LEXICON.get(w[k - 1] ?? '') ?? [];
    const people =
      readings.some(
        (r) =>
          (r.t === 'entity' && r.entity === 'people') ||
          ((r.t === 'function' || r.t === 'seniority') && r.noun) ||
          r.t === 'title',
      ) ||
      PERSON_PRONOUNS.has(w[k - 1] ?? '') ||
      PERSON_NOUNS.has(w[k - 1] ?? '');
    if (!people) continue;
    const first = names.first.has(w[k + 1] ?? '');
    const surname = names.surname.has(w[k + 1] ?? '');
    if (!first && !surname) continue;
    const { values, end } = valuesAt(k + 1, first ? 'first' : 'surname');
    // "people named Tan", where the data has Tan as both: either
    const part = first && surname ? 'any' : first ? 'first' : 'surname';
    // "anyone called X": the pronoun is the people asked for
    if (PERSON_PRONOUNS.has(w[k - 1] ?? '') && isFree(s, k - 1, k))
      claim(s, k - 1, k, { t: 'entity', entity: 'people', relations: null });
    claim(s, k, end, { t: 'cond', cond: { kind: 'personName', part, values, negate: false } });
    // "named John Smith" where the data holds no such person: the surname after it narrows too
    const after = part !== 'surname' ? names.surname.get(w[end] ?? '') : undefined;
    if (after !== undefined && isFree(s, end, end + 1))
      claim(s, end, end + 1, {
        t: 'cond',
        cond: { kind: 'personName', part: 'surname', values: [after], negate: false },
      });
  }
}

/**
 * The positions of first names and surnames of the data given after a naming word ("anyone called Sarah"): kept as
 * typed by the token rewrites (WordNet would read "sarah" as a wife, so a partner).
 */
export function personNameWordsAt(tokens: readonly Token[], index: ValueIndex): number[] {
  return tokens
    .filter(
      (t, k) =>
        NAMING_WORDS.has(tokens[k - 1]?.norm ?? '') && (index.firstNames.has(t.norm) || index.surnames.has(t.norm)),
    )
    .map((t) => t.index);
}
