import type { MessageDto, StreamEvent } from '@musaeid/server';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';

import { AnswerView } from './AnswerView';
import { errorText } from './errorText';
import { useTRPC, useTRPCClient } from './trpc';

/** What the user sends: a question (or a typed reply), or the choice of a clarification's option. */
export type Outgoing = { text: string } | { replyTo: string; choice: string; label: string; remember: boolean };

/** A question on its way: shown at once, with the stages the server has reported so far. */
interface Pending {
  outgoing: Outgoing;
  text: string;
  clientMessageId: string;
  understood: string | null;
  sql: string | null;
  rowCount: number | null;
  answer: string | null;
  error: string | null;
}

const STAGES = [
  ['understood', 'Understanding the question'],
  ['sql', 'Writing SQL'],
  ['rows', 'Running it'],
  ['answer', 'Answering'],
] as const;

/** Example questions quoted in a greeting ("... For example: "A?" or "B?""). */
export function greetingExamples(text: string): string[] {
  return [...text.matchAll(/"([^"]{3,300})"/g)].map((m) => m[1] ?? '').filter(Boolean);
}

/** One chat: title (rename, delete), the timeline, the question box and the answer on its way. */
export function ChatView({ chatId, onDeleted }: { chatId: string; onDeleted: () => void }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const chat = useQuery(trpc.chat.get.queryOptions({ chatId }));
  const [pending, setPending] = useState<Pending | null>(null);
  const [text, setText] = useState('');
  const subscription = useRef<{ unsubscribe: () => void } | null>(null);
  const endRef = useRef<HTMLDivElement>(null);
  // `chat.get` gives the latest page of the timeline; earlier pages are added above on request.
  const [earlier, setEarlier] = useState<{ messages: MessageDto[]; cursor: string | null } | null>(null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [earlierError, setEarlierError] = useState<string | null>(null);

  useEffect(() => () => subscription.current?.unsubscribe(), []);
  const messageCount = chat.data?.messages.length ?? 0;
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'end' });
  }, [messageCount, pending?.answer, pending?.error]);

  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.chat.get.queryKey({ chatId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.chat.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.usage.summary.pathKey() }),
    ]);
  };

  const ask = (question: string) => send({ text: question });

  const send = (outgoing: Outgoing, clientMessageId: string = crypto.randomUUID()) => {
    const q = 'text' in outgoing ? outgoing.text.trim() : outgoing.label;
    if (!q || (pending && !pending.error)) return;
    subscription.current?.unsubscribe();
    const state: Pending = {
      outgoing,
      text: q,
      clientMessageId,
      understood: null,
      sql: null,
      rowCount: null,
      answer: null,
      error: null,
    };
    setPending(state);
    setText('');
    const update = (patch: Partial<Pending>) => setPending((p) => (p ? { ...p, ...patch } : p));
    const content =
      'text' in outgoing
        ? { text: q }
        : { replyTo: outgoing.replyTo, choice: outgoing.choice, remember: outgoing.remember };
    subscription.current = client.chat.stream.subscribe(
      { chatId, ...content, clientMessageId },
      {
        onData: (event: StreamEvent) => {
          switch (event.type) {
            case 'understood':
              return update({ understood: event.interpretation });
            case 'sql':
              return update({ sql: event.sql });
            case 'rows':
              return update({ rowCount: event.rowCount });
            case 'answer':
              return update({ answer: event.text });
            case 'clarify':
              // The question back; its option buttons come with the stored message that follows.
              return update({ answer: event.clarification.question });
            case 'stored':
              subscription.current?.unsubscribe();
              void refresh().then(() => setPending(null));
              return;
          }
        },
        onError: (err) => {
          subscription.current?.unsubscribe();
          update({ error: errorText(err) });
        },
      },
    );
  };

  const showEarlier = async (cursor: string) => {
    setLoadingEarlier(true);
    setEarlierError(null);
    try {
      const page = await client.chat.get.query({ chatId, cursor });
      setEarlier((e) => ({ messages: [...page.messages, ...(e?.messages ?? [])], cursor: page.nextCursor }));
    } catch (err) {
      setEarlierError(errorText(err));
    } finally {
      setLoadingEarlier(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    ask(text);
  };

  if (chat.isPending) return <p className="muted pad">Loading the chat…</p>;
  if (chat.isError)
    return (
      <p className="error pad" role="alert">
        {errorText(chat.error)}
      </p>
    );

  const busy = pending !== null && pending.error === null;
  const earlierCursor = earlier ? earlier.cursor : chat.data.nextCursor;
  const shown = chat.data.messages.filter((m) => !earlier?.messages.some((e) => e.id === m.id));
  const timeline = [...(earlier?.messages ?? []), ...shown];
  return (
    <section className="chat" aria-labelledby="chat-title">
      <ChatHeader chatId={chatId} title={chat.data.chat.title} onDeleted={onDeleted} />
      {earlierCursor && (
        <button
          type="button"
          className="ghost"
          disabled={loadingEarlier}
          onClick={() => void showEarlier(earlierCursor)}
        >
          {loadingEarlier ? 'Loading…' : 'Show earlier messages'}
        </button>
      )}
      {earlierError && (
        <p className="error" role="alert">
          {earlierError}
        </p>
      )}
      <ol className="timeline" aria-label="Messages">
        {timeline.map((m) => (
          <li key={m.id} className={`msg ${m.role}`}>
            {m.kind === 'greeting' ? (
              <Greeting text={m.text} disabled={busy} onAsk={ask} />
            ) : m.kind === 'question' ? (
              <p className="bubble">{m.text}</p>
            ) : m.answer ? (
              <AnswerView
                messageId={m.id}
                text={m.text}
                answer={m.answer}
                rating={m.rating}
                onSend={send}
                canReply={!busy && m.id === timeline.at(-1)?.id}
              />
            ) : (
              <p>{m.text}</p>
            )}
          </li>
        ))}
        {pending && (
          <>
            <li className="msg user">
              <p className="bubble">{pending.text}</p>
            </li>
            <li className="msg assistant" aria-live="polite">
              <Progress pending={pending} />
              {pending.error && (
                <div className="error" role="alert">
                  <p>{pending.error}</p>
                  <button type="button" onClick={() => send(pending.outgoing, pending.clientMessageId)}>
                    Try again
                  </button>
                </div>
              )}
            </li>
          </>
        )}
      </ol>
      <div ref={endRef} className="end" />
      <form className="ask" onSubmit={submit}>
        <label htmlFor="question" className="sr-only">
          Your question
        </label>
        <textarea
          id="question"
          rows={2}
          placeholder="Ask about events, companies or people…"
          value={text}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              ask(text);
            }
          }}
        />
        <button type="submit" className="primary" disabled={busy || text.trim() === ''}>
          {busy ? 'Asking…' : 'Ask'}
        </button>
      </form>
    </section>
  );
}

