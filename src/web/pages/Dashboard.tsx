/**
 * A crisis at a glance: per category the headline figure with the reason it heads (or the
 * analyst's pin and note), the range of current totals, the latest total per source type; for
 * the chosen category each source's timeline, the per-source table (with why each latest total
 * does or does not head, and "Pin as headline"), sub-counts under their totals and the local
 * events. Filters: category, as-of window, source types.
 */
import { useState } from 'preact/hooks';
import { CATEGORIES, SOURCE_TYPES, type Category, type SourceType } from '../../domain.js';
import { api, DASHBOARD_TALLY, type CategoryTally, type CrisisSummary, type HeadlineFigure, type SourceTimeline } from '../api.js';
import { CategorySelect, CrisisSelect, Empty, ErrorBox, Loading } from '../components/common.js';
import { CrisisAccess } from '../components/CrisisAccess.js';
import { TimelineChart } from '../components/TimelineChart.js';
import { CATEGORY_LABELS, dateText, figureText, num, REVISION_HINTS, SOURCE_TYPE_LABELS } from '../format.js';
import { retryOf, useLoad, useStored } from '../hooks.js';
import { href, setParams, type Route } from '../router.js';
import { canWrite, loggedIn, useSession, writerName } from '../session.js';

interface Props {
  crises: CrisisSummary[];
  crisis: string;
  onCrisis: (name: string) => void;
  route: Route;
}

const isCategory = (s: string | null): s is Category => !!s && (CATEGORIES as readonly string[]).includes(s);

export function Dashboard({ crises, crisis, onCrisis, route }: Props) {
  const p = route.params;
  const category = isCategory(p.get('category')) ? (p.get('category') as Category) : undefined;
  const since = p.get('since') ?? '';
  const until = p.get('until') ?? '';
  const types = (p.get('types') ?? '').split(',').filter((t): t is SourceType => (SOURCE_TYPES as readonly string[]).includes(t));
  const tally = useLoad(
    () =>
      crisis
        ? api.tally(crisis, {
            ...DASHBOARD_TALLY,
            category,
            since: since || undefined,
            until: until || undefined,
            sourceTypes: types.length ? types : undefined,
          })
        : Promise.resolve(null),
    [crisis, category, since, until, types.join(',')],
  );

  if (!crises.length) {
    return (
      <Empty>
        No crisis yet. <a href={href('/ingest')}>Ingest reports</a> into a crisis, or run <code>tally demo</code> to load the demo corpus.
      </Empty>
    );
  }
  const data = tally.data;
  const focusName = p.get('focus');
  const focus = data?.categories.find((c) => c.category === focusName) ?? data?.categories[0];

  const toggleType = (t: SourceType) => {
    const next = types.includes(t) ? types.filter((x) => x !== t) : [...types, t];
    setParams({ types: next.join(',') || null });
  };

  return (
    <section class="dashboard">
      <div class="toolbar">
        <CrisisSelect crises={crises} value={crisis} onChange={onCrisis} />
        <CategorySelect value={category} onChange={(c) => setParams({ category: c })} allLabel="All categories" />
        <label class="field">
          <span>From</span>
          <input type="date" value={since} onChange={(e) => setParams({ since: (e.target as HTMLInputElement).value || null })} />
        </label>
        <label class="field">
          <span>To</span>
          <input type="date" value={until} onChange={(e) => setParams({ until: (e.target as HTMLInputElement).value || null })} />
        </label>
        <fieldset class="field types">
          <legend>Source types</legend>
          {SOURCE_TYPES.map((t) => (
            <label key={t} class="check">
              <input type="checkbox" checked={types.includes(t)} onChange={() => toggleType(t)} /> {SOURCE_TYPE_LABELS[t]}
            </label>
          ))}
        </fieldset>
      </div>

      {tally.error && <ErrorBox error={tally.error} onRetry={retryOf(tally)} />}
      {!data && !tally.error && <Loading what="Reconciling the tally" />}
      {data && (
        <>
          <p class="muted summary">
            {data.crisis.name}
            {data.crisis.region ? ` · ${data.crisis.region}` : ''}
            {data.crisis.startDate ? ` · since ${data.crisis.startDate}` : ''} · {num(data.documents)} {data.documents === 1 ? 'document' : 'documents'}
            {data.duplicates.length ? ` · ${data.duplicates.length} near-duplicate copies counted once` : ''}
          </p>
          <CrisisAccess key={data.crisis.id} crisis={crises.find((c) => c.id === data.crisis.id)} />
          {data.categories.length === 0 ? (
            <Empty>No figures match these filters.</Empty>
          ) : (
            <div class="cards">
              {data.categories.map((c) => (
                <CategoryCard key={c.category} tally={c} selected={c.category === focus?.category} onSelect={() => setParams({ focus: c.category })} />
              ))}
            </div>
          )}
          {focus && <CategoryDetail tally={focus} crisis={crisis} onPinned={tally.reload} />}
        </>
      )}
    </section>
  );
}

