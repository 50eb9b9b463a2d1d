/**
 * Fetching pages and feeds by URL, safely: a timeout, a size limit enforced while streaming,
 * content-type checks, and no requests to loopback, private, link-local or other internal
 * addresses (checked on the resolved address, on every redirect, and pinned for the connection
 * so a DNS answer cannot change between the check and the request) unless allowPrivate is set.
 */
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { Agent, request } from 'undici';
import { DEFAULT_MAX_BYTES, type ReadOptions } from './types.js';

const blocked = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  blocked.addSubnet(net, bits, 'ipv4');
// IPv4-mapped IPv6 (::ffff:a.b.c.d) is unwrapped and checked as IPv4 below: a ::ffff:0:0/96 rule would match every IPv4 address.
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  blocked.addSubnet(net, bits, 'ipv6');

export class FetchError extends Error {
  override name = 'FetchError';
}

export function isDisallowedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  if (family === 6 && address.toLowerCase().startsWith('::ffff:')) return isDisallowedAddress(address.slice(7));
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

async function resolveChecked(host: string, allowPrivate: boolean): Promise<{ address: string; family: number }> {
  const bare = host.replace(/^\[|\]$/g, '');
  const addresses = isIP(bare)
    ? [{ address: bare, family: isIP(bare) }]
    : await lookup(bare, { all: true, verbatim: true }).catch(() => {
        throw new FetchError(`cannot resolve ${host}: no such host (or no network)`);
      });
  if (!allowPrivate) {
    const bad = addresses.find((a) => isDisallowedAddress(a.address));
    if (bad)
      throw new FetchError(`refusing ${host}: it resolves to ${bad.address}, a loopback, private or link-local address (use --allow-private to fetch it)`);
  }
  return addresses[0]!;
}

export interface Fetched {
  url: string;
  contentType: string;
  body: Uint8Array;
}

const ACCEPTED = /^(?:text\/(?:html|plain|xml|markdown)|application\/(?:xhtml\+xml|rss\+xml|atom\+xml|xml|rdf\+xml|pdf|json|x-ndjson))\b/i;
const MAX_REDIRECTS = 5;

export async function fetchUrl(raw: string, opts: ReadOptions = {}): Promise<Fetched> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? 20_000;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError(`not a URL: ${raw}`);
  }
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`refusing ${url.href}: only http and https URLs are fetched`);
    const target = await resolveChecked(url.hostname, opts.allowPrivate ?? false);
    // Connect to the address just checked, whatever DNS would answer now.
    const agent = new Agent({
      connect: {
        lookup: (_host: string, _o: unknown, cb: (err: Error | null, address: string, family: number) => void) => cb(null, target.address, target.family),
      } as never,
      headersTimeout: timeoutMs,
      bodyTimeout: timeoutMs,
    });
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      const res = await request(url, {
        dispatcher: agent,
        method: 'GET',
        signal,
        headers: {
          'user-agent': 'Tally/0.1 (crisis report reader)',
          accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.9, */*;q=0.5',
        },
      }).catch((err: Error) => {
        throw new FetchError(
          err.name === 'TimeoutError' || err.name === 'AbortError'
            ? `timed out after ${timeoutMs / 1000} s fetching ${url.href}`
            : `cannot fetch ${url.href}: ${err.message}`,
        );
      });
      if (res.statusCode >= 300 && res.statusCode < 400 && res.headers.location) {
        await res.body.dump();
        url = new URL(String(res.headers.location), url);
        continue;
      }
      if (res.statusCode >= 400) {
        await res.body.dump();
        throw new FetchError(`${url.href} answered HTTP ${res.statusCode}`);
      }
      const contentType = String(res.headers['content-type'] ?? 'application/octet-stream');
      if (!ACCEPTED.test(contentType)) {
        await res.body.dump();
        throw new FetchError(`${url.href} is ${contentType.split(';')[0]}, not a page, feed or PDF`);
      }
      const declared = Number(res.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        await res.body.dump();
        throw new FetchError(`${url.href} is ${(declared / 1e6).toFixed(1)} MB, over the ${(maxBytes / 1e6).toFixed(0)} MB limit`);
      }
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of res.body) {
          size += (chunk as Buffer).length;
          if (size > maxBytes) {
            res.body.destroy();
            throw new FetchError(`${url.href} is over the ${(maxBytes / 1e6).toFixed(0)} MB limit`);
          }
          chunks.push(chunk as Buffer);
        }
      } catch (err) {
        if (err instanceof FetchError) throw err;
        throw new FetchError(
          signal.aborted ? `timed out after ${timeoutMs / 1000} s fetching ${url.href}` : `cannot read ${url.href}: ${(err as Error).message}`,
        );
      }
      return { url: url.href, contentType, body: new Uint8Array(Buffer.concat(chunks)) };
    } finally {
      await agent.close().catch(() => undefined);
    }
  }
  throw new FetchError(`too many redirects (over ${MAX_REDIRECTS}) from ${raw}`);
}
