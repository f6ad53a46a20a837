import path from 'node:path';

import {
  createUserWithCli,
  freePort,
  makeTmp,
  prepareDatabase,
  removeTmp,
  ServerProcess,
  type CreatedUser,
} from '@musaeid/testkit';

/** What the global set-up hands to the tests (see test/globalSetup.ts). */
export interface LiveServerInfo {
  url: string;
  /** A regular user and a second one (for "another user's chat" checks). */
  alice: CreatedUser;
  bob: CreatedUser;
  /** An admin (workspace glossary, verified examples, feedback). */
  admin: CreatedUser;
}

/**
 * The real server (`musaeid serve`) on 127.0.0.1 with a fresh SQLite file holding the demo data,
 * and two users created with `musaeid users create --json`, as an outside user would.
 */
export class LiveServer {
  private constructor(
    private readonly dir: string,
    private readonly server: ServerProcess,
    readonly info: LiveServerInfo,
  ) {}

  static async start(): Promise<LiveServer> {
    const dir = makeTmp('sdk');
    const db = path.join(dir, 'musaeid.db');
    try {
      await prepareDatabase(db, { data: 'demo', people: 300, seed: 7 });
      const alice = await createUserWithCli(db, 'alice@sdk.test');
      const bob = await createUserWithCli(db, 'bob@sdk.test');
      const admin = await createUserWithCli(db, 'admin@sdk.test', { admin: true });
      const server = new ServerProcess({ db, port: await freePort() });
      await server.start();
      return new LiveServer(dir, server, { url: server.url, alice, bob, admin });
    } catch (error) {
      removeTmp(dir);
      throw error;
    }
  }

  /** SIGTERM (graceful shutdown), then removes the scratch directory. */
  async stop(): Promise<void> {
    await this.server.stop('SIGTERM');
    removeTmp(this.dir);
  }
}
