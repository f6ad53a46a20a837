import { EDIT_LEAD_WORDS, EDIT_TAIL_WORDS } from './answerEditWords';
import { POLITENESS_WORDS, REQUEST_OPENERS as DISCOURSE_OPENERS } from './discourseWords';
import { REQUEST_OPENERS } from './refusalWords';

/**
 * Words before an imperative's verb that say nothing of it: politeness ("pls", "thanks"), the request's openers ("can
 * you", "i want to", "go ahead and", "now", "just") and the acknowledgement of a follow-up ("great, now delete ...",
 * "perfect - drop ..."): the verb after them is still the request's. The one set read by the refusal of changes to
 * the data (`parse/detectRefusal.ts`) and by the edit opening a fragment (`text/pointedFragments.ts`); "too" and "as
 * well" only trail an edit.
 */
export const IMPERATIVE_LEADS: ReadonlySet<string> = new Set([
  ...REQUEST_OPENERS,
  ...DISCOURSE_OPENERS,
  ...EDIT_LEAD_WORDS,
  ...POLITENESS_WORDS,
  ...EDIT_TAIL_WORDS.filter((x) => !x.includes(' ') && x !== 'too'),
]);