function CategoryCard({ tally, selected, onSelect }: { tally: CategoryTally; selected: boolean; onSelect: () => void }) {
  const h = tally.conservative;
  const types = SOURCE_TYPES.filter((t) => tally.byType[t]);
  return (
    <button type="button" class={`card ${selected ? 'selected' : ''}`} onClick={onSelect} data-testid={`card-${tally.category}`} aria-pressed={selected}>
      <span class="card-label">{CATEGORY_LABELS[tally.category]}</span>
      <span class="card-figure" data-testid={`figure-${tally.category}`}>
        {h ? num(h.estimate) : '–'}
        {h?.pinned && <span class="tag">pinned</span>}
      </span>
      <span class="card-reason" data-testid={`reason-${tally.category}`}>
        {h ? `${h.source} · ${h.reason}` : `no source states a running total · ${tally.eventCount} local events and increments`}
      </span>
      {h?.disagreement && (
        <span class="card-flags" data-testid={`disagreement-${tally.category}`}>
          {h.disagreement}
        </span>
      )}
      <span class="card-sub">
        {tally.range ? (tally.range.min !== tally.range.max ? `current totals ${num(tally.range.min)}–${num(tally.range.max)}` : 'current totals agree') : ''} ·{' '}
        {tally.sourceCount} {tally.sourceCount === 1 ? 'source' : 'sources'}
      </span>
      {types.length > 0 && (
        <span class="card-sub" data-testid={`by-type-${tally.category}`}>
          latest:{' '}
          {types.map((t, i) => (
            <span key={t}>
              {i > 0 && ' · '}
              {typeFigure(t, tally.byType[t]!)}
            </span>
          ))}
        </span>
      )}
      {tally.flags.length > 0 && <span class="card-flags">{tally.flags.length} to check</span>}
    </button>
  );
}

const TYPE_SHORT: Record<SourceType, string> = { official: 'official', independent: 'monitors', media: 'media', opposition: 'opposition', unknown: 'other' };
const typeFigure = (t: SourceType, f: HeadlineFigure) => `${TYPE_SHORT[t]} ${num(f.estimate)} (${dateText(f.asOf)})`;

/** Pin a source's latest total as the headline, with the analyst's name and a note. */
function PinForm({ crisis, category, claimId, onDone }: { crisis: string; category: Category; claimId: number; onDone: () => void }) {
  const [by, setBy] = useStored('tally.reviewer', '');
  const session = useSession();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    const name = writerName(session, by);
    if (!name) return setError('Give your name: it is recorded with the pin');
    setBusy(true);
    try {
      await api.pinHeadline({ crisis, category, claimId, by: name, note: note.trim() || undefined });
      onDone();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="pin-form" onSubmit={submit} data-testid="pin-form">
      {!loggedIn(session) && <input value={by} placeholder="your name" aria-label="your name" onInput={(e) => setBy((e.target as HTMLInputElement).value)} />}
      <input value={note} placeholder="why this figure heads" aria-label="note" onInput={(e) => setNote((e.target as HTMLInputElement).value)} />
      <button type="submit" disabled={busy}>
        Pin
      </button>
      {error && <span class="error-text">{error}</span>}
    </form>
  );
}

