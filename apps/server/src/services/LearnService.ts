import { ExampleIndex, type VerifiedExample } from '@musaeid/core';

import { InvalidRequestError, NotFoundError } from '../errors';
import type { AppStore } from '../store/AppStore';
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
 * Feedback and verified answers: ratings of answers, the examples up-ratings make, and the index
 * that finds the examples nearest to a new question (rebuilt after any change, so an example
 * counts from the very next question).
 */
export class LearnService {
  #index: ExampleIndex | null = null;

  constructor(private readonly store: AppStore) {}

  /** The verified examples nearest to a question (BM25 over their questions). */
  nearestExamples(question: string): VerifiedExample[] {
    this.#index ??= new ExampleIndex(this.store.learn.allExamples());
    return this.#index.nearest(question, EXAMPLES_PER_QUESTION);
  }

  /** Rates an answer of the user's own chat; an up-rated answer becomes a verified example. */
  rate(
    userId: string,
    input: { messageId: string; rating: Rating; comment: string | null },
  ): { rating: RatingDto; exampleId: string | null } {
    const answer = this.store.learn.ratableAnswer(userId, input.messageId);
    if (!answer) throw new NotFoundError(`No answer ${input.messageId} among your messages`);
    if (answer.status === 'pending') throw new InvalidRequestError('messageId: this answer is not ready yet');
    const result = this.store.learn.rate({
      userId,
      answer,
      rating: input.rating,
      comment: input.comment,
      example: input.rating === 'up' ? exampleOf(answer) : null,
    });
    this.#index = null;
    return result;
  }

  updateExample(id: string, question: string): ExampleDto {
    const example = this.store.learn.updateExample(id, question);
    if (!example) throw new NotFoundError(`Example ${id} not found`);
    this.#index = null;
    return example;
  }

  removeExample(id: string): void {
    if (!this.store.learn.removeExample(id)) throw new NotFoundError(`Example ${id} not found`);
    this.#index = null;
  }
}
