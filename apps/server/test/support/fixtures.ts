import { openSqlite } from '@musaeid/db';
import type { CreatedUser } from '@musaeid/testkit';

import { AppStore } from '../../src/store/AppStore';
import { SqliteClient } from '../../src/store/SqliteClient';

/** Creates users through the server's own store, in this process (fast: no CLI start-up per user). */
export async function createUsers(db: string, specs: { email: string; admin?: boolean }[]): Promise<CreatedUser[]> {
  const connection = openSqlite(db);
  try {
    const store = new AppStore(new SqliteClient(connection));
    const created: CreatedUser[] = [];
    for (const { email, admin } of specs) {
      const { user, apiKey } = await store.users.createUser({ email, role: admin === true ? 'admin' : 'user' });
      created.push({ userId: user.id, apiKey, email });
    }
    return created;
  } finally {
    connection.close();
  }
}

/** One user, through the server's own store (see {@link createUsers}). */
export async function createUser(db: string, email: string, opts: { admin?: boolean } = {}): Promise<CreatedUser> {
  return (await createUsers(db, [{ email, ...opts }]))[0] as CreatedUser;
}
