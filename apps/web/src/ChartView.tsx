import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

import type { Chart } from './AnswerView';
import { errorText } from './errorText';
import { fetchAllRows } from './ResultTable';
import { useTRPCClient } from './trpc';

/** Rows for a chart: a stored answer's (read through `chat.result`), or rows at hand. */
export type ChartRows = { columns: readonly string[] } & ({ messageId: string } | { rows: unknown[][] });

/**
 * Renders one of the answer's Vega-Lite specs as SVG in the page. vega and vega-lite are loaded
 * on first use (their own chunk), from this server: nothing comes from a CDN.
 */
export function ChartView({ chart, mark, rows }: { chart: Chart; mark: 'bar' | 'line'; rows: ChartRows }) {
  const client = useTRPCClient();
  const box = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const messageId = 'messageId' in rows ? rows.messageId : null;
  const data = useQuery({
    queryKey: ['result-all', messageId],
    queryFn: () => fetchAllRows(client, messageId ?? ''),
    enabled: messageId !== null,
    staleTime: Infinity,
  });
  const values = 'rows' in rows ? rows.rows : data.data;
  const { columns } = rows;

  useEffect(() => {
    const el = box.current;
    if (!el || !values) return;
    let view: { finalize: () => void } | null = null;
    let cancelled = false;
    const render = async () => {
      const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
      if (cancelled) return;
      const compiled = vegaLite.compile(chart.specs[mark]).spec;
      const v = new vega.View(vega.parse(compiled), { renderer: 'svg', container: el, hover: true });
      view = v;
      v.data(
        'result',
        values.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? null]))),
      );
      await v.runAsync();
    };
    setError(null);
    render().catch((err: unknown) => setError(errorText(err)));
    return () => {
      cancelled = true;
      view?.finalize();
      el.replaceChildren();
    };
  }, [chart, mark, values, columns]);

  const shownError = error ?? (data.error ? errorText(data.error) : null);
  return (
    <figure className="chart">
      {messageId && data.isPending && <p className="muted small">Loading the chart…</p>}
      {shownError && (
        <p className="error" role="alert">
          {shownError}
        </p>
      )}
      <div
        ref={box}
        className="chart-box"
        role="img"
        aria-label={`${mark === 'bar' ? 'Bar' : 'Line'} chart of ${chart.measure} by ${chart.dimension}`}
      />
      <figcaption className="muted small">
        {chart.measure} by {chart.dimension}
      </figcaption>
    </figure>
  );
}
