import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { DataGrid, type Sort } from './DataGrid';
import { errorText } from './errorText';
import { useTRPC, useTRPCClient, type Client } from './trpc';

/** Rows per page of a stored result. */
export const PAGE_SIZE = 100;

/** Every row of a stored result, read a thousand at a time through `chat.result`. */
export async function fetchAllRows(client: Client, messageId: string): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page = await client.chat.result.query({ messageId, offset, limit: 1000 });
    rows.push(...page.rows);
    offset = page.nextOffset;
  }
  return rows;
}

/**
 * An answer's full result, a page at a time from `chat.result`. Sorting a column asks the server for the pages of
 * the result sorted by it (the database orders the answer's statement), so a sorted page costs one page however
 * large the result. Row count and CSV export (`chat.exportCsv`).
 */
export function ResultTable({
  messageId,
  columns,
  rowCount,
}: {
  messageId: string;
  columns: readonly string[];
  rowCount: number;
}) {
  const trpc = useTRPC();
  const [offset, setOffset] = useState(0);
  const [sort, setSort] = useState<Sort | null>(null);
  const sortColumn = sort ? columns[sort.column] : undefined;
  const page = useQuery({
    ...trpc.chat.result.queryOptions({
      messageId,
      offset,
      limit: PAGE_SIZE,
      ...(sort && sortColumn !== undefined ? { sortColumn, sortDirection: sort.direction } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  const total = page.data?.rowCount ?? rowCount;
  // The server counts a result up to a limit: past it, the total is a lower bound.
  const truncated = page.data?.truncated ?? false;
  const rows = page.data?.rows ?? [];
  const last = Math.min(offset + PAGE_SIZE, total);

  return (
    <div className="result">
      <div className="row result-bar">
        <span className="muted small" aria-live="polite">
          {total === 0
            ? 'No rows'
            : `Rows ${(offset + 1).toLocaleString()}–${last.toLocaleString()} of ${truncated ? 'at least ' : ''}${total.toLocaleString()}`}
        </span>
        <span className="spacer" />
        <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
          Previous page
        </button>
        <button type="button" disabled={last >= total} onClick={() => setOffset(offset + PAGE_SIZE)}>
          Next page
        </button>
        <CsvButton messageId={messageId} />
      </div>
      {page.error && (
        <p className="error" role="alert">
          {errorText(page.error)}
        </p>
      )}
      {page.isPending ? (
        <p className="muted small">Loading rows…</p>
      ) : (
        <DataGrid
          columns={columns}
          rows={rows}
          sort={sort}
          onSort={(s) => {
            setSort(s);
            setOffset(0);
          }}
          firstRowNumber={offset + 1}
          label={`Result, rows ${offset + 1} to ${last}`}
        />
      )}
    </div>
  );
}

/** Downloads the full result as CSV (`chat.exportCsv`) as a file named by the server. */
function CsvButton({ messageId }: { messageId: string }) {
  const client = useTRPCClient();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const download = async () => {
    setState({ busy: true, error: null });
    try {
      const { filename, csv } = await client.chat.exportCsv.query({ messageId });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ busy: false, error: null });
    } catch (err) {
      setState({ busy: false, error: errorText(err) });
    }
  };
  return (
    <>
      <button type="button" disabled={state.busy} onClick={() => void download()}>
        {state.busy ? 'Exporting…' : 'Export CSV'}
      </button>
      {state.error && (
        <span className="error" role="alert">
          {state.error}
        </span>
      )}
    </>
  );
}
