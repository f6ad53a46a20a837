import pg from 'pg';

import type { Logger } from '../logger';
import { StreamEventListeners, type StreamEventBus, type StreamEventListener } from '../services/StreamEventBus';
import type { SqlClient } from './SqlClient';
import type { StoredStreamEvent } from './StreamEventStore';

/** The channel every server process on the database listens on. */
export const STREAM_EVENTS_CHANNEL = 'musaeid_stream_events';
/** Wait before listening again after the listening connection broke (a database restart). */
const RELISTEN_MS = 1000;

/**
 * {@link StreamEventBus} across the server processes sharing one PostgreSQL database: `NOTIFY`
 * carries only the event's id (`<answerId>:<row id>`, well under NOTIFY's 8000-byte payload limit,
 * whatever the event's size); each process LISTENs on one dedicated connection and wakes the
 * followers of that answer, which read the table. While the connection is down, followers catch up
 * from the table (they re-read it periodically), so a lost notification delays an event, never loses it.
 */
export class PostgresStreamEventBus implements StreamEventBus {
  private readonly listeners = new StreamEventListeners();
  private client: pg.Client | null = null;
  private closed = false;
  private relisten: NodeJS.Timeout | null = null;

  private constructor(
    private readonly url: string,
    private readonly sql: SqlClient,
    private readonly logger: Logger,
  ) {}

  /** Starts listening on `url`; `sql` (the store's pool) sends the notifications. */
  static async start(url: string, sql: SqlClient, logger: Logger): Promise<PostgresStreamEventBus> {
    const bus = new PostgresStreamEventBus(url, sql, logger);
    try {
      await bus.listen();
    } catch (error) {
      await bus.close();
      throw error;
    }
    return bus;
  }

  async publish(event: StoredStreamEvent): Promise<void> {
    await this.sql.get('SELECT pg_notify(?, ?) AS sent', [STREAM_EVENTS_CHANNEL, `${event.answerId}:${event.id}`]);
  }

  subscribe(answerId: string, listener: StreamEventListener): () => void {
    return this.listeners.add(answerId, listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.relisten) clearTimeout(this.relisten);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    this.client = client;
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel === STREAM_EVENTS_CHANNEL && message.payload) this.received(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${STREAM_EVENTS_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      throw error;
    }
  }

  /** The listening connection broke: listen again on a new one shortly (unless closing). */
  private lost(client: pg.Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.logger.warn({ err: error }, 'stream notifications: connection lost, listening again shortly');
    this.relisten = setTimeout(() => {
      this.listen().catch(() => undefined); // lost() has scheduled the next attempt
    }, RELISTEN_MS);
    this.relisten.unref();
  }

  /** A notification: wakes this process's followers of that answer (they read the table, in id order). */
  private received(payload: string): void {
    const colon = payload.lastIndexOf(':');
    const id = Number(payload.slice(colon + 1));
    if (colon <= 0 || !Number.isSafeInteger(id)) return;
    this.listeners.deliver({ answerId: payload.slice(0, colon), id });
  }
}
