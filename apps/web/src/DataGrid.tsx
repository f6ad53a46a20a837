import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

export interface Sort {
  column: number;
  direction: 'asc' | 'desc';
}

const ROW_HEIGHT = 33;
/** Tables shorter than this render every row; longer ones only the rows in view. */
const VIRTUAL_FROM = 60;

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

/** Nulls last; numbers as numbers, text in the reader's locale order. */
export function compareCells(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return cellText(a).localeCompare(cellText(b), undefined, { numeric: true });
}

export function sortRows(rows: readonly unknown[][], sort: Sort | null): unknown[][] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((x, y) => {
    const c = compareCells(x[sort.column], y[sort.column]);
    // nulls stay last in both directions
    return x[sort.column] == null || y[sort.column] == null ? c : sign * c;
  });
}

/**
 * A result table with sortable column headers; long tables are virtualised (only the rows in
 * view are in the page), inside a scrolling box with a sticky header.
 */
export function DataGrid({
  columns,
  rows,
  sort,
  onSort,
  firstRowNumber,
  label,
}: {
  columns: readonly string[];
  rows: readonly unknown[][];
  sort: Sort | null;
  onSort: (sort: Sort | null) => void;
  firstRowNumber: number;
  label: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUAL_FROM;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    enabled: virtual,
  });
  const items = virtual
    ? virtualizer.getVirtualItems()
    : rows.map((_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }));
  const top = virtual ? (items[0]?.start ?? 0) : 0;
  const bottom = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  const next = (i: number): Sort | null =>
    sort?.column !== i
      ? { column: i, direction: 'asc' }
      : sort.direction === 'asc'
        ? { column: i, direction: 'desc' }
        : null;

  return (
    <div
      className="grid-scroll"
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label={label}
      data-virtual={virtual || undefined}
    >
      <table className="grid" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            <th scope="col" className="rownum">
              #
            </th>
            {columns.map((c, i) => {
              const dir = sort?.column === i ? sort.direction : null;
              return (
                <th
                  key={`${i}:${c}`}
                  scope="col"
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                >
                  <button type="button" className="sort" onClick={() => onSort(next(i))} title={`Sort by ${c}`}>
                    {c}
                    <span aria-hidden="true">{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {top > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: top, padding: 0, border: 0 }} colSpan={columns.length + 1} />
            </tr>
          )}
          {items.map(({ index }) => {
            const row = rows[index] ?? [];
            return (
              <tr key={index} style={{ height: ROW_HEIGHT }}>
                <td className="rownum">{firstRowNumber + index}</td>
                {columns.map((c, i) => {
                  const v = row[i];
                  return (
                    <td key={`${i}:${c}`} className={typeof v === 'number' ? 'num' : undefined}>
                      {v === null || v === undefined ? <span className="muted">–</span> : cellText(v)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {bottom > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: bottom, padding: 0, border: 0 }} colSpan={columns.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
