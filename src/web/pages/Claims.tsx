/** Every claim, filtered, sorted and paged; the export links download exactly what is filtered. */
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, REVIEW_STATUSES, type Category, type ReviewStatus } from '../../domain.js';
import { api, type ClaimQuery, type CrisisSummary } from '../api.js';
import { CategorySelect, CrisisSelect, Empty, ErrorBox, Loading, Pager } from '../components/common.js';
import { CATEGORY_LABELS, dateText, figureText } from '../format.js';
import { retryOf, useLoad } from '../hooks.js';
import { href, setParams, type Route } from '../router.js';
import { canWrite, useSession } from '../session.js';

const PAGE = 50;
type Sort = NonNullable<ClaimQuery['sort']>;

const COLUMNS: Array<[label: string, sort: Sort | null]> = [
  ['Figure', 'estimate'],
  ['Category', 'category'],
  ['Source', 'source'],
  ['Place', 'place'],
  ['As of', 'asOf'],
  ['Document', 'published'],
  ['Review', null],
];

export function ClaimsPage({ crises, route }: { crises: CrisisSummary[]; route: Route }) {
  const writable = canWrite(useSession());
  const p = route.params;
  const get = (k: string) => p.get(k) ?? undefined;
  const filter: ClaimQuery = {
    crisis: get('crisis'),
    category: (CATEGORIES as readonly string[]).includes(p.get('category') ?? '') ? (p.get('category') as Category) : undefined,
    source: get('source'),
    place: get('place'),
    since: get('since'),
    until: get('until'),
    status: (REVIEW_STATUSES as readonly string[]).includes(p.get('status') ?? '') ? (p.get('status') as ReviewStatus) : undefined,
  };
  const sort = (get('sort') ?? 'asOf') as Sort;
  const order = p.get('order') === 'asc' ? 'asc' : 'desc';
  const offset = Math.max(0, Number(p.get('offset') ?? 0) || 0);
  const key = JSON.stringify([filter, sort, order, offset]);
  const page = useLoad(() => api.claims({ ...filter, sort, order, limit: PAGE, offset }), [key]);

  // Free-text filters apply when typing pauses.
  const [source, setSource] = useState(filter.source ?? '');
  const [place, setPlace] = useState(filter.place ?? '');
  useEffect(() => {
    const t = setTimeout(() => {
      if (source !== (filter.source ?? '') || place !== (filter.place ?? '')) setParams({ source: source || null, place: place || null, offset: null });
    }, 350);
    return () => clearTimeout(t);
  }, [source, place]);

  const set = (k: string, v: string) => setParams({ [k]: v || null, offset: null });
  const sortBy = (s: Sort) => setParams({ sort: s, order: s === sort && order === 'desc' ? 'asc' : 'desc', offset: null });

  return (
    <section>
      <div class="toolbar">
        <CrisisSelect crises={crises} value={filter.crisis ?? ''} onChange={(v) => set('crisis', v)} allowAll />
        <CategorySelect value={filter.category} onChange={(c) => set('category', c ?? '')} allLabel="All" />
        <label class="field">
          <span>Source</span>
          <input value={source} placeholder="name or alias" onInput={(e) => setSource((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Place</span>
          <input value={place} placeholder="city, region or country" onInput={(e) => setPlace((e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>From</span>
          <input type="date" value={filter.since ?? ''} onChange={(e) => set('since', (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>To</span>
          <input type="date" value={filter.until ?? ''} onChange={(e) => set('until', (e.target as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>Review</span>
          <select value={filter.status ?? ''} onChange={(e) => set('status', (e.target as HTMLSelectElement).value)}>
            <option value="">Any (not rejected)</option>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {/* Exports are audited and need the analyst role on a team server. */}
        {writable && (
          <span class="exports">
            Export:{' '}
            {(['csv', 'json', 'geojson'] as const).map((f) => (
              <a key={f} href={api.exportUrl(f, { ...filter, sort, order })} download data-testid={`export-${f}`}>
                {f.toUpperCase()}
              </a>
            ))}
          </span>
        )}
      </div>
      {page.error && <ErrorBox error={page.error} onRetry={retryOf(page)} />}
      {!page.data && !page.error && <Loading what="Loading claims" />}
      {page.data && page.data.items.length === 0 && <Empty>No claims match these filters.</Empty>}
      {page.data && page.data.items.length > 0 && (
        <>
          <div class="table-wrap">
            <table data-testid="claims-table">
              <thead>
                <tr>
                  {COLUMNS.map(([label, s]) => (
                    <th key={label} aria-sort={s === sort ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
                      {s ? (
                        <button type="button" class="link" onClick={() => sortBy(s)}>
                          {label} {s === sort ? (order === 'asc' ? '▲' : '▼') : ''}
                        </button>
                      ) : (
                        label
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {page.data.items.map((c) => (
                  <tr key={c.id}>
                    <td class="num">
                      <a href={href(`/documents/${c.documentId}`, { claim: c.id })} title={c.span.text}>
                        {figureText(c)}
                      </a>
                    </td>
                    <td>
                      {CATEGORY_LABELS[c.category]} <span class="muted">{c.who}</span>
                    </td>
                    <td>
                      {c.source?.name ?? <span class="muted">outlet</span>}
                      {c.source?.via.length ? <span class="muted"> via {c.source.via.join(' → ')}</span> : null}
                    </td>
                    <td>{c.place?.name ?? '–'}</td>
                    <td>{dateText(c.asOf)}</td>
                    <td>
                      <span title={c.documentUrl ?? ''}>{c.documentTitle ?? `document ${c.documentId}`}</span>{' '}
                      <span class="muted">{dateText(c.published)}</span>
                    </td>
                    <td>
                      <span class={`status status-${c.reviewStatus}`}>{c.reviewStatus}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager total={page.data.total} exact={page.data.totalIsExact} limit={PAGE} offset={offset} onOffset={(o) => setParams({ offset: o || null })} />
        </>
      )}
    </section>
  );
}
