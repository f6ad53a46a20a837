/**
 * A polar question of having ("does seamless asia have any sponsors from japan?", "does dyson have any hr people?",
 * "has ahice got a sponsor from japan?") asks for what is had, not for the one that has it: answered with the
 * subject, it says only "yes, this one" (the named event or company itself). By grammar:
 *
 *     question := (do | does | did) subject (have | has | got) determiner? object
 *               | (has | have) subject got determiner? object
 *               | (any | either) subject (have | has | got) determiner? object     -- the auxiliary left out
 *                                                                        ("any of those have ppl in our db?")
 *
 * read as "<determiner> <object> at <subject>" ("any sponsors from japan at seamless asia"), where "at" ties people
 * to the company they work at and companies to the event they take part in. Only when the object names rows (a
 * noun of events, companies or people, a function, a seniority or a title): "does dyson have any revenue data?" asks
 * about a field of the subject itself. Never with the speaker or the listener as subject ("do we have any ...").
 * Typed casually the auxiliary is left out before a subject opened by "any" or "either" ("any of those have ppl in
 * our db?"): it still asks whether any has, the same polar question. The question is the first sentence that asks:
 * what follows its question mark ("... ? i mean tiktok specifically") is kept after it.
 */
import { LISTENER_WORDS, SPEAKER_WORDS } from '../lexicon/discourseWords';
import { tokenize } from '../text/tokenize';
import { LEXICON } from './lexiconTable';

const POLAR_HAVE =
  /^\s*(?:(?:do|does|did)\s+(.+?)\s+(?:have|has|got)|(?:has|have)\s+(.+?)\s+got|((?:any|either)\b.+?)\s+(?:have|has|got))\s+(?:(any|some|an?)\s+)?(.+?)\s*([?.!]*)\s*$/i;

/**
 * Words that open an object of a comparison or a count, not of having ("does X have more sponsors than Y", "does X
 * have over 50 sponsors", "does X have no sponsors"): a bare object starting with one is no polar question of having.
 */
const MEASURE_OPENERS: ReadonlySet<string> = new Set([
  'more',
  'fewer',
  'less',
  'most',
  'least',
  'many',
  'much',
  'over',
  'under',
  'above',
  'below',
  'at',
  'than',
  'no',
  'the',
  'its',
  'their',
]);

/** Readings of a word that name rows of the data: what a polar "have" question may ask for. */
const ROW_READINGS: ReadonlySet<string> = new Set(['entity', 'function', 'seniority', 'title']);

/** True when some word or two-word phrase of the text names rows. */
function namesRows(text: string): boolean {
  const w = tokenize(text).map((t) => t.norm);
  return w.some((_, k) =>
    [1, 2].some((len) => LEXICON.get(w.slice(k, k + len).join(' '))?.some((r) => ROW_READINGS.has(r.t)) ?? false),
  );
}

/** The question with what is had asked for ("any sponsors from japan at seamless asia?"), or the question as it is. */
export function possessionAsked(question: string): string {
  // the first sentence closed by a question mark is the question; the rest follows it as typed
  const end = question.indexOf('?');
  const rest = end >= 0 && end < question.trimEnd().length - 1 ? question.slice(end + 1) : '';
  const asked = rest ? question.slice(0, end + 1) : question;
  const m = POLAR_HAVE.exec(asked);
  const subject = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
  const determiner = m?.[4];
  const object = m?.[5];
  if (!m || !subject || !object) return question;
  // a bare object is a plural of rows ("does X have sponsors from japan"), never a measure or a number
  const opener = object.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!determiner && (MEASURE_OPENERS.has(opener) || /\d/.test(opener))) return question;
  const first = subject.split(/\s+/)[0]?.toLowerCase() ?? '';
  if (SPEAKER_WORDS.has(first) || LISTENER_WORDS.has(first)) return question;
  if (!namesRows(object)) return question;
  return `${determiner ? `${determiner} ` : ''}${object} at ${subject}${m[6] ?? ''}${rest}`;
}
