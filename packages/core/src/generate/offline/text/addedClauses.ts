import {
  AIM_SUBJECTS,
  AIM_VERBS,
  INTENTION_CHAINS,
  NARROWING_ADVERBS,
  PART_DETERMINERS,
  UNWANTED_VERBS,
  WANTING_VERBS,
} from '../lexicon/addedClauseWords';
import { EDIT_LEAD_WORDS, EDIT_TAIL_WORDS, WHOLE_SET_OBJECTS } from '../lexicon/answerEditWords';
import { ATTRIBUTE_WORDS } from '../lexicon/attributeWords';
import { ANAPHORS, ANSWER_FORM_NOUNS, ANSWER_FORM_WORDS } from '../lexicon/discourseWords';
import { verbLemma, wordNet } from './language';

/**
 * A clause added to a request to say which of its rows are wanted: a narrowing ("- only germany", ", just the
 * banks", "hotels only"), the speaker's aim ("we want to target fintechs", "we're looking for insurers", "interested
 * in airlines"), or a negated want ("I don't need the chefs", "not the american ones", "no engineers"). Such a clause
 * is said of the rows the request asks for: it keeps or leaves out a part of them. Read in the same sentence as the
 * request, its words attached to the nearest noun (the event before it, "events with companies in the insurance
 * industry") or were released as the speaker's context (an aim is what the speaker does), and "only germany" after
 * "events in europe" became a union of places. Restated as the follow-up reader's own words ("only X", "excluding
 * X"), it is read as a follow-up over the request (`text/pointedFragments.ts` splits a message at such a clause,
 * `OfflineSqlGenerator` restates it), where "only" narrows the earlier set and "excluding" takes a part out.
 */

const escape = (p: string): string => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (phrases: readonly string[]): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/** Words opening the clause that say nothing of it ("but only ...", "ok so just ...", "thanks - only ..."). */
const OPENERS = ['but', 'and', 'ok', 'okay', 'oh', 'well', 'actually', 'please', 'pls', 'plz', ...EDIT_LEAD_WORDS];
const LEAD = `^(?:(?:${alternation(OPENERS)})[\\s,]+)*`;
const TAIL = `(?:\\s+(?:only|exclusively))?(?:[\\s,]+(?:${alternation(EDIT_TAIL_WORDS.filter((x) => x !== 'too' && x !== 'as well'))}))*\\s*[.!?]*\\s*$`;
/** The speaker as the clause's subject, with a form of "be" ("we're", "i am", "my team is"). */
const SUBJECT = `(?:(?:${alternation(AIM_SUBJECTS)})(?:\\s*'(?:re|m|s)|\\s+(?:are|am|is|re|m))?|we're|i'm|im)\\s+`;
const FOCUS = `(?:${alternation(NARROWING_ADVERBS)})`;
const CHAIN = `(?:(?:${alternation(INTENTION_CHAINS)})\\s+)?`;

/** "we want to target fintechs", "looking for insurers", "we only want the sales folks", "interested in hotels". */
const AIM = new RegExp(
  `${LEAD}(${SUBJECT})?(${FOCUS}\\s+)?${CHAIN}(${FOCUS}\\s+)?(?:(${alternation(AIM_VERBS)})|(${alternation(WANTING_VERBS)}))\\s+(?!to\\b)(?:${FOCUS}\\s+)?(.+?)${TAIL}`,
  'i',
);
/** "I don't need the chefs", "not interested in startups", "no need for the engineers". */
const UNWANTED = new RegExp(`${LEAD}(?:${SUBJECT})?(?:${alternation(UNWANTED_VERBS)})\\s+(.+?)${TAIL}`, 'i');
/** "not the american ones", "no engineers": a part of the rows, never a negated condition ("not in 2025"). */
const NEGATED_PART = new RegExp(
  `${LEAD}(?:not\\s+(?=(?:${alternation(PART_DETERMINERS)})\\s)|no\\s+(?=[a-z]))(.+?)${TAIL}`,
  'i',
);
/** "only germany", "just the banks", "exclusively airlines". */
const NARROWED = new RegExp(`${LEAD}${FOCUS}\\s+(.+?)${TAIL}`, 'i');
/** "hotels only", "the US ones only". */
const NARROWED_AFTER = new RegExp(`${LEAD}(.+?)\\s+(?:only|exclusively)${TAIL}`, 'i');

