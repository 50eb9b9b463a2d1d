/**
 * The audit log: every write (reviews, source edits, crisis edits, ingests, pins, exports,
 * logins and user changes), newest first, filtered by who, what, crisis and days, a page at a
 * time. Values are shown as text, never as markup: they hold document titles, names and notes
 * typed by anyone.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, type AuditEntry, type CrisisSummary } from '../api.js';
import { CrisisSelect, Empty, ErrorBox, Loading, Pager } from '../components/common.js';
import { retryOf, useLoad } from '../hooks.js';
import { setParams, type Route } from '../router.js';

const PAGE = 50;

/** Actions and families ("login" holds "login.failed", "user" every change of a user). */
const ACTIONS = ['review', 'source', 'crisis', 'ingest', 'pin', 'unpin', 'export', 'login', 'login.failed', 'logout', 'user', 'token'] as const;

const text = (v: unknown): string => (v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v));

/** "field: before → after" for the fields a write changed; the whole value when there is no pair to compare. */
export function changeLines(before: unknown, after: unknown): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(before) || !isObject(after)) return before == null ? [text(after)] : [`${text(before)} → ${text(after)}`];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return changed.length ? changed.map((k) => `${k}: ${text(before[k])} → ${text(after[k])}`) : ['no change'];
}

export function AuditPage({ crises, route }: { crises: CrisisSummary[]; route: Route }) {
  const p = (k: string) => route.params.get(k) ?? '';
  const filter = { actor: p('actor'), action: p('action'), crisis: p('crisis'), since: p('since'), until: p('until') };
  const offset = Math.max(0, Number(p('offset')) || 0);
  const log = useLoad(() => api.audit({ ...filter, limit: PAGE, offset }), [filter.actor, filter.action, filter.crisis, filter.since, filter.until, offset]);
  const [actor, setActor] = useState(filter.actor);
  useEffect(() => setActor(filter.actor), [filter.actor]);
  const set = (k: string, v: string) => setParams({ [k]: v || null, offset: null });

  return (
    <section>
      <h1>Audit log</h1>
      <form
        class="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          set('actor', actor.trim());
        }}
      >
        <label class="field">
          <span>Who</span>
          <input
            value={actor}
            placeholder="reviewer, editor or user"
            data-testid="audit-actor"
            onInput={(e) => setActor((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          <span>Action</span>
          <select value={filter.action} data-testid="audit-action" onChange={(e) => set('action', (e.target as HTMLSelectElement).value)}>
            <option value="">Any</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </label>
        <CrisisSelect crises={crises} value={filter.crisis} onChange={(v) => set('crisis', v)} allowAll />
        <label class="field">
          <span>From</span>
          <input type="date" value={filter.since} onChange={(e) => set('since', (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>To</span>
          <input type="date" value={filter.until} onChange={(e) => set('until', (e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">Filter</button>
      </form>
      {log.error && <ErrorBox error={log.error} onRetry={retryOf(log)} />}
      {!log.data && !log.error && <Loading what="Loading the audit log" />}
      {log.data && log.data.items.length === 0 && <Empty>No writes match these filters.</Empty>}
      {log.data && log.data.items.length > 0 && (
        <>
          <div class="table-wrap">
            <table data-testid="audit-table">
              <thead>
                <tr>
                  <th>When (UTC)</th>
                  <th>Who</th>
                  <th>Action</th>
                  <th>Target</th>
                  <th>Crisis</th>
                  <th>Before → after</th>
                  <th>Note</th>
                </tr>
              </thead>
              <tbody>
                {log.data.items.map((e: AuditEntry) => (
                  <tr key={e.id}>
                    <td>{e.at.slice(0, 19).replace('T', ' ')}</td>
                    <td>{e.actor}</td>
                    <td>{e.action}</td>
                    <td>{`${e.targetType} ${e.targetId ?? ''}`.trim()}</td>
                    <td>{e.crisis ?? ''}</td>
                    <td class="audit-change">
                      {changeLines(e.before, e.after).map((line, i) => (
                        <div key={i}>{line}</div>
                      ))}
                    </td>
                    <td>{e.note ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager total={log.data.total} exact limit={PAGE} offset={offset} onOffset={(o) => setParams({ offset: o || null })} />
        </>
      )}
    </section>
  );
}
