import { randomUUID } from 'node:crypto';
import os from 'node:os';

import type { Logger } from '../logger';
import type { AppStore } from '../store/AppStore';
import type { Lease } from '../store/LeaseStore';

/** How long a lease lasts without renewal: a process silent this long is taken for gone. */
export const LEASE_TTL_MS = 10_000;
/** Renewal period: three renewals may fail (a busy event loop, a slow database) before the lease runs out. */
const RENEW_EVERY_MS = LEASE_TTL_MS / 4;

const INTERRUPTED_TEXT = 'Sorry, the server stopped before answering. Please ask again.';

/** Whether process `pid` runs on this host (EPERM: it runs, as another user). */
function pidRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * This server process's identity towards the others sharing its database (several processes on
 * PostgreSQL, or on one SQLite file): an owner id written on every answer it computes, and a lease
 * (a `server_leases` row renewed every few seconds) saying it is alive. An answer left `pending` by a
 * process that is gone was interrupted: its lease expired, or (on the same host) its pid no longer
 * runs, which a SIGKILL makes true at once. At start-up and at each renewal the answers of gone
 * processes are marked interrupted, so they get an outcome even when their process never comes back.
 */
export class ProcessLease {
  readonly ownerId = randomUUID();
  private readonly host = os.hostname();
  private timer: NodeJS.Timeout | null = null;
  private readonly startedAt = new Date().toISOString();

  constructor(
    private readonly store: AppStore,
    private readonly logger: Logger,
    /** The answer time limit: an ownerless pending answer older than this is interrupted. */
    private readonly answerTimeoutMs: number,
  ) {}

  /** Whether the process `ownerId` (an answer's owner) may still be computing it. */
  async isAlive(ownerId: string | null): Promise<boolean> {
    if (ownerId === null) return false;
    if (ownerId === this.ownerId) return true;
    return this.holds(await this.store.leases.get(ownerId));
  }

  /**
   * Start-up recovery: marks the answers of processes that are gone as INTERRUPTED, and ownerless
   * ones from before `startedAt` (a retry with the same clientMessageId redoes them). Returns how many.
   */
  async recover(startedAt: Date): Promise<number> {
    await this.renew();
    return this.failOrphans(startedAt.toISOString());
  }

  /** Renews the lease (and marks the answers of gone processes interrupted) every few seconds until {@link stop}. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      void this.tick();
    }, RENEW_EVERY_MS);
    this.timer.unref();
  }

  /** Stops renewing and gives the lease back (after this process's answers were stored). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.store.leases.release(this.ownerId);
  }

  private holds(lease: Lease | null, now: number = Date.now()): boolean {
    if (lease === null || lease.expiresAtMs <= now) return false;
    return lease.host !== this.host || lease.pid === process.pid || pidRuns(lease.pid);
  }

  private renew(): Promise<void> {
    return this.store.leases.renew(
      { ownerId: this.ownerId, expiresAtMs: Date.now() + LEASE_TTL_MS, host: this.host, pid: process.pid },
      this.startedAt,
    );
  }

  private async failOrphans(ownerlessBefore: string): Promise<number> {
    const now = Date.now();
    const dead = (await this.store.leases.ownersOfPending())
      .filter(({ ownerId, lease }) => ownerId !== this.ownerId && !this.holds(lease, now))
      .map(({ ownerId }) => ownerId);
    return this.store.chats.failOrphanedPending(dead, ownerlessBefore, INTERRUPTED_TEXT);
  }

  private async tick(): Promise<void> {
    try {
      await this.renew();
      const interrupted = await this.failOrphans(new Date(Date.now() - this.answerTimeoutMs).toISOString());
      if (interrupted > 0)
        this.logger.warn({ interrupted }, 'answers of a server process that is gone marked interrupted');
      await this.store.leases.prune(Date.now() - 10 * LEASE_TTL_MS);
    } catch (error) {
      this.logger.warn({ err: error }, 'could not renew the server lease');
    }
  }
}
