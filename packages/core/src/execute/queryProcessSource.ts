/**
 * Source of the query process (plain CommonJS, run with `node -e`, so it works the same under
 * tsx, vitest and a build). It opens its own read-only connection with `query_only` on, runs one
 * statement at a time and stops reading at the row cap (or reads one page of it, see `page`). argv: [better-sqlite3 path, db file,
 * server pid].
 *
 * It dies with its server, even in the middle of a statement. IPC 'disconnect' alone cannot do
 * that: it is an event on the main thread, which better-sqlite3 blocks for the whole statement,
 * so a server killed with SIGKILL left its query processes running a runaway statement for
 * minutes. A watchdog thread (worker_threads: its own event loop, not blocked by the statement)
 * polls the parent pid every 200 ms; once the server is gone the process is re-parented (to init
 * or a subreaper), `process.ppid` changes and the watchdog SIGKILLs its own process. (PR_SET_PDEATHSIG
 * would need a native addon; a separate watchdog process would be one more process per query process.)
 */
export const QUERY_PROCESS_SOURCE = String.raw`
'use strict';
const [bsPath, file, serverPid] = process.argv.slice(1);
const { Worker } = require('node:worker_threads');
const watchdog = new Worker(
  "const { workerData } = require('node:worker_threads');" +
    "const check = () => { if (process.ppid !== workerData) process.kill(process.pid, 'SIGKILL'); };" +
    'check(); setInterval(check, 200);',
  { eval: true, workerData: Number(serverPid) },
);
watchdog.unref();
const Database = require(bsPath);
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma('query_only = ON');
db.pragma('busy_timeout = 5000');
// Pages read through the OS page cache, shared by every query process, instead of each process's own small
// SQLite cache: a process that replaces a retired one (after a slow statement) starts warm, not cold. Measured on
// the generated 1,000,000-person database, a fresh process without it ran the same page 4-6x slower.
db.pragma('mmap_size = ' + 1024 * 1024 * 1024);
process.on('disconnect', () => process.exit(0));
const readOnly = (sql) => {
  const stmt = db.prepare(sql);
  if (!stmt.reader || !stmt.readonly) throw Object.assign(new Error('only read-only queries may run'), { code: 'MUSAEID_NOT_READONLY' });
  return stmt.raw(true);
};
// A page: the statement wrapped once, its window bound as parameters, so every page runs the same plan. The rows
// past the page are counted inside SQLite, never sent nor read into JavaScript: a window count over the rows up to
// the bound rides on each row of the page (and is dropped from it). Stepping the counted rows out one by one made
// a JavaScript array of each (on the generated 1,000,000-person database, 825 events counted cost 2.3 ms against
// 1.2 ms, 16,646 people 53 ms against 40 ms). A window without PARTITION BY or ORDER BY keeps the rows in the
// order the statement gives them, as the wrapping subquery does.
const page = (m) => {
  const stmt = readOnly('SELECT *, count(*) OVER () FROM (SELECT * FROM (' + m.sql + '\n) LIMIT ? OFFSET ?) LIMIT ?');
  const columns = stmt.columns().map((c) => c.name);
  columns.pop();
  const rows = stmt.all(...m.params, m.page.countTo, m.page.offset, m.page.limit);
  const counted = rows.length > 0 ? rows[0][rows[0].length - 1] : 0;
  for (const row of rows) row.pop();
  return { columns, rows, counted, exhausted: counted < m.page.countTo };
};
process.on('message', (m) => {
  const started = process.hrtime.bigint();
  try {
    if (m.page) {
      const result = page(m);
      process.send({ id: m.id, ok: true, ...result, elapsedMs: Number(process.hrtime.bigint() - started) / 1e6 });
      return;
    }
    const stmt = readOnly(m.sql);
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
