import type { AnswerDto } from '@musaeid/server';
import { useState } from 'react';

import { ChartView } from './ChartView';
import { ResultTable } from './ResultTable';
import { SqlPanel } from './SqlPanel';

export type Chart = NonNullable<AnswerDto['chart']>;
export type View = 'bar' | 'line' | 'table';

/** A stored answer: its text and interpretation, the result as a chart or a table, and its SQL. */
export function AnswerView({
  messageId,
  text,
  answer,
  onAsk,
  canAsk,
}: {
  messageId: string;
  text: string;
  answer: AnswerDto;
  /** Sends a message in this chat (a clarification option's label). */
  onAsk: (text: string) => void;
  canAsk: boolean;
}) {
  const [view, setView] = useState<View>(answer.chart?.preferred ?? 'table');
  const hasResult = answer.status === 'answered' && answer.columns.length > 0;
  return (
    <article className="answer card" aria-label="Answer">
      <p className={answer.status === 'answered' || answer.status === 'clarify' ? '' : 'warning'}>{text}</p>
      {answer.status === 'clarify' && answer.clarification && (
        <div className="examples" role="group" aria-label={answer.clarification.question}>
          {answer.clarification.options.map((o) => (
            <button key={o.id} type="button" className="example" disabled={!canAsk} onClick={() => onAsk(o.label)}>
              {o.label}
            </button>
          ))}
        </div>
      )}
      {answer.interpretation && (
        <p className="muted small">
          <span className="label">Interpretation:</span> {answer.interpretation}
        </p>
      )}
      {answer.status === 'refused' && answer.reason && (
        <p className="muted small">
          <span className="label">Why:</span> {answer.reason.message}
        </p>
      )}
      {hasResult && answer.rowCount > 0 && (
        <>
          <ViewSwitch chart={answer.chart} view={view} onChange={setView} />
          {answer.chart && view !== 'table' ? (
            <ChartView chart={answer.chart} mark={view} rows={{ messageId, columns: answer.columns }} />
          ) : (
            <ResultTable messageId={messageId} columns={answer.columns} rowCount={answer.rowCount} />
          )}
        </>
      )}
      {answer.sql && <SqlPanel sql={answer.sql} />}
    </article>
  );
}

/** Bar, line or table: a group of toggle buttons (only "table" when the result has no chart). */
export function ViewSwitch({
  chart,
  view,
  onChange,
}: {
  chart: Chart | null;
  view: View;
  onChange: (view: View) => void;
}) {
  if (!chart) return null;
  const options: [View, string][] = [
    ['bar', 'Bar chart'],
    ['line', 'Line chart'],
    ['table', 'Table'],
  ];
  return (
    <div className="switch" role="group" aria-label="Show the result as">
      {options.map(([value, label]) => (
        <button key={value} type="button" aria-pressed={view === value} onClick={() => onChange(value)}>
          {label}
        </button>
      ))}
    </div>
  );
}
