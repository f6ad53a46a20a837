import { openSqlite } from '@musaeid/db';
import type { CreatedUser } from '@musaeid/testkit';

import { AppStore } from '../../src/store/AppStore';

/** Creates users through the server's own store, in this process (fast: no CLI start-up per user). */
export function createUsers(db: string, specs: { email: string; admin?: boolean }[]): CreatedUser[] {
  const connection = openSqlite(db);
  try {
    const store = new AppStore(connection);
    return specs.map(({ email, admin }) => {
      const { user, apiKey } = store.users.createUser({ email, role: admin === true ? 'admin' : 'user' });
      return { userId: user.id, apiKey, email };
    });
  } finally {
    connection.close();
  }
}

/** One user, through the server's own store (see {@link createUsers}). */
export function createUser(db: string, email: string, opts: { admin?: boolean } = {}): CreatedUser {
  return createUsers(db, [{ email, ...opts }])[0] as CreatedUser;
}
