import { once } from 'node:events';
import { createInterface } from 'node:readline';

import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

import type {
  ChildList,
  ChildTableSpec,
  IngestStore,
  IssueRow,
  KeyedRows,
  KeyedTableSpec,
  SqlValue,
} from '../ingest/IngestStore';
import { CopyBuffers, decodeCopyLine, type CopyValue } from './copyText';

const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;
/** PostgreSQL types whose text the ingestion handles as JS numbers (as better-sqlite3 returns them). */
const NUMERIC_TYPES = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'numeric']);
const KEY_SEPARATOR = '\u0001';
/** Default of {@link PostgresIngestStore.load}'s `bulkLoadFrom`. */
export const BULK_LOAD_FROM = 10_000;

/** A table's rows as they were when the ingestion started, with its column names. */
interface Snapshot {
  columns: string[];
  rows: SqlValue[][];
}

/**
 * The ingestion's storage for PostgreSQL: the ingested tables are read once at the start (`COPY ... TO STDOUT`,
 * inside the ingestion's transaction, after its lock), every row is then merged in memory by the same modules
 * as on SQLite, and the result is written with `COPY ... FROM STDIN`: new rows straight into the tables (a load
 * larger than what a table held drops its keys, foreign keys and indexes and rebuilds them once), changed rows
 * through a temporary table and one UPDATE, replaced child lists with one DELETE. Tables that can no longer
 * change are written while the next file is parsed ({@link flushSoon}), and new rows of a table that started
 * empty can be streamed as they are read ({@link streamInsertsSoon}), so PostgreSQL works while Node parses.
 * Memory grows with the rows read and the rows already stored: the price of writing in bulk instead of one
 * statement per row.
 */
export class PostgresIngestStore implements IngestStore {
  private readonly keyedTables = new Map<string, MemoryKeyedRows>();
  private readonly childTables = new Map<string, MemoryChildList>();
  private readonly issues: CopyValue[][] = [];
  /** Writes started while the files are still being read (see {@link flushSoon}), one after the other. */
  private work: Promise<void> = Promise.resolve();
  private readonly flushed = new Set<string>();
  private aborted = false;

  private constructor(
    private readonly client: pg.Client,
    private readonly snapshots: ReadonlyMap<string, Snapshot>,
    private readonly runId: number,
    private readonly firstIssueId: number,
    private readonly bulkLoadFrom: number,
  ) {}

  /**
   * Reads the current rows of `tables` (keyed and child tables) through `client`, inside its transaction.
   * `bulkLoadFrom`: a table getting at least this many new rows, more than it held, is bulk-loaded (keys,
   * foreign keys and indexes dropped and rebuilt); below it, rebuilding costs more than it saves.
   */
  static async load(
    client: pg.Client,
    tables: readonly string[],
    runId: number,
    firstIssueId: number,
    bulkLoadFrom = BULK_LOAD_FROM,
  ): Promise<PostgresIngestStore> {
    const snapshots = new Map<string, Snapshot>();
    for (const table of tables) snapshots.set(table, await readTable(client, table));
    return new PostgresIngestStore(client, snapshots, runId, firstIssueId, bulkLoadFrom);
  }

  keyed(spec: KeyedTableSpec): KeyedRows {
    const existing = this.keyedTables.get(spec.table);
    if (existing) return existing;
    const rows = new MemoryKeyedRows(spec, this.snapshot(spec.table), this.bulkLoadFrom);
    this.keyedTables.set(spec.table, rows);
    return rows;
  }

  children(spec: ChildTableSpec): ChildList {
    const existing = this.childTables.get(spec.table);
    if (existing) return existing;
    const list = new MemoryChildList(spec, this.snapshot(spec.table), this.bulkLoadFrom);
    this.childTables.set(spec.table, list);
    return list;
  }

  idLookup(table: string, column: string): (value: string) => number | null {
    const rows = this.keyedTables.get(table);
    if (!rows || rows.spec.key.length !== 1 || rows.spec.key[0] !== column) {
      throw new Error(
        `${table}.${column}: look-ups go through the keyed table, opened before (files are read in order)`,
      );
    }
    return (value) => rows.idOf(value);
  }

  issue(row: IssueRow): void {
    this.issues.push([this.firstIssueId + this.issues.length, this.runId, ...row]);
  }

