/**
 * Words of a reply to a clarification (the turn after the engine asked back). Data only; read by
 * `clarify/resolveReply`.
 */

/** Leading words that introduce a typed answer to the part asked about ("I meant the founding year"). */
export const REPLY_MARKERS: readonly string[] = [
  'by that i mean',
  'by that i meant',
  'what i meant was',
  'what i mean is',
  'i meant',
  'i mean',
  'i want',
  'i wanted',
  'meant',
  'mean',
  'no',
  'sorry',
  'oh',
  'ah',
  'yes',
  'yeah',
  'ok',
  'okay',
  'well',
];

/** Replies that choose to answer without the part ("leave it out"). */
export const LEAVE_OUT_REPLIES: ReadonlySet<string> = new Set([
  'leave it out',
  'leave out',
  'leave that out',
  'ignore it',
  'ignore that',
  'skip it',
  'skip that',
  'without it',
  'without that',
  'never mind',
  'nevermind',
  'none',
  'neither',
  'none of them',
  'none of these',
  'drop it',
  'forget it',
  'forget that',
]);

/** Words of an option's label that do not pick it by themselves ("the", "country" picks only when unique). */
export const LABEL_STOP_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'or',
  'in',
  'at',
  'out',
  'leave',
  'answer',
  'without',
]);
