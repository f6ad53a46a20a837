import type Database from 'better-sqlite3';

/**
 * The list of child values of a parent row (an event's tags, a company's industries), replaced as a whole
 * when it differs. With `positionColumn`, the list order is stored too (position 0 = first).
 */
export class ChildRows {
  private readonly select: Database.Statement;
  private readonly remove: Database.Statement;
  private readonly insert: Database.Statement;

  constructor(
    db: Database.Database,
    table: string,
    parentColumn: string,
    valueColumn: string,
    private readonly positionColumn?: string,
  ) {
    this.select = db
      .prepare(
        `SELECT "${valueColumn}" FROM "${table}" WHERE "${parentColumn}" = ? ORDER BY "${positionColumn ?? valueColumn}"`,
      )
      .pluck();
    this.remove = db.prepare(`DELETE FROM "${table}" WHERE "${parentColumn}" = ?`);
    this.insert = positionColumn
      ? db.prepare(`INSERT INTO "${table}" ("${parentColumn}", "${valueColumn}", "${positionColumn}") VALUES (?, ?, ?)`)
      : db.prepare(`INSERT INTO "${table}" ("${parentColumn}", "${valueColumn}") VALUES (?, ?)`);
  }

  /** Makes the parent's values equal `values`; `fresh` says the parent was just created. Returns whether anything changed. */
  sync(parentId: number, values: readonly string[], fresh: boolean): boolean {
    if (!fresh) {
      const current = this.select.all(parentId) as string[];
      if (current.length === values.length && current.every((v, i) => v === values[i])) return false;
      this.remove.run(parentId);
    }
    values.forEach((value, position) => {
      if (this.positionColumn) this.insert.run(parentId, value, position);
      else this.insert.run(parentId, value);
    });
    return !fresh || values.length > 0;
  }
}