  /** Whether `table` held rows when the ingestion started. */
  hadRows(table: string): boolean {
    return this.snapshot(table).rows.length > 0;
  }

  /**
   * Starts writing `tables` now, while the next file is read (PostgreSQL loads them while Node parses): call it
   * once nothing more can change in them. Errors surface in {@link flush}.
   */
  flushSoon(tables: readonly string[]): void {
    this.schedule(async () => {
      for (const table of tables) await this.flushTable(table);
    });
  }

  /**
   * From now on, streams the rows `table` gets into it as they are read, when the table was empty at the start
   * (it is then bulk-loaded: its keys and indexes are rebuilt at {@link flush}). Rows merged into after they were
   * sent are updated at the end.
   */
  streamInsertsSoon(table: string): void {
    this.schedule(async () => {
      const rows = this.keyedTables.get(table);
      if (rows && !this.hadRows(table)) await rows.openStream(this.client);
    });
  }

  /** Writes everything this run stored, parents before children (in the caller's transaction). */
  async flush(order: readonly string[]): Promise<void> {
    await this.work;
    for (const table of order) if (!this.flushed.has(table)) await this.flushTable(table);
  }

  /** Stops any COPY under way (PostgreSQL then aborts the transaction) and waits for the pending writes to end. */
  async abort(): Promise<void> {
    this.aborted = true;
    for (const rows of this.keyedTables.values()) rows.abortStream();
    await this.work.catch(() => undefined);
  }

  private schedule(step: () => Promise<void>): void {
    this.work = this.work.then(() => (this.aborted ? undefined : step()));
    // Handled here so a failure while the files are read is not reported as unhandled; flush() rethrows it.
    this.work.catch(() => undefined);
  }

  private async flushTable(table: string): Promise<void> {
    this.flushed.add(table);
    const keyed = this.keyedTables.get(table);
    if (keyed) await keyed.flush(this.client);
    const children = this.childTables.get(table);
    if (children) await children.flush(this.client);
    if (table === 'ingest_issues') {
      await bulkInsert(
        this.client,
        table,
        ['id', 'run_id', 'file', 'line', 'column', 'action', 'reason', 'value'],
        this.issues,
        this.firstIssueId - 1,
        this.bulkLoadFrom,
      );
    }
  }

  private snapshot(table: string): Snapshot {
    const snapshot = this.snapshots.get(table);
    if (!snapshot) throw new Error(`${table} was not read at the start of the ingestion`);
    return snapshot;
  }
}

/** Rows of a keyed table: a map from natural key to `[id, ...columns]`, new rows numbered after the largest id. */
class MemoryKeyedRows implements KeyedRows {
  readonly maxIdAtStart: number;
  private readonly byKey = new Map<string, SqlValue[]>();
  /** The rows inserted by this run, by id - maxIdAtStart - 1. */
  private readonly fresh: SqlValue[][] = [];
  /** Rows that existed before and changed, by id. */
  private readonly changed = new Map<number, SqlValue[]>();
  private readonly keyIndexes: number[];
  /** While new rows are streamed into the table as they come (see {@link openStream}). */
  private stream: {
    sink: ReturnType<typeof copyFrom>;
    done: Promise<void>;
    buffers: CopyBuffers;
    /** How many of `fresh` were sent. */
    sent: number;
    restore: () => Promise<void>;
  } | null = null;
  /** Why PostgreSQL ended the stream early (a refused row): thrown at the next row sent. */
  private streamFailure: { error: unknown } | null = null;
  /** Ids of rows sent by the stream and changed afterwards (a later row merged into them). */
  private readonly dirty = new Set<number>();

  constructor(
    readonly spec: KeyedTableSpec,
    snapshot: Snapshot,
    private readonly bulkLoadFrom: number,
  ) {
    this.keyIndexes = spec.key.map((k) => spec.columns.indexOf(k));
    if (this.keyIndexes.some((i) => i < 0))
      throw new Error(`${spec.table}: key ${spec.key.join(', ')} is not among its columns`);
    const at = ['id', ...spec.columns].map((c) => snapshot.columns.indexOf(c));
    const missing = at.findIndex((i) => i < 0);
    if (missing >= 0) throw new Error(`${spec.table} has no column ${['id', ...spec.columns][missing]}`);
    let max = 0;
    for (const stored of snapshot.rows) {
      const row = at.map((i) => stored[i] ?? null);
      max = Math.max(max, row[0] as number);
      this.byKey.set(this.keyOf(row, 1), row);
    }
    this.maxIdAtStart = max;
  }

