/**
 * The server's trust boundary for browsers: it answers only for the host names it was
 * configured with (a DNS-rebinding page has its own name in Host), and it takes writes only
 * from its own pages (a page on another origin can still send a form or a multipart upload
 * without a CORS preflight, so the Origin is checked whatever the content type).
 * Scripts and curl send neither Origin nor Sec-Fetch-Site and are not affected.
 */
import { networkInterfaces } from 'node:os';
import type { Context, MiddlewareHandler } from 'hono';

export interface TrustOptions {
  /** The address the server listens on (a name, an IP, or a wildcard such as 0.0.0.0; default 127.0.0.1). */
  host?: string;
  /** The URL people use to reach a team server (behind a proxy, with TLS): its host is served and its origin may write. */
  publicUrl?: string | null;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARDS = new Set(['', '0.0.0.0', '::', '[::]']);

/** A host name as URL.hostname writes it: lower case, IPv6 in brackets. */
function hostname(address: string): string {
  const a = address.trim().toLowerCase();
  return a.includes(':') && !a.startsWith('[') ? `[${a}]` : a;
}

/** The host names the server answers for. */
export function allowedHostnames(opts: TrustOptions): Set<string> {
  const names = new Set(LOOPBACK);
  const host = hostname(opts.host ?? '127.0.0.1');
  if (!WILDCARDS.has(host)) names.add(host);
  else {
    // Listening on every interface: the machine's own addresses (IP literals cannot be rebound).
    for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) names.add(hostname(i.address.replace(/%.*$/, '')));
  }
  if (opts.publicUrl) names.add(new URL(opts.publicUrl).hostname);
  return names;
}

/** Checks a --public-url value: an http(s) URL with a host. */
export function publicUrlError(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${url}" is not a URL: give the address people open, like https://tally.example.org/`;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return `"${url}" is not an http(s) URL: give the address people open, like https://tally.example.org/`;
  return null;
}

const refuse = (c: Context, status: 403 | 421, message: string) =>
  c.req.path.startsWith('/api/') ? c.json({ error: message }, status) : c.text(message, status);

/** Answers only for the configured host names (421 Misdirected Request otherwise). */
export function hostCheck(opts: TrustOptions): MiddlewareHandler {
  const names = allowedHostnames(opts);
  const listed = [...names].join(', ');
  return async (c, next) => {
    const host = new URL(c.req.url).hostname.toLowerCase();
    if (!names.has(host)) {
      return refuse(
        c,
        421,
        `this Tally server does not answer for the host name "${host}" (it answers for ${listed}); to serve it under that name, start it with --public-url (or TALLY_PUBLIC_URL) set to the address people open`,
      );
    }
    return next();
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Takes state-changing requests only from the server's own origin (403 otherwise). */
export function sameOriginWrites(opts: TrustOptions): MiddlewareHandler {
  const publicOrigin = opts.publicUrl ? new URL(opts.publicUrl).origin : null;
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site')?.toLowerCase();
    const origin = c.req.header('origin');
    const own = new URL(c.req.url);
    // "same-site" includes another port of the same host (another local app): not our pages.
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return refuse(
        c,
        403,
        `refused: a ${c.req.method} from another site (Sec-Fetch-Site: ${site}); Tally takes changes only from its own pages or from scripts that send no Origin`,
      );
    }
    if (origin !== undefined) {
      const allowed = origin === `${own.protocol}//${own.host}` || origin === publicOrigin;
      if (!allowed) {
        return refuse(
          c,
          403,
          `refused: a ${c.req.method} from the page origin "${origin}", not this server's (${publicOrigin ?? own.origin}); Tally takes changes only from its own pages or from scripts that send no Origin`,
        );
      }
    }
    return next();
  };
}