/** A negated part then a focused one ("not A, just B", "no X but only Y"): one contrast of two readings. */
const CONTRAST = new RegExp(`^(?:not|no)\\b.*?(?:,|\\bbut)\\s*(?:but\\s+)?${FOCUS}\\b`, 'i');

export type AddedClauseKind = 'narrow' | 'aim' | 'unwanted';

export interface AddedClause {
  kind: AddedClauseKind;
  /** The part of the rows the clause keeps or leaves out, as typed. */
  part: string;
  /** The clause in the follow-up reader's words: "only <part>" or "excluding <part>". */
  restated: string;
}

/** Words naming a field of the rows or the answer's form ("emails", "titles", "a list"), not a part of the rows. */
const FIELD_WORDS: ReadonlySet<string> = new Set([
  ...ATTRIBUTE_WORDS.map(([phrase]) => phrase).filter((p) => !p.includes(' ')),
  ...ANSWER_FORM_NOUNS,
]);
/** Words pointing back at the rows asked ("their", "them", "its"). */
const POINTING_WORDS: ReadonlySet<string> = new Set([...ANAPHORS, 'it', 'its']);

/**
 * A part of the rows: not the whole of them ("them", "everything": the speaker's purpose with them), nor a field or
 * the form of the answer asked of them ("their emails", "i'm after a list": a request, `parse/requestVerbs.ts`).
 */
function namesPart(part: string): boolean {
  const words = part.toLowerCase().split(/\s+/);
  const bare = words.filter((w) => w !== 'the' && w !== 'all');
  if (bare.length === 0 || (bare.length === 1 && WHOLE_SET_OBJECTS.includes(bare[0] ?? ''))) return false;
  if (words.some((w) => POINTING_WORDS.has(w))) return false;
  const head = words.find((w) => !ANSWER_FORM_WORDS.has(w)) ?? '';
  return !FIELD_WORDS.has(head);
}

/**
 * A word that is mostly a verb in its base form opens a request after a focus adverb ("just tell me ...", "only count
 * the sponsors"), no part of the rows; an inflected form ("marketing", "sponsors") or a word WordNet gives more noun
 * senses than verb senses ("japan", "sponsor") is the noun it may also be.
 */
function opensWithVerb(part: string): boolean {
  const first = /^[a-z]+/i.exec(part)?.[0].toLowerCase() ?? '';
  if (first.length === 0 || verbLemma(first) !== first) return false;
  const senses = (pos: 'verb' | 'noun') => wordNet().senses(first, pos).length;
  return senses('verb') > senses('noun');
}

/**
 * The clause read as one that keeps or leaves out a part of the rows asked, or null.
 * @example addedClause('we want to target fintechs') // { kind: 'aim', part: 'fintechs', restated: 'only fintechs' }
 * @example addedClause("I don't need the chefs") // { kind: 'unwanted', part: 'the chefs', restated: 'excluding the chefs' }
 * @example addedClause('only germany') // { kind: 'narrow', part: 'germany', restated: 'only germany' }
 */
export function addedClause(clause: string): AddedClause | null {
  const text = clause.replace(/[‘’]/g, "'").trim();
  // "not the whole marketing team, just the directors": a contrast choosing between two readings, read in place
  if (CONTRAST.test(text)) return null;
  const unwanted = UNWANTED.exec(text) ?? NEGATED_PART.exec(text);
  const unwantedPart = unwanted?.[1]?.trim();
  if (unwantedPart && namesPart(unwantedPart))
    return { kind: 'unwanted', part: unwantedPart, restated: `excluding ${unwantedPart}` };
  const aim = AIM.exec(text);
  // a verb of plain wanting is an aim only under a focus adverb ("we only want ...", "i just need ..."), and "after"
  // only with the speaker before it ("we're after banks"; "after march" is a time)
  const aimVerb = aim?.[4]?.toLowerCase();
  const aims = aim && (aimVerb ? aimVerb !== 'after' || aim[1] : aim[2] || aim[3]);
  const aimPart = aims ? aim[6]?.trim() : undefined;
  if (aimPart && namesPart(aimPart) && !opensWithVerb(aimPart))
    return { kind: 'aim', part: aimPart, restated: `only ${aimPart}` };
  const narrowed = NARROWED.exec(text) ?? NARROWED_AFTER.exec(text);
  const part = narrowed?.[1]?.trim();
  if (part && namesPart(part) && !opensWithVerb(part)) return { kind: 'narrow', part, restated: `only ${part}` };
  return null;
}
