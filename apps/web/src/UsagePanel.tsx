import { useQuery } from '@tanstack/react-query';

import { errorText } from './errorText';
import { useTRPC } from './trpc';

const n = (x: number) => x.toLocaleString();

/** The signed-in user's usage for this month (questions, rows, tokens, estimated cost). */
export function UsagePanel({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const usage = useQuery(trpc.usage.summary.queryOptions({}));
  const me = usage.data?.users[0];
  return (
    <section className="usage card" aria-labelledby="usage-title">
      <div className="row">
        <h2 id="usage-title">Usage this month{usage.data ? ` (${usage.data.month})` : ''}</h2>
        <span className="spacer" />
        <button type="button" className="ghost" onClick={onClose} aria-label="Close usage">
          ×
        </button>
      </div>
      {usage.isPending && <p className="muted">Loading…</p>}
      {usage.isError && (
        <p className="error" role="alert">
          {errorText(usage.error)}
        </p>
      )}
      {usage.data && (
        <dl className="stats">
          <div>
            <dt>Questions</dt>
            <dd>
              {n(me?.messages ?? 0)}
              {usage.data.monthlyMessageQuota > 0 && (
                <span className="muted small"> of {n(usage.data.monthlyMessageQuota)}</span>
              )}
            </dd>
          </div>
          <div>
            <dt>SQL runs</dt>
            <dd>{n(me?.sqlRuns ?? 0)}</dd>
          </div>
          <div>
            <dt>Rows returned</dt>
            <dd>{n(me?.rowsReturned ?? 0)}</dd>
          </div>
          <div>
            <dt>Tokens</dt>
            <dd>{n((me?.promptTokens ?? 0) + (me?.completionTokens ?? 0))}</dd>
          </div>
          <div>
            {/* Which way of writing SQL answered (issue 13's routing): the offline parser, or a model after it. */}
            <dt>Answered by</dt>
            <dd>
              {n(me?.paths.offline ?? 0)} offline
              <span className="muted small">
                {' '}
                · {n((me?.paths['offline+llm'] ?? 0) + (me?.paths.llm ?? 0))} by the model
              </span>
            </dd>
          </div>
          <div>
            <dt>Estimated cost</dt>
            <dd>${(me?.estimatedCostUsd ?? 0).toFixed(4)}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
