/**
 * Which way of writing SQL answered a question:
 * - `offline`: the offline parser alone (no model call; also its clarification or refusal when a model was asked
 *   and failed: the model's tokens are still counted in the answer's usage);
 * - `offline+llm`: the offline parse was incomplete and the model wrote the SQL, told what the parser understood;
 * - `llm`: the model alone (an engine configured without the offline parser first).
 */
export const ANSWER_PATHS = ['offline', 'llm', 'offline+llm'] as const;
export type AnswerPath = (typeof ANSWER_PATHS)[number];
