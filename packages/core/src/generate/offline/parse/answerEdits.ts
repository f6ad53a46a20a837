/**
 * A follow-up that names an edit of the earlier answer with a verb ("now drop the government ones", "swap sydney for
 * melbourne", "widen it to the next twelve months", "narrow it to the US ones") is read as that edit over the earlier
 * request, never as a condition word nor as a request to change the data. The verb is restated in the words the
 * follow-up reader already takes:
 *  - a part taken out of the earlier set ("drop / remove / take out / without the <kind> ones", "remove those based in
 *    X") is "excluding ..." (`parse/exclusions.ts`: the earlier set minus that part);
 *  - a value put in the place of one the earlier turns said ("swap A for B", "replace A with B", "change A to B") and
 *    a bound moved ("widen it to B", "switch to B", "make it B") are "what about B" (the value of B's kind replaced,
 *    `build/followUp.ts`); the old value must be one the earlier questions said, otherwise the words are left as they
 *    are (and asked about);
 *  - a narrowing ("narrow it to B", "limit it to B") is "only B" (both must hold);
 *  - the earlier order turned around ("reverse the order", "flip it", "the other way round") is its other end first
 *    ("lowest first"), which re-orders the earlier ranking (`build/followUp.ts` `earlierRankingOrdered`).
 * The part taken out must be a part of the earlier set ("the US ones", "those based in X", "the directors"), never
 * the whole of it ("remove them") nor the data's store ("drop the table", "delete X from the list of sponsors"), which
 * stay requests to change the data; a value swapped is one the earlier turns said, or named by its kind ("change the
 * city to melbourne").
 */
import {
  DATA_STORE_NOUNS,
  ORDER_OBJECTS,
  ORDER_REVERSING_VERBS,
  OTHER_WAY_PHRASES,
  EARLIER_REQUEST_OBJECTS,
  EDIT_LEAD_WORDS,
  EDIT_TAIL_WORDS,
  SET_NARROWING_VERBS,
  SET_REMOVING_VERBS,
  SWAP_JOINS,
  VALUE_MOVING_VERBS,
  VALUE_KIND_NOUNS,
  VALUE_SWAPPING_VERBS,
  WHOLE_SET_OBJECTS,
  WINDOW_LEADS,
} from '../lexicon/answerEditWords';
import { REQUEST_OPENERS } from '../lexicon/refusalWords';
import { TIME_UNITS } from '../lexicon/timeWords';

const alternation = (phrases: readonly string[]): string =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

/** Words that may open the follow-up before its verb ("now drop ...", "ok can you swap ..."). */
const LEAD = `^\\s*(?:(?:${alternation([...REQUEST_OPENERS, ...EDIT_LEAD_WORDS])})[\\s,]+)*`;
const END = `(?:[\\s,]+(?:${alternation(EDIT_TAIL_WORDS)}))*\\s*[.!?]*\\s*$`;

/**
 * "the US ones", "all the government ones", "the ones based in X", "those in Singapore", "any in the US", "the
 * directors", "Google": a part of the earlier set, never the whole of it ("them", "everything") nor something of the
 * data's store ("... from the list of sponsors", "the table").
 */
const MEMBERS_OBJECT = new RegExp(
  `${LEAD}(${alternation(SET_REMOVING_VERBS)})\\s+(?!(?:(?:the|all|all\\s+the|every)\\s+)?(?:${alternation([...DATA_STORE_NOUNS, ...WHOLE_SET_OBJECTS])})\\s*(?:[.!?]|$))(?![^.!?]*\\bfrom\\s+(?:the|our|your|my)\\s+(?:${alternation(DATA_STORE_NOUNS)})\\b)(?![^.!?]*\\b(?:${alternation(DATA_STORE_NOUNS.filter((x) => x !== 'list' && x !== 'data'))})\\b)([^.!?]+?)${END}`,
  'i',
);

const SWAP = new RegExp(
  `${LEAD}(?:${alternation(VALUE_SWAPPING_VERBS)})\\s+(?:out\\s+)?(?:from\\s+)?(.+?)\\s+(?:${alternation(SWAP_JOINS)})\\s+(.+?)${END}`,
  'i',
);

const OBJECT = `(?:(?:${alternation(EARLIER_REQUEST_OBJECTS)})\\s+)?(?:(?:out|back|up|down)\\s+)?`;

const MOVE = new RegExp(`${LEAD}(?:${alternation(VALUE_MOVING_VERBS)})\\s+${OBJECT}(?:to|into)\\s+(.+?)${END}`, 'i');

