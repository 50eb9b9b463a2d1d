/** Data loading for views: one request per change of its inputs, stale answers dropped. */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from './api.js';

export interface Loaded<T> {
  data: T | undefined;
  error: string | null;
  /** Whether loading again may help (the server or the network failed, not the request). */
  retryable: boolean;
  loading: boolean;
  reload: () => void;
}

/**
 * A failure a retry can fix: no answer, a server error, a timeout or a rate limit. A 400 or a
 * 404 answers the same way every time.
 */
export function isRetryable(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  return e.status === 0 || e.status === 408 || e.status === 429 || e.status >= 500;
}

/** The reload of a failed load, when a retry can help (for ErrorBox's "Try again"). */
export const retryOf = (l: Loaded<unknown>): (() => void) | undefined => (l.error && l.retryable ? l.reload : undefined);

export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [retryable, setRetryable] = useState(false);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const generation = useRef(0);
  useEffect(() => {
    const mine = ++generation.current;
    setLoading(true);
    load().then(
      (d) => {
        if (mine !== generation.current) return;
        setData(d);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== generation.current) return;
        // fetch rejects with a TypeError when no answer came at all.
        setError(
          e instanceof TypeError
            ? `the server could not be reached (${e.message}); is "tally serve" still running?`
            : e instanceof Error
              ? e.message
              : String(e),
        );
        setRetryable(isRetryable(e));
        setLoading(false);
      },
    );
    // The caller's deps (and the reload tick) decide when to fetch again, not the fetcher's identity.
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data, error, retryable, loading, reload };
}

/** A value kept in localStorage (the reviewer's name, the last crisis). */
export function useStored(key: string, initial: string): [string, (v: string) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) ?? initial;
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (v: string) => {
      setValue(v);
      try {
        localStorage.setItem(key, v);
      } catch {
        // Private mode: the value lives for this page only.
      }
    },
    [key],
  );
  return [value, set];
}
