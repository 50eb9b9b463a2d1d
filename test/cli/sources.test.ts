/** `tally sources set|merge|split` and `tally export --hxl`, run as the command runs them. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { extract } from '../../src/extract/index.js';
import { Store } from '../../src/store/index.js';

/** Where the command's store lives: a PostgreSQL schema of its own when DATABASE_URL is set, else a data directory. */
const url = process.env.DATABASE_URL;
const schema = `tally_cli_${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'tally-cli-'));
const where = url ? ['--database-url', `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`] : ['--data-dir', dir];
const open = () => Store.open(url ? { databaseUrl: url, schema } : { dataDir: dir });

async function tally(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const code = await main(['node', 'tally', ...where, ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
    process.exitCode = undefined;
  }
}

describe('tally sources', () => {
  beforeAll(async () => {
    const store = await open();
    for (const [name, n] of [
      ['Amnesty International', 106],
      ['Amnesty', 208],
      ['Trump', 1000],
      ['NCRI', 1500],
    ] as const) {
      const text = `At least ${n} protesters were killed in Iran, ${name} said on 2 December 2019.`;
      const report = extract({ text, published: '2019-12-03', url: 'https://example.org/a' });
      for (const c of report.claims) c.source = { name, via: [] };
      await store.ingestReport({ raw: text, url: 'https://example.org/a' }, report, { crisis: 'Iran 2019' });
    }
    await store.close();
  }, 600_000);
  afterAll(async () => {
    if (url) {
      const store = await open();
      await store.db.query(`DROP SCHEMA ${schema} CASCADE`);
      await store.close();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('sets a grade, kind and type, and lists them', async () => {
    const set = await tally('sources', 'set', 'Amnesty International', '--reliability', 'A', '--kind', 'organisation');
    expect(set.code).toBe(0);
    expect(set.out).toMatch(/Amnesty International: independent organisation, reliability A \(1 claims\)/);
    const list = await tally('sources', 'list');
    expect(list.out).toMatch(/Amnesty International\s+independent\s+organisation\s+A\s/);
    expect(list.out).toMatch(/example\.org\s+media\s+outlet\s+C\*/);
    expect((await tally('sources', 'set', 'Amnesty International', '--reliability', 'default')).out).toMatch(/reliability B \(default for its type\)/);
  });

  it('refuses an alias naming another source without --merge', async () => {
    const refused = await tally('sources', 'set', 'Trump', '--alias', 'NCRI');
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/"NCRI" \(1 claims\) is another source: making it an alias of "Trump" merges it into it\. Confirm the merge \(add --merge\)/);
    expect((await tally('sources', 'list')).out).toMatch(/NCRI/);
  });

  it('merges and splits', async () => {
    const merged = await tally('sources', 'merge', 'Amnesty', 'Amnesty International');
    expect(merged.code).toBe(0);
    expect(merged.out).toMatch(/merged "Amnesty" into Amnesty International: .*also known as Amnesty \(2 claims\)/);
    const split = await tally('sources', 'split', 'Amnesty International', '--alias', 'Amnesty');
    expect(split.code).toBe(0);
    expect(split.out).toMatch(/split off Amnesty: .*\(1 claims\)\nleft Amnesty International: .*\(1 claims\)/);
    const missing = await tally('sources', 'merge', 'Nobody', 'Trump');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no source named "Nobody" \(see "tally sources list"\)/);
  });

  it('exports CSV with an HXL row', async () => {
    const r = await tally('export', '--format', 'csv', '--hxl', '--crisis', 'Iran 2019');
    const [header, tags, first] = r.out.split('\n');
    expect(header).toMatch(/^event_date,time_precision,/);
    expect(tags).toMatch(/^#date\+occurred,#date\+precision,/);
    expect(first).toMatch(/^2019-12-02,1,Iran,/);
    expect((await tally('export', '--format', 'json', '--hxl')).code).toBe(1);
  });
});
