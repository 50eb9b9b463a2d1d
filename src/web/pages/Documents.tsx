/** The documents, newest first, with full-text search. */
import { useEffect, useState } from 'preact/hooks';
import { api, type CrisisSummary } from '../api.js';
import { CrisisSelect, Empty, ErrorBox, Loading, Pager } from '../components/common.js';
import { dateText } from '../format.js';
import { retryOf, useLoad } from '../hooks.js';
import { href, setParams, type Route } from '../router.js';

const PAGE = 25;

export function DocumentsPage({ crises, route }: { crises: CrisisSummary[]; route: Route }) {
  const crisis = route.params.get('crisis') ?? '';
  const q = route.params.get('q') ?? '';
  const offset = Math.max(0, Number(route.params.get('offset') ?? 0) || 0);
  const docs = useLoad(() => api.documents({ crisis: crisis || undefined, q: q || undefined, limit: PAGE, offset }), [crisis, q, offset]);
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);

  return (
    <section>
      <form
        class="toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ q: typed.trim() || null, offset: null });
        }}
      >
        <CrisisSelect crises={crises} value={crisis} onChange={(v) => setParams({ crisis: v || null, offset: null })} allowAll />
        <label class="field grow">
          <span>Search the text</span>
          <input
            type="search"
            value={typed}
            placeholder="words, e.g. Amnesty detained"
            data-testid="document-search"
            onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">Search</button>
      </form>
      {docs.error && <ErrorBox error={docs.error} onRetry={retryOf(docs)} />}
      {!docs.data && !docs.error && <Loading what="Loading documents" />}
      {docs.data && docs.data.items.length === 0 && (
        <Empty>
          {q ? `No document contains “${q}”.` : 'No documents yet.'} <a href={href('/ingest')}>Ingest reports</a>.
        </Empty>
      )}
      {docs.data && docs.data.items.length > 0 && (
        <>
          <ul class="doc-list" data-testid="document-list">
            {docs.data.items.map((d) => (
              <li key={d.id}>
                <a href={href(`/documents/${d.id}`)}>{d.title ?? d.origin ?? `Document ${d.id}`}</a>
                <span class="muted">
                  {' '}
                  · {d.publisher ?? d.origin ?? d.format} · {dateText(d.published)} · {d.claimCount} claims
                </span>
                {d.excerpt && <p class="excerpt">{d.excerpt}</p>}
              </li>
            ))}
          </ul>
          <Pager total={docs.data.total} exact limit={PAGE} offset={offset} onOffset={(o) => setParams({ offset: o || null })} />
        </>
      )}
    </section>
  );
}
