/**
 * Hash routing ("#/documents/12?claim=5"): every view has a URL that can be bookmarked and
 * shared, and the server only ever serves index.html.
 */
import { useEffect, useState } from 'preact/hooks';

export interface Route {
  /** Path segments: "#/documents/12" -> ["documents", "12"]. */
  parts: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q < 0 ? '' : raw.slice(q + 1)) };
}

/** "#/claims" + {crisis: "X", category: undefined} -> "#/claims?crisis=X". */
export function href(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `#${path}${s ? `?${s}` : ''}`;
}

export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else location.hash = to.replace(/^#/, '');
  if (replace) window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Updates some query parameters of the current route (null removes one). */
export function setParams(changes: Record<string, string | number | null | undefined>, replace = true): void {
  const { parts, params } = parseHash(location.hash);
  const next: Record<string, string> = Object.fromEntries(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === null || v === '') delete next[k];
    else next[k] = String(v);
  }
  navigate(href(`/${parts.map(encodeURIComponent).join('/')}`, next), replace);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