  insertNew(row: readonly SqlValue[]): number | null {
    const key = this.keyOf(row, 0);
    if (this.byKey.has(key)) return null;
    const id = this.maxIdAtStart + this.fresh.length + 1;
    const stored = withId(id, row);
    this.byKey.set(key, stored);
    this.fresh.push(stored);
    if (this.stream) this.send(stored);
    return id;
  }

  get(row: readonly SqlValue[]): readonly SqlValue[] | undefined {
    return this.byKey.get(this.keyOf(row, 0));
  }

  update(id: number, row: readonly SqlValue[]): void {
    const stored = withId(id, row);
    // The key is unchanged by a merge (the row was found by it), so the map entry is replaced in place.
    this.byKey.set(this.keyOf(row, 0), stored);
    if (id > this.maxIdAtStart) {
      const slot = id - this.maxIdAtStart - 1;
      this.fresh[slot] = stored;
      if (this.stream && slot < this.stream.sent) this.dirty.add(id);
    } else this.changed.set(id, stored);
  }

  /** Drops the table's keys and indexes and opens a COPY that new rows are sent to as they are inserted. */
  async openStream(client: pg.Client): Promise<void> {
    const { table, columns } = this.spec;
    const restore = await dropKeysAndIndexes(client, table);
    const sink = client.query(copyFrom(`COPY ${q(table)} (${['id', ...columns].map(q).join(', ')}) FROM STDIN`));
    const done = new Promise<void>((resolve, reject) => {
      sink.on('finish', resolve);
      sink.on('error', reject);
    });
    // Awaited in flush (or abandoned with the transaction); a refusal stops the reading at the next row sent
    // instead of the rest of the file parsed and buffered for a COPY that has ended.
    done.catch((error: unknown) => (this.streamFailure ??= { error }));
    this.stream = { sink, done, buffers: new CopyBuffers(), sent: 0, restore };
    for (const row of this.fresh) this.send(row);
  }

  abortStream(): void {
    this.stream?.sink.destroy(new Error(`ingestion into ${this.spec.table} stopped`));
    this.stream = null;
  }

  private send(row: readonly SqlValue[]): void {
    if (this.streamFailure) throw this.streamFailure.error;
    const stream = this.stream!;
    const full = stream.buffers.add(row);
    stream.sent++;
    if (full) stream.sink.write(full);
  }

  /** The id of the row whose (single-column) key is `value`, or null. */
  idOf(value: string): number | null {
    return (this.byKey.get(value)?.[0] as number | undefined) ?? null;
  }

