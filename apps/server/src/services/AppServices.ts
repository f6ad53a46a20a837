import type { Embedder } from '@musaeid/core';

import type { ChatEngine } from '../engine';
import type { Logger } from '../logger';
import type { AppStore } from '../store/AppStore';
import { AnswerStreams } from './AnswerStreams';
import { ChatService } from './ChatService';
import { LearnService } from './LearnService';
import { ProcessLease } from './ProcessLease';
import { RateLimiter } from './RateLimiter';
import { ResultReader } from './ResultReader';
import type { ServiceLimits } from './ServiceLimits';
import { InProcessStreamEventBus, type StreamEventBus } from './StreamEventBus';

export type { ServiceLimits } from './ServiceLimits';

/** Everything a request needs, built once per server (or per test). */
export interface AppServices {
  store: AppStore;
  engine: ChatEngine;
  /** Answers' results, a page at a time or whole as CSV. */
  results: ResultReader;
  chat: ChatService;
  learn: LearnService;
  rateLimiter: RateLimiter;
  /** `chat.stream` events, recorded and followed from any process. */
  streams: AnswerStreams;
  /** The bus announcing new stream events (closed with the server). */
  streamBus: StreamEventBus;
  /** This process's lease towards the others on the database. */
  lease: ProcessLease;
  limits: ServiceLimits;
  logger: Logger;
  /** "Today" for relative dates when a request gives none: `MUSAEID_AS_OF`, else the current date (UTC). */
  today: () => string;
}

export function createAppServices(opts: {
  store: AppStore;
  engine: ChatEngine;
  limits: ServiceLimits;
  logger: Logger;
  /** A fixed "today" (`MUSAEID_AS_OF`); null or absent: the current date at each request. */
  asOf?: string | null;
  /** The provider's embeddings, to rank verified examples by meaning as well as by words (absent: BM25 alone). */
  embedder?: Embedder | null;
  /** How new `chat.stream` events reach followers: across processes on PostgreSQL; default: within this process. */
  streamBus?: StreamEventBus;
}): AppServices {
  const fixed = opts.asOf ?? null;
  const today = () => fixed ?? new Date().toISOString().slice(0, 10);
  const learn = new LearnService(
    opts.store,
    opts.embedder
      ? {
          embedder: opts.embedder,
          logError: (error) =>
            opts.logger.warn({ err: error }, 'embeddings failed: verified examples ranked by BM25 alone for now'),
        }
      : null,
  );
  const streamBus = opts.streamBus ?? new InProcessStreamEventBus();
  const streams = new AnswerStreams(opts.store, streamBus, opts.logger);
  const lease = new ProcessLease(opts.store, opts.logger, opts.limits.answerTimeoutMs ?? 120_000);
  return {
    store: opts.store,
    engine: opts.engine,
    results: new ResultReader(opts.store, opts.engine),
    today,
    chat: new ChatService(opts.store, opts.engine, opts.limits, opts.logger, today, learn, lease, streams),
    learn,
    rateLimiter: new RateLimiter(opts.store.limits, opts.limits.rateLimitPerMinute),
    streams,
    streamBus,
    lease,
    limits: opts.limits,
    logger: opts.logger,
  };
}
