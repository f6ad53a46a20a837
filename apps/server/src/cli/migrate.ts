import { CliError } from './CliError';
import { dbFile } from './dbFile';

export async function runMigrate(o: { db: string; databaseUrl?: string }): Promise<void> {
  const { isPostgresUrl, migrate, migratePostgres } = await import('@musaeid/db');
  if (o.databaseUrl !== undefined) {
    if (!isPostgresUrl(o.databaseUrl))
      throw new CliError(`--database-url must be postgres://user@host:port/database (got ${o.databaseUrl})`);
    report(redactPassword(o.databaseUrl), (await migratePostgres(o.databaseUrl)).applied);
    return;
  }
  const file = dbFile(o.db, { create: true });
  report(file, (await migrate(file)).applied);
}

function report(target: string, applied: readonly string[]): void {
  process.stdout.write(
    applied.length === 0
      ? `${target}: schema up to date\n`
      : `${target}: applied ${applied.length} migration(s): ${applied.join(', ')}\n`,
  );
}

/** The URL as printed: a password in it is replaced by `***`. */
export function redactPassword(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+:)[^@]*@/i, '$1***@');
}
