/**
 * The readings offered for a verb of working together said of a company ("who is working with Dyson?",
 * `parse/scan/collaborationVerbs.ts`), as the words that replace the verb in the question, by the form it was typed
 * in: being employed there (only for "work"), or taking part in the same events.
 */

/** The form a verb was typed in: its dictionary form, its "-s" form, its "-ing" form, or its past. */
export type VerbForm = 'base' | 'third' | 'ing' | 'past';

/** Verbs of working together that also say where one is employed ("who works with X": maybe X's own staff). */
export const EMPLOYMENT_COLLABORATION_VERBS: ReadonlySet<string> = new Set(['work']);

/** Being employed at the company, by the form of the verb it replaces (the lexicon's employment phrases). */
export const EMPLOYED_AT: Readonly<Record<VerbForm, string>> = {
  base: 'work at',
  third: 'works at',
  ing: 'working at',
  past: 'works at',
};

/** Taking part in the events the company takes part in, by the form of the verb it replaces. */
export const AT_THE_SAME_EVENTS: Readonly<Record<VerbForm, string>> = {
  base: 'take part in the same events as',
  third: 'takes part in the same events as',
  ing: 'taking part in the same events as',
  past: 'took part in the same events as',
};
