/**
 * Source of the query process (plain CommonJS, run with `node -e`, so it works the same under
 * tsx, vitest and a build). It opens its own read-only connection with `query_only` on, runs one
 * statement at a time and stops reading at the row cap. argv: [better-sqlite3 path, db file].
 */
export const QUERY_PROCESS_SOURCE = String.raw`
'use strict';
const [bsPath, file] = process.argv.slice(1);
const Database = require(bsPath);
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('query_only = ON');
db.pragma('busy_timeout = 5000');
process.on('disconnect', () => process.exit(0));
process.on('message', (m) => {
  const started = process.hrtime.bigint();
  try {
    const stmt = db.prepare(m.sql);
    if (!stmt.reader || !stmt.readonly) throw Object.assign(new Error('only read-only queries may run'), { code: 'MUSAEID_NOT_READONLY' });
    stmt.raw(true);
    const columns = stmt.columns().map((c) => c.name);
    const rows = [];
    let truncated = false;
    for (const row of stmt.iterate(...m.params)) {
      if (rows.length >= m.rowCap) { truncated = true; break; }
      rows.push(row);
    }
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    process.send({ id: m.id, ok: true, columns, rows, truncated, elapsedMs });
  } catch (error) {
    process.send({ id: m.id, ok: false, message: String(error && error.message || error), code: error && error.code || null });
  }
});
process.send({ ready: true });
`;
