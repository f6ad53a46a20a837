import { defineEntity, p } from '@mikro-orm/core';

/**
 * One rate-limited key's state (a user's metered requests), shared by every server process: the
 * theoretical arrival time of a token bucket that holds the per-minute limit and refills at it.
 */
export const RateLimit = defineEntity({
  name: 'RateLimit',
  tableName: 'rate_limits',
  properties: {
    key: p.string().primary(),
    /** Epoch milliseconds; a request is allowed while it is at most a minute (less one interval) ahead of now. */
    tatMs: p.bigint('number').fieldName('tat_ms'),
  },
});
