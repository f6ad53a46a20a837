/**
 * A question with the answer a user confirmed (an up-rated answer): the offline generator's
 * structured request, or the SQL a model wrote. The engine reuses them for new questions.
 */
export interface VerifiedExample {
  id: string;
  question: string;
  /** The generator that answered it ('offline', 'llm', ...). */
  generator: string;
  /** The offline generator's request (its `understanding.request`), or null. */
  request: unknown;
  /** The SQL that ran (with a model: the few-shot example), or null. */
  sql: string | null;
  interpretation: string | null;
}
