/**
 * A comparison between named things asked of the result ("is X longer than Y?", "more contacts in India or the
 * UK?"): the rows are the compared things, one each, with the measure. The answer names the winner (or the tie) and,
 * for a yes/no question, says yes or no. Written by the generator that read the question, read by the answer text.
 */
export interface ComparisonAsked {
  /** Which end of the measure wins: 'desc' the higher value ("longer", "more"), 'asc' the lower ("earlier", "fewer"). */
  order: 'desc' | 'asc';
  /** The result's column holding the measure, or null: the last numeric column (a count) is the measure. */
  measure: string | null;
  /** The words said around the measure's value: before it ("founded" 1990) and after it (6 "days", 78 "contacts"). */
  unit: { before: string; after: string };
  /** The comparative as typed ("longer", "more"): the winner "is longer", "has more". */
  word: string;
  /** A yes/no question ("is X longer than Y?"): the names of X, the item the question says wins; null for a choice. */
  claimed: string[] | null;
}
