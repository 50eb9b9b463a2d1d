/**
 * `tally serve`: the web UI and the API over the store. With --demo, an empty store is first
 * loaded with the demo corpus (what `npm start` does), so a new user sees a real tally.
 */
import type { Command } from 'commander';
import { loadDemo } from './demo.js';
import { openStore, type GlobalOptions } from './store-options.js';
import { countFrom0 } from './validate.js';

interface ServeOptions {
  port: number;
  host: string;
  demo?: boolean;
  tileUrl?: string;
  tileAttribution?: string;
  allowPrivate?: boolean;
  publicUrl?: string;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('run the web UI and the HTTP API (documented at /api/openapi.json)')
    .option('--port <n>', 'port to listen on', countFrom0('--port'), Number(process.env.PORT) || 8080)
    .option('--host <address>', 'address to listen on (0.0.0.0 to share on the network; any address but loopback needs a login)', '127.0.0.1')
    .option(
      '--public-url <url>',
      'the address people open (a team server behind a proxy): the server answers for its host name besides the loopback names and --host',
      process.env.TALLY_PUBLIC_URL || undefined,
    )
    .option('--demo', 'load the demo corpus first when the store holds no documents')
    .option(
      '--tile-url <template>',
      'raster tile server for the map, e.g. http://tiles.local/{z}/{x}/{y}.png (default: the offline basemap only)',
      process.env.TALLY_TILE_URL || undefined,
    )
    .option('--tile-attribution <text>', 'attribution shown for the tile server')
    .option('--allow-private', 'let URL ingest fetch loopback and private addresses')
    .action(async (o: ServeOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals() as GlobalOptions;
      const { publicUrlError } = await import('../server/trust.js');
      const badUrl = o.publicUrl ? publicUrlError(o.publicUrl) : null;
      if (badUrl) cmd.error(`--public-url: ${badUrl}`);
      const store = await openStore(cmd);
      const [{ startServer }, { warmTallies }, auth] = await Promise.all([import('../server/serve.js'), import('../tally/index.js'), import('../server/auth.js')]);
      try {
        if (o.demo && (await store.counts()).documents === 0) {
          process.stdout.write('loading the demo corpus...\n');
          const r = await loadDemo(store);
          process.stdout.write(`demo corpus: ${r.ingested} documents ingested\n`);
        }
        // A team server's first start: someone must be able to log in.
        const needsLogin = auth.loginRequired({ host: o.host, publicUrl: o.publicUrl ?? null }, store.kind);
        if (needsLogin) {
          const created = await auth.ensureFirstAdmin(store);
          if (created) process.stdout.write(created);
        }
        // Other `tally` commands on this data directory go through this process meanwhile.
        await store.db.share();
        const server = await startServer({
          store,
          port: o.port,
          host: o.host,
          tileUrl: o.tileUrl ?? null,
          tileAttribution: o.tileAttribution ?? null,
          allowPrivate: o.allowPrivate,
          publicUrl: o.publicUrl ?? null,
        });
        process.stdout.write(
          `Tally is running at ${server.url}/  (API: ${server.url}/api/openapi.json; ${store.kind === 'pglite' ? `embedded database in ${g.dataDir}` : 'PostgreSQL'}; ${needsLogin ? 'login required' : `no login: only this machine can reach it, as ${auth.localUserName()}`}). Ctrl-C stops it.\n`,
        );
        let stopping = false;
        const warming = warmTallies(store, () => stopping);
        await new Promise<void>((done) => {
          const stop = () => done();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        process.stdout.write('stopping...\n');
        stopping = true;
        await server.close();
        await warming;
      } finally {
        await store.close();
      }
    });
}
