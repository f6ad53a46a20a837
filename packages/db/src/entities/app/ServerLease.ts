import { defineEntity, p } from '@mikro-orm/core';

/**
 * A running server process's lease, renewed while it lives: a pending answer whose owner's lease
 * has expired (or whose owner's pid is no longer running on the same host) was interrupted.
 */
export const ServerLease = defineEntity({
  name: 'ServerLease',
  tableName: 'server_leases',
  properties: {
    ownerId: p.string().primary().fieldName('owner_id'),
    /** Epoch milliseconds after which the process counts as gone. */
    expiresAtMs: p.bigint('number').fieldName('expires_at_ms'),
    /** The host name and process id: a process on the same host sees at once that a neighbour died. */
    host: p.string(),
    pid: p.integer(),
    startedAt: p.string().fieldName('started_at'),
  },
});
