import {
  builtInPhrase,
  ExampleEmbeddings,
  ExampleRetriever,
  GlossaryIndex,
  glossaryKey,
  type EmbeddingError,
  type Embedder,
  type VerifiedExample,
} from '@musaeid/core';

import { BuiltInTermError, ForbiddenError, InvalidRequestError, NotFoundError } from '../errors';
import { validateConcept, type ConceptInput } from '../learn/glossaryConcept';
import type { UserDto } from '../schemas';
import type { AppStore } from '../store/AppStore';
import type { GlossaryTermDto } from '../store/GlossaryStore';
import type { ExampleDto, RatableAnswer, Rating, RatingDto } from '../store/LearnStore';

/** How many verified examples go with a question to the engine (reused when they match, else shown to a model). */
const EXAMPLES_PER_QUESTION = 3;

/** What a verified example keeps of an answer: the offline engine's request, or the SQL a model wrote. */
function exampleOf(answer: RatableAnswer): { generator: string; request: unknown; sql: string | null } | null {
  if (answer.status !== 'answered') return null;
  const understanding = answer.understanding as { generator?: unknown; request?: unknown } | null;
  if (understanding?.generator === 'offline' && understanding.request)
    return { generator: 'offline', request: understanding.request, sql: answer.sql };
  return answer.sql === null ? null : { generator: 'llm', request: null, sql: answer.sql };
}

/**
 * What users teach: ratings of answers, the verified examples up-ratings make, and glossary terms.
 * The example index and each user's glossary index are rebuilt after any change, so what was
 * taught counts from the very next question, without a restart.
 */
export class LearnService {
  #index: ExampleRetriever | null = null;
  readonly #glossaries = new Map<string, GlossaryIndex>();
  /** The examples' vectors, kept across rebuilds of the index (only new or edited questions are embedded). */
  readonly #embeddings: ExampleEmbeddings | null;

  constructor(
    private readonly store: AppStore,
    /** The provider's embeddings, and where a failed call is reported once (then BM25 alone ranks); none: BM25. */
    embeddings: { embedder: Embedder; logError: (error: EmbeddingError) => void } | null = null,
  ) {
    this.#embeddings = embeddings
      ? new ExampleEmbeddings(embeddings.embedder, { logError: embeddings.logError })
      : null;
  }

  async #retriever(): Promise<ExampleRetriever> {
    this.#index ??= new ExampleRetriever(await this.store.learn.allExamples(), this.#embeddings);
    return this.#index;
  }

  /** The verified examples nearest to a question by words (BM25 over their questions): reused offline. */
  async nearestExamples(question: string): Promise<VerifiedExample[]> {
    return (await this.#retriever()).nearestByWords(question, EXAMPLES_PER_QUESTION);
  }

  /**
   * For a model's prompt: the verified examples nearest by words and meaning (BM25 fused with the provider's
   * embeddings), or null without embeddings (the model then gets {@link nearestExamples}).
   */
  get examplesForModel(): ((question: string) => Promise<VerifiedExample[]>) | null {
    if (!this.#embeddings) return null;
    return async (question) => (await (await this.#retriever()).nearest(question, EXAMPLES_PER_QUESTION)).examples;
  }

  /** Rates an answer of the user's own chat; an up-rated answer becomes a verified example. */
  async rate(
    userId: string,
    input: { messageId: string; rating: Rating; comment: string | null },
  ): Promise<{ rating: RatingDto; exampleId: string | null }> {
    const answer = await this.store.learn.ratableAnswer(userId, input.messageId);
    if (!answer) throw new NotFoundError(`No answer ${input.messageId} among your messages`);
    if (answer.status === 'pending') throw new InvalidRequestError('messageId: this answer is not ready yet');
    const result = await this.store.learn.rate({
      userId,
      answer,
      rating: input.rating,
      comment: input.comment,
      example: input.rating === 'up' ? exampleOf(answer) : null,
    });
    this.#index = null;
    return result;
  }

  async updateExample(id: string, question: string): Promise<ExampleDto> {
    const example = await this.store.learn.updateExample(id, question);
    if (!example) throw new NotFoundError(`Example ${id} not found`);
    this.#index = null;
    return example;
  }

  async removeExample(id: string): Promise<void> {
    if (!(await this.store.learn.removeExample(id))) throw new NotFoundError(`Example ${id} not found`);
    this.#index = null;
  }

  /** The workspace's terms and the user's own, for the engine (built once per user and change). */
  async glossaryFor(userId: string): Promise<GlossaryIndex> {
    let index = this.#glossaries.get(userId);
    if (!index) {
      index = new GlossaryIndex(await this.store.glossary.entriesFor(userId));
      this.#glossaries.set(userId, index);
    }
    return index;
  }

  /**
   * Adds or replaces a term: `workspace` terms are for admins, `personal` ones for their owner. The
   * concept is checked against the data; a built-in word needs `override`.
   */
  async upsertTerm(
    user: UserDto,
    input: { term: string; concept: ConceptInput; scope: 'workspace' | 'personal'; override: boolean },
  ): Promise<GlossaryTermDto> {
    if (input.scope === 'workspace' && user.role !== 'admin')
      throw new ForbiddenError('Admin role required for workspace terms (personal terms are yours to add)');
    const termKey = glossaryKey(input.term);
    if (!termKey) throw new InvalidRequestError('term: has no words');
    const builtIn = builtInPhrase(input.term);
    if (builtIn && !input.override) throw new BuiltInTermError(input.term, builtIn);
    const concept = await validateConcept(this.store.sql, input.concept);
    const term = await this.store.glossary.upsert({
      ownerId: input.scope === 'workspace' ? null : user.id,
      term: input.term,
      termKey,
      concept,
      createdBy: user.id,
    });
    this.#glossaries.clear();
    return term;
  }

  /** Removes a term: the user's own personal term, or (admins) a workspace term. */
  async removeTerm(user: UserDto, termId: string): Promise<void> {
    const found = await this.store.glossary.owned(termId);
    if (!found || (found.ownerId !== null && found.ownerId !== user.id))
      throw new NotFoundError(`Glossary term ${termId} not found`);
    if (found.ownerId === null && user.role !== 'admin')
      throw new ForbiddenError('Admin role required to remove workspace terms');
    await this.store.glossary.remove(termId);
    this.#glossaries.clear();
  }
}
