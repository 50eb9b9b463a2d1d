/**
 * A new embedded store from the build's template (see src/store/template.ts): the same
 * migrated, empty store PGlite and the migrations would make, written without running initdb.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { Store } from '../../src/store/index.js';
import { startFromTemplate, writeStoreTemplate } from '../../src/store/template.js';

const work = mkdtempSync(join(tmpdir(), 'tally-template-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('store template', () => {
  it('gives a new data directory a migrated, empty store that takes documents', async () => {
    const template = join(work, 'template.bin');
    await writeStoreTemplate(template);
    const dataDir = join(work, 'data');
    mkdirSync(dataDir);
    expect(startFromTemplate(join(dataDir, 'pg'), template)).toBe(true);
    expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    // Never over an existing database.
    expect(startFromTemplate(join(dataDir, 'pg'), template)).toBe(false);

    const store = await Store.open({ dataDir });
    try {
      const { rows } = await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents');
      expect(rows[0]!.n).toBe(0);
      const text = 'Police said 12 protesters were killed in Isfahan on 3 December 2019.';
      const outcome = await store.ingestReport({ raw: text }, extract({ text, published: '2019-12-04' }), { crisis: 'Template test' });
      expect(outcome.status).toBe('ingested');
      expect((await store.listClaims({ crisis: 'Template test' })).items.map((c) => c.estimate)).toContain(12);
    } finally {
      await store.close();
    }
  });

  it('leaves the data directory to PGlite when there is no template', () => {
    expect(startFromTemplate(join(work, 'other', 'pg'), join(work, 'missing.bin'))).toBe(false);
    expect(existsSync(join(work, 'other', 'pg'))).toBe(false);
  });
});