  async flush(client: pg.Client): Promise<void> {
    const { table } = this.spec;
    await this.updateRows(client, 'changed', this.changed.values());
    const stream = this.stream;
    if (stream) {
      this.stream = null;
      stream.sink.end(stream.buffers.take());
      await stream.done;
      await stream.restore();
      const slot = (id: number) => this.fresh[id - this.maxIdAtStart - 1] as SqlValue[];
      await this.updateRows(client, 'merged', [...this.dirty].map(slot));
    } else {
      await bulkInsert(
        client,
        table,
        ['id', ...this.spec.columns],
        this.fresh,
        this.byKey.size - this.fresh.length,
        this.bulkLoadFrom,
      );
    }
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, 'id'), coalesce(max("id"), 0) + 1, false) FROM ${q(table)}`,
      [q(table)],
    );
  }

  /** Writes stored rows (`[id, ...columns]`) over the table's rows with the same ids: COPY to a temporary table, one UPDATE. */
  private async updateRows(client: pg.Client, kind: string, rows: Iterable<SqlValue[]>): Promise<void> {
    const list = [...rows];
    if (list.length === 0) return;
    const { table, columns } = this.spec;
    const all = ['id', ...columns];
    const scratch = `ingest_${kind}_${table}`;
    await client.query(
      `CREATE TEMP TABLE ${q(scratch)} ON COMMIT DROP AS SELECT ${all.map(q).join(', ')} FROM ${q(table)} WITH NO DATA`,
    );
    await copyRows(client, scratch, all, list);
    await client.query(
      `UPDATE ${q(table)} t SET ${columns.map((c) => `${q(c)} = s.${q(c)}`).join(', ')} FROM ${q(scratch)} s WHERE t."id" = s."id"`,
    );
  }

  private keyOf(row: readonly SqlValue[], offset: number): string {
    const indexes = this.keyIndexes;
    if (indexes.length === 1) return String(row[(indexes[0] as number) + offset]);
    let key = '';
    for (let i = 0; i < indexes.length; i++) {
      if (i > 0) key += KEY_SEPARATOR;
      key += String(row[(indexes[i] as number) + offset]);
    }
    return key;
  }
}

/** Child lists in memory: those read at the start, and those this run set (written at flush). */
class MemoryChildList implements ChildList {
  private readonly before = new Map<number, string[]>();
  /**
   * Lists this run set for parents numbered from {@link freshBase} on, by id - freshBase: parents created by
   * this run are numbered densely in order, so an array holds them (a million Map entries keyed by number
   * cost more than the rest of storing a person's functions).
   */
  private readonly freshWritten: (readonly string[] | undefined)[] = [];
  /** The first parent id seen with `fresh` (the run's first new parent), or null before it. */
  private freshBase: number | null = null;
  /** Lists this run set for other parents (those stored before the run). */
  private readonly written = new Map<number, readonly string[]>();
  private readonly replaced = new Set<number>();

  constructor(
    private readonly spec: ChildTableSpec,
    snapshot: Snapshot,
    private readonly bulkLoadFrom: number,
  ) {
    const parent = snapshot.columns.indexOf(spec.parentColumn);
    const value = snapshot.columns.indexOf(spec.valueColumn);
    const position = spec.positionColumn ? snapshot.columns.indexOf(spec.positionColumn) : -1;
    const rows = [...snapshot.rows].sort((a, b) =>
      position >= 0 ? (a[position] as number) - (b[position] as number) : String(a[value]) < String(b[value]) ? -1 : 1,
    );
    for (const row of rows) {
      const id = row[parent] as number;
      let list = this.before.get(id);
      if (!list) this.before.set(id, (list = []));
      list.push(row[value] as string);
    }
  }

  list(parentId: number): readonly string[] {
    const base = this.freshBase;
    const written = base !== null && parentId >= base ? this.freshWritten[parentId - base] : this.written.get(parentId);
    return written ?? this.before.get(parentId) ?? [];
  }

  replace(parentId: number, values: readonly string[], fresh: boolean): void {
    if (!fresh && this.before.has(parentId)) this.replaced.add(parentId);
    // Kept as given: lists are never changed once handed over (a title's functions are one shared list).
    if (fresh && this.freshBase === null && !this.written.has(parentId)) this.freshBase = parentId;
    const base = this.freshBase;
    if (base !== null && parentId >= base) this.freshWritten[parentId - base] = values;
    else this.written.set(parentId, values);
  }

  async flush(client: pg.Client): Promise<void> {
    const { table, parentColumn, valueColumn, positionColumn } = this.spec;
    if (this.replaced.size > 0) {
      await client.query(`DELETE FROM ${q(table)} WHERE ${q(parentColumn)} = ANY($1::int[])`, [[...this.replaced]]);
    }
    const columns = positionColumn ? [parentColumn, valueColumn, positionColumn] : [parentColumn, valueColumn];
    let count = 0;
    for (const values of this.written.values()) count += values.length;
    for (const values of this.freshWritten) if (values) count += values.length;
    const { written, freshWritten, freshBase } = this;
    function* lists(): Generator<[number, readonly string[]]> {
      yield* written;
      for (let i = 0; i < freshWritten.length; i++) {
        const values = freshWritten[i];
        if (values) yield [(freshBase as number) + i, values];
      }
    }
    function* rows(): Generator<CopyValue[]> {
      for (const [parentId, values] of lists()) {
        for (let i = 0; i < values.length; i++)
          yield positionColumn ? [parentId, values[i] as string, i] : [parentId, values[i] as string];
      }
    }
    let before = 0;
    for (const list of this.before.values()) before += list.length;
    await bulkInsert(client, table, columns, rows(), before, this.bulkLoadFrom, count);
  }
}

/** `[id, ...row]` (a loop: this runs for every row read). */
function withId(id: number, row: readonly SqlValue[]): SqlValue[] {
  const stored = new Array<SqlValue>(row.length + 1);
  stored[0] = id;
  for (let i = 0; i < row.length; i++) stored[i + 1] = row[i] ?? null;
  return stored;
}

/** Reads a whole table with COPY TO STDOUT; numeric columns become numbers. */
async function readTable(client: pg.Client, table: string): Promise<Snapshot> {
  const { rows: columnRows } = await client.query<{ name: string; type: string }>(
    `SELECT attname AS name, typname AS type FROM pg_attribute JOIN pg_type ON pg_type.oid = atttypid
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [q(table)],
  );
  const columns = columnRows.map((c) => c.name);
  const numeric = columnRows.map((c) => NUMERIC_TYPES.has(c.type));
  const rows: SqlValue[][] = [];
  const stream = client.query(copyTo(`COPY ${q(table)} (${columns.map(q).join(', ')}) TO STDOUT`));
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    const fields: SqlValue[] = decodeCopyLine(line);
    for (let i = 0; i < fields.length; i++) if (numeric[i] && fields[i] !== null) fields[i] = Number(fields[i]);
    rows.push(fields);
  }
  return { columns, rows };
}

