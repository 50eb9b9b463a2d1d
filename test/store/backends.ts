/** The storage backends a test runs against: PGlite always, PostgreSQL when DATABASE_URL is set. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { Store } from '../../src/store/index.js';

export interface Backend {
  name: string;
  open(): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

export const backends: Backend[] = [
  {
    name: 'pglite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'tally-store-'));
      const store = await Store.open({ dataDir: dir });
      return {
        store,
        cleanup: async () => {
          await store.close().catch(() => undefined);
          rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  },
];

const url = process.env.DATABASE_URL;
if (url) {
  backends.push({
    name: 'postgres',
    async open() {
      const schema = `tally_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const store = await Store.open({ databaseUrl: url, schema });
      return {
        store,
        cleanup: async () => {
          await store.close().catch(() => undefined);
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          await client.end();
        },
      };
    },
  });
}
