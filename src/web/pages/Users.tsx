/**
 * Users of a team server (admins only): add a user, change a role, disable or enable an
 * account, set a new password; create API tokens for scripts (the secret is shown once) and
 * revoke them. Every change is written to the audit log by the server.
 */
import { useState } from 'preact/hooks';
import { api, type ApiTokenRecord, type Role, type UserRecord } from '../api.js';
import { Empty, ErrorBox, Loading } from '../components/common.js';
import { retryOf, useLoad } from '../hooks.js';
import { useSession } from '../session.js';

const ROLES: [Role, string][] = [
  ['viewer', 'viewer: reads'],
  ['analyst', 'analyst: reviews, ingests, edits sources, pins, exports'],
  ['admin', 'admin: also manages users and reads the audit log'],
];

const when = (at: string | null) => (at ? `${at.slice(0, 16).replace('T', ' ')} UTC` : 'never');

export function UsersPage() {
  const users = useLoad(() => api.users().then((r) => r.users), []);
  return (
    <section>
      <h1>Users</h1>
      <AddUserForm onAdded={users.reload} />
      {users.error && <ErrorBox error={users.error} onRetry={retryOf(users)} />}
      {!users.data && !users.error && <Loading what="Loading the users" />}
      {users.data && users.data.length === 0 && <Empty>No users yet.</Empty>}
      {users.data && users.data.length > 0 && (
        <div class="table-wrap">
          <table data-testid="users-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Role</th>
                <th>Account</th>
                <th>Created</th>
                <th>Last login</th>
                <th>Password</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((u) => (
                <UserRow key={`${u.name}:${u.role}:${u.disabled}`} user={u} onChanged={users.reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ApiTokens users={users.data?.filter((u) => !u.disabled).map((u) => u.name) ?? []} />
    </section>
  );
}

/** API tokens: scripts send one as "Authorization: Bearer …" and act with its user's role. */
function ApiTokens({ users }: { users: string[] }) {
  const tokens = useLoad(() => api.tokens().then((r) => r.tokens), []);
  const [user, setUser] = useState('');
  const [label, setLabel] = useState('');
  const [secret, setSecret] = useState<{ token: string; record: ApiTokenRecord } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      tokens.reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const create = (e: Event) => {
    e.preventDefault();
    const who = user || users[0];
    if (!who) return setError('Add a user first: a token acts as one.');
    void run(async () => {
      setSecret(await api.createToken({ user: who, label: label.trim() }));
      setLabel('');
    });
  };
  const [confirming, setConfirming] = useState<number | null>(null);
  const revoke = (t: ApiTokenRecord) =>
    void run(async () => {
      await api.revokeToken(t.id);
      setConfirming(null);
      if (secret?.record.id === t.id) setSecret(null);
    });
  return (
    <>
      <h2>API tokens</h2>
      <p class="muted">
        Scripts send a token as <code>Authorization: Bearer …</code> and act with its user's role; set <code>TALLY_TOKEN</code> to one to have{' '}
        <code>tally</code> commands audited under that user.
      </p>
      <form class="toolbar" onSubmit={create} data-testid="token-add">
        <label class="field">
          <span>User</span>
          <select value={user || users[0] || ''} data-testid="token-add-user" onChange={(e) => setUser((e.target as HTMLSelectElement).value)}>
            {users.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>What it is for</span>
          <input value={label} maxLength={200} data-testid="token-add-label" onInput={(e) => setLabel((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" class="primary" disabled={busy || !users.length}>
          Create token
        </button>
      </form>
      {error && <ErrorBox error={error} />}
      {secret && (
        <div class="confirm" data-testid="token-secret">
          <p>
            Token {secret.record.id} for {secret.record.user}, shown only now (keep it secret: it acts with the user's role):
          </p>
          <code>{secret.token}</code>
        </div>
      )}
      {tokens.error && <ErrorBox error={tokens.error} onRetry={retryOf(tokens)} />}
      {!tokens.data && !tokens.error && <Loading what="Loading the API tokens" />}
      {tokens.data && tokens.data.length === 0 && <Empty>No API tokens.</Empty>}
      {tokens.data && tokens.data.length > 0 && (
        <div class="table-wrap">
          <table data-testid="tokens-table">
            <thead>
              <tr>
                <th>Id</th>
                <th>User</th>
                <th>For</th>
                <th>Created</th>
                <th>Last used</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tokens.data.map((t) => (
                <tr key={t.id} data-testid={`token-${t.id}`}>
                  <td>{t.id}</td>
                  <td>{t.user}</td>
                  <td>{t.label}</td>
                  <td>{when(t.createdAt)}</td>
                  <td>{when(t.lastUsedAt)}</td>
                  <td>
                    {confirming === t.id ? (
                      <div class="confirm" role="alertdialog" data-testid="token-revoke-confirm">
                        <p>Revoke this token? Scripts using it will be refused.</p>
                        <button type="button" disabled={busy} onClick={() => revoke(t)}>
                          Revoke it
                        </button>{' '}
                        <button type="button" onClick={() => setConfirming(null)}>
                          Cancel
                        </button>
                      </div>
                    ) : (
                      <button type="button" disabled={busy} onClick={() => setConfirming(t.id)}>
                        Revoke…
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function AddUserForm({ onAdded }: { onAdded: () => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim() || !password) return setError('Give the new user a name and a password.');
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await api.addUser({ name: name.trim(), password, role });
      setDone(`Added ${name.trim()} as ${role}: give them their password by another channel.`);
      setName('');
      setPassword('');
      onAdded();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="toolbar" onSubmit={submit} data-testid="user-add">
      <label class="field">
        <span>Name</span>
        <input value={name} autocomplete="off" data-testid="user-add-name" onInput={(e) => setName((e.target as HTMLInputElement).value)} />
      </label>
      <label class="field">
        <span>Password</span>
        <input
          type="password"
          autocomplete="new-password"
          value={password}
          data-testid="user-add-password"
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
        />
      </label>
      <label class="field">
        <span>Role</span>
        <select value={role} data-testid="user-add-role" onChange={(e) => setRole((e.target as HTMLSelectElement).value as Role)}>
          {ROLES.map(([r, label]) => (
            <option key={r} value={r}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="primary" disabled={busy}>
        Add user
      </button>
      {error && <ErrorBox error={error} />}
      {done && (
        <span class="muted" data-testid="user-add-done">
          {done}
        </span>
      )}
    </form>
  );
}

function UserRow({ user, onChanged }: { user: UserRecord; onChanged: () => void }) {
  const session = useSession();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const self = session.user?.name === user.name;
  const update = async (patch: { role?: Role; disabled?: boolean; password?: string }) => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await api.updateUser(user.name, patch);
      if (patch.password !== undefined) {
        setPassword(null);
        setSaved(true);
      } else onChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <tr data-testid={`user-${user.name}`} class={user.disabled ? 'muted' : ''}>
      <td>
        {user.name}
        {self && <span class="tag">you</span>}
        {error && <ErrorBox error={error} />}
      </td>
      <td>
        <select
          value={user.role}
          aria-label={`Role of ${user.name}`}
          disabled={busy || self}
          title={self ? 'Another admin changes your role' : undefined}
          onChange={(e) => void update({ role: (e.target as HTMLSelectElement).value as Role })}
        >
          {ROLES.map(([r]) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </td>
      <td>
        {user.disabled ? 'disabled ' : 'active '}
        {!self && (
          <button type="button" disabled={busy} onClick={() => void update({ disabled: !user.disabled })}>
            {user.disabled ? 'Enable' : 'Disable'}
          </button>
        )}
      </td>
      <td>{when(user.createdAt)}</td>
      <td>{when(user.lastLoginAt)}</td>
      <td>
        {password === null ? (
          <>
            <button type="button" disabled={busy} onClick={() => setPassword('')}>
              Reset password…
            </button>
            {saved && <span class="muted"> saved</span>}
          </>
        ) : (
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (password) void update({ password });
            }}
          >
            <input
              type="password"
              autocomplete="new-password"
              aria-label={`New password for ${user.name}`}
              value={password}
              onInput={(e) => setPassword((e.target as HTMLInputElement).value)}
            />
            <button type="submit" disabled={busy || !password}>
              Set
            </button>
            <button type="button" onClick={() => setPassword(null)}>
              Cancel
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}
