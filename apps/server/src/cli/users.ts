import { CliError } from './CliError';
import { dbFile } from './dbFile';

export async function runUsersCreate(o: { email: string; admin?: boolean; db: string; json?: boolean }): Promise<void> {
  const { z } = await import('zod');
  if (!z.email().safeParse(o.email.trim()).success)
    throw new CliError(`--email ${JSON.stringify(o.email)} is not an e-mail address`);
  const file = dbFile(o.db, { create: true });
  const { openSqlite } = await import('@musaeid/db');
  const { ensureMigrated } = await import('../ensureMigrated');
  await ensureMigrated(file);
  const { AppStore } = await import('../store/AppStore');
  const { DuplicateEmailError } = await import('../errors');
  const db = openSqlite(file);
  try {
    const { user, apiKey } = new AppStore(db).users.createUser({ email: o.email, role: o.admin ? 'admin' : 'user' });
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
    db.close();
  }
}

/**
 * `musaeid users key --email <e-mail>`: issues a new API key to an existing user (the way back for
 * a user who lost or revoked their keys; what `admin.users.issueKey` does over the API).
 */
export async function runUsersKey(o: { email: string; name?: string; db: string; json?: boolean }): Promise<void> {
  const file = dbFile(o.db, { create: false });
  const { openSqlite } = await import('@musaeid/db');
  const { ensureMigrated } = await import('../ensureMigrated');
  await ensureMigrated(file);
  const { AppStore } = await import('../store/AppStore');
  const db = openSqlite(file);
  try {
    const users = new AppStore(db).users;
    const user = users.findByEmail(o.email);
    if (!user)
      throw new CliError(
        `No user with e-mail ${JSON.stringify(o.email.trim())}: create one with  musaeid users create --email ...`,
      );
    const { key, apiKey } = users.createApiKey(user.id, o.name ?? 'issued by the CLI');
    if (o.json) process.stdout.write(`${JSON.stringify({ userId: user.id, keyId: key.id, apiKey })}\n`);
    else {
      process.stdout.write(
        `Issued a new API key to ${user.email} (key id ${key.id}${user.disabledAt ? '; the account is DISABLED, so it will not work until re-enabled' : ''}).\n` +
          `API key (shown once, keep it): ${apiKey}\nUse it as: Authorization: Bearer ${apiKey}\n`,
      );
    }
  } finally {
    db.close();
  }
}
