/**
 * An aside about the answer's form in a clause of its own ("- just names is fine", "names only is ok", "a list is
 * good enough", "well exactly would be better"): the speaker accepts a plain answer, which the list already is. A clause of only the words of such an
 * approval (an adverb of restriction, a noun of the answer's form, a form of "be" and a word of approval, which it must
 * hold) names nothing of the data: its words are discourse, its readings dropped ("fine" is no price, "names" no
 * field asked).
 */
import { BE_FORMS } from '../lexicon/auxiliaryWords';
import { ESTIMATE_WORDS, HEDGE_WORDS, MANNER_GERUNDS, PRECISION_WORDS } from '../lexicon/discourseWords';
import { EMPHASIS_ADVERBS } from '../lexicon/fillerWords';
import { clauseBounds, releaseClause } from './socialClauses';
import type { ScanState } from './scan/ScanState';

/** Words of approval that make the clause an aside about the answer. */
const APPROVAL_WORDS: ReadonlySet<string> = new Set([
  'fine',
  'ok',
  'okay',
  'good',
  'enough',
  'great',
  'perfect',
  // "well exactly would be better": a preference is an approval too
  'better',
  'best',
  // "names and emails works": what does is approved
  'works',
  'preferable',
  'ideal',
  'nicer',
  // "table format if possible", "as a table ideally": a wish for the form
  'possible',
  // "as a table if poss": "possible" clipped as typed in chat
  'poss',
  'ideally',
  'preferably',
  // "need the full list": the whole answer, which a list without a number already is
  'full',
  'complete',
  'entire',
  'whole',
]);
/**
 * Nouns of a form every answer already has ("in a table pls", "as a table"): a clause asking for it needs no word of
 * approval to be an aside, as it asks for nothing the answer lacks (a count or a list would: "as a count" is asked).
 */
const TABLE_FORMS: ReadonlySet<string> = new Set(['table', 'tabular']);
/** Nouns of the answer's shape that ask for something a table of rows may not be ("the number", "names only"). */
const SHAPE_NOUNS: ReadonlySet<string> = new Set(['names', 'name', 'list', 'count', 'number', 'numbers']);
/** The other words such a clause may hold: restriction, the answer's form, "be", politeness. */
const ASIDE_WORDS: ReadonlySet<string> = new Set([
  'just',
  'only',
  'simply',
  'the',
  'a',
  'an',
  // "an exact number is fine too", "a rough count is also ok": the approval added to another
  'too',
  'also',
  'names',
  'name',
  'list',
  'count',
  'number',
  'numbers',
  'is',
  'are',
  'be',
  'would',
  'will',
  'll',
  'd',
  's',
  'totally',
  'pls',
  'please',
  'thanks',
  'thx',
  // the answer's form ("table format if possible", "as a list") and "for now"
  'table',
  'tabular',
  'format',
  'form',
  'as',
  'in',
  'if',
  'for',
  'now',
  'need',
  'want',
]);

/**
 * Every word such a clause may hold; an adverb of stance or a hedge says how the speaker approves ("an exact number is
 * fine too obviously", "a ballpark is probably ok"), nothing of the data.
 */
const ASIDE: ReadonlySet<string> = new Set([
  ...APPROVAL_WORDS,
  ...ASIDE_WORDS,
  ...ESTIMATE_WORDS,
  ...PRECISION_WORDS,
  ...EMPHASIS_ADVERBS,
  ...HEDGE_WORDS,
]);

/**
 * True when words [a, b) approve a manner of computing: a gerund of manner ("using ...", "counting ...") as the
 * subject of "is fine / ok" ("using the lower end of each size band is fine"): how the number is made, not what.
 */
function approvedManner(w: readonly string[], a: number, b: number): boolean {
  const approval = w.findIndex((x, k) => k >= a && k < b && APPROVAL_WORDS.has(x));
  return (
    approval > a + 1 &&
    MANNER_GERUNDS.has(w[a] ?? '') &&
    BE_FORMS.has(w[approval - 1] ?? '') &&
    w.slice(approval + 1, b).every((x) => ASIDE_WORDS.has(x))
  );
}

/** Verbs of handing over the answer, and their objects, before a free relative ("just list whatever's there"). */
const HANDING_WORDS: ReadonlySet<string> = new Set([
  'list',
  'show',
  'give',
  'send',
  'pull',
  'dump',
  'return',
  'get',
  'me',
  'us',
  'can',
  'could',
  'you',
  'u',
]);
/** Heads of a free relative standing for the whole answer ("whatever", "everything", "all"). */
const FREE_HEADS: ReadonlySet<string> = new Set([
  'whatever',
  'everything',
  'anything',
  'all',
  "whatever's",
  'whatevers',
]);
/**
 * The words of a relative clause after such a head that says only that the rows exist or are held ("'s there",
 * "you have", "you've got", "comes up", "you can find", "there is"): no condition on them.
 */
const EXISTENCE_TAIL: ReadonlySet<string> = new Set([
  's',
  "'s",
  'is',
  'are',
  'there',
  'you',
  'u',
  'have',
  've',
  "'ve",
  'got',
  'find',
  'can',
  'comes',
  'come',
  'up',
  'exists',
  'exist',
  'that',
  'which',
]);

