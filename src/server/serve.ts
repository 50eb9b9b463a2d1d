/** Starting and stopping the HTTP server over an open store. */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { backgroundExtractor } from '../ingest/extractor.js';
import { createApp, type AppOptions } from './app.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export function startServer(opts: AppOptions & { port?: number; host?: string }): Promise<RunningServer> {
  const extractor = opts.extractor ?? backgroundExtractor();
  // The worker loads its gazetteer and language model now, not with the first paste.
  extractor.warm().catch(() => undefined);
  const app = createApp({ ...opts, extractor });
  return new Promise((resolveStart, rejectStart) => {
    const server = serve({ fetch: app.fetch, port: opts.port ?? 8080, hostname: opts.host ?? '127.0.0.1' }, (info: AddressInfo) => {
      const host = info.address.includes(':') ? `[${info.address}]` : info.address;
      resolveStart({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => void extractor.close().then(done, done));
            // Keep-alive connections (browsers, load generators) would hold close() open.
            if ('closeAllConnections' in server) server.closeAllConnections();
          }),
      });
    });
    server.once('error', (err: NodeJS.ErrnoException) => {
      rejectStart(err.code === 'EADDRINUSE' ? new Error(`port ${opts.port} is in use: stop the other server or choose another with --port`) : err);
    });
  });
}
