/**
 * Tally's web UI: dashboard, map, documents and reader, claims, sources, ingest. Document text
 * from the wild is hostile, so nothing here ever renders a string as HTML: every text goes
 * through Preact's text nodes (and the server's CSP forbids inline script besides).
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { ErrorBox, Loading, useCrises } from './components/common.js';
import { retryOf, useStored } from './hooks.js';
import { AuditPage } from './pages/Audit.js';
import { ClaimsPage } from './pages/Claims.js';
import { Dashboard } from './pages/Dashboard.js';
import { DocumentsPage } from './pages/Documents.js';
import { IngestPage } from './pages/Ingest.js';
import { MapPage } from './pages/MapPage.js';
import { Reader } from './pages/Reader.js';
import { ReviewQueuePage } from './pages/ReviewQueue.js';
import { SourcesPage } from './pages/Sources.js';
import { href, setParams, useRoute } from './router.js';

const NAV = [
  ['dashboard', 'Dashboard'],
  ['map', 'Map'],
  ['claims', 'Claims'],
  ['queue', 'Review'],
  ['documents', 'Documents'],
  ['sources', 'Sources'],
  ['ingest', 'Ingest'],
  ['audit', 'Audit'],
] as const;

function App() {
  const route = useRoute();
  const crises = useCrises();
  const [lastCrisis, setLastCrisis] = useStored('tally.crisis', '');
  const view = route.parts[0] ?? 'dashboard';
  const list = crises.data ?? [];
  const asked = route.params.get('crisis');
  // The crisis in the URL, else the last one used, else the one with the most documents.
  // "*" (all crises) is for the map; the dashboard always shows one crisis.
  const fallback = list.some((c) => c.name === lastCrisis) ? lastCrisis : ([...list].sort((a, b) => b.documents - a.documents)[0]?.name ?? '');
  const crisis = asked && (asked !== '*' || view === 'map') ? asked : fallback;

  useEffect(() => {
    if (asked && asked !== '*' && asked !== lastCrisis) setLastCrisis(asked);
  }, [asked]);

  const chooseCrisis = (name: string) => setParams({ crisis: name || null }, false);
  const crisisParam = crisis && crisis !== '*' ? { crisis } : {};

  let page;
  if (crises.error) page = <ErrorBox error={crises.error} onRetry={retryOf(crises)} />;
  else if (!crises.data) page = <Loading />;
  else if (view === 'dashboard') page = <Dashboard crises={list} crisis={crisis} onCrisis={chooseCrisis} route={route} />;
  else if (view === 'map') page = <MapPage crises={list} crisis={crisis} onCrisis={chooseCrisis} route={route} />;
  else if (view === 'queue') page = <ReviewQueuePage crises={list} crisis={crisis} onCrisis={chooseCrisis} route={route} />;
  else if (view === 'claims') page = <ClaimsPage crises={list} route={route} />;
  else if (view === 'documents' && route.parts[1]) page = <Reader id={Number(route.parts[1])} route={route} />;
  else if (view === 'documents') page = <DocumentsPage crises={list} route={route} />;
  else if (view === 'sources') page = <SourcesPage />;
  else if (view === 'audit') page = <AuditPage crises={list} route={route} />;
  else if (view === 'ingest') page = <IngestPage crises={list} onIngested={crises.reload} />;
  else page = <ErrorBox error={`There is no page "${view}". Use the menu above.`} />;

  return (
    <>
      <header class="top">
        <a class="brand" href={href('/dashboard', crisisParam)}>
          Tally
        </a>
        <nav>
          {NAV.map(([path, label]) => (
            <a key={path} href={href(`/${path}`, path === 'sources' || path === 'ingest' || path === 'audit' ? {} : crisisParam)} class={view === path ? 'current' : ''}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <main>{page}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
