import { TRPCError } from '@trpc/server';

import type { Answer, ChatEngine, ProgressEvent } from '../engine';
import { QuotaExceededError } from '../errors';
import type { Logger } from '../logger';
import type { ExchangeDto, MessageDto, UserDto } from '../schemas';
import type { AppStore } from '../store/AppStore';
import { estimateCostUsd, type ServiceLimits } from './AppServices';

export const GREETING =
  'Hello! Ask me about events, the companies taking part in them (sponsors, exhibitors, speakers, ...) ' +
  'and their people. For example: "Which events take place in the next 3 months?"';

export interface SendInput {
  user: UserDto;
  chatId: string;
  text: string;
  clientMessageId: string | null;
  asOf?: string | undefined;
  onProgress?: (event: ProgressEvent) => void;
}

/** An answer recording an engine failure, so no question is left without an outcome. */
export function failedAnswer(error: unknown): Answer {
  const code =
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : 'ENGINE_ERROR';
  const message = error instanceof Error ? error.message : String(error);
  return {
    status: 'failed',
    reason: { code, message },
    text: `Sorry, I could not answer that: ${message}`,
    sql: null,
    params: [],
    interpretation: null,
    columns: [],
    rows: [],
    rowCount: 0,
    truncated: false,
    preview: [],
    timings: { retrieveMs: 0, generateMs: 0, executeMs: 0, synthesizeMs: 0, totalMs: 0 },
    usage: [],
  };
}

/**
 * The one path from a question to a stored exchange (used by `chat.send` and `chat.stream`):
 * store the question (quota checked in the same transaction), run the engine with the chat's
 * history, store the answer — or the failure — with its result and usage.
 * A repeated `clientMessageId` returns the stored pair (awaiting it when still in flight).
 */
export class ChatService {
  private readonly inflight = new Map<string, Promise<ExchangeDto>>();
  /** Tail of each chat's queue: sends to one chat run one after another so its timeline stays question, answer, ... */
  private readonly chatQueues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: AppStore,
    private readonly engine: ChatEngine,
    private readonly limits: ServiceLimits,
    private readonly logger: Logger,
  ) {}

  /** Sends to one chat are serialised; different chats run concurrently. */
  send(input: SendInput): Promise<ExchangeDto> {
    const previous = this.chatQueues.get(input.chatId) ?? Promise.resolve();
    const run = previous.then(
      () => this.sendNow(input),
      () => this.sendNow(input),
    );
    const tail = run.catch(() => undefined);
    this.chatQueues.set(input.chatId, tail);
    void tail.then(() => {
      if (this.chatQueues.get(input.chatId) === tail) this.chatQueues.delete(input.chatId);
    });
    return run;
  }

  /**
   * Questions left without an answer by a crash (SIGKILL, power loss) get an answer recording the
   * interruption, so no timeline keeps a question without an outcome. Run at start-up.
   */
  recoverInterrupted(): number {
    const orphans = this.store.chats.unansweredQuestions();
    for (const question of orphans) {
      const answer = failedAnswer(Object.assign(new Error('the server stopped before answering; please ask again'), { code: 'INTERRUPTED' }));
      this.store.chats.storeAnswer({ chatId: question.chatId, questionId: question.id, usageId: null, answer, latencyMs: 0, costUsd: 0 });
    }
    return orphans.length;
  }

  private async sendNow(input: SendInput): Promise<ExchangeDto> {
    const chat = this.store.chats.getChat(input.user.id, input.chatId);
    if (!chat) throw new TRPCError({ code: 'NOT_FOUND', message: `Chat ${input.chatId} not found` });

    if (input.clientMessageId !== null) {
      const existing = this.store.chats.findByClientMessageId(chat.id, input.clientMessageId);
      if (existing) {
        if (existing.answer) return { userMessage: existing.question, assistantMessage: existing.answer };
        return this.inflight.get(existing.question.id) ?? this.answer(input, existing.question, null);
      }
    }

    let stored: { message: MessageDto; usageId: number };
    try {
      stored = this.store.chats.storeQuestion({
        userId: input.user.id,
        chatId: chat.id,
        text: input.text,
        clientMessageId: input.clientMessageId,
        monthlyQuota: this.limits.monthlyMessageQuota,
      });
    } catch (error) {
      if (error instanceof QuotaExceededError) {
        throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: error.message, cause: error });
      }
      throw error;
    }
    return this.answer(input, stored.message, stored.usageId);
  }

  private answer(input: SendInput, question: MessageDto, usageId: number | null): Promise<ExchangeDto> {
    const run = this.runEngine(input, question, usageId).finally(() => this.inflight.delete(question.id));
    this.inflight.set(question.id, run);
    return run;
  }

  private async runEngine(input: SendInput, question: MessageDto, usageId: number | null): Promise<ExchangeDto> {
    const started = performance.now();
    let answer: Answer;
    try {
      const history = this.store.chats.history(question.chatId, question.seq);
      answer = await this.engine.ask(question.text, {
        history,
        ...(input.asOf ? { asOf: input.asOf } : {}),
        ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      });
    } catch (error) {
      this.logger.error({ err: error, chatId: question.chatId, messageId: question.id }, 'engine failed');
      answer = failedAnswer(error);
    }
    const assistantMessage = this.store.chats.storeAnswer({
      chatId: question.chatId,
      questionId: question.id,
      usageId,
      answer,
      latencyMs: performance.now() - started,
      costUsd: estimateCostUsd(answer.usage, this.limits),
    });
    return { userMessage: question, assistantMessage };
  }
}