/** "make it melbourne": the object then the new value, with no "to". */
const MAKE_IT = new RegExp(`${LEAD}make\\s+(?:it|that|this|them)\\s+(?!to\\b)(.+?)${END}`, 'i');

const NARROW = new RegExp(`${LEAD}(?:${alternation(SET_NARROWING_VERBS)})\\s+${OBJECT}(?:to|into)\\s+(.+?)${END}`, 'i');

/** "reverse the order", "flip it", "the other way round": the earlier order turned around (with what follows kept). */
const REVERSE = new RegExp(
  `${LEAD}(?:(?:${alternation(ORDER_REVERSING_VERBS)})(?:\\s+(?:${alternation(ORDER_OBJECTS)}))?(?:\\s+(?:round|around))?|(?:${alternation(OTHER_WAY_PHRASES)}))\\b[\\s,]*(.*)$`,
  'i',
);
/** The order words the follow-up reader takes, by the end that comes first. */
const END_FIRST = { desc: 'highest first', asc: 'lowest first' } as const;

/** True when `value` names a kind of value ("the city", "the year"), which the earlier request holds one of. */
function valueKind(value: string): boolean {
  return VALUE_KIND_NOUNS.includes(
    value
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, '')
      .trim(),
  );
}

/** True when the words of `value` were said in one of the earlier questions. */
function saidEarlier(value: string, earlier: readonly string[]): boolean {
  const words = value
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .trim();
  if (words.length === 0) return false;
  const pattern = new RegExp(
    `(?:^|[^a-z0-9])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?:$|[^a-z0-9])`,
  );
  return earlier.some((q) => pattern.test(q.toLowerCase()));
}

const UNITS = alternation(Object.keys(TIME_UNITS));
/** A duration said bare ("6 months", "twelve months"): a window only with its lead word. */
const BARE_DURATION = new RegExp(`^(?:\\S+\\s+)?(?:${UNITS})$`, 'i');
const EARLIER_WINDOW = new RegExp(`\\b(${alternation(WINDOW_LEADS)})\\s+(?:\\S+\\s+)?(?:${UNITS})\\b`, 'i');

/**
 * The value a bound is moved to: a bare duration ("extend that to 6 months") keeps the lead word of the earlier
 * window ("the next 6 months"); null when no earlier question had one (a bare duration names no window).
 */
function movedValue(value: string, earlier: readonly string[]): string | null {
  if (!BARE_DURATION.test(value)) return value;
  const lead = earlier.map((q) => EARLIER_WINDOW.exec(q)?.[1]).find((x) => x !== undefined);
  return lead ? `the ${lead.toLowerCase()} ${value}` : null;
}

/**
 * The follow-up restated as the edit its verb names (see the module comment), or the question unchanged. Call it
 * only when there is an earlier request; `earlier` are the earlier turns' questions, `earlierOrder` the order of the
 * earlier ranking (what "reverse the order" turns around), null when it ranked nothing.
 * @example answerEdit('now drop the government ones', ['sponsors at GSTC']) // 'excluding the government ones'
 * @example answerEdit('swap sydney for melbourne', ['people in Sydney at GSTC']) // 'what about melbourne'
 */
export function answerEdit(
  question: string,
  earlier: readonly string[],
  earlierOrder: 'desc' | 'asc' | null = null,
): string {
  const reversed = earlierOrder ? REVERSE.exec(question) : null;
  if (reversed && earlierOrder) {
    // "flip it, smallest first": the order said wins; else the opposite of the earlier one
    const rest = (reversed[1] ?? '').trim();
    return rest.length > 0 ? rest : END_FIRST[earlierOrder === 'desc' ? 'asc' : 'desc'];
  }
  const removed = MEMBERS_OBJECT.exec(question);
  if (removed?.[2]) return `excluding ${removed[2].trim()}`;
  const swapped = SWAP.exec(question);
  if (swapped?.[1] && swapped[2] && (saidEarlier(swapped[1], earlier) || valueKind(swapped[1])))
    return `what about ${swapped[2].trim()}`;
  const narrowed = NARROW.exec(question);
  if (narrowed?.[1]) return `only ${narrowed[1].trim()}`;
  const moved = MOVE.exec(question) ?? MAKE_IT.exec(question);
  const value = moved?.[1] ? movedValue(moved[1].trim(), earlier) : null;
  if (value) return `what about ${value}`;
  return question;
}
