import { ChatStore } from './ChatStore';
import type { Db } from './Db';
import { GlossaryStore } from './GlossaryStore';
import { LearnStore } from './LearnStore';
import { UsageStore } from './UsageStore';
import { UserStore } from './UserStore';

/** The app tables behind one connection: accounts, chats, usage, what users taught. */
export class AppStore {
  readonly users: UserStore;
  readonly chats: ChatStore;
  readonly usage: UsageStore;
  readonly learn: LearnStore;
  readonly glossary: GlossaryStore;

  constructor(readonly db: Db) {
    this.users = new UserStore(db);
    this.chats = new ChatStore(db);
    this.usage = new UsageStore(db);
    this.learn = new LearnStore(db);
    this.glossary = new GlossaryStore(db);
  }
}
