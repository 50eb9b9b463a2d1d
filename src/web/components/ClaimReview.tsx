/**
 * Review of one claim: accept, edit any field, reject or reset, recorded under the logged-in
 * user (on a team server; viewers only read) or the name typed here (single-user mode); below, the claim's history (who changed what, when, before and after).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { QUALIFIERS, REVISIONS, SCOPES, type Category, type Qualifier, type Revision, type Scope } from '../../domain.js';
import { api, ApiError, type ReviewChange, type ReviewRecord, type StoredClaim } from '../api.js';
import { CATEGORY_LABELS, figureText, REVISION_HINTS, SCOPE_HINTS } from '../format.js';
import { useLoad, useStored } from '../hooks.js';
import { canWrite, loggedIn, useSession, writerName } from '../session.js';
import { CategorySelect, ErrorBox, ReadOnlyNote } from './common.js';

type Changes = NonNullable<ReviewChange['changes']>;

interface Draft {
  category: Category;
  low: string;
  high: string;
  estimate: string;
  qualifier: Qualifier;
  hedged: boolean;
  cumulative: boolean;
  scope: Scope;
  /** '' for an ordinary figure. */
  revision: Revision | '';
  who: string;
  source: string;
  via: string;
  placeName: string;
  asOf: string;
}

const draftOf = (c: StoredClaim): Draft => ({
  category: c.category,
  low: c.low === null ? '' : String(c.low),
  high: c.high === null ? '' : String(c.high),
  estimate: String(c.estimate),
  qualifier: c.qualifier,
  hedged: c.hedged,
  cumulative: c.cumulative,
  scope: c.scope,
  revision: c.revision ?? '',
  who: c.who,
  source: c.source?.name ?? '',
  via: (c.source?.via ?? []).join(', '),
  placeName: c.place?.name ?? '',
  asOf: c.asOf ?? '',
});

/** Where the claim is, with its country, so that a place edit shows where it landed. */
const placeText = (c: StoredClaim) => (c.place ? (c.place.precision === 'country' ? c.place.name : `${c.place.name}, ${c.place.countryName}`) : 'no place');

/** The edited fields only, or an error message for a value that is not a count or a date. */
function changesOf(c: StoredClaim, d: Draft): Changes | string {
  const ch: Changes = {};
  const count = (s: string, label: string): number | null | string => {
    if (!s.trim()) return null;
    const n = Number(s.replace(/[,\s]/g, ''));
    return Number.isInteger(n) && n >= 0 ? n : `${label} must be a whole number (or empty)`;
  };
  const low = count(d.low, 'Low');
  const high = count(d.high, 'High');
  const estimate = count(d.estimate, 'Estimate');
  for (const v of [low, high, estimate]) if (typeof v === 'string') return v;
  if (estimate === null) return 'The estimate is required (the conservative figure: the low bound, else the high one)';
  if (typeof low === 'number' && typeof high === 'number' && low > high) return 'Low must not be above high';
  if (typeof estimate === 'number' && ((typeof low === 'number' && estimate < low) || (typeof high === 'number' && estimate > high)))
    return 'The estimate must lie between low and high';
  if (d.asOf && !/^\d{4}-\d{2}-\d{2}$/.test(d.asOf)) return 'As of must be a date like 2019-12-04';
  if (d.category !== c.category) ch.category = d.category;
  if (low !== c.low) ch.low = low as number | null;
  if (high !== c.high) ch.high = high as number | null;
  if (estimate !== c.estimate) ch.estimate = estimate as number;
  if (d.qualifier !== c.qualifier) ch.qualifier = d.qualifier;
  if (d.hedged !== c.hedged) ch.hedged = d.hedged;
  if (d.cumulative !== c.cumulative) ch.cumulative = d.cumulative;
  if (d.scope !== c.scope) ch.scope = d.scope;
  if ((d.revision || null) !== c.revision) ch.revision = d.revision || null;
  if (d.who.trim() !== c.who) ch.who = d.who.trim();
  const source = d.source.trim() || null;
  if (source !== (c.source?.name ?? null)) ch.source = source;
  const via = d.via
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (via.join('\n') !== (c.source?.via ?? []).join('\n')) ch.via = via;
  const place = d.placeName.trim() || null;
  if (place !== (c.place?.name ?? null)) ch.placeName = place;
  const asOf = d.asOf || null;
  if (asOf !== c.asOf) ch.asOf = asOf;
  return ch;
}

