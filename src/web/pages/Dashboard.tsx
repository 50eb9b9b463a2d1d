/**
 * A crisis at a glance: per category the conservative figure, the range across sources and
 * how many sources; for the chosen category each source's timeline, the per-source table and
 * the local events. Filters: category, as-of window, source types.
 */
import { CATEGORIES, SOURCE_TYPES, type Category, type SourceType } from '../../domain.js';
import type { CategoryTally, ConservativeFigure } from '../../tally/reconcile.js';
import { api, DASHBOARD_TALLY, type CrisisSummary } from '../api.js';
import { CategorySelect, CrisisSelect, Empty, ErrorBox, Loading } from '../components/common.js';
import { TimelineChart } from '../components/TimelineChart.js';
import { CATEGORY_LABELS, dateText, figureText, num, SOURCE_TYPE_LABELS } from '../format.js';
import { retryOf, useLoad } from '../hooks.js';
import { href, setParams, type Route } from '../router.js';

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
        ? api.tally(crisis, { ...DASHBOARD_TALLY, category, since: since || undefined, until: until || undefined, sourceTypes: types.length ? types : undefined })
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
          {data.categories.length === 0 ? (
            <Empty>No figures match these filters.</Empty>
          ) : (
            <div class="cards">
              {data.categories.map((c) => (
                <CategoryCard key={c.category} tally={c} selected={c.category === focus?.category} onSelect={() => setParams({ focus: c.category })} />
              ))}
            </div>
          )}
          {focus && <CategoryDetail tally={focus} crisis={crisis} />}
        </>
      )}
    </section>
  );
}

function CategoryCard({ tally, selected, onSelect }: { tally: CategoryTally; selected: boolean; onSelect: () => void }) {
  const c = tally.conservative;
  return (
    <button type="button" class={`card ${selected ? 'selected' : ''}`} onClick={onSelect} data-testid={`card-${tally.category}`} aria-pressed={selected}>
      <span class="card-label">{CATEGORY_LABELS[tally.category]}</span>
      <span class="card-figure" data-testid={`figure-${tally.category}`}>
        {c ? num(c.estimate) : '–'}
      </span>
      <span class="card-sub">{c ? `conservative · ${c.source}, ${dateText(c.asOf)}` : `${tally.events.length} local events only`}</span>
      <span class="card-sub">
        {tally.range && tally.range.min !== tally.range.max ? `range ${num(tally.range.min)}–${num(tally.range.max)}` : tally.range ? 'all sources agree' : ''} · {tally.sourceCount}{' '}
        {tally.sourceCount === 1 ? 'source' : 'sources'}
      </span>
      <span class="card-sub">
        official {figureOrDash(tally.byType.official)} · others {figureOrDash(tally.byType.independent)}
      </span>
      {tally.flags.length > 0 && <span class="card-flags">{tally.flags.length} to check</span>}
    </button>
  );
}

const figureOrDash = (f: ConservativeFigure | null) => (f ? num(f.estimate) : '–');

function CategoryDetail({ tally, crisis }: { tally: CategoryTally; crisis: string }) {
  return (
    <section class="detail">
      <h2>{CATEGORY_LABELS[tally.category]}: each source over time</h2>
      <TimelineChart sources={tally.sources} />
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
                <th class="num">Latest figure</th>
                <th>As of</th>
                <th>Via</th>
                <th class="num">Reports</th>
                <th>First – last</th>
                <th>To check</th>
              </tr>
            </thead>
            <tbody>
              {tally.sources.map((s) => (
                <tr key={s.source}>
                  <td title={s.names.join(' · ')}>
                    {s.source}
                    {s.outlet && <span class="tag">outlet</span>}
                  </td>
                  <td>{SOURCE_TYPE_LABELS[s.type]}</td>
                  <td class="num">
                    <a href={href(`/documents/${s.latest.documentId}`, { claim: s.latest.claimId })}>{figureText(s.latest)}</a>
                  </td>
                  <td>{dateText(s.latest.asOf)}</td>
                  <td>{s.latest.via.join(' → ') || '–'}</td>
                  <td class="num">{s.reports}</td>
                  <td>
                    {dateText(s.firstReport)} – {dateText(s.lastReport)}
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
      {tally.events.length > 0 && (
        <>
          <h3>Local events{tally.events.length < tally.eventCount ? ` (the latest ${tally.events.length} of ${tally.eventCount})` : ''}</h3>
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
                      <a href={href('/claims', { crisis, place: e.place, category: tally.category })}>{e.place}</a>
                    </td>
                    <td>{dateText(e.day)}</td>
                    <td class="num">{num(e.estimate)}</td>
                    <td>
                      {e.figures.map((f, i) => (
                        <span key={f.claimId}>
                          {i > 0 && '; '}
                          {f.source}: {num(f.estimate)}
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