function HeadlineLine({ tally, crisis, onPinned }: { tally: CategoryTally; crisis: string; onPinned: () => void }) {
  const h = tally.conservative;
  const [error, setError] = useState<string | null>(null);
  // The name given when pinning, so that the audit log says who unpinned.
  const [by] = useStored('tally.reviewer', '');
  const session = useSession();
  if (!h) return <p class="muted">No source states a running total: no headline.</p>;
  const unpin = async () => {
    try {
      await api.unpinHeadline(crisis, tally.category, writerName(session, by) || undefined);
      onPinned();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <p class="headline-line" data-testid="headline-line">
      <strong>Headline {num(h.estimate)}</strong> ({h.source}): {h.reason}
      {h.pinned && (
        <>
          {' '}
          · {h.pinned.at.replace('T', ' ').slice(0, 16)} UTC
          {h.computed && ` · the rule's choice: ${num(h.computed.estimate)} (${h.computed.source})`}{' '}
          {canWrite(session) && (
            <button type="button" onClick={unpin} data-testid="unpin">
              Unpin
            </button>
          )}
        </>
      )}
      {error && <span class="error-text"> {error}</span>}
    </p>
  );
}

function CategoryDetail({ tally, crisis, onPinned }: { tally: CategoryTally; crisis: string; onPinned: () => void }) {
  const [pinning, setPinning] = useState<number | null>(null);
  // Viewers see the headline and its reason, not the pin controls.
  const writable = canWrite(useSession());
  const partsOf = (s: SourceTimeline) => tally.parts.filter((p) => p.ofClaimId !== null && s.figures.some((f) => f.claimId === p.ofClaimId));
  const loose = tally.parts.filter((p) => p.ofClaimId === null || !tally.sources.some((s) => s.figures.some((f) => f.claimId === p.ofClaimId)));
  return (
    <section class="detail">
      <h2>{CATEGORY_LABELS[tally.category]}: each source over time</h2>
      <HeadlineLine tally={tally} crisis={crisis} onPinned={onPinned} />
      <TimelineChart sources={tally.sources} range={tally.range} />
      <h3>Per source{tally.sources.length < tally.sourceCount ? ` (the ${tally.sources.length} highest of ${tally.sourceCount})` : ''}</h3>
      {tally.sources.length === 0 ? (
        <Empty>No country-wide figures; see the local events below.</Empty>
      ) : (
        <div class="table-wrap">
          <table data-testid="source-table">
            <thead>
              <tr>
                <th>Source</th>
                <th>Type</th>
                <th class="num">Latest total</th>
                <th>As of</th>
                <th>Via</th>
                <th class="num">Reports</th>
                <th>First – last</th>
                <th>Headline</th>
                <th>To check</th>
              </tr>
            </thead>
            <tbody>
              {tally.sources.map((s) => (
                <tr key={s.source} class={s.headline.status === 'heads' ? 'heads' : ''}>
                  <td title={s.names.join(' · ')}>
                    {s.source}
                    {s.outlet && <span class="tag">outlet</span>}
                  </td>
                  <td>{SOURCE_TYPE_LABELS[s.type]}</td>
                  <td class="num">
                    <a href={href(`/documents/${s.latest.documentId}`, { claim: s.latest.claimId })}>{figureText(s.latest)}</a>
                    {s.latest.revision && (
                      <span class="tag revision" title={REVISION_HINTS[s.latest.revision]} data-testid="latest-revision">
                        {s.latest.revision === 'correction' ? 'corrected' : `revised ${s.latest.revision}`}
                      </span>
                    )}
                    {partsOf(s).map((p) => (
                      <div key={p.claimId} class="part muted">
                        of which {p.who}: {num(p.estimate)}
                      </div>
                    ))}
                  </td>
                  <td>{dateText(s.latest.asOf)}</td>
                  <td>{s.latest.via.join(' → ') || '–'}</td>
                  <td class="num">{s.reports}</td>
                  <td>
                    {dateText(s.firstReport)} – {dateText(s.lastReport)}
                  </td>
                  <td title={s.headline.note}>
                    <span class={`status status-${s.headline.status.replace(' ', '-')}`}>{s.headline.status}</span>
                    {writable && tally.conservative?.claimId !== s.latest.claimId && (
                      <button type="button" class="link" onClick={() => setPinning(pinning === s.latest.claimId ? null : s.latest.claimId)} data-testid="pin">
                        Pin as headline
                      </button>
                    )}
                    {pinning === s.latest.claimId && (
                      <PinForm
                        crisis={crisis}
                        category={tally.category}
                        claimId={s.latest.claimId}
                        onDone={() => {
                          setPinning(null);
                          onPinned();
                        }}
                      />
                    )}
                  </td>
                  <td>
                    {s.flags.map((f) => (
                      <span key={f.kind + f.claimId} class={`flag flag-${f.kind}`} title={f.message}>
                        {f.kind}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loose.length > 0 && (
        <>
          <h3>Sub-counts without a total of the same source and day</h3>
          <ul class="parts" data-testid="parts">
            {loose.map((p) => (
              <li key={p.claimId}>
                <a href={href(`/documents/${p.documentId}`, { claim: p.claimId })}>
                  {p.source}: {num(p.estimate)} {p.who}
                </a>{' '}
                <span class="muted">({dateText(p.asOf)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {tally.events.length > 0 && (
        <>
          <h3>Local events and increments{tally.events.length < tally.eventCount ? ` (the latest ${tally.events.length} of ${tally.eventCount})` : ''}</h3>
          <div class="table-wrap">
            <table data-testid="event-table">
              <thead>
                <tr>
                  <th>Place</th>
                  <th>Day</th>
                  <th class="num">Conservative</th>
                  <th>Figures</th>
                </tr>
              </thead>
              <tbody>
                {tally.events.map((e) => (
                  <tr key={`${e.place}|${e.day}`}>
                    <td>
                      {e.place ? (
                        <a href={href('/claims', { crisis, place: e.place, category: tally.category })}>{e.place}</a>
                      ) : (
                        <span class="muted">no place given</span>
                      )}
                    </td>
                    <td>{dateText(e.day)}</td>
                    <td class="num">{num(e.estimate)}</td>
                    <td>
                      {e.figures.map((f, i) => (
                        <span key={f.claimId}>
                          {i > 0 && '; '}
                          {f.source}: {f.scope === 'new' ? '+' : ''}
                          {num(f.estimate)}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p>
        <a href={href('/claims', { crisis, category: tally.category })}>All {CATEGORY_LABELS[tally.category].toLowerCase()} claims →</a>
      </p>
    </section>
  );
}
