/**
 * Which generator answers a question when a model is configured:
 * - 'offline': the offline parser only; the model is never called (nor its embeddings).
 * - 'offline-first': the offline parser when it understands the whole question (fast, free, deterministic),
 *   the model only when the parse is incomplete (the default with a model).
 * - 'llm': the model for every question.
 */
export type EngineRoute = 'offline' | 'offline-first' | 'llm';

export const ENGINE_ROUTES: readonly EngineRoute[] = ['offline', 'offline-first', 'llm'];