/**
 * "just list whatever's there", "show me everything you have", "give me whatever comes up": a clause handing over a
 * free relative whose clause only says the rows exist asks for the whole answer the other clause describes, which the
 * list already is. True when [a, b) is such a clause: handing words (and asides) before the head, only words of
 * existence after it, and a verb of handing or the head first.
 */
function wholeAnswerClause(w: readonly string[], a: number, b: number): boolean {
  const head = w.findIndex((x, k) => k >= a && k < b && FREE_HEADS.has(x));
  if (head < 0) return false;
  const before = w.slice(a, head);
  if (!before.every((x) => HANDING_WORDS.has(x) || ASIDE_WORDS.has(x))) return false;
  if (before.length > 0 && !before.some((x) => HANDING_WORDS.has(x) && !/^(me|us|you|u|can|could)$/.test(x)))
    return false;
  const after = w.slice(head + 1, b);
  return after.length > 0 && after.every((x) => EXISTENCE_TAIL.has(x) || ASIDE_WORDS.has(x));
}

/** Words joining the fields of a list ("names and dates", "names or emails"). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'plus']);

/** True when words [a, b) hold a field of the answer read as such and otherwise only aside words and joiners. */
function listsFields(s: ScanState, a: number, b: number): boolean {
  const fieldAt = (k: number): boolean => s.mentions.some((m) => m.t === 'attribute' && m.start <= k && k < m.end);
  let field = false;
  for (let k = a; k < b; k++) {
    const x = s.w[k] ?? '';
    if (fieldAt(k)) field = true;
    else if (!ASIDE.has(x) && !LIST_JOINERS.has(x)) return false;
  }
  return field;
}

/**
 * Releases the clauses that only approve a plain answer, an estimate ("ballpark is fine") or a manner of computing
 * ("using the lower end of each size band is fine"); returns their token indices (discourse). The approval may be
 * the part of a clause before "but" ("ballpark is fine but give me the number": the rest is the ask).
 */
export function releaseFormatAsides(text: string, s: ScanState): number[] {
  const { w } = s;
  const bounds = clauseBounds(text, w.length);
  if (!bounds || bounds.length < 2) return [];
  const released: number[] = [];
  for (const [a, clauseEnd] of bounds) {
    const but = w.slice(a, clauseEnd).indexOf('but');
    const b = but > 0 ? a + but : clauseEnd;
    const words = w.slice(a, b);
    if (wholeAnswerClause(w, a, clauseEnd)) {
      releaseClause(s, [a, clauseEnd], released);
      continue;
    }
    const approves = words.some((x) => APPROVAL_WORDS.has(x));
    // a table asked for with no approval: only when it names no other shape ("the number as a table" asks a count)
    const tableOnly = words.some((x) => TABLE_FORMS.has(x)) && !words.some((x) => SHAPE_NOUNS.has(x));
    if (!approves && !tableOnly) continue;
    const plain = words.every((x) => ASIDE.has(x));
    // "just the names and dates is fine", "emails, phones would be great": the fields listed are the columns the
    // speaker accepts, kept as asked; the approval around them names nothing
    const fields = !plain && approves && listsFields(s, a, b);
    if (!plain && !fields && !approvedManner(w, a, b)) continue;
    releaseClause(s, [a, b < clauseEnd ? b + 1 : b], released, fields ? (m) => m.t === 'attribute' : undefined);
  }
  return released;
}

/** Words saying a range holds its own ends ("inclusive", "ends included"). */
const INCLUSIVE_WORDS: ReadonlySet<string> = new Set(['inclusive', 'inclusively']);
/** The other words such a remark may hold: the ends it is about. */
const BOUND_WORDS: ReadonlySet<string> = new Set(['both', 'either', 'bounds', 'limits', 'of']);

/**
 * "between 2 and 5 billion? inclusive is fine", "..., inclusive": a clause saying a range said before holds its
 * ends restates what "between" already reads (a range with both ends in it); its words are discourse. Only after a
 * range of both ends ("between"): without one, or with "exclusive", the words are left to be asked about.
 */
export function releaseInclusiveBounds(text: string, s: ScanState): number[] {
  const { w, mentions } = s;
  const bounds = clauseBounds(text, w.length);
  if (!bounds || bounds.length < 2) return [];
  const released: number[] = [];
  for (const [a, b] of bounds) {
    const words = w.slice(a, b);
    if (!words.some((x) => INCLUSIVE_WORDS.has(x))) continue;
    if (!words.every((x) => INCLUSIVE_WORDS.has(x) || BOUND_WORDS.has(x) || ASIDE.has(x))) continue;
    const range = mentions.some(
      (m) =>
        m.end <= a &&
        m.t === 'cond' &&
        ((m.cond.kind === 'compare' && m.cond.op === 'between') ||
          ((m.cond.kind === 'startBetween' || m.cond.kind === 'endBetween') &&
            m.cond.from !== null &&
            m.cond.to !== null)),
    );
    if (range) releaseClause(s, [a, b], released);
  }
  return released;
}
