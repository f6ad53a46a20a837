import type { IngestStore, KeyedRows, SqlValue } from './IngestStore';

export type { SqlValue } from './IngestStore';

/** What storing one row did. */
export type UpsertOutcome =
  | { kind: 'inserted'; id: number }
  | {
      kind: 'merged' | 'updated' | 'unchanged';
      id: number;
      /** The row's source (base) values as stored after the merge. */
      stored: readonly SqlValue[];
      /** Source line of the row this one merged into, when that row came from this run. */
      firstLine: number | null;
      changed: boolean;
      /** Source columns the incoming row filled (they were empty). */
      filled: string[];
      /** Source columns where the incoming row disagreed (the existing value was kept). */
      conflicts: string[];
      /** Line of an earlier row of this run with exactly the same source values (an exact duplicate), if any. */
      exactOf: number | null;
    };

/** A table with a natural key: its stored source ("base") columns and the columns derived from them. */
export interface UpsertTable {
  table: string;
  key: string;
  base: readonly string[];
  derived: readonly string[];
}

/**
 * Inserts rows by natural key, or merges them into the existing row: existing values win and the incoming row
 * only fills empty columns, so merging is idempotent and order-independent across runs. Derived columns are
 * recomputed from the merged source columns. Rows created by this run are told apart from older ones by id
 * (ids above the maximum at the start), which needs no per-row memory beyond the line number.
 */
export class Upserter {
  private readonly rows: KeyedRows;
  private readonly row: SqlValue[];
  private readonly firstNewId: number;
  private lines = new Int32Array(1024);
  // A hash of each inserted row's source values (same slots as `lines`), and of the rows merged into them:
  // exact duplicates are told apart from same-key rows with other details without keeping rows in memory.
  private hashes = new Int32Array(1024);
  private readonly mergedHashes = new Map<number, number>();

  constructor(
    store: IngestStore,
    private readonly spec: UpsertTable,
  ) {
    const columns = [...spec.base, ...spec.derived];
    this.row = new Array<SqlValue>(columns.length).fill(null);
    this.rows = store.keyed({ table: spec.table, columns, key: [spec.key] });
    this.firstNewId = this.rows.maxIdAtStart + 1;
  }

  /** Stores `base` (aligned with spec.base) at source line `line`; `derive` computes spec.derived from base values. */
  upsert(line: number, base: SqlValue[], derive: (base: SqlValue[]) => SqlValue[]): UpsertOutcome {
    const derived = derive(base);
    // One reused buffer for the statement's parameters: better-sqlite3 reads them synchronously.
    const row = this.row;
    for (let i = 0; i < base.length; i++) row[i] = base[i] ?? null;
    for (let i = 0; i < derived.length; i++) row[base.length + i] = derived[i] ?? null;
    const hash = hashValues(base);
    const insertedId = this.rows.insertNew(row);
    if (insertedId !== null) {
      this.remember(insertedId, line, hash);
      return { kind: 'inserted', id: insertedId };
    }
    const existing = this.rows.get(row);
    if (!existing) throw new Error(`${this.spec.table}: conflict on ${this.spec.key} but no row found`);
    const id = existing[0] as number;
    const filled: string[] = [];
    const conflicts: string[] = [];
    const merged = base.map((v, i) => {
      const old = existing[i + 1] ?? null;
      if (old === null) {
        if (v !== null) filled.push(this.spec.base[i] ?? '');
        return v;
      }
      if (v !== null && v !== old) conflicts.push(this.spec.base[i] ?? '');
      return old;
    });
    // Derivations are the costly part of a row: reuse them when merging changed no source value.
    const same = merged.every((v, i) => v === base[i]);
    const next = merged.concat(same ? derived : derive(merged));
    let changed = false;
    for (let i = 0; i < next.length; i++) {
      if ((existing[i + 1] ?? null) !== next[i]) {
        changed = true;
        break;
      }
    }
    if (changed) this.rows.update(id, next);
    const inRun = id >= this.firstNewId;
    let exactOf: number | null = null;
    if (inRun) {
      const slot = id - this.firstNewId;
      if (this.hashes[slot] === hash) exactOf = this.lines[slot] ?? null;
      else exactOf = this.mergedHashes.get(hash) ?? null;
      if (exactOf === null) this.mergedHashes.set(hash, line);
    }
    return {
      kind: inRun ? 'merged' : changed ? 'updated' : 'unchanged',
      id,
      stored: merged,
      firstLine: inRun ? this.lineOf(id) : null,
      changed,
      filled,
      conflicts,
      exactOf,
    };
  }

  private remember(id: number, line: number, hash: number): void {
    const slot = id - this.firstNewId;
    if (slot >= this.lines.length) {
      const size = Math.max(this.lines.length * 2, slot + 1);
      const lines = new Int32Array(size);
      lines.set(this.lines);
      this.lines = lines;
      const hashes = new Int32Array(size);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.lines[slot] = line;
    this.hashes[slot] = hash;
  }

  private lineOf(id: number): number | null {
    const line = this.lines[id - this.firstNewId];
    return line === undefined || line === 0 ? null : line;
  }
}

/** 32-bit FNV-1a over the values (with separators), as a signed int to fit an Int32Array. */
function hashValues(values: readonly SqlValue[]): number {
  let h = 0x811c9dc5;
  for (const v of values) {
    const s = v === null ? '\u0000' : String(v);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
