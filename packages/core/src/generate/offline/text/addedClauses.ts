import {
  AIM_SUBJECTS,
  AIM_VERBS,
  INTENTION_CHAINS,
  NARROWING_ADVERBS,
  PART_DETERMINERS,
  PASSING_OVER_VERBS,
  REACHING_VERBS,
  UNWANTED_VERBS,
  WANTING_VERBS,
} from '../lexicon/addedClauseWords';
import { EDIT_LEAD_WORDS, EDIT_TAIL_WORDS, WHOLE_SET_OBJECTS } from '../lexicon/answerEditWords';
import { ATTRIBUTE_WORDS } from '../lexicon/attributeWords';
import { ANAPHORS, ANSWER_FORM_NOUNS, ANSWER_FORM_WORDS } from '../lexicon/discourseWords';
import {
  FREE_CHOICE_OPENERS,
  MATTERING_VERBS,
  MINDING_ADJECTIVES,
  MINDING_DEGREE_ADVERBS,
  MINDING_NOUN_DEGREES,
  MINDING_NOUNS,
  MINDING_VERBS,
} from '../lexicon/indifferenceWords';
import { verbLemma, wordNet } from './language';
import { tokenize } from './tokenize';

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
const OPENER_WORDS: ReadonlySet<string> = new Set(OPENERS.filter((x) => !x.includes(' ')));
const LEAD = `^(?:(?:${alternation(OPENERS)})[\\s,]+)*`;
const TAIL = `(?:\\s+(?:only|exclusively))?(?:[\\s,]+(?:${alternation(EDIT_TAIL_WORDS.filter((x) => x !== 'too' && x !== 'as well'))}))*\\s*[.!?]*\\s*$`;
/** The speaker as the clause's subject, with a form of "be" ("we're", "i am", "my team is"). */
const SUBJECT = `(?:(?:${alternation(AIM_SUBJECTS)})(?:\\s*'(?:re|m|s|d|ll)|\\s+(?:are|am|is|re|m))?|we're|i'm|im)\\s+`;
const FOCUS = `(?:${alternation(NARROWING_ADVERBS)})`;
const CHAIN = `(?:(?:${alternation(INTENTION_CHAINS)})\\s+)?`;

/**
 * "we want to target fintechs", "looking for insurers", "we only want the sales folks", "interested in hotels", "we're
 * trying to reach hospitals".
 */
const AIM = new RegExp(
  `${LEAD}(?<subject>${SUBJECT})?(?<focus>${FOCUS}\\s+)?(?<chain>${CHAIN})(?<focused>${FOCUS}\\s+)?(?:(?<aim>${alternation(AIM_VERBS)})|(?<want>${alternation(WANTING_VERBS)})|(?<reach>${alternation(REACHING_VERBS)}))\\s+(?!to\\b)(?:${FOCUS}\\s+)?(?<part>.+?)${TAIL}`,
  'i',
);
/** "I don't need the chefs", "not interested in startups", "no need for the engineers", "skip the airlines". */
const UNWANTED = new RegExp(
  `${LEAD}(?:(?:${SUBJECT})?(?:${alternation(UNWANTED_VERBS)})|(?:${alternation(PASSING_OVER_VERBS)}))\\s+(.+?)${TAIL}`,
  'i',
);
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

/** Words negating the verb after them ("do not care", "no matter", "never mind"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'nor']);

/**
 * Indifference: a negated verb of minding or of mattering ("we don't care about sponsors", "not too fussed about the
 * venue", "doesn't matter which country", "no matter the date"), a noun of minding after "no" ("no preference on
 * location"), or a free choice opening the clause ("whatever
 * industry"). The speaker leaves a choice free, which restricts nothing (`parse/scan/indifferenceScopes.ts`): never a
 * negated want, nor a part of the rows kept.
 */
function statesIndifference(text: string): boolean {
  const w = tokenize(text).map((t) => t.norm);
  const opening = w.find((x) => !OPENER_WORDS.has(x)) ?? '';
  if (FREE_CHOICE_OPENERS.has(opening)) return true;
  return w.some((x, i) => {
    if (!NEGATIONS.has(x)) return false;
    let k = i + 1;
    while (MINDING_DEGREE_ADVERBS.has(w[k] ?? '') || (x === 'no' && MINDING_NOUN_DEGREES.has(w[k] ?? ''))) k++;
    const next = w[k] ?? '';
    const lemma = verbLemma(next);
    // "no preference on location": a noun of minding after "no"
    if (x === 'no' && MINDING_NOUNS.has(next)) return true;
    return MINDING_VERBS.has(lemma) || MATTERING_VERBS.has(lemma) || MINDING_ADJECTIVES.has(next);
  });
}

/**
 * True when the first word after a verb is its particle, the two a phrasal verb of WordNet's ("reach out", "meet up",
 * "pitch in"): what follows is no object of the verb typed.
 */
function phrasalParticle(verb: string, after: string): boolean {
  const [head = '', ...rest] = verb.toLowerCase().split(/\s+/);
  const next = /^[a-z]+/i.exec(after)?.[0].toLowerCase() ?? '';
  return rest.length === 0 && next.length > 0 && wordNet().senses(`${verbLemma(head)} ${next}`, 'verb').length > 0;
}

/**
 * The clause read as one that keeps or leaves out a part of the rows asked, or null.
 * @example addedClause('we want to target fintechs') // { kind: 'aim', part: 'fintechs', restated: 'only fintechs' }
 * @example addedClause("I don't need the chefs") // { kind: 'unwanted', part: 'the chefs', restated: 'excluding the chefs' }
 * @example addedClause('only germany') // { kind: 'narrow', part: 'germany', restated: 'only germany' }
 */
export function addedClause(clause: string): AddedClause | null {
  const text = clause.replace(/[‘’]/g, "'").trim();
  // "we don't care about sponsors", "doesn't matter where": a choice left free keeps and leaves out nothing
  if (statesIndifference(text)) return null;
  // "not the whole marketing team, just the directors": a contrast choosing between two readings, read in place
  if (CONTRAST.test(text)) return null;
  const unwanted = UNWANTED.exec(text) ?? NEGATED_PART.exec(text);
  const unwantedPart = unwanted?.[1]?.trim();
  if (unwantedPart && namesPart(unwantedPart))
    return { kind: 'unwanted', part: unwantedPart, restated: `excluding ${unwantedPart}` };
  const aim = AIM.exec(text)?.groups;
  // a verb of plain wanting is an aim only under a focus adverb ("we only want ...", "i just need ..."), "after" only
  // with the speaker before it ("we're after banks"; "after march" is a time), and a verb of reaching only after the
  // speaker or an intention ("we're trying to reach hospitals"; "contact details" asks for a field)
  const aimVerb = aim?.aim?.toLowerCase();
  const aims =
    aim &&
    (aimVerb
      ? aimVerb !== 'after' || aim.subject
      : aim.want
        ? aim.focus || aim.focused
        : aim.reach && (aim.subject || aim.chain));
  const aimPart = aims && !(aim.reach && phrasalParticle(aim.reach, aim.part ?? '')) ? aim.part?.trim() : undefined;
  if (aimPart && namesPart(aimPart) && !opensWithVerb(aimPart))
    return { kind: 'aim', part: aimPart, restated: `only ${aimPart}` };
  const narrowed = NARROWED.exec(text) ?? NARROWED_AFTER.exec(text);
  const part = narrowed?.[1]?.trim();
  if (part && namesPart(part) && !opensWithVerb(part)) return { kind: 'narrow', part, restated: `only ${part}` };
  return null;
}
