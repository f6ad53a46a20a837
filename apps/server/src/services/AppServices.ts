import type { Embedder } from '@musaeid/core';

import type { ChatEngine } from '../engine';
import type { Logger } from '../logger';
import type { AppStore } from '../store/AppStore';
import { ChatService } from './ChatService';
import { LearnService } from './LearnService';
import { RateLimiter } from './RateLimiter';
import { ResultReader } from './ResultReader';
import type { ServiceLimits } from './ServiceLimits';

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
  return {
    store: opts.store,
    engine: opts.engine,
    results: new ResultReader(opts.store, opts.engine),
    today,
    chat: new ChatService(opts.store, opts.engine, opts.limits, opts.logger, today, learn),
    learn,
    rateLimiter: new RateLimiter(opts.store.limits, opts.limits.rateLimitPerMinute),
    limits: opts.limits,
    logger: opts.logger,
  };
}
