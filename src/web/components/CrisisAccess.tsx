/**
 * Who may see a crisis, on a team server (admins only): a private crisis is listed, tallied,
 * mapped and exported only for its members (admins see every crisis).
 */
import { useState } from 'preact/hooks';
import { api, type CrisisSummary } from '../api.js';
import { loggedIn, useSession } from '../session.js';
import { ErrorBox } from './common.js';

const namesOf = (text: string) => [
  ...new Set(
    text
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean),
  ),
];

export function CrisisAccess({ crisis }: { crisis: CrisisSummary | undefined }) {
  const session = useSession();
  const [isPrivate, setPrivate] = useState(crisis?.private ?? false);
  const [members, setMembers] = useState((crisis?.members ?? []).join(', '));
  const [saved, setSaved] = useState({ private: crisis?.private ?? false, members: (crisis?.members ?? []).join(', ') });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Without accounts there is nobody to restrict a crisis to.
  if (!crisis || !loggedIn(session) || session.user?.role !== 'admin') return null;

  const dirty = isPrivate !== saved.private || namesOf(members).join(',') !== namesOf(saved.members).join(',');
  const save = async (e: Event) => {
    e.preventDefault();
    if (isPrivate && namesOf(members).length === 0) return setError('Name at least one member of a private crisis (admins see it anyway).');
    setBusy(true);
    setError(null);
    try {
      await api.updateCrisis(crisis.name, { private: isPrivate, members: namesOf(members) });
      setSaved({ private: isPrivate, members: namesOf(members).join(', ') });
      setMembers(namesOf(members).join(', '));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const state = saved.private ? `private to ${saved.members || 'admins only'}` : 'every user sees it';
  return (
    <details class="access" data-testid="crisis-access">
      <summary>Who sees this crisis: {state}</summary>
      <form class="toolbar" onSubmit={save}>
        <label class="check">
          <input type="checkbox" checked={isPrivate} data-testid="crisis-private" onChange={(e) => setPrivate((e.target as HTMLInputElement).checked)} />{' '}
          Private: only its members (and admins) see this crisis
        </label>
        <label class="field grow">
          <span>Members (user names, comma-separated)</span>
          <input value={members} data-testid="crisis-members" disabled={!isPrivate} onInput={(e) => setMembers((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={busy || !dirty}>
          Save access
        </button>
        {error && <ErrorBox error={error} />}
      </form>
    </details>
  );
}
