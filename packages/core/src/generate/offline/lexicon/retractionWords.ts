/**
 * Self-corrections: a speaker taking back what they just said ("avg employees... nvm, just tell me ..."). What
 * comes before one is withdrawn; the question is what follows (`text/retractions.ts`). General English of
 * conversation, not words of this data set.
 */

/** Phrases that withdraw what was said before them wherever they stand between two clauses. */
export const RETRACTION_PHRASES: readonly string[] = [
  'nvm',
  'nevermind',
  'never mind',
  'scratch that',
  'strike that',
  'forget that',
  'forget it',
  'ignore that',
  'ignore the above',
  'disregard that',
  'actually no',
  'no wait',
  'on second thought',
  'on second thoughts',
];

/**
 * Words that withdraw what was said only when set off as a clause of their own ("wait, ..."). Inside a clause they
 * mean something else ("the wait list"), so a comma or dash must follow them. ("I mean" corrects one word, not the
 * question: "events in asia, i mean singapore" keeps "events", so it is no retraction.)
 */
export const RETRACTION_INTERJECTIONS: readonly string[] = ['wait', 'hold on', 'hang on', 'oh wait'];
