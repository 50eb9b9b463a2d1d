/** Small pieces every view uses. */
import type { ComponentChildren } from 'preact';
import { CATEGORIES, type Category } from '../../domain.js';
import { api, type CrisisSummary } from '../api.js';
import { CATEGORY_LABELS } from '../format.js';
import { useLoad } from '../hooks.js';

/**
 * A failure, said plainly: the message says what happened and what to change. "Try again" is
 * offered only when a retry can help (see `retryOf`), never for a 404 or a refused request.
 */
export function ErrorBox({ error, onRetry, children }: { error: string; onRetry?: () => void; children?: ComponentChildren }) {
  return (
    <div class="error" role="alert" data-testid="error">
      <span class="error-message">{error.charAt(0).toUpperCase() + error.slice(1)}</span>
      {onRetry && (
        <button type="button" class="link" onClick={onRetry}>
          Try again
        </button>
      )}
      {children}
    </div>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p class="muted" aria-busy="true">
      {what}…
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="empty">{children}</p>;
}

/** The crises, for pickers. */
export function useCrises() {
  return useLoad(() => api.crises().then((r) => r.items), []);
}

export function CrisisSelect({
  crises,
  value,
  onChange,
  allowAll = false,
  allValue = '',
  id = 'crisis',
}: {
  crises: CrisisSummary[];
  value: string;
  onChange: (name: string) => void;
  allowAll?: boolean;
  /** The value meaning "all crises" (the map keeps "*" in its URL, other views leave it out). */
  allValue?: string;
  id?: string;
}) {
  return (
    <label class="field" for={id}>
      <span>Crisis</span>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        {allowAll && <option value={allValue}>All crises</option>}
        {crises.map((c) => (
          <option key={c.id} value={c.name}>
            {c.name} ({c.documents} {c.documents === 1 ? 'document' : 'documents'})
          </option>
        ))}
      </select>
    </label>
  );
}

export function Pager({
  total,
  exact,
  limit,
  offset,
  onOffset,
}: {
  total: number;
  exact: boolean;
  limit: number;
  offset: number;
  onOffset: (o: number) => void;
}) {
  const last = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" disabled={offset === 0} onClick={() => onOffset(Math.max(0, offset - limit))}>
        ← Previous
      </button>
      <span>{total === 0 ? 'none' : `${offset + 1}–${last} of ${exact ? total.toLocaleString('en-US') : `over ${total.toLocaleString('en-US')}`}`}</span>
      <button type="button" disabled={exact && last >= total} onClick={() => onOffset(offset + limit)}>
        Next →
      </button>
    </nav>
  );
}

/** A category picker; with `allLabel`, an empty choice meaning every category. */
export function CategorySelect({ value, onChange, allLabel }: { value: Category | undefined; onChange: (c: Category | null) => void; allLabel?: string }) {
  return (
    <label class="field">
      <span>Category</span>
      <select value={value ?? ''} onChange={(e) => onChange(((e.target as HTMLSelectElement).value || null) as Category | null)}>
        {allLabel !== undefined && <option value="">{allLabel}</option>}
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {CATEGORY_LABELS[c]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Where a viewer sees controls they may not use. */
export function ReadOnlyNote({ what = 'review, ingest or edit' }: { what?: string }) {
  return (
    <p class="muted read-only" data-testid="read-only">
      Viewers read only: ask an admin for the analyst role to {what}.
    </p>
  );
}