function Greeting({ text, disabled, onAsk }: { text: string; disabled: boolean; onAsk: (q: string) => void }) {
  const examples = greetingExamples(text);
  const intro = examples.length > 0 ? text.slice(0, text.indexOf('"')).replace(/For example:\s*$/, '') : text;
  return (
    <div className="greeting">
      <p>{intro.trim()}</p>
      {examples.length > 0 && (
        <div className="examples" role="group" aria-label="Example questions">
          {examples.map((q) => (
            <button key={q} type="button" className="example" disabled={disabled} onClick={() => onAsk(q)}>
              {q}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function Progress({ pending }: { pending: Pending }) {
  const reached = {
    understood: pending.understood !== null,
    sql: pending.sql !== null,
    rows: pending.rowCount !== null,
    answer: pending.answer !== null,
  };
  const current = STAGES.find(([key]) => !reached[key])?.[0];
  return (
    <div className="progress">
      <ol className="stages" aria-label="Progress">
        {STAGES.map(([key, label]) => {
          const state = reached[key] ? 'done' : key === current && !pending.error ? 'active' : 'todo';
          return (
            <li key={key} className={`stage ${state}`} data-stage={key}>
              <span aria-hidden="true">{state === 'done' ? '✓' : state === 'active' ? '•' : '○'}</span> {label}
              {key === 'rows' && pending.rowCount !== null && (
                <span className="muted"> ({pending.rowCount.toLocaleString()} rows)</span>
              )}
              <span className="sr-only">
                {state === 'done' ? ' (done)' : state === 'active' ? ' (in progress)' : ''}
              </span>
            </li>
          );
        })}
      </ol>
      {pending.understood && <p className="muted small">Understood as: {pending.understood}</p>}
      {pending.answer && <p>{pending.answer}</p>}
    </div>
  );
}

function ChatHeader({ chatId, title, onDeleted }: { chatId: string; title: string; onDeleted: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(title);
  const [confirming, setConfirming] = useState(false);
  const invalidate = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.chat.get.queryKey({ chatId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.chat.list.pathKey() }),
    ]);
  const rename = useMutation(
    trpc.chat.rename.mutationOptions({
      onSuccess: async () => {
        setEditing(false);
        await invalidate();
      },
    }),
  );
  const remove = useMutation(
    trpc.chat.delete.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.chat.list.pathKey() });
        onDeleted();
      },
    }),
  );
  const error = rename.error ?? remove.error;

  return (
    <header className="chat-header">
      {editing ? (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            rename.mutate({ chatId, title: draft });
          }}
        >
          <label htmlFor="chat-title-input" className="sr-only">
            Chat title
          </label>
          <input
            id="chat-title-input"
            value={draft}
            maxLength={200}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
            autoFocus
          />
          <button type="submit" className="primary" disabled={rename.isPending || draft.trim() === ''}>
            Save
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="row">
          <h2 id="chat-title">{title}</h2>
          <span className="spacer" />
          <button
            type="button"
            onClick={() => {
              setDraft(title);
              setEditing(true);
            }}
          >
            Rename
          </button>
          {confirming ? (
            <>
              <button type="button" className="danger" onClick={() => remove.mutate({ chatId })} autoFocus>
                Delete for good
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirming(true)}>
              Delete
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {errorText(error)}
        </p>
      )}
    </header>
  );
}