/**
 * Appends `rows` to `table` by COPY. When the load is large (`bulkLoadFrom` rows or more) and larger than what
 * the table held (`existing` rows), the
 * table is loaded the way pg_restore loads one: its keys, foreign keys (its own and those pointing at it) and
 * secondary indexes are dropped first and created again afterwards, inside the transaction. Building an index
 * once by sorting, and checking a foreign key with one join, is much faster than doing both row by row.
 */
async function bulkInsert(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<CopyValue[]>,
  existing: number,
  bulkLoadFrom: number,
  count = Array.isArray(rows) ? rows.length : 0,
): Promise<void> {
  if (count === 0) return;
  const restore = count >= bulkLoadFrom && count > existing ? await dropKeysAndIndexes(client, table) : null;
  await copyRows(client, table, columns, rows);
  await restore?.();
}

/**
 * Drops `table`'s keys, foreign keys (its own and those pointing at it) and indexes; returns what recreates them.
 * One round trip each way (the catalog in one query, the drops and the re-creations each as one multi-statement
 * query): these run while the next file is parsed, and every round trip waits for a turn of Node's event loop,
 * which the parser holds for a chunk at a time (on a loaded machine the two dozen statements one at a time took
 * longer than loading the rows).
 */
async function dropKeysAndIndexes(client: pg.Client, table: string): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ kind: 'p' | 'u' | 'f' | 'i'; owner: string; name: string; definition: string }>(
    `SELECT contype::text AS kind, conrelid::regclass::text AS owner, conname AS name, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint
      WHERE (conrelid = $1::regclass AND contype IN ('p', 'u', 'f')) OR (confrelid = $1::regclass AND contype = 'f')
     UNION ALL
     SELECT 'i', tablename, indexname, indexdef FROM pg_indexes
      WHERE schemaname = current_schema() AND tablename = $2
        AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
    [q(table), table],
  );
  const foreign = rows.filter((c) => c.kind === 'f');
  const keys = rows.filter((c) => c.kind === 'p' || c.kind === 'u');
  const indexes = rows.filter((c) => c.kind === 'i');
  const drops = [
    ...[...foreign, ...keys].map((c) => `ALTER TABLE ${c.owner} DROP CONSTRAINT ${q(c.name)}`),
    ...indexes.map((index) => `DROP INDEX ${q(index.name)}`),
  ];
  if (drops.length > 0) await client.query(drops.join(';\n'));
  const creates = [
    ...keys.map((c) => `ALTER TABLE ${c.owner} ADD CONSTRAINT ${q(c.name)} ${c.definition}`),
    ...indexes.map((index) => index.definition),
    ...foreign.map((c) => `ALTER TABLE ${c.owner} ADD CONSTRAINT ${q(c.name)} ${c.definition}`),
  ];
  return async () => {
    if (creates.length > 0) await client.query(creates.join(';\n'));
  };
}

/** Streams rows into `table` with COPY FROM STDIN (text format), in chunks. */
async function copyRows(
  client: pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
): Promise<void> {
  const sink = client.query(copyFrom(`COPY ${q(table)} (${columns.map(q).join(', ')}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
  });
  const buffers = new CopyBuffers();
  for (const row of rows) {
    const full = buffers.add(row);
    if (full && !sink.write(full)) await Promise.race([once(sink, 'drain'), done]);
  }
  sink.end(buffers.take());
  await done;
}
