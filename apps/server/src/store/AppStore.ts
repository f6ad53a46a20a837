import { ChatStore } from './ChatStore';
import { GlossaryStore } from './GlossaryStore';
import { LearnStore } from './LearnStore';
import { LeaseStore } from './LeaseStore';
import { LimitStore } from './LimitStore';
import type { SqlClient } from './SqlClient';
import { StreamEventStore } from './StreamEventStore';
import { UsageStore } from './UsageStore';
import { UserStore } from './UserStore';

/**
 * The app tables behind one connection: accounts, chats, usage, what users taught. Every method is
 * asynchronous and written once over a {@link SqlClient}: a SQLite file (`SqliteClient`) or a
 * PostgreSQL database shared by several servers (`PostgresClient`).
 */
export class AppStore {
  readonly users: UserStore;
  readonly chats: ChatStore;
  readonly usage: UsageStore;
  readonly learn: LearnStore;
  readonly glossary: GlossaryStore;
  readonly limits: LimitStore;
  readonly streamEvents: StreamEventStore;
  readonly leases: LeaseStore;

  constructor(readonly sql: SqlClient) {
    this.users = new UserStore(sql);
    this.chats = new ChatStore(sql);
    this.usage = new UsageStore(sql);
    this.learn = new LearnStore(sql);
    this.glossary = new GlossaryStore(sql);
    this.limits = new LimitStore(sql);
    this.streamEvents = new StreamEventStore(sql);
    this.leases = new LeaseStore(sql);
  }

  /** Whether the database answers (health checks). */
  async ping(): Promise<boolean> {
    try {
      await this.sql.get('SELECT 1 AS ok');
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
