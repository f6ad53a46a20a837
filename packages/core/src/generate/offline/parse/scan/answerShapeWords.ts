/**
 * Words that ask for a field of the answer ("emails", "phone numbers", "websites", "titles") where the grammar puts
 * the field asked, not a value to filter by: right after the people they belong to ("ceo emails cos sponsoring X",
 * "ceo e-mails ...", "sales ppl emails at ..."), or in the plural right before the noun whose field they are
 * ("websites cos sponsoring X", "phone numbers sponsors X"). A noun that modifies another is singular ("email
 * companies", "phone companies"), so a plural field word before a noun is the head of "<field> of <noun>", and a field
 * word after its people is their field. There such a word is no theme, industry or name of the data (the Email
 * industry, the "Website Hosting" industry): a value match needs more evidence than a word the question's own grammar
 * already reads. A field word that is itself a word of a theme's name in the data stays a theme word.
 */
import { nounLemma } from '../../text/language';
import { LEXICON, MAX_LEXICON_SPAN } from '../lexiconTable';
import type { MentionBody } from '../Mention';
import { comparatorAt } from '../scanQuantity';
import { claim, isFree, type ScanState } from './ScanState';

/** Readings that name people or what they do: the owners of a person's field ("ceo", "sales people", "who"). */
function namesPeople(r: MentionBody): boolean {
  return (
    (r.t === 'entity' && r.entity === 'people') ||
    r.t === 'function' ||
    r.t === 'seniority' ||
    r.t === 'title' ||
    r.t === 'who'
  );
}

/** Readings of a noun a field belongs to (people, companies, events, relation nouns such as "sponsors"). */
function namesRows(r: MentionBody): boolean {
  return r.t === 'entity' || namesPeople(r);
}

/** The lexicon's readings of the words [a, b). */
const readingsOf = (w: readonly string[], a: number, b: number): readonly MentionBody[] =>
  LEXICON.get(w.slice(a, b).join(' ')) ?? [];

/** True when some phrase of the lexicon ending at `end` (exclusive) names people, or a mention read there does. */
function peopleEndAt(s: ScanState, end: number): boolean {
  if (s.mentions.some((m) => m.end === end && namesPeople(m))) return true;
  for (let len = 1; len <= MAX_LEXICON_SPAN && end - len >= 0; len++)
    if (readingsOf(s.w, end - len, end).some(namesPeople)) return true;
  return false;
}

/** True when a noun of rows (or a mention of people) starts at `start`. */
function rowsStartAt(s: ScanState, start: number): boolean {
  if (s.mentions.some((m) => m.start === start && namesPeople(m))) return true;
  for (let len = 1; len <= MAX_LEXICON_SPAN && start + len <= s.w.length; len++)
    if (readingsOf(s.w, start, start + len).some(namesRows)) return true;
  return false;
}

/**
 * Reads the words that ask for a field of the answer where the grammar puts them (see the module's comment) as that
 * field, before any reader of the data's values can take them. Only a phrase whose every reading is a field is read
 * here (the lexicon would read it so anyway); one with other readings ("industry") is left to the lexicon's rules.
 */
export function readAnswerShapeWords(s: ScanState): void {
  const { w, index, claimed } = s;
  /** A word of a theme's own name in the data ("Email" of the Email industry, typed as in its name). */
  const themeNameWord = (x: string): boolean =>
    index.industries.some((i) => i.tokens.includes(x)) || index.tags.some((t) => t.words.includes(x));
  for (let a = 0; a < w.length; a++) {
    if (claimed[a]) continue;
    // the longest phrase of a field at a ("phone numbers" before "phone")
    let end = 0;
    for (let len = Math.min(MAX_LEXICON_SPAN, w.length - a); len >= 1 && end === 0; len--)
      if (readingsOf(w, a, a + len).some((r) => r.t === 'attribute')) end = a + len;
    if (end === 0) continue;
    const field = readingsOf(w, a, end);
    const last = w[end - 1] ?? '';
    const plural = nounLemma(last) !== last && !themeNameWord(last);
    // after a phrase of people closed by its preposition ("head of revenue", "director of sales"), the word is the
    // preposition's object, what the people are heads of: no field of theirs
    const objectOfPeople = w[a - 1] === 'of';
    // "staff size over 1000", "team size under 50": a measure compared with an amount is a condition, not a field
    const compared = (comparatorAt(w, end)?.op ?? '=') !== '=';
    const asked = !compared && ((!objectOfPeople && peopleEndAt(s, a)) || (plural && rowsStartAt(s, end)));
    const [only] = field;
    if (asked && field.length === 1 && only?.t === 'attribute' && isFree(s, a, end)) claim(s, a, end, only);
    a = end - 1;
  }
}
