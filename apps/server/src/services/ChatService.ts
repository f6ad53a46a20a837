import type { ChatEngine, ProgressEvent, RecordedAnswer, Suggestion } from '../engine';
import {
  ClarificationReplyError,
  ClientMessageIdConflictError,
  DomainError,
  InvalidRequestError,
  NotFoundError,
} from '../errors';
import type { Logger } from '../logger';
import { toReasonCode, type ReasonCode } from '../reasonCodes';
import type { ExchangeDto, MessageDto, UserDto } from '../schemas';
import type { AppStore } from '../store/AppStore';
import type { AnswerStreams } from './AnswerStreams';
import type { LearnService } from './LearnService';
import type { ProcessLease } from './ProcessLease';
import { estimateCostUsd, type ServiceLimits } from './ServiceLimits';
import { isUniqueViolation } from '../store/sqlErrors';
import { storageError } from './storageError';
import { finalEvents, progressEvent } from './streamExchange';

export const GREETING =
  'Hello! Ask me about events, the companies taking part in them (sponsors, exhibitors, speakers, ...) ' +
  'and their people.';

/** The greeting of a new chat, with example questions taken from the current data when there are some. */
export function greeting(examples: readonly string[]): string {
  const shown = examples.slice(0, 2).map((q) => `"${q}"`);
  return shown.length === 0
    ? `${GREETING} For example: "How many events are there?"`
    : `${GREETING} For example: ${shown.join(' or ')}`;
}

/** Failures a retry with the same clientMessageId may redo (the engine never gave its outcome). */
const REDO_ON_RETRY: ReadonlySet<ReasonCode> = new Set([
  'INTERRUPTED',
  'STORAGE_FULL',
  'STORE_FAILED',
  'TOO_MANY_STATEMENTS',
]);

/** How often an answer computed by another process is read again while it is pending. */
const ELSEWHERE_POLL_MS = 100;

/** What the user sends: a question (or typed reply), or the choice of an option of a clarification. */
export type SendContent =
  | { text: string; replyTo?: string | null | undefined; remember?: boolean }
  | { replyTo: string; choice: string; remember?: boolean };

export interface SendInput {
  user: UserDto;
  chatId: string;
  content: SendContent;
  clientMessageId: string | null;
  asOf?: string | undefined;
  /**
   * Set by `chat.stream`: the answer's events are recorded (see {@link AnswerStreams}) and
   * `onAnswer` is told which answer carries them as soon as that is decided.
   */
  stream?: { onAnswer: (answerId: string) => void };
}

/**
 * An answer recording an engine failure, so no question is left without an outcome. The error's
 * `code` is kept when it is one of the closed reason codes (TIMEOUT, LLM_ERROR, ...), else ENGINE_ERROR.
 */
export function failedAnswer(error: unknown): RecordedAnswer {
  const code = toReasonCode(typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : null);
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
    rowCountExact: true,
    truncated: false,
    preview: [],
    timings: { retrieveMs: 0, generateMs: 0, executeMs: 0, synthesizeMs: 0, totalMs: 0 },
    usage: [],
    path: null,
    clarification: null,
  };
}

/**
 * The one path from a question to a stored exchange (used by `chat.send` and `chat.stream`):
 * store the question with its answer's placeholder (quota checked in the same transaction), run the
 * engine with the chat's history, fill the answer — or record the failure — with result and usage.
 * A repeated `clientMessageId` returns the stored pair (awaiting it when still in flight here).
 */
