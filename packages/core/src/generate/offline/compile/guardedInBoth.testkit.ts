import { DATA_TABLES } from '@musaeid/db';
import { SqlGuard } from '../../../guard/SqlGuard';
import type { Asked } from '../testkit';
import type { OfflineUnderstanding } from '../understanding';
import { POSTGRESQL_COMPILE_DIALECT, SQLITE_COMPILE_DIALECT } from './CompileDialect';
import { compileRequest } from './compileRequest';

const TABLES = DATA_TABLES.map((t) => t.name);

/**
 * The SQL an answered question's request compiles to in SQLite and in PostgreSQL, each checked by the guard of its
 * dialect (the PostgreSQL parser reads less than SQLite's: no PARTITION BY list). Throws what the guard throws.
 */
export function guardedInBoth(asked: Asked): void {
  if (asked.kind !== 'sql') throw new Error(`no SQL: ${asked.kind}`);
  const request = (asked.understanding as OfflineUnderstanding | undefined)?.request;
  if (!request) throw new Error('no request');
  for (const [dialect, parserDialect] of [
    [SQLITE_COMPILE_DIALECT, 'sqlite'],
    [POSTGRESQL_COMPILE_DIALECT, 'postgresql'],
  ] as const)
    new SqlGuard({ allowedTables: TABLES, parserDialect }).check(compileRequest(request, dialect).sql);
}
