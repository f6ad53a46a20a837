import type { EntityKind } from '../ir/Request';

/**
 * Words that grade rows by merit or appeal ("the best leads", "good events", "what's hot", "worth going to"): no column
 * of the data holds such a grade, and each could be measured several ways, so the word is asked about with the
 * measures the data does hold, never dropped (`parse/scan/evaluativeWords.ts`). General English, not words of this
 * data set. A word read elsewhere first ("top 5", "the best attended" as a ranking) is not asked about.
 */
export const EVALUATIVE_WORDS: ReadonlySet<string> = new Set([
  'best',
  'better',
  'good',
  'great',
  'top',
  'worth',
  'worthwhile',
  'hot',
  'hottest',
  'interesting',
  'promising',
  'valuable',
  'ideal',
  'cool',
]);

/** The measures the data ranks each kind of row by, as offered when a grade names none. */
export const RANKABLE_MEASURES: Readonly<Partial<Record<EntityKind, string>>> = {
  events: 'events by the number of companies taking part, by start date (the soonest) or by length in days',
  companies: 'companies by employees, by revenue or by the number of events they take part in',
  people: 'people by seniority (C-level, VP, director) or by job function',
};
