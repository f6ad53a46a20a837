import type { AnswerDto, MessageDto } from '@musaeid/server';
import { useState } from 'react';

import type { Outgoing } from './ChatView';
import { ChartView } from './ChartView';
import { Clarification } from './Clarification';
import { RateAnswer } from './RateAnswer';
import { ResultTable } from './ResultTable';
import { SqlPanel } from './SqlPanel';

export type Chart = NonNullable<AnswerDto['chart']>;
export type View = 'bar' | 'line' | 'table';

/** A stored answer: its text and interpretation, the result as a chart or a table, and its SQL. */
export function AnswerView({
  messageId,
  text,
  answer,
  rating,
  onSend,
  canReply,
}: {
  messageId: string;
  text: string;
  answer: AnswerDto;
  /** The user's stored rating of this answer (null: not rated yet). */
  rating: MessageDto['rating'];
  /** Sends a message in this chat (the choice of a clarification's option). */
  onSend: (outgoing: Outgoing) => void;
  /** Whether a clarification can be answered now (the latest message, nothing on its way). */
  canReply: boolean;
}) {
  const [view, setView] = useState<View>(answer.chart?.preferred ?? 'table');
  const hasResult = answer.status === 'answered' && answer.columns.length > 0;
  return (
    <article className="answer card" aria-label="Answer">
      {answer.status === 'clarify' && answer.clarification ? (
        <Clarification
          messageId={messageId}
          text={text}
          clarification={answer.clarification}
          canReply={canReply}
          onSend={onSend}
        />
      ) : (
        <p className={answer.status === 'answered' ? '' : 'warning'}>{text}</p>
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
      {answer.status !== 'clarify' && <RateAnswer messageId={messageId} stored={rating} />}
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