export class ChatService {
  private readonly inflight = new Map<string, Promise<ExchangeDto>>();
  /** Tail of each chat's queue: sends to one chat run one after another (follow-ups see earlier answers). */
  private readonly chatQueues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: AppStore,
    private readonly engine: ChatEngine,
    private readonly limits: ServiceLimits,
    private readonly logger: Logger,
    private readonly today: () => string = () => new Date().toISOString().slice(0, 10),
    private readonly learn: LearnService | null = null,
    /** This process's lease: owner of the answers it computes; tells whether another answer's owner is alive. */
    private readonly lease: ProcessLease | null = null,
    private readonly streams: AnswerStreams | null = null,
  ) {}

  /**
   * Creates a chat whose greeting offers two example questions the data answers today (from the
   * engine's cached, verified suggestions). Without them (none, or the engine failed to make them:
   * logged) the greeting has a generic example; a chat is never refused for want of examples.
   */
  async createChat(userId: string, title: string): ReturnType<AppStore['chats']['createChat']> {
    let examples: string[] = [];
    try {
      examples = (await this.engine.suggestQuestions({ asOf: this.today(), max: 2 })).map((s) => s.question);
    } catch (error) {
      this.logger.error({ err: error }, 'could not make example questions for a greeting');
    }
    return this.store.chats.createChat(userId, title, greeting(examples));
  }

  /** Example questions the data answers today (cached by the engine per date). */
  suggestions(max: number): Promise<Suggestion[]> {
    return this.engine.suggestQuestions({ asOf: this.today(), max });
  }

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

  /** Waits (up to `timeoutMs`) for answers being computed to be stored: part of a graceful stop. */
  async drain(timeoutMs = 10_000): Promise<void> {
    const running = [...this.inflight.values()];
    if (running.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled(running),
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }

  /**
   * Answers left `pending` by a process that is gone (a crash, a kill) become failures recording the
   * interruption; a retry with the same clientMessageId redoes them. Run at start-up: only the answers
   * of processes that are gone (see {@link ProcessLease}), never those of a live neighbour.
   */
  async recoverInterrupted(startedAt: Date = new Date()): Promise<number> {
    try {
      if (this.lease) return await this.lease.recover(startedAt);
      return await this.store.chats.failStalePending(
        startedAt.toISOString(),
        'Sorry, the server stopped before answering. Please ask again.',
      );
    } catch (error) {
      this.logger.warn({ err: error }, 'could not mark interrupted answers (read-only or full database?)');
      return 0;
    }
  }

  /**
   * The clarification a message replies to, and the text the reply stands for (a chosen option's
   * label, which the engine reads as that option). NOT_FOUND for a message that is not the
   * caller's; a message of another chat, not a clarification, or an unknown option is a BAD_REQUEST.
   */
  private async replyOf(
    userId: string,
    chatId: string,
    content: SendContent,
  ): Promise<{
    text: string;
    replyTo: { id: string; seq: number } | null;
    remembered: { part: string; words: string } | null;
  }> {
    if (!content.replyTo) {
      if (content.remember)
        throw new InvalidRequestError('remember: only a reply to a clarification can be remembered');
      return { text: 'text' in content ? content.text : '', replyTo: null, remembered: null };
    }
    const target = await this.store.chats.userMessage(userId, content.replyTo);
    if (!target) throw new NotFoundError(`Message ${content.replyTo} not found`);
    const clarification = target.answer?.status === 'clarify' ? target.answer.clarification : null;
    if (target.chatId !== chatId || !clarification)
      throw new ClarificationReplyError(
        'NOT_A_CLARIFICATION',
        `replyTo: message ${target.id} is not a clarification in chat ${chatId}`,
      );
    const replyTo = { id: target.id, seq: target.seq };
    if ('text' in content)
      return {
        text: content.text,
        replyTo,
        remembered: content.remember ? { part: clarification.part, words: content.text } : null,
      };
    const option = clarification.options.find((o) => o.id === content.choice);
    if (!option)
      throw new ClarificationReplyError(
        'UNKNOWN_CHOICE',
        `choice: ${JSON.stringify(content.choice)} is not an option of message ${target.id} ` +
          `(its options: ${clarification.options.map((o) => o.id).join(', ') || 'none, type a reply instead'})`,
      );
    const words = option.choice?.replacement ?? '';
    if (content.remember && !words)
      throw new InvalidRequestError(`remember: option ${option.id} (${option.label}) stands for no words to remember`);
    return { text: option.label, replyTo, remembered: content.remember ? { part: clarification.part, words } : null };
  }

  private async sendNow(input: SendInput): Promise<ExchangeDto> {
    const chat = await this.store.chats.getChat(input.user.id, input.chatId);
    if (!chat) throw new NotFoundError(`Chat ${input.chatId} not found`);
    const { text, replyTo, remembered } = await this.replyOf(input.user.id, chat.id, input.content);

    if (input.clientMessageId !== null) {
      const existing = await this.store.chats.findByClientMessageId(chat.id, input.clientMessageId);
      // The same id for another text is a client bug: answering the old pair would hide it.
      if (existing && existing.question.text !== text) throw new ClientMessageIdConflictError(input.clientMessageId);
      if (existing?.answer) {
        const running = this.inflight.get(existing.question.id);
        if (running) {
          input.stream?.onAnswer(existing.answer.id);
          return running;
        }
        // Pending and not computed here: another process sharing the database is computing it.
        const latest = await this.outcomeFromElsewhere(existing.answer);
        const outcome = latest.answer;
        const redo =
          outcome?.status === 'pending' ||
          (outcome?.status === 'failed' && outcome.reason !== null && REDO_ON_RETRY.has(outcome.reason.code));
        if (!redo) {
          input.stream?.onAnswer(latest.id);
          return { userMessage: existing.question, assistantMessage: latest };
        }
        // Redone here, unless another process claimed it a moment ago (then its outcome is awaited).
        const previousOwner = await this.store.chats.answerOwner(latest.id);
        if (previousOwner === undefined) throw new NotFoundError(`Chat ${chat.id} was deleted while answering`);
        if (!(await this.store.chats.claimAnswer(latest.id, this.lease?.ownerId ?? null, previousOwner))) {
          const claimed = await this.outcomeFromElsewhere({ ...latest, answer: { ...outcome, status: 'pending' } });
          input.stream?.onAnswer(claimed.id);
          return { userMessage: existing.question, assistantMessage: claimed };
        }
        // The interrupted run's events no longer tell this answer's story.
        await this.streams?.clear(latest.id);
        input.stream?.onAnswer(latest.id);
        return this.answer(
          input,
          existing.question,
          latest,
          await this.store.chats.usageIdOf(input.user.id, existing.question),
        );
      }
    }

    // Sends to one chat are serialised, so "latest" is decided here: a clarification is pending
    // only while nothing came after it (a reply, or any other question, resolves or abandons it).
    if (replyTo && (await this.store.chats.latestSeq(chat.id)) !== replyTo.seq)
      throw new ClarificationReplyError(
        'STALE_CLARIFICATION',
        `replyTo: the clarification in message ${replyTo.id} was already answered or followed by other messages; ` +
          'reply to the latest one, or ask the question again',
      );

    // "Remember this": the clarified words become a personal glossary term, from this answer on.
    if (remembered && this.learn)
      await this.learn.upsertTerm(input.user, {
        term: remembered.part,
        concept: { kind: 'phrase', text: remembered.words },
        scope: 'personal',
        override: true,
      });

    let stored: { question: MessageDto; answer: MessageDto; usageId: number };
    try {
      stored = await this.store.chats.storeQuestion({
        userId: input.user.id,
        chatId: chat.id,
        text,
        clientMessageId: input.clientMessageId,
        replyToId: replyTo?.id ?? null,
        monthlyQuota: this.limits.monthlyMessageQuota,
        ownerId: this.lease?.ownerId ?? null,
      });
    } catch (error) {
      if (error instanceof DomainError) throw error; // the quota
      // Another process stored the same clientMessageId a moment ago: answer as a retry.
      if (input.clientMessageId !== null && isUniqueViolation(error)) {
        const raced = await this.store.chats.findByClientMessageId(chat.id, input.clientMessageId);
        if (raced && raced.question.text !== text) throw new ClientMessageIdConflictError(input.clientMessageId);
        if (raced?.answer) {
          input.stream?.onAnswer(raced.answer.id);
          return { userMessage: raced.question, assistantMessage: await this.outcomeFromElsewhere(raced.answer) };
        }
      }
      throw storageError(error) ?? error;
    }
    input.stream?.onAnswer(stored.answer.id);
    return this.answer(input, stored.question, stored.answer, stored.usageId);
  }

  /**
   * The answer once it is no longer pending, for an answer another process (sharing the database)
   * is computing: read again every {@link ELSEWHERE_POLL_MS} until it has an outcome, until that
   * process is gone (its lease expired), or until the answer time limit counted from its question
   * has passed (then too that process is taken for gone; the caller redoes it).
   */
  private async outcomeFromElsewhere(answer: MessageDto): Promise<MessageDto> {
    const deadline = Date.parse(answer.createdAt) + (this.limits.answerTimeoutMs ?? 120_000);
    let current = answer;
    while (current.answer?.status === 'pending' && Date.now() < deadline) {
      // Gone: its owner's process died, or it is this process's and not being computed (a failed store).
      const owner = (await this.store.chats.answerOwner(answer.id)) ?? null;
      if (this.lease && (owner === this.lease.ownerId || !(await this.lease.isAlive(owner)))) break;
      await new Promise((resolve) => setTimeout(resolve, ELSEWHERE_POLL_MS));
      const read = await this.store.chats.messageById(answer.id);
      if (!read) throw new NotFoundError(`Chat ${answer.chatId} was deleted while answering`);
      current = read;
    }
    return current;
  }

  private answer(
    input: SendInput,
    question: MessageDto,
    placeholder: MessageDto,
    usageId: number | null,
  ): Promise<ExchangeDto> {
    const run = this.runEngine(input, question, placeholder, usageId).finally(() => this.inflight.delete(question.id));
    this.inflight.set(question.id, run);
    return run;
  }

  private async runEngine(
    input: SendInput,
    question: MessageDto,
    placeholder: MessageDto,
    usageId: number | null,
  ): Promise<ExchangeDto> {
    const started = performance.now();
    const recorder = input.stream ? (this.streams?.recorder(placeholder.id) ?? null) : null;
    let answer: RecordedAnswer;
    try {
      const history = await this.store.chats.history(question.chatId, question.seq);
      const limitMs = this.limits.answerTimeoutMs ?? 120_000;
      // The chat's queue must not hang on an engine that never returns: race it with a deadline.
      // A cleared timer (not AbortSignal.timeout) so nothing keeps the answer's rows alive afterwards.
      const deadline = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          deadline.abort();
          reject(Object.assign(new Error(`no answer within ${Math.round(limitMs / 1000)} s`), { code: 'TIMEOUT' }));
        }, limitMs);
      });
      try {
        answer = await Promise.race([
          this.engine.ask(question.text, {
            history,
            signal: deadline.signal,
            user: input.user.id,
            asOf: input.asOf ?? this.today(),
            examples: (await this.learn?.nearestExamples(question.text)) ?? [],
            // With embeddings, the examples a model sees are ranked by meaning too (only when it is asked).
            ...(this.learn?.examplesForModel ? { examplesForModel: this.learn.examplesForModel } : {}),
            ...(this.learn ? { glossary: await this.learn.glossaryFor(input.user.id) } : {}),
            ...(recorder ? { onProgress: (event: ProgressEvent) => recorder.record(progressEvent(event)) } : {}),
          }),
          expired,
        ]);
      } finally {
        clearTimeout(timer);
      }
    } catch (error) {
      this.logger.error({ err: error, chatId: question.chatId, messageId: question.id }, 'engine failed');
      answer = failedAnswer(error);
    }
    try {
      const assistantMessage = await this.store.chats.completeAnswer({
        answerId: placeholder.id,
        usageId,
        answer,
        latencyMs: performance.now() - started,
        costUsd: estimateCostUsd(answer.usage, this.limits),
      });
      if (!assistantMessage) throw new NotFoundError(`Chat ${question.chatId} was deleted while answering`);
      const exchange = { userMessage: question, assistantMessage };
      if (recorder) {
        for (const event of finalEvents(exchange)) recorder.record(event);
        await recorder.flush();
      }
      return exchange;
    } catch (error) {
      if (error instanceof DomainError) throw error;
      // The answer could not be stored (full disk, I/O error): record that in the placeholder, a
      // small in-place update, so the question keeps an outcome; a retry redoes it.
      const typed = storageError(error);
      this.logger.error({ err: error, chatId: question.chatId, messageId: question.id }, 'could not store the answer');
      try {
        await this.store.chats.failAnswer(
          placeholder.id,
          {
            code: typed ? 'STORAGE_FULL' : 'STORE_FAILED',
            message: typed?.message ?? 'the answer could not be stored',
          },
          'Sorry, your answer could not be stored. Please retry.',
        );
      } catch {
        // still `pending`: the next start marks it INTERRUPTED, a retry redoes it
      }
      throw typed ?? error;
    }
  }
}
