import type { AppRouter } from '@musaeid/server';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { useDeferredValue, useId, useState, type FormEvent, type KeyboardEvent } from 'react';

import { errorText } from './errorText';
import { useTRPC, useTRPCClient } from './trpc';

type Term = inferRouterOutputs<AppRouter>['glossary']['list']['items'][number];
type ConceptInput = inferRouterInputs<AppRouter>['glossary']['upsert']['concept'];
type ConceptKind = ConceptInput['kind'];
type Option = inferRouterOutputs<AppRouter>['glossary']['options']['items'][number];

/**
 * A list read a page at a time through the API's cursor; "More" reads the next. The key sits under
 * the procedure's path, so invalidating the path refreshes it. (tRPC's own infinite queries add a
 * `direction` to the input, which the API's strict inputs refuse: the pages are read here instead.)
 */
function usePages<T>(
  pathKey: QueryKey,
  read: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
) {
  const list = useInfiniteQuery({
    queryKey: [...pathKey, 'pages'],
    queryFn: ({ pageParam }) => read(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  return { list, items: list.data?.pages.flatMap((p) => p.items) ?? [] };
}

function More({
  list,
  what,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
  what: string;
}) {
  if (!list.hasNextPage) return null;
  return (
    <button type="button" className="more" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
      {list.isFetchingNextPage ? 'Loading…' : `More ${what}`}
    </button>
  );
}

/** The admins' page: users and their keys, verified examples, feedback, and the glossary. */
export function AdminPage({ meId }: { meId: string }) {
  return (
    <section className="admin" aria-labelledby="admin-title">
      <h2 id="admin-title">Admin</h2>
      <Users meId={meId} />
      <Glossary />
      <Examples />
      <Feedback />
    </section>
  );
}

function Failure({ error }: { error: unknown }) {
  return error ? (
    <p className="error" role="alert">
      {errorText(error)}
    </p>
  ) : null;
}

function Users({ meId }: { meId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const client = useTRPCClient();
  const { list: users, items: userItems } = usePages(trpc.admin.users.list.pathKey(), (cursor) =>
    client.admin.users.list.query({ cursor }),
  );
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'user' | 'admin'>('user');
  const [created, setCreated] = useState<{ email: string; apiKey: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.admin.users.list.pathKey() });
  const create = useMutation(
    trpc.admin.users.create.mutationOptions({
      onSuccess: async ({ user, apiKey }) => {
        setCreated({ email: user.email, apiKey });
        setCopied(false);
        setEmail('');
        await invalidate();
      },
    }),
  );
  const issueKey = useMutation(
    trpc.admin.users.issueKey.mutationOptions({
      onSuccess: ({ user, apiKey }) => {
        setCreated({ email: user.email, apiKey });
        setCopied(false);
      },
    }),
  );
  const disable = useMutation(
    trpc.admin.users.disable.mutationOptions({
      onSuccess: async () => {
        setConfirming(null);
        await invalidate();
      },
    }),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ email: email.trim(), role });
  };
  return (
    <section className="card" aria-labelledby="users-title">
      <h3 id="users-title">Users</h3>
      <form className="row" onSubmit={submit}>
        <label htmlFor="new-user-email">E-mail</label>
        <input
          id="new-user-email"
          type="email"
          className="grow"
          required
          maxLength={320}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="new-user-role">Role</label>
        <select
          id="new-user-role"
          value={role}
          onChange={(e) => setRole(e.target.value === 'admin' ? 'admin' : 'user')}
        >
          <option value="user">user</option>
          <option value="admin">admin</option>
        </select>
        <button type="submit" className="primary" disabled={create.isPending || email.trim() === ''}>
          Create user
        </button>
      </form>
      <Failure error={create.error} />
      {created && (
        <div className="notice" role="status">
          <p>
            API key for <strong>{created.email}</strong>, shown only this once: give it to them now.
          </p>
          <div className="row">
            <code className="key" aria-label="New API key">
              {created.apiKey}
            </code>
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard.writeText(created.apiKey).then(
                  () => setCopied(true),
                  () => setCopied(false),
                )
              }
            >
              {copied ? 'Copied' : 'Copy key'}
            </button>
            <button type="button" className="ghost" onClick={() => setCreated(null)}>
              Done
            </button>
          </div>
        </div>
      )}
      {users.isPending && <p className="muted">Loading…</p>}
      <Failure error={users.error} />
      {users.data && (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {userItems.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td>{u.role}</td>
                <td>{u.disabledAt ? `disabled ${u.disabledAt.slice(0, 10)}` : 'active'}</td>
                <td>
                  <span className="row">
                    {!u.disabledAt && (
                      <button
                        type="button"
                        aria-label={`Issue a new API key to ${u.email}`}
                        disabled={issueKey.isPending}
                        onClick={() => issueKey.mutate({ userId: u.id })}
                      >
                        New key
                      </button>
                    )}
                    {!u.disabledAt &&
                      u.id !== meId &&
                      (confirming === u.id ? (
                        <span className="row">
                          <button
                            type="button"
                            className="danger"
                            autoFocus
                            disabled={disable.isPending}
                            onClick={() => disable.mutate({ userId: u.id })}
                          >
                            Disable {u.email}
                          </button>
                          <button type="button" onClick={() => setConfirming(null)}>
                            Keep
                          </button>
                        </span>
                      ) : (
                        <button type="button" aria-label={`Disable ${u.email}…`} onClick={() => setConfirming(u.id)}>
                          Disable…
                        </button>
                      ))}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <More list={users} what="users" />
      <Failure error={disable.error ?? issueKey.error} />
    </section>
  );
}

/** The kinds of meaning, with what the form asks for each. */
const KINDS: [ConceptKind, string][] = [
  ['tag', 'Event themes'],
  ['industry', 'Industries'],
  ['countries', 'Countries'],
  ['events', 'Named events'],
  ['companies', 'Named companies'],
  ['jobFunction', 'Job functions'],
  ['seniority', 'Seniority'],
  ['compare', 'A number condition'],
  ['phrase', 'Other words'],
];

type ListKind = Extract<ConceptKind, 'tag' | 'industry' | 'countries' | 'events' | 'companies'>;
const isListKind = (kind: ConceptKind): kind is ListKind =>
  kind === 'tag' || kind === 'industry' || kind === 'countries' || kind === 'events' || kind === 'companies';
/** One of the kind's values, in words ("Find an industry"). */
const ONE: Record<ListKind, string> = {
  tag: 'an event theme',
  industry: 'an industry',
  countries: 'a country',
  events: 'an event',
  companies: 'a company',
};

/** What the form holds: the values picked for a list kind, or the parts of a number condition, or words. */
interface Draft {
  picked: Option[];
  checked: string[];
  column: string;
  op: '>' | '<';
  value: string;
  text: string;
}
const EMPTY_DRAFT: Draft = { picked: [], checked: [], column: 'employees', op: '>', value: '', text: '' };

/** The form's choice as the concept the API takes (the server checks it against the data and names what is wrong). */
function conceptOf(kind: ConceptKind, d: Draft): ConceptInput | string {
  const values = d.picked.map((o) => o.value);
  if (isListKind(kind) && values.length === 0) return `Pick at least one: find ${ONE[kind]}, then add it.`;
  switch (kind) {
    case 'tag':
      return { kind, tags: values };
    case 'industry':
      return { kind, industries: values };
    case 'countries':
      return { kind, countries: values };
    case 'events':
    case 'companies':
      return { kind, names: values };
    case 'jobFunction':
    case 'seniority':
      if (d.checked.length === 0) return 'Tick at least one.';
      // The options come from the API's own list, so they are values it takes.
      return { kind, values: d.checked } as ConceptInput;
    case 'compare': {
      const value = Number(d.value);
      if (d.value.trim() === '' || !Number.isFinite(value) || value < 0) return 'The number must be 0 or more.';
      return {
        kind,
        column: d.column as Extract<ConceptInput, { kind: 'compare' }>['column'],
        op: d.op,
        value,
      };
    }
    case 'phrase':
      return { kind, text: d.text.trim() };
  }
}

/** What a stored term means, in words. */
export function describeConcept(concept: Term['concept']): string {
  switch (concept.kind) {
    case 'tag':
      return `event themes: ${('labels' in concept ? concept.labels : concept.tags).join(', ')}`;
    case 'industry':
      return `industries: ${concept.industries.join(', ')}`;
    case 'countries':
      return `countries: ${concept.countries.join(', ')}`;
    case 'jobFunction':
      return `job functions: ${concept.values.join(', ')}`;
    case 'seniority':
      return `seniority: ${concept.values.join(', ')}`;
    case 'events':
      return `events: ${concept.names.join(', ')}`;
    case 'companies':
      return `companies: ${concept.names.join(', ')}`;
    case 'compare':
      return `${concept.column} ${concept.op} ${concept.value.toLocaleString()}`;
    case 'phrase':
      return `“${concept.text}”`;
  }
}

/**
 * Values of a list kind picked from the data's own (`glossary.options`, searched as one types): a
 * suggestion is added with a click; Enter adds the suggestion the text names, or the text as typed,
 * which the server then refuses naming it when the data has no such value.
 */
function ValuePicker({
  kind,
  picked,
  onChange,
}: {
  kind: ListKind;
  picked: Option[];
  onChange: (o: Option[]) => void;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  const options = useQuery({
    ...trpc.glossary.options.queryOptions({ kind, search: deferred, limit: 8 }),
    placeholderData: keepPreviousData,
  });
  const offered = (options.data?.items ?? []).filter((o) => !picked.some((p) => p.value === o.value));
  const add = (o: Option) => {
    if (!picked.some((p) => p.value === o.value)) onChange([...picked, o]);
    setSearch('');
  };
  const addTyped = () => {
    const text = search.trim();
    if (!text) return;
    const lower = text.toLowerCase();
    add(
      options.data?.items.find((o) => o.label.toLowerCase() === lower || o.value.toLowerCase() === lower) ?? {
        value: text,
        label: text,
      },
    );
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault(); // Enter adds a value; "Save term" saves
    addTyped();
  };
  return (
    <div className="stack">
      <div className="row">
        <label htmlFor={`${id}-find`}>Find {ONE[kind]}</label>
        <input
          id={`${id}-find`}
          className="grow"
          autoComplete="off"
          maxLength={200}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          onKeyDown={onKey}
        />
        <button type="button" onClick={addTyped} disabled={search.trim() === ''}>
          Add
        </button>
      </div>
      <Failure error={options.error} />
      {offered.length > 0 && (
        <div className="row wrap" role="group" aria-label="Suggestions">
          {offered.map((o) => (
            <button
              key={o.value}
              type="button"
              className="example"
              aria-label={`Add ${o.label}`}
              onClick={() => add(o)}
            >
              + {o.label}
            </button>
          ))}
        </div>
      )}
      {picked.length > 0 && (
        <ul className="chips" aria-label="Chosen">
          {picked.map((o) => (
            <li key={o.value} className="chip">
              {o.label}
              <button
                type="button"
                className="ghost"
                aria-label={`Remove ${o.label} from the meaning`}
                onClick={() => onChange(picked.filter((p) => p.value !== o.value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Job functions or seniorities: the engine's own values, as checkboxes. */
function ValueChecks({
  kind,
  checked,
  onChange,
}: {
  kind: 'jobFunction' | 'seniority';
  checked: string[];
  onChange: (values: string[]) => void;
}) {
  const trpc = useTRPC();
  const options = useQuery(trpc.glossary.options.queryOptions({ kind, limit: 200 }));
  return (
    <fieldset className="row wrap">
      <legend>{kind === 'jobFunction' ? 'Job functions' : 'Seniority'}</legend>
      <Failure error={options.error} />
      {options.data?.items.map((o) => (
        <label key={o.value} className="check">
          <input
            type="checkbox"
            checked={checked.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...checked, o.value] : checked.filter((v) => v !== o.value))}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

function NumberCondition({ draft, onChange }: { draft: Draft; onChange: (d: Partial<Draft>) => void }) {
  const trpc = useTRPC();
  const columns = useQuery(trpc.glossary.options.queryOptions({ kind: 'compareColumn' }));
  return (
    <div className="row">
      <label htmlFor="term-column">Column</label>
      <select id="term-column" value={draft.column} onChange={(e) => onChange({ column: e.target.value })}>
        {columns.data?.items.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <label htmlFor="term-op">is</label>
      <select id="term-op" value={draft.op} onChange={(e) => onChange({ op: e.target.value === '<' ? '<' : '>' })}>
        <option value=">">more than</option>
        <option value="<">less than</option>
      </select>
      <label htmlFor="term-value" className="sr-only">
        Number
      </label>
      <input
        id="term-value"
        type="number"
        min={0}
        step="any"
        required
        value={draft.value}
        onChange={(e) => onChange({ value: e.target.value })}
      />
      <Failure error={columns.error} />
    </div>
  );
}

function Glossary() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const client = useTRPCClient();
  const { list: terms, items: termItems } = usePages(trpc.glossary.list.pathKey(), (cursor) =>
    client.glossary.list.query({ cursor }),
  );
  const [term, setTerm] = useState('');
  const [kind, setKind] = useState<ConceptKind>('tag');
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [scope, setScope] = useState<'workspace' | 'personal'>('workspace');
  const [override, setOverride] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.glossary.list.pathKey() });
  const upsert = useMutation(
    trpc.glossary.upsert.mutationOptions({
      onSuccess: async () => {
        setTerm('');
        setDraft(EMPTY_DRAFT);
        setOverride(false);
        await invalidate();
      },
    }),
  );
  const remove = useMutation(trpc.glossary.remove.mutationOptions({ onSuccess: invalidate }));
  /** A change to the meaning clears the last refusal: it was about the values as they were. */
  const edit = (d: Partial<Draft>) => {
    setDraft((old) => ({ ...old, ...d }));
    setFormError(null);
    upsert.reset();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const concept = conceptOf(kind, draft);
    if (typeof concept === 'string') return setFormError(concept);
    setFormError(null);
    upsert.mutate({ term: term.trim(), concept, scope, override });
  };
  return (
    <section className="card" aria-labelledby="glossary-title">
      <h3 id="glossary-title">Glossary</h3>
      <p className="muted small">
        Your team&apos;s own words. A term applies from the next question, and answers that use it say so.
      </p>
      <form className="stack" onSubmit={submit}>
        <div className="row">
          <label htmlFor="term-word">Term</label>
          <input
            id="term-word"
            className="grow"
            required
            maxLength={100}
            value={term}
            onChange={(e) => setTerm(e.target.value)}
          />
          <label htmlFor="term-kind">Means</label>
          <select
            id="term-kind"
            value={kind}
            onChange={(e) => {
              setKind(e.target.value as ConceptKind);
              setDraft(EMPTY_DRAFT);
              setFormError(null);
            }}
          >
            {KINDS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {isListKind(kind) && (
          <ValuePicker key={kind} kind={kind} picked={draft.picked} onChange={(picked) => edit({ picked })} />
        )}
        {(kind === 'jobFunction' || kind === 'seniority') && (
          <ValueChecks kind={kind} checked={draft.checked} onChange={(checked) => edit({ checked })} />
        )}
        {kind === 'compare' && <NumberCondition draft={draft} onChange={edit} />}
        {kind === 'phrase' && (
          <div className="row">
            <label htmlFor="term-text">The words it stands for</label>
            <input
              id="term-text"
              className="grow"
              required
              maxLength={200}
              value={draft.text}
              onChange={(e) => edit({ text: e.target.value })}
            />
          </div>
        )}
        <div className="row">
          <label htmlFor="term-scope">For</label>
          <select
            id="term-scope"
            value={scope}
            onChange={(e) => setScope(e.target.value === 'personal' ? 'personal' : 'workspace')}
          >
            <option value="workspace">everyone (workspace)</option>
            <option value="personal">me only</option>
          </select>
          <input
            id="term-override"
            type="checkbox"
            checked={override}
            onChange={(e) => setOverride(e.target.checked)}
          />
          <label htmlFor="term-override">Replace a built-in word</label>
          <button type="submit" className="primary" disabled={upsert.isPending}>
            Save term
          </button>
        </div>
      </form>
      {formError && (
        <p className="error" role="alert">
          {formError}
        </p>
      )}
      <Failure error={upsert.error} />
      <Failure error={terms.error} />
      <Failure error={remove.error} />
      {terms.data && termItems.length === 0 && <p className="muted">No terms yet.</p>}
      {termItems.length > 0 && (
        <ul className="items" aria-label="Terms">
          {termItems.map((t) => (
            <li key={t.id} className="row">
              <strong>{t.term}</strong>
              <span className="grow">{describeConcept(t.concept)}</span>
              <span className="muted small">{t.scope === 'personal' ? 'personal' : 'workspace'}</span>
              <button
                type="button"
                aria-label={`Remove ${t.term}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ termId: t.id })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <More list={terms} what="terms" />
    </section>
  );
}

function Examples() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const client = useTRPCClient();
  const { list: examples, items: exampleItems } = usePages(trpc.examples.list.pathKey(), (cursor) =>
    client.examples.list.query({ cursor }),
  );
  const [editing, setEditing] = useState<{ id: string; question: string } | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.examples.list.pathKey() });
  const update = useMutation(
    trpc.examples.update.mutationOptions({
      onSuccess: async () => {
        setEditing(null);
        await invalidate();
      },
    }),
  );
  const remove = useMutation(trpc.examples.remove.mutationOptions({ onSuccess: invalidate }));
  return (
    <section className="card" aria-labelledby="examples-title">
      <h3 id="examples-title">Verified examples</h3>
      <p className="muted small">
        Answers users rated up: the engine reuses them for the same question with other values.
      </p>
      <Failure error={examples.error} />
      <Failure error={update.error ?? remove.error} />
      {examples.data && exampleItems.length === 0 && <p className="muted">No verified examples yet.</p>}
      {exampleItems.length > 0 && (
        <ul className="items" aria-label="Verified examples">
          {exampleItems.map((x) => (
            <li key={x.id}>
              {editing?.id === x.id ? (
                <form
                  className="row"
                  onSubmit={(e) => {
                    e.preventDefault();
                    update.mutate({ exampleId: x.id, question: editing.question });
                  }}
                >
                  <label htmlFor={`example-${x.id}`} className="sr-only">
                    Question
                  </label>
                  <input
                    id={`example-${x.id}`}
                    className="grow"
                    autoFocus
                    maxLength={2000}
                    value={editing.question}
                    onChange={(e) => setEditing({ id: x.id, question: e.target.value })}
                    onKeyDown={(e) => e.key === 'Escape' && setEditing(null)}
                  />
                  <button type="submit" className="primary" disabled={update.isPending}>
                    Save
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <div className="row">
                  <strong className="grow">{x.question}</strong>
                  <button type="button" aria-label={`Edit "${x.question}"`} onClick={() => setEditing(x)}>
                    Edit
                  </button>
                  <button
                    type="button"
                    aria-label={`Remove "${x.question}"`}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ exampleId: x.id })}
                  >
                    Remove
                  </button>
                </div>
              )}
              <p className="muted small">
                {x.interpretation ?? x.sql ?? ''} · {x.generator} · verified by{' '}
                {x.verifiedBy?.email ?? 'a removed user'} on {x.updatedAt.slice(0, 10)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <More list={examples} what="examples" />
    </section>
  );
}

function Feedback() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { list: feedback, items } = usePages(trpc.feedback.list.pathKey(), (cursor) =>
    client.feedback.list.query({ cursor }),
  );
  return (
    <section className="card" aria-labelledby="feedback-title">
      <h3 id="feedback-title">Feedback on wrong answers</h3>
      <Failure error={feedback.error} />
      {feedback.data && items.length === 0 && <p className="muted">No comments on wrong answers.</p>}
      {items.length > 0 && (
        <ul className="items" aria-label="Feedback">
          {items.map((f) => (
            <li key={f.messageId}>
              <p>
                <strong>{f.question}</strong>: “{f.comment}”
              </p>
              <p className="muted small">
                {f.user.email} on {f.ratedAt.slice(0, 10)} · understood as: {f.interpretation ?? 'nothing'}
              </p>
            </li>
          ))}
        </ul>
      )}
      <More list={feedback} what="feedback" />
    </section>
  );
}
