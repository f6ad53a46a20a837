import type { AppRouter } from '@musaeid/server';
import { useMutation } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';

import { ViewSwitch, type View } from './AnswerView';
import { ChartView } from './ChartView';
import { DataGrid, sortRows, type Sort } from './DataGrid';
import { errorText } from './errorText';
import { formatSql } from './formatSql';
import { useTRPC } from './trpc';

type RunOutput = inferRouterOutputs<AppRouter>['data']['run'];

/** Rows a re-run returns to the page. */
const RUN_LIMIT = 1000;

/** The SQL that ran: formatted and copyable; editable and re-runnable through `data.run`. */
export function SqlPanel({ sql }: { sql: string }) {
  const trpc = useTRPC();
  const formatted = formatSql(sql);
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(formatted);
  const [copied, setCopied] = useState<string | null>(null);
  const id = useId();
  const run = useMutation(trpc.data.run.mutationOptions());

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(formatted);
      setCopied('Copied');
    } catch {
      setCopied('Copy failed: select the text and copy it');
    }
  };

  return (
    <div className="sql">
      <button
        type="button"
        className="ghost disclosure"
        aria-expanded={open}
        aria-controls={`${id}-sql`}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? '▾' : '▸'} SQL
      </button>
      {open && (
        <div id={`${id}-sql`}>
          {editing ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                run.mutate({ sql: draft, limit: RUN_LIMIT });
              }}
            >
              <label htmlFor={`${id}-edit`} className="small">
                Edit the SQL (read-only queries; the guard checks it before it runs)
              </label>
              <textarea
                id={`${id}-edit`}
                className="code"
                rows={Math.min(16, draft.split('\n').length + 1)}
                spellCheck={false}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
              />
              <div className="row">
                <button type="submit" className="primary" disabled={run.isPending || draft.trim() === ''}>
                  {run.isPending ? 'Running…' : 'Run'}
                </button>
                <button type="button" onClick={() => setDraft(formatted)}>
                  Reset
                </button>
                <button type="button" onClick={() => setEditing(false)}>
                  Close editor
                </button>
              </div>
            </form>
          ) : (
            <>
              <pre className="code" tabIndex={0} aria-label="SQL that ran">
                <code>{formatted}</code>
              </pre>
              <div className="row">
                <button type="button" onClick={() => void copy()}>
                  Copy SQL
                </button>
                <button type="button" onClick={() => setEditing(true)}>
                  Edit and run
                </button>
                {copied && (
                  <span className="muted small" role="status">
                    {copied}
                  </span>
                )}
              </div>
            </>
          )}
          {run.error && (
            <p className="error" role="alert">
              {errorText(run.error)}
            </p>
          )}
          {run.data && <RunResult result={run.data} />}
        </div>
      )}
    </div>
  );
}

function RunResult({ result }: { result: RunOutput }) {
  const [sort, setSort] = useState<Sort | null>(null);
  const [view, setView] = useState<View>(result.chart?.preferred ?? 'table');
  if (result.status !== 'answered') {
    return (
      <div className="error" role="alert">
        <p>
          {result.status === 'refused' || result.reason?.code.startsWith('GUARD') ? 'Not run: ' : 'Failed: '}
          {result.reason?.message ?? result.text}
          {result.reason && <span className="muted small"> ({result.reason.code})</span>}
        </p>
      </div>
    );
  }
  return (
    <section className="run-result" aria-label="Result of the edited SQL">
      <p className="small" role="status">
        {result.text}{' '}
        <span className="muted">
          ({result.rowCount.toLocaleString()} rows
          {result.rows.length < result.rowCount ? `, first ${result.rows.length} shown` : ''})
        </span>
      </p>
      <ViewSwitch chart={result.chart} view={view} onChange={setView} />
      {result.chart && view !== 'table' ? (
        <ChartView chart={result.chart} mark={view} rows={{ columns: result.columns, rows: result.rows }} />
      ) : (
        <DataGrid
          columns={result.columns}
          rows={sortRows(result.rows, sort)}
          sort={sort}
          onSort={setSort}
          firstRowNumber={1}
          label="Result of the edited SQL"
        />
      )}
    </section>
  );
}
