/**
 * Tally's web UI: dashboard, map, documents and reader, claims, review queue, sources, ingest,
 * and on a team server the login page, users and the audit log. Document text
 * from the wild is hostile, so nothing here ever renders a string as HTML: every text goes
 * through Preact's text nodes (and the server's CSP forbids inline script besides).
 */
import 'leaflet/dist/leaflet.css';
import './styles.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, LOGIN_REQUIRED_EVENT, type Me } from './api.js';
import { ErrorBox, Loading, useCrises } from './components/common.js';
import { retryOf, useLoad, useStored } from './hooks.js';
import { AuditPage } from './pages/Audit.js';
import { ClaimsPage } from './pages/Claims.js';
import { Dashboard } from './pages/Dashboard.js';
import { DocumentsPage } from './pages/Documents.js';
import { IngestPage } from './pages/Ingest.js';
import { LoginPage } from './pages/Login.js';
import { MapPage } from './pages/MapPage.js';
import { Reader } from './pages/Reader.js';
import { ReviewQueuePage } from './pages/ReviewQueue.js';
import { SourcesPage } from './pages/Sources.js';
import { UsersPage } from './pages/Users.js';
import { href, setParams, useRoute } from './router.js';
import { canWrite, isAdmin, loggedIn, SessionContext, useSession, type Session } from './session.js';

const NAV = [
  ['dashboard', 'Dashboard'],
  ['map', 'Map'],
  ['claims', 'Claims'],
  ['queue', 'Review'],
  ['documents', 'Documents'],
  ['sources', 'Sources'],
  ['ingest', 'Ingest'],
  ['audit', 'Audit'],
  ['users', 'Users'],
] as const;

/** Whether the nav shows a page to this session (the server refuses the rest anyway). */
function shown(path: (typeof NAV)[number][0], session: Session): boolean {
  if (path === 'ingest') return canWrite(session);
  if (path === 'audit') return isAdmin(session);
  // Users exist only where people log in.
  if (path === 'users') return loggedIn(session) && session.user?.role === 'admin';
  return true;
}

/** A server without accounts (an older one) answers 404: it is a single-user server. */
const loadMe = (): Promise<Me> =>
  api.me().catch((e: unknown) => (e instanceof ApiError && e.status === 404 ? { user: null, loginRequired: false } : Promise.reject(e)));

/** Asks who is logged in; shows the login page where a login is needed, else the app. */
function App() {
  const me = useLoad(loadMe, []);
  // After a login or logout, until the next look at /api/auth/me.
  const [known, setKnown] = useState<Me | null>(null);
  // A request answered 401: the session ended (or the server restarted with login required).
  const [expired, setExpired] = useState(false);
  // Remounts the app after a login, so that every view loads again with the new session.
  const [logins, setLogins] = useState(0);

  useEffect(() => {
    const on = () => setExpired(true);
    window.addEventListener(LOGIN_REQUIRED_EVENT, on);
    return () => window.removeEventListener(LOGIN_REQUIRED_EVENT, on);
  }, []);

  const current = known ?? me.data;
  if (me.error && !current) return <ErrorBox error={me.error} onRetry={retryOf(me)} />;
  if (!current) return <Loading />;
  if (expired || (current.loginRequired && !current.user)) {
    return (
      <main>
        <LoginPage
          expired={expired}
          onLogin={(user) => {
            setKnown({ user, loginRequired: true });
            setExpired(false);
            setLogins((n) => n + 1);
          }}
        />
      </main>
    );
  }
  const logout = () => {
    api.logout().then(
      () => setKnown({ user: null, loginRequired: current.loginRequired }),
      // Logged out already (or the server is gone): the login page says what to do next.
      () => setKnown({ user: null, loginRequired: true }),
    );
  };
  return (
    <SessionContext.Provider value={{ ...current, logout }}>
      <Shell key={logins} />
    </SessionContext.Provider>
  );
}

function Shell() {
  const session = useSession();
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
  else if (view === 'audit') page = isAdmin(session) ? <AuditPage crises={list} route={route} /> : <ErrorBox error="Only admins read the audit log." />;
  else if (view === 'ingest') page = <IngestPage crises={list} onIngested={crises.reload} />;
  else if (view === 'users')
    page =
      loggedIn(session) && session.user?.role === 'admin' ? <UsersPage /> : <ErrorBox error="Only admins manage users (on a server where people log in)." />;
  else page = <ErrorBox error={`There is no page "${view}". Use the menu above.`} />;

  return (
    <>
      <header class="top">
        <a class="brand" href={href('/dashboard', crisisParam)}>
          Tally
        </a>
        <nav>
          {NAV.filter(([path]) => shown(path, session)).map(([path, label]) => (
            <a
              key={path}
              href={href(`/${path}`, path === 'sources' || path === 'ingest' || path === 'audit' || path === 'users' ? {} : crisisParam)}
              class={view === path ? 'current' : ''}
            >
              {label}
            </a>
          ))}
        </nav>
        {loggedIn(session) && session.user && (
          <div class="session">
            <span data-testid="session-user">
              {session.user.name} <span class="tag">{session.user.role}</span>
            </span>
            <button type="button" class="link" data-testid="logout" onClick={session.logout}>
              Log out
            </button>
          </div>
        )}
      </header>
      <main>{page}</main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
