import type Database from 'better-sqlite3';

import type {
  ChildList,
  ChildTableSpec,
  IngestStore,
  IssueRow,
  KeyedRows,
  KeyedTableSpec,
  SqlValue,
} from './IngestStore';

const q = (id: string): string => `"${id.replace(/"/g, '""')}"`;

/** The ingestion's storage in a SQLite file, row by row through prepared statements (inside the caller's transaction). */
export class SqliteIngestStore implements IngestStore {
  private readonly insertIssue: Database.Statement;

  constructor(
    readonly db: Database.Database,
    private readonly runId: number,
  ) {
    this.insertIssue = db.prepare(
      'INSERT INTO "ingest_issues" ("run_id", "file", "line", "column", "action", "reason", "value") VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  keyed(spec: KeyedTableSpec): KeyedRows {
    return new SqliteKeyedRows(this.db, spec);
  }

  children(spec: ChildTableSpec): ChildList {
    return new SqliteChildList(this.db, spec);
  }

  idLookup(table: string, column: string): (value: string) => number | null {
    const select = this.db.prepare(`SELECT "id" FROM ${q(table)} WHERE ${q(column)} = ?`).pluck();
    return (value) => (select.get(value) as number | undefined) ?? null;
  }

  issue(row: IssueRow): void {
    this.insertIssue.run(this.runId, ...row);
  }
}

class SqliteKeyedRows implements KeyedRows {
  readonly maxIdAtStart: number;
  private readonly insert: Database.Statement;
  private readonly select: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly keyIndexes: number[];
  private readonly keyValues: SqlValue[];
  private readonly params: SqlValue[];

  constructor(db: Database.Database, spec: KeyedTableSpec) {
    const { table, columns, key } = spec;
    this.keyIndexes = key.map((k) => columns.indexOf(k));
    if (this.keyIndexes.some((i) => i < 0)) throw new Error(`${table}: key ${key.join(', ')} is not among its columns`);
    this.keyValues = new Array<SqlValue>(key.length).fill(null);
    this.params = new Array<SqlValue>(columns.length + 1).fill(null);
    this.insert = db.prepare(
      `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ` +
        `ON CONFLICT (${key.map(q).join(', ')}) DO NOTHING`,
    );
    this.select = db
      .prepare(
        `SELECT "id", ${columns.map(q).join(', ')} FROM ${q(table)} WHERE ${key.map((k) => `${q(k)} = ?`).join(' AND ')}`,
      )
      .raw();
    this.updateRow = db.prepare(
      `UPDATE ${q(table)} SET ${columns.map((c) => `${q(c)} = ?`).join(', ')} WHERE "id" = ?`,
    );
    this.maxIdAtStart = db
      .prepare(`SELECT coalesce(max("id"), 0) FROM ${q(table)}`)
      .pluck()
      .get() as number;
  }

  insertNew(row: readonly SqlValue[]): number | null {
    const result = this.insert.run(row);
    return result.changes === 1 ? Number(result.lastInsertRowid) : null;
  }

  get(row: readonly SqlValue[]): readonly SqlValue[] | undefined {
    for (let i = 0; i < this.keyIndexes.length; i++) this.keyValues[i] = row[this.keyIndexes[i] as number] ?? null;
    return this.select.get(this.keyValues) as SqlValue[] | undefined;
  }

  update(id: number, row: readonly SqlValue[]): void {
    const params = this.params;
    for (let i = 0; i < row.length; i++) params[i] = row[i] ?? null;
    params[row.length] = id;
    this.updateRow.run(params);
  }
}

class SqliteChildList implements ChildList {
  private readonly select: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly insert: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly spec: ChildTableSpec,
  ) {
    const { table, parentColumn, valueColumn, positionColumn } = spec;
    this.select = db
      .prepare(
        `SELECT ${q(valueColumn)} FROM ${q(table)} WHERE ${q(parentColumn)} = ? ORDER BY ${q(positionColumn ?? valueColumn)}`,
      )
      .pluck();
    this.remove = db.prepare(`DELETE FROM ${q(table)} WHERE ${q(parentColumn)} = ?`);
    this.insert = positionColumn
      ? db.prepare(
          `INSERT INTO ${q(table)} (${q(parentColumn)}, ${q(valueColumn)}, ${q(positionColumn)}) VALUES (?, ?, ?)`,
        )
      : db.prepare(`INSERT INTO ${q(table)} (${q(parentColumn)}, ${q(valueColumn)}) VALUES (?, ?)`);
  }

  list(parentId: number): readonly string[] {
    return this.select.all(parentId) as string[];
  }

  replace(parentId: number, values: readonly string[], fresh: boolean): void {
    if (!fresh) this.remove.run(parentId);
    values.forEach((value, position) => {
      if (this.spec.positionColumn) this.insert.run(parentId, value, position);
      else this.insert.run(parentId, value);
    });
  }
}
