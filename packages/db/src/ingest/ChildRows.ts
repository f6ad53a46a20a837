import type { ChildList, ChildTableSpec, IngestStore } from './IngestStore';

/**
 * The list of child values of a parent row (an event's tags, a company's industries), replaced as a whole
 * when it differs. With `positionColumn`, the list order is stored too (position 0 = first).
 */
export class ChildRows {
  private readonly rows: ChildList;

  constructor(store: IngestStore, spec: ChildTableSpec) {
    this.rows = store.children(spec);
  }

  /** Makes the parent's values equal `values`; `fresh` says the parent was just created. Returns whether anything changed. */
  sync(parentId: number, values: readonly string[], fresh: boolean): boolean {
    if (!fresh) {
      const current = this.rows.list(parentId);
      if (current.length === values.length && current.every((v, i) => v === values[i])) return false;
    }
    this.rows.replace(parentId, values, fresh);
    return !fresh || values.length > 0;
  }
}
