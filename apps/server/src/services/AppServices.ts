import type { ChatEngine } from '../engine';
import type { Logger } from '../logger';
import type { AppStore } from '../store/AppStore';
import { ChatService } from './ChatService';
import { RateLimiter } from './RateLimiter';
import type { ServiceLimits } from './ServiceLimits';

export type { ServiceLimits } from './ServiceLimits';

/** Everything a request needs, built once per server (or per test). */
export interface AppServices {
  store: AppStore;
  engine: ChatEngine;
  chat: ChatService;
  rateLimiter: RateLimiter;
  limits: ServiceLimits;
  logger: Logger;
}

export function createAppServices(opts: {
  store: AppStore;
  engine: ChatEngine;
  limits: ServiceLimits;
  logger: Logger;
}): AppServices {
  return {
    store: opts.store,
    engine: opts.engine,
    chat: new ChatService(opts.store, opts.engine, opts.limits, opts.logger),
    rateLimiter: new RateLimiter(opts.limits.rateLimitPerMinute),
    limits: opts.limits,
    logger: opts.logger,
  };
}
