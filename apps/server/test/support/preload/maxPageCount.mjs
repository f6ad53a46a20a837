/**
 * Preload (`node --import <this file>`) for the disk-full fault test: every writable better-sqlite3
 * connection of the process gets `PRAGMA max_page_count = <current pages + MUSAEID_TEST_MAX_PAGES_EXTRA>`,
 * so the database cannot grow: inserts that need a new page fail with SQLITE_FULL exactly as on a
 * full disk. Test-only; the server's code is not changed.
 */
import { createRequire } from 'node:module';

const extra = Number(process.env.MUSAEID_TEST_MAX_PAGES_EXTRA ?? '0');
const require = createRequire(new URL('../../../../../packages/db/package.json', import.meta.url));
const Database = require('better-sqlite3');
const originalPragma = Database.prototype.pragma;
const limited = new WeakSet();

Database.prototype.pragma = function pragma(source, options) {
  if (!limited.has(this)) {
    limited.add(this);
    if (!this.readonly) {
      const pages = originalPragma.call(this, 'page_count', { simple: true });
      originalPragma.call(this, `max_page_count = ${Number(pages) + extra}`);
    }
  }
  return originalPragma.call(this, source, options);
};
