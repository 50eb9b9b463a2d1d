/**
 * The document reader: the clean text with every extracted span marked by kind (claim, quote,
 * place, date), the extracted items beside it, and selection both ways (item -> span scrolled
 * into view, span -> item). The text is hostile input: it is only ever rendered as text nodes.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type StoredClaim, type StoredDocument } from '../api.js';
import { ClaimReview } from '../components/ClaimReview.js';
import { Empty, ErrorBox, Loading } from '../components/common.js';
import { CATEGORY_LABELS, dateText, figureText, quoted, REVISION_HINTS, SCOPE_HINTS } from '../format.js';
import { primaryItem, runs, type MarkedItem } from '../highlight.js';
import { retryOf, useLoad } from '../hooks.js';
import { href, setParams, type Route } from '../router.js';

/** Only web links are followed: a document's URL is input too ("javascript:" stays text). */
const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

function itemsOf(doc: StoredDocument): MarkedItem[] {
  return [
    ...doc.claims.map((c) => ({ key: `claim:${c.id}`, kind: 'claim' as const, start: c.span.start, end: c.span.end })),
    ...doc.quotes.map((q, i) => ({ key: `quote:${i}`, kind: 'quote' as const, start: q.span.start, end: q.span.end })),
    ...doc.places.map((p, i) => ({ key: `place:${i}`, kind: 'place' as const, start: p.span.start, end: p.span.end })),
    ...doc.dates.map((d, i) => ({ key: `date:${i}`, kind: 'date' as const, start: d.span.start, end: d.span.end })),
  ];
}

