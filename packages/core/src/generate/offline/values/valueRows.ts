import type BetterSqlite3 from 'better-sqlite3';

/** A query of {@link VALUE_QUERIES}: the table it reads, its SELECT and the order its rows are read in. */
interface ValueQuery {
  readonly table: string;
  readonly sql: string;
  /**
   * The order SQLite returns the rows in anyway (by rowid, or along the index it scans), written out so
   * PostgreSQL reads them in the same order and builds the same index (where several rows share a name, the
   * first one read comes first). Text in byte order (PostgreSQL's "C" collation, SQLite's BINARY). Without
   * one, rows come in insertion order on both (or their order does not matter: word counts).
   */
  readonly orderBy?: { readonly column: string; readonly text: boolean };
}

/**
 * The rows the value index is built from, as plain SELECTs both SQLite and PostgreSQL run. Each query reads
 * one table; a database without that table gives `null` for it (an index over partial data, as in tests).
 */
export const VALUE_QUERIES = {
  eventTexts: {
    table: 'events',
    sql: 'SELECT "name" AS "n", "description" AS "d" FROM "events"',
  },
  companyOverviews: {
    table: 'companies',
    sql: 'SELECT "id" AS "c", "overview" AS "d" FROM "companies"',
  },
  /**
   * Which companies take part in which events, and how (`r`, the relation): the words of their overviews describe the
   * event, and a company described by what it does at a named event ("the shipbuilder sponsoring X") is one of them.
   */
  participants: {
    table: 'participations',
    sql: 'SELECT DISTINCT "event_id" AS "e", "company_id" AS "c", "relation" AS "r" FROM "participations"',
    orderBy: { column: 'e', text: false },
  },
  events: {
    table: 'events',
    // the date as text on both backends (PostgreSQL's driver hands a date column over as a Date object)
    sql: 'SELECT "id", "name", "url", "venue", "city", "country", CAST("start_date" AS TEXT) AS "start_date" FROM "events"',
    orderBy: { column: 'id', text: false },
  },
  companies: {
    table: 'companies',
    sql: 'SELECT "id", "name", "domain", "city", "country", "employees_min" AS "employees" FROM "companies"',
    orderBy: { column: 'id', text: false },
  },
  people: {
    table: 'people',
    sql: 'SELECT "id", "full_name", "first_name", "surname" FROM "people"',
    orderBy: { column: 'id', text: false },
  },
  jobTitles: {
    table: 'people',
    sql: 'SELECT "id", "job_title" AS "t" FROM "people" WHERE "job_title" IS NOT NULL',
    orderBy: { column: 'id', text: false },
  },
  peopleCountries: {
    table: 'people',
    sql: 'SELECT DISTINCT "country" AS "c" FROM "people" WHERE "country" IS NOT NULL',
    orderBy: { column: 'c', text: true },
  },
  peopleCities: {
    table: 'people',
    sql: 'SELECT "city" AS "c", COUNT(*) AS "n" FROM "people" WHERE "city" IS NOT NULL GROUP BY "city"',
    orderBy: { column: 'c', text: true },
  },
  companyStates: {
    table: 'companies',
    sql: 'SELECT DISTINCT "state" AS "s" FROM "companies" WHERE "state" IS NOT NULL',
    orderBy: { column: 's', text: true },
  },
  peopleStates: {
    table: 'people',
    sql: 'SELECT DISTINCT "state" AS "s" FROM "people" WHERE "state" IS NOT NULL',
    orderBy: { column: 's', text: true },
  },
  industries: {
    table: 'company_industries',
    sql: 'SELECT DISTINCT "industry" AS "i" FROM "company_industries"',
    orderBy: { column: 'i', text: true },
  },
  tags: { table: 'tags', sql: 'SELECT "tag", "label", "description" FROM "tags"' },
  /** Each company's industries in their order: what the data can say a company is like. */
  companyIndustries: {
    table: 'company_industries',
    sql: 'SELECT "company_id" AS "c", "industry" AS "i", "position" AS "p" FROM "company_industries"',
    orderBy: { column: 'c', text: false },
  },
  /** The companies with people in the data: of two names typed alike, the one a question about people can mean. */
  staffedCompanies: {
    table: 'people',
    sql: 'SELECT DISTINCT "company_id" AS "c" FROM "people" WHERE "company_id" IS NOT NULL',
    orderBy: { column: 'c', text: false },
  },
  /** Each event's theme tags: what the data can say an event is like. */
  eventTags: {
    table: 'event_tags',
    sql: 'SELECT "event_id" AS "e", "tag" AS "t" FROM "event_tags"',
    orderBy: { column: 'e', text: false },
  },
} as const satisfies Record<string, ValueQuery>;

type ValueQueryName = keyof typeof VALUE_QUERIES;

function orderedSql(query: ValueQuery, dialect: 'sqlite' | 'postgresql'): string {
  if (!query.orderBy) return query.sql;
  const collation = query.orderBy.text && dialect === 'postgresql' ? ' COLLATE "C"' : '';
  // Around the query, so the order can name its output columns (PostgreSQL's DISTINCT allows nothing else).
  return `SELECT * FROM (${query.sql}) AS "v" ORDER BY "${query.orderBy.column}"${collation}`;
}

/** The result of every {@link VALUE_QUERIES} entry (null: its table does not exist). */
export type ValueRows = { readonly [K in ValueQueryName]: readonly Record<string, unknown>[] | null };

/** Reads the value rows from a SQLite connection (synchronously, as better-sqlite3 does). */
export function readSqliteValueRows(db: BetterSqlite3.Database): ValueRows {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?");
  const out: Partial<Record<ValueQueryName, Record<string, unknown>[] | null>> = {};
  for (const [key, query] of Object.entries(VALUE_QUERIES) as [ValueQueryName, ValueQuery][]) {
    out[key] =
      exists.get(query.table) === undefined
        ? null
        : (db.prepare(orderedSql(query, 'sqlite')).all() as Record<string, unknown>[]);
  }
  return out as ValueRows;
}

/**
 * Reads the value rows from PostgreSQL through an asynchronous query function, given which tables exist.
 *
 * @example const rows = await readValueRows(new Set(['events']), async (sql) => (await client.query(sql)).rows);
 */
export async function readValueRows(
  tables: ReadonlySet<string>,
  query: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<ValueRows> {
  const out: Partial<Record<ValueQueryName, Record<string, unknown>[] | null>> = {};
  for (const [key, q] of Object.entries(VALUE_QUERIES) as [ValueQueryName, ValueQuery][]) {
    out[key] = tables.has(q.table) ? await query(orderedSql(q, 'postgresql')) : null;
  }
  return out as ValueRows;
}
