import { CliError } from './CliError';
import { dbFile } from './dbFile';

/** The app store on the SQLite file, or on PostgreSQL given `databaseUrl` (both migrated first). */
async function openStore(o: { db: string; databaseUrl?: string | undefined }, create: boolean) {
  const dbModule = await import('@musaeid/db');
  const { AppStore } = await import('../store/AppStore');
  if (o.databaseUrl !== undefined) {
    if (!dbModule.isPostgresUrl(o.databaseUrl))
      throw new CliError(`--database-url must be postgres://user@host:port/database (got ${o.databaseUrl})`);
    await dbModule.migratePostgres(o.databaseUrl);
    const { PostgresClient } = await import('../store/PostgresClient');
    return new AppStore(PostgresClient.connect(o.databaseUrl, { max: 1 }));
  }
  const file = dbFile(o.db, { create });
  const { ensureMigrated } = await import('../ensureMigrated');
  await ensureMigrated(file);
  const { SqliteClient } = await import('../store/SqliteClient');
  return new AppStore(new SqliteClient(dbModule.openSqlite(file)));
}

export async function runUsersCreate(o: {
  email: string;
  admin?: boolean;
  db: string;
  databaseUrl?: string;
  json?: boolean;
}): Promise<void> {
  const { z } = await import('zod');
  if (!z.email().safeParse(o.email.trim()).success)
    throw new CliError(`--email ${JSON.stringify(o.email)} is not an e-mail address`);
  const store = await openStore(o, true);
  const { DuplicateEmailError } = await import('../errors');
  try {
    const { user, apiKey } = await store.users.createUser({ email: o.email, role: o.admin ? 'admin' : 'user' });
    if (o.json) process.stdout.write(`${JSON.stringify({ userId: user.id, apiKey })}\n`);
    else {
      process.stdout.write(
        `Created ${user.role} ${user.email} (id ${user.id}).\nAPI key (shown once, keep it): ${apiKey}\n` +
          `Use it as: Authorization: Bearer ${apiKey}\n`,
      );
    }
  } catch (error) {
    if (error instanceof DuplicateEmailError) throw new CliError(error.message);
    throw error;
  } finally {
    await store.close();
  }
}

/**
 * `musaeid users key --email <e-mail>`: issues a new API key to an existing user (the way back for
 * a user who lost or revoked their keys; what `admin.users.issueKey` does over the API).
 */
export async function runUsersKey(o: {
  email: string;
  name?: string;
  db: string;
  databaseUrl?: string;
  json?: boolean;
}): Promise<void> {
  const store = await openStore(o, false);
  try {
    const users = store.users;
    const user = await users.findByEmail(o.email);
    if (!user)
      throw new CliError(
        `No user with e-mail ${JSON.stringify(o.email.trim())}: create one with  musaeid users create --email ...`,
      );
    const { key, apiKey } = await users.createApiKey(user.id, o.name ?? 'issued by the CLI');
    if (o.json) process.stdout.write(`${JSON.stringify({ userId: user.id, keyId: key.id, apiKey })}\n`);
    else {
      process.stdout.write(
        `Issued a new API key to ${user.email} (key id ${key.id}${user.disabledAt ? '; the account is DISABLED, so it will not work until re-enabled' : ''}).\n` +
          `API key (shown once, keep it): ${apiKey}\nUse it as: Authorization: Bearer ${apiKey}\n`,
      );
    }
  } finally {
    await store.close();
  }
}
