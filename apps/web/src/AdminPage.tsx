import type { AppRouter } from '@musaeid/server';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { useState, type FormEvent } from 'react';

import { errorText } from './errorText';
import { useTRPC } from './trpc';

type Term = inferRouterOutputs<AppRouter>['glossary']['list']['items'][number];
type ConceptInput = inferRouterInputs<AppRouter>['glossary']['upsert']['concept'];
type ConceptKind = ConceptInput['kind'];

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
  const users = useQuery(trpc.admin.users.list.queryOptions({}));
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
          <p>API key for {created.email}, shown only this once: give it to them now.</p>
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
            {users.data.items.map((u) => (
              <tr key={u.id}>
                <td>{u.email}</td>
                <td>{u.role}</td>
                <td>{u.disabledAt ? `disabled ${u.disabledAt.slice(0, 10)}` : 'active'}</td>
                <td>
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
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Failure error={disable.error} />
    </section>
  );
}

const KINDS: [ConceptKind, string, string][] = [
  ['tag', 'Event themes', 'tags or their labels, comma-separated'],
  ['industry', 'Industries', 'comma-separated'],
  ['countries', 'Countries', 'comma-separated'],
  ['events', 'Named events', 'comma-separated'],
  ['companies', 'Named companies', 'comma-separated'],
  ['jobFunction', 'Job functions', 'e.g. sales, marketing'],
  ['seniority', 'Seniority', 'e.g. c_level, vp, director'],
  ['compare', 'A number condition', 'e.g. employees > 1000'],
  ['phrase', 'Other words', 'the words it stands for'],
];

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** The form's text as the concept the API takes; the server checks it against the data and names what is wrong. */
function conceptOf(kind: ConceptKind, text: string): ConceptInput | string {
  switch (kind) {
    case 'tag':
      return { kind, tags: list(text) };
    case 'industry':
      return { kind, industries: list(text) };
    case 'countries':
      return { kind, countries: list(text) };
    case 'events':
    case 'companies':
      return { kind, names: list(text) };
    case 'jobFunction':
    case 'seniority':
      // The API names any value it does not know.
      return { kind, values: list(text) } as ConceptInput;
    case 'compare': {
      const m = /^\s*([a-z_]+)\s*([<>])\s*([\d,.]+)\s*$/i.exec(text);
      if (!m) return 'Write a number condition as: column > number (employees, revenue_usd or founded_year).';
      return {
        kind,
        column: (m[1] ?? '').toLowerCase() as Extract<ConceptInput, { kind: 'compare' }>['column'],
        op: m[2] === '<' ? '<' : '>',
        value: Number((m[3] ?? '').replace(/,/g, '')),
      };
    }
    case 'phrase':
      return { kind, text: text.trim() };
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

function Glossary() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const terms = useQuery(trpc.glossary.list.queryOptions({}));
  const [term, setTerm] = useState('');
  const [kind, setKind] = useState<ConceptKind>('tag');
  const [meaning, setMeaning] = useState('');
  const [scope, setScope] = useState<'workspace' | 'personal'>('workspace');
  const [override, setOverride] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries({ queryKey: trpc.glossary.list.pathKey() });
  const upsert = useMutation(
    trpc.glossary.upsert.mutationOptions({
      onSuccess: async () => {
        setTerm('');
        setMeaning('');
        setOverride(false);
        await invalidate();
      },
    }),
  );
  const remove = useMutation(trpc.glossary.remove.mutationOptions({ onSuccess: invalidate }));
  const hint = KINDS.find(([k]) => k === kind)?.[2] ?? '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const concept = conceptOf(kind, meaning);
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
          <select id="term-kind" value={kind} onChange={(e) => setKind(e.target.value as ConceptKind)}>
            {KINDS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="row">
          <label htmlFor="term-meaning">Meaning</label>
          <input
            id="term-meaning"
            className="grow"
            required
            aria-describedby="term-meaning-hint"
            value={meaning}
            onChange={(e) => setMeaning(e.target.value)}
          />
          <span id="term-meaning-hint" className="muted small">
            {hint}
          </span>
        </div>
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
      {terms.data && terms.data.items.length === 0 && <p className="muted">No terms yet.</p>}
      {terms.data && terms.data.items.length > 0 && (
        <ul className="items" aria-label="Terms">
          {terms.data.items.map((t) => (
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
    </section>
  );
}

function Examples() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const examples = useQuery(trpc.examples.list.queryOptions({}));
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
      {examples.data && examples.data.items.length === 0 && <p className="muted">No verified examples yet.</p>}
      {examples.data && examples.data.items.length > 0 && (
        <ul className="items" aria-label="Verified examples">
          {examples.data.items.map((x) => (
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
    </section>
  );
}

function Feedback() {
  const trpc = useTRPC();
  const feedback = useQuery(trpc.feedback.list.queryOptions({}));
  return (
    <section className="card" aria-labelledby="feedback-title">
      <h3 id="feedback-title">Feedback on wrong answers</h3>
      <Failure error={feedback.error} />
      {feedback.data && feedback.data.items.length === 0 && <p className="muted">No comments on wrong answers.</p>}
      {feedback.data && feedback.data.items.length > 0 && (
        <ul className="items" aria-label="Feedback">
          {feedback.data.items.map((f) => (
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
    </section>
  );
}
