import type { AnswerDto } from '@musaeid/server';
import { useId, useState } from 'react';

import type { Outgoing } from './ChatView';

type ClarificationDto = NonNullable<AnswerDto['clarification']>;

/**
 * A question back from the engine: its text and one button per option. A click sends the option's
 * choice (`replyTo` + `choice`), optionally remembered as a personal glossary term; a typed reply in
 * the question box works too (the server reads the next message as the answer).
 */
export function Clarification({
  messageId,
  text,
  clarification,
  canReply,
  onSend,
}: {
  messageId: string;
  text: string;
  clarification: ClarificationDto;
  canReply: boolean;
  onSend: (outgoing: Outgoing) => void;
}) {
  const [remember, setRemember] = useState(false);
  const headingId = useId();
  const options = clarification.options;
  return (
    <div className="clarification">
      {/* With buttons, the question alone (the message text also lists the options for text clients). */}
      <p id={headingId}>{options.length > 0 ? clarification.question : text}</p>
      {options.length > 0 && (
        <>
          <div className="examples" role="group" aria-labelledby={headingId}>
            {options.map((o) => (
              <button
                key={o.id}
                type="button"
                className="example"
                disabled={!canReply}
                onClick={() => onSend({ replyTo: messageId, choice: o.id, label: o.label, remember })}
              >
                {o.label}
              </button>
            ))}
          </div>
          {canReply && (
            <label className="check small">
              <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
              Remember my choice for &ldquo;{clarification.part}&rdquo;
            </label>
          )}
        </>
      )}
      {canReply && (
        <p className="muted small">
          {options.length > 0 ? 'Pick one, or type' : 'Type'} what you meant in the question box below.
        </p>
      )}
    </div>
  );
}