export function ClaimReview({ claim, onChanged }: { claim: StoredClaim; onChanged: (c: StoredClaim) => void }) {
  const session = useSession();
  const writable = canWrite(session);
  const [reviewer, setReviewer] = useStored('tally.reviewer', '');
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => draftOf(claim));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** Another reviewer changed the claim since it was opened: the edit waits for a reload. */
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const history = useLoad(() => api.claim(claim.id).then((r) => r.history), [claim.id]);

  // Another claim shown in this panel starts afresh. Not on the first render: the state above is
  // already this claim's, and an effect runs after the paint, so it would close an edit opened
  // at once (the queue's E pressed as soon as the card shows).
  const shownId = useRef(claim.id);
  useEffect(() => {
    if (shownId.current === claim.id) return;
    shownId.current = claim.id;
    setEditing(false);
    setDraft(draftOf(claim));
    setError(null);
    setConflict(false);
    setNote('');
  }, [claim.id]);

  const submit = async (status: ReviewChange['status'], changes?: Changes) => {
    const name = writerName(session, reviewer);
    if (!name) {
      setError('Enter your name first: every change is recorded with who made it.');
      return;
    }
    setBusy(true);
    setError(null);
    setConflict(false);
    try {
      // The version this review was made on: a review on a stale claim is refused (409).
      const r = await api.review(claim.id, { status, reviewer: name, changes, note: note.trim() || undefined, version: claim.version });
      setEditing(false);
      setNote('');
      setDraft(draftOf(r.claim));
      history.reload();
      onChanged(r.claim);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setConflict(e instanceof ApiError && e.status === 409);
    } finally {
      setBusy(false);
    }
  };

  /** After a conflict: the claim as it is now, with its history; the edit is made again on it. */
  const reload = async () => {
    setBusy(true);
    try {
      const r = await api.claim(claim.id);
      setDraft(draftOf(r.claim));
      setError(null);
      setConflict(false);
      history.reload();
      onChanged(r.claim);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const save = () => {
    const ch = changesOf(claim, draft);
    if (typeof ch === 'string') return setError(ch);
    if (!Object.keys(ch).length) return setError('Nothing changed: edit a field, or use Accept.');
    void submit('edited', ch);
  };

  const field = <K extends keyof Draft>(key: K, v: Draft[K]) => setDraft((d) => ({ ...d, [key]: v }));
  const text = (key: 'low' | 'high' | 'estimate' | 'who' | 'source' | 'via' | 'placeName' | 'asOf', label: string, type = 'text') => (
    <label class="field">
      <span>{label}</span>
      <input type={type} value={draft[key]} data-testid={`edit-${key}`} onInput={(e) => field(key, (e.target as HTMLInputElement).value)} />
    </label>
  );

  return (
    <section class="review" data-testid="review-panel" aria-label="Review this claim">
      <h3>
        Review <span class={`status status-${claim.reviewStatus}`}>{claim.reviewStatus}</span>
      </h3>
      <p class="claim-summary">
        <strong>{figureText(claim)}</strong> {CATEGORY_LABELS[claim.category].toLowerCase()} ({claim.who || 'people'}) ·{' '}
        {claim.source?.name ?? 'the outlet itself'}
        {claim.source?.via.length ? ` via ${claim.source.via.join(' → ')}` : ''} · {placeText(claim)} · {claim.asOf ?? 'undated'} · {claim.scope}
        {claim.revision ? ` · ${REVISION_HINTS[claim.revision].split(':')[0]}` : ''}
      </p>
      {/* Logged in, the server records the user; without accounts, the name typed here. */}
      {writable && !loggedIn(session) && (
        <label class="field">
          <span>Your name</span>
          <input
            value={reviewer}
            data-testid="review-reviewer"
            placeholder="recorded with each change"
            onInput={(e) => setReviewer((e.target as HTMLInputElement).value)}
          />
        </label>
      )}
      {!writable ? (
        <ReadOnlyNote what="review claims" />
      ) : editing ? (
        <form
          class="edit-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <CategorySelect value={draft.category} onChange={(c) => c && field('category', c)} />
          <label class="field">
            <span>Qualifier</span>
            <select value={draft.qualifier} onChange={(e) => field('qualifier', (e.target as HTMLSelectElement).value as Qualifier)}>
              {QUALIFIERS.map((q) => (
                <option key={q} value={q}>
                  {q.replace('_', ' ')}
                </option>
              ))}
            </select>
          </label>
          {text('low', 'Low')}
          {text('high', 'High')}
          {text('estimate', 'Estimate (conservative)')}
          {text('who', 'Who')}
          {text('source', 'Source (empty: the outlet)')}
          {text('via', 'Via (comma-separated, nearest the source first)')}
          {text('placeName', 'Place (a town, region or country; "Paris, France" for another country; empty: none)')}
          {text('asOf', 'As of', 'date')}
          <label class="field wide">
            <span>Scope</span>
            <select value={draft.scope} data-testid="edit-scope" onChange={(e) => field('scope', (e.target as HTMLSelectElement).value as Scope)}>
              {SCOPES.map((s) => (
                <option key={s} value={s}>
                  {s}: {SCOPE_HINTS[s]}
                </option>
              ))}
            </select>
            <small class="muted">{SCOPE_HINTS[draft.scope]}</small>
          </label>
          <label class="field wide">
            <span>Revision</span>
            <select
              value={draft.revision}
              data-testid="edit-revision"
              onChange={(e) => field('revision', (e.target as HTMLSelectElement).value as Revision | '')}
            >
              <option value="">none: an ordinary figure</option>
              {REVISIONS.map((r) => (
                <option key={r} value={r}>
                  {REVISION_HINTS[r]}
                </option>
              ))}
            </select>
          </label>
          <label class="check">
            <input type="checkbox" checked={draft.hedged} onChange={(e) => field('hedged', (e.target as HTMLInputElement).checked)} /> hedged
          </label>
          <label class="check">
            <input type="checkbox" checked={draft.cumulative} onChange={(e) => field('cumulative', (e.target as HTMLInputElement).checked)} /> running total
          </label>
          <label class="field wide">
            <span>Note (optional)</span>
            <input value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
          </label>
          <div class="buttons">
            <button type="submit" class="primary" disabled={busy} data-testid="review-save">
              Save edit
            </button>
            <button type="button" disabled={busy} onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="buttons">
          <button type="button" class="primary" disabled={busy} data-testid="review-accept" onClick={() => submit('accepted')}>
            Accept
          </button>
          <button type="button" disabled={busy} data-testid="review-edit" onClick={() => setEditing(true)}>
            Edit…
          </button>
          <button type="button" class="danger" disabled={busy} data-testid="review-reject" onClick={() => submit('rejected')}>
            Reject
          </button>
          {claim.reviewStatus !== 'unreviewed' && (
            <button type="button" disabled={busy} data-testid="review-reset" onClick={() => submit('unreviewed')}>
              Reset
            </button>
          )}
        </div>
      )}
      {error && (
        <ErrorBox error={error}>
          {conflict && (
            <button type="button" class="link" disabled={busy} data-testid="review-reload" onClick={() => void reload()}>
              Reload the claim
            </button>
          )}
        </ErrorBox>
      )}
      <h4>History</h4>
      {history.error && <ErrorBox error={history.error} />}
      {history.data && history.data.length === 0 && <p class="muted">Not reviewed yet: the values are the extractor's.</p>}
      <ol class="history" data-testid="review-history">
        {history.data?.map((h) => (
          <HistoryItem key={h.id} record={h} />
        ))}
      </ol>
    </section>
  );
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '∅' : Array.isArray(v) ? v.join(', ') || '∅' : String(v));

function HistoryItem({ record }: { record: ReviewRecord }) {
  const keys = [...new Set([...Object.keys(record.before), ...Object.keys(record.after)])].filter(
    (k) => k !== 'reviewStatus' && JSON.stringify(record.before[k]) !== JSON.stringify(record.after[k]),
  );
  return (
    <li>
      <span class="muted">{record.at.replace('T', ' ').slice(0, 16)} UTC</span> · <strong>{record.reviewer}</strong> · {record.action}
      {keys.length > 0 && (
        <ul>
          {keys.map((k) => (
            <li key={k}>
              {k}: {show(record.before[k])} → {show(record.after[k])}
            </li>
          ))}
        </ul>
      )}
      {record.note && <div class="note">“{record.note}”</div>}
    </li>
  );
}
