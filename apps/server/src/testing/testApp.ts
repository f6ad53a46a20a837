import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { migrate, openSqlite } from '@musaeid/db';
import type { Database } from 'better-sqlite3';

import type { ChatEngine } from '../engine';
import { createLogger } from '../logger';
import { createCaller } from '../root';
import type { UserDto } from '../schemas';
import { createAppServices, type AppServices, type ServiceLimits } from '../services/AppServices';
import { AppStore } from '../store/AppStore';
import { SqliteClient } from '../store/SqliteClient';
import { createContextInner } from '../trpc';
import { ScriptedEngine } from './ScriptedEngine';

export interface TestUser {
  user: UserDto;
  apiKey: string;
}

export interface TestApp {
  dir: string;
  file: string;
  services: AppServices;
  store: AppStore;
  /** The store's SQLite connection (pragmas, direct reads). */
  sqlite: Database;
  engine: ChatEngine;
  admin: TestUser;
  alice: TestUser;
  bob: TestUser;
  caller(who: TestUser | null): Promise<ReturnType<typeof createCaller>>;
  count(table: string): number;
  cleanup(): void;
}

/** A migrated SQLite file in a tmp dir with an admin and two users, and services around `engine`. */
export async function createTestApp(
  opts: { engine?: ChatEngine; limits?: Partial<ServiceLimits>; prepare?: (file: string) => Promise<void> } = {},
): Promise<TestApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'musaeid-server-'));
  const file = path.join(dir, 'test.db');
  await migrate(file);
  await opts.prepare?.(file);
  const sqlite = openSqlite(file);
  const store = new AppStore(new SqliteClient(sqlite));
  const engine = opts.engine ?? new ScriptedEngine();
  const services = createAppServices({
    store,
    engine,
    logger: createLogger('silent'),
    limits: {
      rateLimitPerMinute: 1000,
      monthlyMessageQuota: 1000,
      costPer1kPromptTokensUsd: 0.5,
      costPer1kCompletionTokensUsd: 1.5,
      ...opts.limits,
    },
  });
  const make = (email: string, role: 'user' | 'admin'): Promise<TestUser> => store.users.createUser({ email, role });
  return {
    dir,
    file,
    services,
    store,
    sqlite,
    engine,
    admin: await make('admin@example.test', 'admin'),
    alice: await make('alice@example.test', 'user'),
    bob: await make('bob@example.test', 'user'),
    caller: async (who) => createCaller(await createContextInner({ services, user: who?.user ?? null })),
    count: (table) => (sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n,
    cleanup: () => {
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