export function Reader({ id, route }: { id: number; route: Route }) {
  const doc = useLoad(() => api.document(id), [id]);
  const claimParam = route.params.get('claim');
  const [active, setActive] = useState<string | null>(claimParam ? `claim:${claimParam}` : null);
  const [claims, setClaims] = useState<StoredClaim[]>([]);
  const textBox = useRef<HTMLDivElement>(null);
  const listBox = useRef<HTMLDivElement>(null);
  const scrollTarget = useRef<'text' | 'list' | null>(claimParam ? 'text' : null);

  useEffect(() => setClaims(doc.data?.claims ?? []), [doc.data]);
  useEffect(() => {
    if (claimParam && active !== `claim:${claimParam}`) {
      setActive(`claim:${claimParam}`);
      scrollTarget.current = 'text';
    }
  }, [claimParam]);

  const marked = useMemo(() => (doc.data ? itemsOf(doc.data) : []), [doc.data]);
  const textRuns = useMemo(() => (doc.data ? runs(doc.data.text.length, marked) : []), [doc.data, marked]);

  // Bring the other side of a selection into view.
  useEffect(() => {
    const where = scrollTarget.current;
    scrollTarget.current = null;
    if (!active || !where) return;
    const box = where === 'text' ? textBox.current : listBox.current;
    const el = box?.querySelector(`[data-keys~="${active}"], [data-key="${active}"]`);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [active, textRuns]);

  const select = (key: string, from: 'text' | 'list') => {
    setActive(key);
    scrollTarget.current = from === 'text' ? 'list' : 'text';
    setParams({ claim: key.startsWith('claim:') ? key.slice(6) : null });
  };

  if (doc.error) {
    return (
      <ErrorBox error={doc.error} onRetry={retryOf(doc)}>
        {' '}
        <a href={href('/documents')}>← All documents</a>
      </ErrorBox>
    );
  }
  if (!doc.data) return <Loading what="Opening the document" />;
  const d = doc.data;
  const text = d.text;
  const activeClaim = active?.startsWith('claim:') ? claims.find((c) => `claim:${c.id}` === active) : undefined;
  const url = safeUrl(d.url);

  return (
    <section class="reader">
      <header class="doc-head">
        <h1>{d.title ?? d.origin ?? `Document ${d.id}`}</h1>
        <p class="muted">
          {d.publisher ? `${d.publisher} · ` : ''}
          {d.published ? `published ${dateText(d.published)} · ` : ''}
          {d.format} · {d.claimCount} claims
          {d.crises.length ? ` · ${d.crises.join(', ')}` : ''}
          {url && (
            <>
              {' · '}
              <a href={url} target="_blank" rel="noopener noreferrer">
                original
              </a>
            </>
          )}
          {!url && d.url ? ` · ${d.url}` : ''}
        </p>
        <p class="legend">
          <span class="hl hl-claim">claim</span> <span class="hl hl-quote">quote</span> <span class="hl hl-place">place</span>{' '}
          <span class="hl hl-date">date</span>
        </p>
      </header>
      <div class="reader-layout">
        <article class="doc-text" ref={textBox} data-testid="doc-text">
          {textRuns.map((r) => {
            const slice = text.slice(r.start, r.end);
            if (!r.items.length) return slice;
            const kinds = [...new Set(r.items.map((i) => i.kind))];
            const claim = r.items.find((i) => i.kind === 'claim');
            const isActive = !!active && r.items.some((i) => i.key === active);
            return (
              <span
                key={r.start}
                class={`hl ${kinds.map((k) => `hl-${k}`).join(' ')}${isActive ? ' active' : ''}`}
                data-keys={r.items.map((i) => i.key).join(' ')}
                data-claim-id={claim ? claim.key.slice(6) : undefined}
                onClick={() => {
                  const item = primaryItem(r);
                  if (item) select(item.key, 'text');
                }}
              >
                {slice}
              </span>
            );
          })}
        </article>
        <aside class="side" ref={listBox}>
          {activeClaim && <ClaimReview claim={activeClaim} onChanged={(c) => setClaims((list) => list.map((x) => (x.id === c.id ? { ...x, ...c } : x)))} />}
          <ItemList title={`Claims (${claims.length})`}>
            {claims.map((c) => (
              <li
                key={c.id}
                data-key={`claim:${c.id}`}
                data-testid={`claim-item-${c.id}`}
                class={`item${active === `claim:${c.id}` ? ' active' : ''}${c.reviewStatus === 'rejected' ? ' rejected' : ''}`}
                onClick={() => select(`claim:${c.id}`, 'list')}
              >
                <strong>{figureText(c)}</strong> {CATEGORY_LABELS[c.category].toLowerCase()}
                <span class="muted">
                  {' '}
                  · {c.source?.name ?? 'outlet'}
                  {c.source?.via.length ? ` via ${c.source.via.join(' → ')}` : ''} · {c.place?.name ?? 'no place'} · {dateText(c.asOf)}
                </span>{' '}
                <span class={`tag scope scope-${c.scope}`} title={SCOPE_HINTS[c.scope]} data-testid={`claim-scope-${c.id}`}>
                  {c.scope}
                </span>
                {c.revision && (
                  <>
                    {' '}
                    <span class={`tag revision revision-${c.revision}`} title={REVISION_HINTS[c.revision]} data-testid={`claim-revision-${c.id}`}>
                      {c.revision === 'correction' ? 'corrected' : `revised ${c.revision}`}
                    </span>
                  </>
                )}
                {c.reviewStatus !== 'unreviewed' && <span class={`status status-${c.reviewStatus}`}>{c.reviewStatus}</span>}
              </li>
            ))}
          </ItemList>
          <ItemList title={`Quotes (${d.quotes.length})`}>
            {d.quotes.map((q, i) => (
              <li key={i} data-key={`quote:${i}`} class={`item${active === `quote:${i}` ? ' active' : ''}`} onClick={() => select(`quote:${i}`, 'list')}>
                <strong>{q.speaker ?? 'unattributed'}</strong>
                {q.role ? <span class="muted"> ({q.role})</span> : null}: {quoted(q.span.text)}
              </li>
            ))}
          </ItemList>
          <ItemList title={`Places (${d.places.length})`}>
            {d.places.map((p, i) => (
              <li key={i} data-key={`place:${i}`} class={`item${active === `place:${i}` ? ' active' : ''}`} onClick={() => select(`place:${i}`, 'list')}>
                {p.name} → <strong>{p.place.name}</strong>{' '}
                <span class="muted">
                  ({p.place.precision}, {p.place.countryName})
                </span>
              </li>
            ))}
          </ItemList>
          <ItemList title={`Dates (${d.dates.length})`}>
            {d.dates.map((x, i) => (
              <li key={i} data-key={`date:${i}`} class={`item${active === `date:${i}` ? ' active' : ''}`} onClick={() => select(`date:${i}`, 'list')}>
                {quoted(x.span.text)} → <strong>{x.date === x.end ? x.date : `${x.date} – ${x.end}`}</strong>{' '}
                <span class="muted">({x.kind.replace('_', ' ')})</span>
              </li>
            ))}
          </ItemList>
          {d.removed.length > 0 && (
            <details class="removed">
              <summary>Removed as page noise ({d.removed.length})</summary>
              <ul>
                {d.removed.map((r, i) => (
                  <li key={i}>
                    <span class="tag">{r.reason.replace('_', ' ')}</span> {r.text.length > 160 ? `${r.text.slice(0, 160)}…` : r.text}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <p>
            <a href={href('/documents')}>← All documents</a>
          </p>
        </aside>
      </div>
      {!text && <Empty>This document has no text left after cleaning.</Empty>}
    </section>
  );
}

function ItemList({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <details class="items" open>
      <summary>{title}</summary>
      <ul>{children}</ul>
    </details>
  );
}
