/**
 * The login page of a team server: shown when the server requires a login and nobody is logged
 * in, or when a request answers 401 (the session ended). The server sets an HttpOnly cookie;
 * the password never stays in the page.
 */
import { useState } from 'preact/hooks';
import { api, type SessionUser } from '../api.js';
import { ErrorBox } from '../components/common.js';

export function LoginPage({ onLogin, expired }: { onLogin: (user: SessionUser) => void; expired: boolean }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim() || !password) return setError('Enter your user name and password.');
    setBusy(true);
    setError(null);
    try {
      const { user } = await api.login(name.trim(), password);
      setPassword('');
      onLogin(user);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="login">
      <h1>Log in to Tally</h1>
      {expired && <p class="muted">Your session has ended: log in again to go on.</p>}
      <form class="login-form" onSubmit={submit} data-testid="login-form">
        <label class="field">
          <span>User name</span>
          <input name="username" autocomplete="username" value={name} data-testid="login-name" onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Password</span>
          <input
            type="password"
            name="password"
            autocomplete="current-password"
            value={password}
            data-testid="login-password"
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary" disabled={busy} data-testid="login-submit">
          Log in
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      <p class="muted">No account yet? An admin adds users on the Users page or with "tally user add".</p>
    </section>
  );
}
