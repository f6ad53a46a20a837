/**
 * An acknowledgement of the earlier answer opening a message ("cool, can you ...", "perfect! now ...", "ok great -
 * ..."): one or more of {@link ACKNOWLEDGEMENT_WORDS} at the very start, set off by a clause break (a comma, "!",
 * ".", ":", ";" or a spaced dash) with words after it. It is an exclamation to the listener, no subject and no verb:
 * it carries no condition, so it is dropped before any word is read (a qualifier such as "cool" inside a clause is
 * kept and asked about).
 */
import { ACKNOWLEDGEMENT_WORDS } from '../lexicon/discourseWords';

const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORDS = [...ACKNOWLEDGEMENT_WORDS]
  .sort((a, b) => b.length - a.length)
  .map((x) => escape(x).replace(/ /g, '\\s+'));
/** The acknowledgement words, one or more (spaces or commas between them), then the break and the rest. */
const LEADING_ACKNOWLEDGEMENT = new RegExp(
  `^\\s*(?:(?:${WORDS.join('|')})(?:\\s+|\\s*,\\s*)?)*(?:${WORDS.join('|')})\\s*(?:[,!.:;]+|\\s[-–—]+)\\s*(?=\\S)`,
  'i',
);

/** The message without an acknowledgement opening it; the message itself when none does. */
export function withoutAcknowledgement(question: string): string {
  return question.replace(LEADING_ACKNOWLEDGEMENT, '');
}
