import pg from 'pg';

/** Options of {@link ensureReaderRole}. */
export interface ReaderRoleOptions {
  /** The only tables it may read: the engine's data tables (core's DATA_TABLE_NAMES), never the app tables or the ingestion log. */
  tables: readonly string[];
  /** Role name (a plain lowercase identifier). Default `musaeid_reader`. */
  role?: string;
  /** Its login password; omitted for clusters that authenticate otherwise (peer, trust, certificates). */
  password?: string;
}

/**
 * Creates (or re-grants) the role the engine's statements run as: it can log in and SELECT the listed tables
 * and nothing else (no app table, no ingestion log, no CREATE anywhere), and every transaction it starts is
 * read-only by default. Run with an owner's URL after migrating; returns the reader's URL for the executor.
 *
 * @example const readerUrl = await ensureReaderRole(adminUrl, { tables: DATA_TABLE_NAMES }); // postgres://musaeid_reader@host:port/db
 */
export async function ensureReaderRole(adminUrl: string, opts: ReaderRoleOptions): Promise<string> {
  const role = opts.role ?? 'musaeid_reader';
  for (const name of [role, ...opts.tables])
    if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  if (opts.tables.length === 0) throw new Error('the reader role needs at least one table');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    // Several servers starting at once run this together: concurrent GRANTs on one object fail
    // ("tuple concurrently updated"), so one at a time (the lock ends with the transaction).
    await client.query("SELECT pg_advisory_xact_lock(hashtext('musaeid_reader_role'))");
    const { rowCount } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    if (rowCount === 0) await client.query(`CREATE ROLE "${role}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    if (opts.password !== undefined) {
      // ALTER ROLE takes no bind parameters: the password is passed as an escaped literal.
      await client.query(`ALTER ROLE "${role}" PASSWORD ${client.escapeLiteral(opts.password)}`);
    }
    const { rows } = await client.query<{ db: string }>('SELECT current_database() AS db');
    const database = rows[0]!.db;
    await client.query(`GRANT CONNECT ON DATABASE "${database}" TO "${role}"`);
    await client.query(`GRANT USAGE ON SCHEMA public TO "${role}"`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM "${role}"`);
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "${role}"`);
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "${role}"`);
    await client.query(`GRANT SELECT ON ${opts.tables.map((t) => `"${t}"`).join(', ')} TO "${role}"`);
    await client.query(`ALTER ROLE "${role}" SET default_transaction_read_only = on`);
    await client.query('COMMIT');
    const url = new URL(adminUrl);
    url.username = role;
    url.password = opts.password ?? '';
    return url.toString();
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
