import { useState, type FormEvent } from 'react';

import { errorText } from './errorText';
import { createClient } from './trpc';

/** Sign-in with an API key: checked with `auth.me` before it is kept. */
export function SignIn({ notice, onSignedIn }: { notice: string | null; onSignedIn: (key: string) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const candidate = key.trim();
    if (!candidate) {
      setError('Enter your API key.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await createClient(() => candidate).auth.me.query({});
      onSignedIn(candidate);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="signin">
      <form className="card signin-card" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title">
        <h1 id="signin-title">Musaeid</h1>
        <p className="muted">Ask your event and contact data in plain English.</p>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <label htmlFor="api-key">API key</label>
        <input
          id="api-key"
          name="api-key"
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder="msd_..."
          value={key}
          onChange={(e) => setKey(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'signin-error' : 'signin-help'}
          autoFocus
        />
        <p id="signin-help" className="muted small">
          The key printed by <code>pnpm start</code> on first run, or one an admin created for you. It is kept in this
          browser only.
        </p>
        {error && (
          <p id="signin-error" className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
